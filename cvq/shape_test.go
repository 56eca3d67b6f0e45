package cvq

import (
	"strings"
	"testing"
)

// TestRequestParamNames checks the shape of each era's request against the
// counts docs/rules.md states (§2): 6, 7, 8, a CVR's 9 from MSNP21, none
// in MSNP24+.
func TestRequestParamNames(t *testing.T) {
	for _, c := range []struct {
		d     Dialect
		cvr   bool
		count int
		last  string
	}{
		{MSNP2, false, 6, "client-version"},
		{3, false, 6, "client-version"},
		{MSNP4, false, 7, "client-identification"},
		{7, false, 7, "client-identification"},
		{MSNP8, false, 8, "user-handle"},
		{MSNP21, false, 8, "user-handle"},
		{MSNP21, true, 9, "hop-blob"},
		{MSNP23, true, 9, "hop-blob"},
		{MSNP8, true, 8, "user-handle"},
		{MSNP24, false, 0, ""},
		{MSNP24, true, 0, ""},
	} {
		got := RequestParamNames(c.d, c.cvr)
		last := ""
		if len(got) > 0 {
			last = got[len(got)-1]
		}
		if len(got) != c.count || last != c.last || (len(got) > 0 && got[0] != "locale") {
			t.Errorf("%v cvr=%v: %s, want %d ending in %q", c.d, c.cvr, strings.Join(got, " "), c.count, c.last)
		}
	}
}
