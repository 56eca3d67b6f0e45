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

func TestFieldsCarryVersionFacts(t *testing.T) {
	r := Simulate(lineNew, 8, nil)
	want := []string{"command", "trid", "locale", "system-type", "system-ver", "system-arch",
		"requesting-library", "client-version", "client-identification", "user-handle"}
	if len(r.Fields) != len(want) {
		t.Fatalf("%d fields", len(r.Fields))
	}
	for i, f := range r.Fields {
		if f.Param != want[i] || f.Status != StatusOK {
			t.Errorf("field %d: %s %v", i, f.Param, f.Status)
		}
		if lineNew[f.Start:f.End] != f.Value {
			t.Errorf("field %d range", i)
		}
	}
	if f := fieldOf(&r, "client-identification"); f.Since != MSNP4 {
		t.Errorf("client-identification since %v", f.Since)
	}
	if f := fieldOf(&r, "user-handle"); f.Since != MSNP8 {
		t.Errorf("user-handle since %v", f.Since)
	}
	if f := fieldOf(&r, "system-ver"); f.Meaning != "Windows XP" {
		t.Errorf("system-ver meaning %q", f.Meaning)
	}
	if f := fieldOf(&r, "client-version"); !strings.Contains(f.Meaning, "6.0") {
		t.Errorf("client-version meaning %q", f.Meaning)
	}
	for _, f := range r.ReplyFields {
		if f.Rule.ID == "" || f.Rule.Text == "" {
			t.Errorf("reply field %s has no rule", f.Param)
		}
	}
	for _, f := range append(r.Fields, r.ReplyFields...) {
		if info, ok := ParamInfo(f.Param); !ok || info.About == "" {
			t.Errorf("field %s has no parameter description", f.Param)
		}
	}
	if info, _ := ParamInfo("client-identification"); info.Changes == "" || info.Since != MSNP4 {
		t.Errorf("client-identification history: %+v", info)
	}
}

func TestLearnerDiagnostics(t *testing.T) {
	for _, c := range []struct {
		line, code, text string
		d                Dialect
	}{
		{"cvq 1 0x0409", "command-case", "write CVQ", 8},
		{lineNew + "\n", "bare-lf", "CR LF", 8},
		{"CVQ 2 0x0409  winnt", "empty-param", "Empty parameter", 8},
		{"CVQ 2 0x04g9 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "locale-malformed", "four hex digits", 8},
		{"CVQ 2 0x1111 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "locale-unassigned", "assigns no language", 8},
		{"CVQ 2 0x0800 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "locale-meta", "meta value", 8},
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGRR 6.0.0602 MSMSGS a@b.c", "library-unknown", "closest known one is MSNMSGR", 8},
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c extra", "extra-param", "one too many", 21},
		{"CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS", "missing-param", "user-handle is missing", 8},
	} {
		r := Simulate(c.line, c.d, nil)
		d := hasDiag(&r, c.code)
		if d == nil {
			t.Errorf("%q: no %s; got %+v", c.line, c.code, r.Diagnostics)
			continue
		}
		if !strings.Contains(d.Text, c.text) {
			t.Errorf("%q: %s text %q lacks %q", c.line, c.code, d.Text, c.text)
		}
		if d.Start < 0 || d.End < d.Start || d.End > len(c.line) {
			t.Errorf("%q: range [%d,%d) out of the line", c.line, d.Start, d.End)
		}
	}
}
