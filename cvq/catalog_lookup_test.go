package cvq

import (
	"strings"
	"testing"
)

func TestLibrariesKnown(t *testing.T) {
	want := []string{"MSMSGS", "MSNMSGR", "MSGSTRST", "MSMSGSMARS", "MSG80BETA", "macmsgs", "macmsgsbeta"}
	if len(libraries) != len(want) {
		t.Errorf("libraries = %v", libraries)
	}
	for _, lib := range want {
		if !knownLibrary(lib) {
			t.Errorf("knownLibrary(%q) = false", lib)
		}
	}
	for _, s := range []string{"", "msnmsgr", "MSNMSGR ", "YCOMM", "MACMSGS", "WindowsMessenger", "msmsgs"} {
		if knownLibrary(s) {
			t.Errorf("knownLibrary(%q) = true", s)
		}
	}
	// Every library but MSGSTRST has a release row; MSGSTRST is only ever
	// an alternative spelling sent by MSMSGS builds.
	for _, lib := range libraries {
		_, ok := latestRelease(lib)
		if ok != (lib != "MSGSTRST") {
			t.Errorf("latestRelease(%q) ok = %v", lib, ok)
		}
	}
}

func TestLibraryClosest(t *testing.T) {
	huge := strings.Repeat("M", 1<<20)
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"MSNMSGR", "MSNMSGR", true},
		{"MSNMSGRR", "MSNMSGR", true},
		{"msnmsgr", "MSNMSGR", true},
		{"MSNMGSR", "MSNMSGR", true},
		{"MSMSG", "MSMSGS", true},
		{"msmsgs", "MSMSGS", true},
		{"MSGSTRS", "MSGSTRST", true},
		{"MSMSGSMAR", "MSMSGSMARS", true},
		{"MSG80BETA", "MSG80BETA", true},
		{"MSG8OBETA", "MSG80BETA", true},
		{"MACMSGS", "macmsgs", true},
		{"macmsgbeta", "macmsgsbeta", true},
		{"MSMSGR", "MSNMSGR", true}, // one edit from both MSNMSGR and MSMSGS: the tie goes to the first listed
		{"YCOMM", "", false},        // the seed's unknown library
		{"", "", false},
		{"M", "", false},
		{"MSN", "", false},
		{"WindowsMessenger", "", false},
		{huge, "", false},
		{"MSNMSGR" + huge, "", false},
		{"ＭＳＮＭＳＧＲ", "", false}, // full-width letters are not ASCII
	} {
		got, ok := closestLibrary(tc.in)
		if got != tc.want || ok != tc.ok {
			in := tc.in
			if len(in) > 20 {
				in = in[:20] + "…"
			}
			t.Errorf("closestLibrary(%q) = %q, %v; want %q, %v", in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestLibraryDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		d    int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"", "abc", 3},
		{"MSNMSGR", "msnmsgr", 0},
		{"kitten", "sitting", 3},
		{"YCOMM", "MSMSGS", 6}, // checked with an independent implementation
		{"flaw", "lawn", 2},
	} {
		var peq [128]uint64
		for i := range len(tc.a) {
			peq[lowerASCII(tc.a[i])] |= 1 << i
		}
		if d := foldDistance(&peq, len(tc.a), tc.b); d != tc.d {
			t.Errorf("foldDistance(%q, %q) = %d, want %d", tc.a, tc.b, d, tc.d)
		}
	}
}

func TestCatalogAllocs(t *testing.T) {
	huge := strings.Repeat("x", 1<<20)
	var sink bool
	for _, tc := range []struct {
		name string
		f    func()
	}{
		{"LookupLanguage", func() { _, sink = LookupLanguage(0x0409) }},
		{"LookupLanguage miss", func() { _, sink = LookupLanguage(0x1111) }},
		{"parseLocale", func() { _, sink = parseLocale("0x0C0A") }},
		{"parseLocale huge", func() { _, sink = parseLocale(huge) }},
		{"LookupRelease", func() { _, sink = LookupRelease("14.0.8064.0206") }},
		{"LookupRelease miss", func() { _, sink = LookupRelease(huge) }},
		{"latestRelease", func() { _, sink = latestRelease("MSNMSGR") }},
		{"knownLibrary", func() { sink = knownLibrary("MSNMSGR") }},
		{"closestLibrary", func() { _, sink = closestLibrary("msnmsgrr") }},
		{"closestLibrary huge", func() { _, sink = closestLibrary(huge) }},
		{"metaLocale", func() { _, sink = metaLocale(0x0400) }},
		{"DescribeOS row", func() { _, sink = DescribeOS("winnt", "5.1") }},
		{"DescribeOS miss", func() { _, sink = DescribeOS("mac", huge) }},
	} {
		if n := testing.AllocsPerRun(100, tc.f); n != 0 {
			t.Errorf("%s allocates %.1f times per call", tc.name, n)
		}
	}
	// The service-pack and Mac forms build one string.
	if n := testing.AllocsPerRun(100, func() { _, sink = DescribeOS("winnt", "6.1.1") }); n > 1 {
		t.Errorf("DescribeOS service pack allocates %.1f times", n)
	}
	_ = sink
}

func BenchmarkCatalogClosestLibrary(b *testing.B) {
	for i := 0; i < b.N; i++ {
		closestLibrary("msnmsgrr")
	}
}

func BenchmarkCatalogClosestLibraryHuge(b *testing.B) {
	huge := strings.Repeat("MSNMSGR", 1<<17)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		closestLibrary(huge)
	}
}

// TestLibraryDistanceAgainstTable checks the bit-parallel distance against
// the textbook dynamic-programming table on pseudo-random inputs over a
// small alphabet (so that matches are common), in both letter cases, with
// a byte from 128 up in the pattern.
func TestLibraryDistanceAgainstTable(t *testing.T) {
	table := func(a, b string) int {
		prev := make([]int, len(a)+1)
		for j := range prev {
			prev[j] = j
		}
		for i := 1; i <= len(b); i++ {
			cur := make([]int, len(a)+1)
			cur[0] = i
			for j := 1; j <= len(a); j++ {
				cost := 1
				if lowerASCII(a[j-1]) == lowerASCII(b[i-1]) {
					cost = 0
				}
				cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			}
			prev = cur
		}
		return prev[len(a)]
	}
	const alphabet = "msgMSGnr0\xc3"
	seed := uint32(1)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	word := func(max, letters int) string {
		b := make([]byte, next(max+1))
		for i := range b {
			b[i] = alphabet[next(letters)]
		}
		return string(b)
	}
	for range 5000 {
		// The text stands for a library, which is always ASCII.
		a, b := word(maxFoldInput, len(alphabet)), word(20, len(alphabet)-1)
		var peq [128]uint64
		for i := range len(a) {
			if c := lowerASCII(a[i]); c < 128 {
				peq[c] |= 1 << i
			}
		}
		if got, want := foldDistance(&peq, len(a), b), table(a, b); got != want {
			t.Fatalf("foldDistance(%q, %q) = %d, want %d", a, b, got, want)
		}
	}
}
