package cvq

import "testing"

// CompareVersions agrees with CheckVersion on what is malformed, and
// compares part by part.
func TestCompareVersionsShapes(t *testing.T) {
	for _, c := range []struct {
		a, b string
		cmp  int
		ok   bool
	}{
		{"6.0.0602", "6.2.0205", -1, true},
		{"14.0.8064.0206", "14.0.8064", 1, true},
		{"14.0.8064", "14.0.8064.0", 0, true},
		{"7.0.0813", "7.0.0813", 0, true},
		{"5.1", "5.1.0", 0, true},
		{"", "1.0", 0, false},
		{"1", "1.0", 0, false},
		{"1.0.", "1.0", 0, false},
		{".1.0", "1.0", 0, false},
		{"1..0", "1.0", 0, false},
		{"1.0.0.0.0", "1.0", 0, false},
		{"6.x", "6.0", 0, false},
		{"1.0", "1.0.0000000000", 0, false},
	} {
		got, ok := CompareVersions(c.a, c.b)
		if got != c.cmp || ok != c.ok {
			t.Errorf("CompareVersions(%q, %q) = %d, %v; want %d, %v", c.a, c.b, got, ok, c.cmp, c.ok)
		}
		if wantOK := CheckVersion(c.a) != VersionMalformed && CheckVersion(c.b) != VersionMalformed; wantOK != ok {
			t.Errorf("%q vs %q: CompareVersions ok=%v but CheckVersion says %v", c.a, c.b, ok, wantOK)
		}
	}
}
