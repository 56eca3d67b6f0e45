package vectors

import (
	"strings"
	"testing"
)

// Every file of test vectors reads cleanly and names its source.
func TestEveryFileLoads(t *testing.T) {
	n := 0
	for _, pattern := range []string{"*.txt", "docs/*.txt", "captures/*.txt"} {
		files, err := LoadGlob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			n++
			if !strings.Contains(f.Source.Address, "://") && !strings.HasPrefix(f.Source.Address, "not recorded") {
				t.Errorf("%s: address %q is neither a URL nor says why none is recorded", f.Path, f.Source.Address)
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d files of test vectors", n)
	}
}

func TestSeedHasSixExchanges(t *testing.T) {
	seed, err := Seed()
	if err != nil {
		t.Fatal(err)
	}
	if seed.Source.Key != "SEED" || len(seed.Records) != 6 {
		t.Fatalf("key %q, %d records", seed.Source.Key, len(seed.Records))
	}
	req, reply, ok := seed.Records[0].Exchange()
	if !ok || req != "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS" ||
		!strings.HasPrefix(reply, "CVQ 1 5.0.0537 5.0.0537 1.0.0863 http://") || !strings.HasSuffix(reply, ".exe http://messenger.microsoft.com") {
		t.Errorf("first exchange %q / %q (ok %v)", req, reply, ok)
	}
	reqs, err := SeedRequests()
	if err != nil || len(reqs) != 6 || reqs[0] != req || reqs[5] != "CVQ 6 spaghetti" {
		t.Errorf("SeedRequests: %q, %v", reqs, err)
	}
}

const header = "key: K\ntitle: T\nsite: S\naddress: not recorded\ndate: D\n"

func TestParse(t *testing.T) {
	f, err := Parse("# comment\n" + header + "\n== a dialect=MSNP8 connection=open\nC: X 1\nS: Y 1\n.. z\n# note\n== b dialect=MSNP2 profile=p\n>>> A 1 \n")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Records) != 2 || f.Records[1].Profile != "p" || f.Records[1].Lines[0] != ">>> A 1 " || f.Records[0].Line != 8 {
		t.Fatalf("%+v", f.Records)
	}
	if req, reply, ok := f.Records[0].Exchange(); !ok || req != "X 1" || reply != "Y 1 z" {
		t.Errorf("exchange %q %q %v", req, reply, ok)
	}
	if _, _, ok := f.Records[1].Exchange(); ok {
		t.Errorf("a >>> line read as a C:/S: exchange")
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"title: T\n== a dialect=MSNP8\nC: X\n", "1: the header must name the source"},
		{header, "1: no records"},
		{header + "colour: red\n", "6: want a header line"},
		{header + "== a\nC: X\n", "6: record \"a\" has no dialect"},
		{header + "== a dialect=MSNP8 mood=ok\nC: X\n", "6: unknown record attribute \"mood=ok\""},
		{header + "== a dialect=MSNP8 connection=maybe\nC: X\n", "6: connection=maybe"},
		{header + "== a dialect=MSNP8\nC: X\n== a dialect=MSNP8\nC: Y\n", "8: record \"a\" twice"},
		{header + "== a dialect=MSNP8\n", "6: record \"a\" has no lines"},
	} {
		_, err := Parse(tc.text)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.text, err, tc.want)
		}
	}
}

// TestBigPasteUnderTheCap: the big paste must stay just under the console's
// 256 KiB cap, or the tests that time it would time a refusal instead.
func TestBigPasteUnderTheCap(t *testing.T) {
	if n := len(BigPaste()); n < 255*1024 || n > 256*1024 {
		t.Errorf("BigPaste is %d bytes, want 255–256 KiB", n)
	}
}
