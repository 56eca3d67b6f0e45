package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/internal/vectors"
	"strings"
	"testing"
)

// cli runs the tool as a test sees it: arguments, standard input, and what
// comes out.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// seedCase is one exchange of the seed document.
type seedCase struct {
	dialect    string
	request    string
	reply      string
	disconnect bool
	outcome    string
}

// seedCases are the seed's six exchanges (cvq/testdata/seed.txt),
// continuations joined.
func seedCases(tb testing.TB) []seedCase {
	tb.Helper()
	seed, err := vectors.Seed()
	if err != nil {
		tb.Fatal(err)
	}
	var out []seedCase
	for _, rec := range seed.Records {
		request, reply, ok := rec.Exchange()
		if !ok {
			tb.Fatalf("seed.txt:%d: not one C:/S: exchange", rec.Line)
		}
		out = append(out, seedCase{rec.Dialect, request, reply, rec.Connection == "closes", rec.Outcome})
	}
	if len(out) != 6 {
		tb.Fatalf("seed.txt holds %d exchanges, the seed has 6", len(out))
	}
	return out
}

func (zeros) Read(p []byte) (int, error) {
	const line = "CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\n"
	for i := range p {
		p[i] = line[i%len(line)]
	}
	return len(p), nil
}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("device not ready") }

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// Help that cannot be written fails as other output does.
func TestUnwritableHelp(t *testing.T) {
	var errb bytes.Buffer
	code := run([]string{"-h"}, strings.NewReader(""), failingWriter{}, &errb)
	if code != 1 || errb.String() != "cvq: writing output: broken pipe\n" {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

func TestExampleSeedNew(t *testing.T) {
	code, out, errs := cli(t, "", "-example", "seed-new", "-json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines, _ := decodeLines(t, out)
	c := seedCases(t)[1]
	if len(lines) != 1 || lines[0].Input != c.request || lines[0].Reply != c.reply || lines[0].Dialect != "MSNP8" || lines[0].Outcome.Kind != "forced-upgrade" {
		t.Errorf("got %+v", lines)
	}
	code, out, _ = cli(t, "", "-example", "seed-new")
	if code != 0 || !strings.HasPrefix(out, "C: "+c.request+"\nS: CVQ 2 7.0.0813 7.0.0813 6.2.0205\n") {
		t.Errorf("human (exit %d):\n%s", code, out)
	}
}

// An example's own dialect applies unless -dialect says otherwise.
func TestExampleDialectOverride(t *testing.T) {
	_, out, _ := cli(t, "", "-example", "seed-old", "-json")
	lines, _ := decodeLines(t, out)
	if lines[0].Dialect != "MSNP2" {
		t.Errorf("seed-old ran as %s, want its own MSNP2", lines[0].Dialect)
	}
	_, out, _ = cli(t, "", "-example", "seed-old", "-json", "-dialect", "MSNP5")
	lines, _ = decodeLines(t, out)
	if lines[0].Dialect != "MSNP5" {
		t.Errorf("-dialect MSNP5 ignored: %s", lines[0].Dialect)
	}
}

// A session example run with -example is read as a transcript.
func TestExampleSession(t *testing.T) {
	code, out, _ := cli(t, "", "-example", "ver-cvr0", "-json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines, _ := decodeLines(t, out)
	if len(lines) != 2 || len(lines[0].Checks) != 1 || lines[0].Checks[0].Status != "match" ||
		len(lines[1].Checks) != 1 || lines[1].Checks[0].Status != "match" {
		t.Errorf("got %+v", lines)
	}
}

// Hostile input is answered, never crashes the tool, and cannot reach the
// terminal as control sequences.
func TestHostileInput(t *testing.T) {
	inputs := []string{
		"CVQ 1 \x1b[31mred\x1b[0m \x07 winnt",
		"CVQ \xff\xfe 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS \u202eevil@x.y",
		"C: CVQ 1 \x1b]0;title\x07\nS: 731 1\x1b[2J",
		"  \t \r\n\r\n",
		"CVQ 1" + strings.Repeat(" ", 3000),
		"S: VER 1\n.. \n.. \x00",
		".. orphan",
		"\xef\xbb\xbfVER 1 MSNP8 CVR0",
		"CVQ 1 0x0409 \u4e16\u754c\u4e16\u754c winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c",
	}
	for _, in := range inputs {
		for _, mode := range [][]string{nil, {"-json"}, {"-v"}} {
			code, out, errs := cli(t, in, mode...)
			if code != 0 || errs != "" && (strings.TrimSpace(in) != "" || errs != emptyInputText+"\n") {
				t.Errorf("%q %v: exit %d stderr %q", in, mode, code, errs)
			}
			if strings.ContainsAny(out, "\x1b\x07\x00\u202e") {
				t.Errorf("%q %v: control characters reached stdout:\n%q", in, mode, out)
			}
			args := append(append([]string{}, mode...), "--", in)
			if code, out, _ := cli(t, "", args...); code != 0 || strings.ContainsAny(out, "\x1b\x07\x00\u202e") {
				t.Errorf("%q %v as an argument: exit %d or control characters out", in, mode, code)
			}
		}
	}
}

func FuzzRun(f *testing.F) {
	for _, c := range seedCases(f) {
		f.Add(c.request, false)
	}
	for _, ex := range cvq.Examples() {
		f.Add(ex.Input, true)
	}
	f.Fuzz(func(t *testing.T, in string, js bool) {
		args := []string{}
		if js {
			args = append(args, "-json")
		}
		var out, errb bytes.Buffer
		if code := run(args, strings.NewReader(in), &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		if js {
			for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
				if l != "" && !json.Valid([]byte(l)) {
					t.Fatalf("invalid JSON line %q", l)
				}
			}
		} else if strings.ContainsAny(out.String(), "\x1b\x00") {
			t.Fatalf("control bytes in output")
		}
	})
}
