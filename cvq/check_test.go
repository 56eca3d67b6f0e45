package cvq

import (
	"strings"
	"testing"
)

// "0X" is not the wire form of a locale (docs/rules.md §4: 0x and four hex
// digits): the locale is malformed, located on its token, with the
// language the digits would name and a note that the server's answer is
// an assumption of the playground; a server that checks the locale
// answers 710. The shape checks read the token as the locale all the
// same, so a shifted line is found as with 0x.
func TestLocaleCapitalX(t *testing.T) {
	for _, tc := range []struct {
		line, reply, text string
	}{
		{"CVQ 1 0X0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "710 1",
			"Malformed locale: the prefix is 0x with a lower-case x; written 0x0409 it would name English (United States)."},
		{"CVQ 1 0X0c0A winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "710 1", "written 0x0c0A it would name Spanish"},
		{"CVQ 1 0X1111 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "710 1",
			"Malformed locale: the prefix is 0x with a lower-case x, then four hex digits."},
		{"CVR 1 0X0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "710 1", "English (United States)"},
	} {
		for _, p := range []*Profile{nil, profileNamed(t, "microsoft@2008-12")} {
			r := Simulate(tc.line, MSNP8, p)
			if r.Reply != tc.reply || r.Outcome.Kind != OutcomeRejected {
				t.Errorf("%s: reply %q, outcome %v", tc.line, r.Reply, r.Outcome.Kind)
			}
			d := hasDiag(&r, "locale-malformed")
			if d == nil {
				t.Fatalf("%s: no locale-malformed: %+v", tc.line, r.Diagnostics)
			}
			if d.Severity != Error || d.Start != 6 || d.End != 12 || !strings.Contains(d.Text, tc.text) ||
				len(d.Notes) != 1 || !strings.HasPrefix(d.Notes[0], "Assumption of the playground:") {
				t.Errorf("%s: %+v", tc.line, d)
			}
			if f := fieldOf(&r, "locale"); f == nil || f.Status != StatusError || f.Meaning != "" {
				t.Errorf("%s: locale field %+v", tc.line, f)
			}
		}
	}
	if r := Simulate("CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", MSNP8, nil); hasDiag(&r, "locale-malformed") != nil ||
		!strings.HasPrefix(r.Reply, "CVQ 1 ") {
		t.Errorf("0x0409: %q %+v", r.Reply, r.Diagnostics)
	}

	// The seed's 710 line (system-arch missing) with 0X: the same shift.
	for _, loc := range []string{"0x1111", "0X1111", "0X0409"} {
		r := Simulate("CVQ 5 "+loc+" winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", MSNP8, nil)
		d := hasDiag(&r, "missing-shifted")
		if d == nil || d.Start != 22 || r.Reply != "710 5" {
			t.Errorf("%s: reply %q, shift %+v", loc, r.Reply, d)
		}
	}
	if got := findShift(func(i int) string { return []string{"0X0409", "winnt", "5.1"}[i] }, 3, 8); got != -1 {
		t.Errorf("findShift with 0X: %d", got)
	}
	if !fits(pLocale, "0X0409") || !fits(pLocale, "0x0409") {
		t.Errorf("fits does not take 0X0409 or 0x0409 as a locale")
	}
}

func profileNamed(t *testing.T, name string) *Profile {
	t.Helper()
	p, ok := LookupProfile(name)
	if !ok {
		t.Fatalf("no profile %q", name)
	}
	return p
}

// client-identification in MSNP4-7: documented empty, but captures and the
// release table show it filled; the warning must say both.
func TestClientIDEarlyNotesDisagreement(t *testing.T) {
	r := Simulate("CVR 7 0x0409 win 4.10 i386 MSMSGS 3.6.0025 MSMSGS", 5, nil)
	d := hasDiag(&r, "client-id-early")
	if d == nil || len(d.Notes) == 0 || !strings.Contains(d.Notes[0], "CAP-2003") || !strings.Contains(d.Notes[0], "empty") {
		t.Fatalf("client-id-early: %+v", d)
	}
}
