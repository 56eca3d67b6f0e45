package cvq

import (
	"strings"
	"testing"
)

// The shape of CVQ and CVR on both sides of each boundary.
func TestDialectBoundaries(t *testing.T) {
	six := lineOld6
	seven := six + " "             // empty client-identification
	sevenFilled := six + " MSMSGS" // filled
	eight := "CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"
	cvr8 := "CVR 1 0x0409 winnt 6.1 i386 MSNMSGR 15.4.3508.1109 MSNMSGR a@b.c"
	cvr9 := cvr8 + " 0"
	for _, c := range []struct {
		line  string
		d     Dialect
		codes []string // diagnostics that must appear
		clean bool     // no warnings or errors at all
	}{
		{six, 3, nil, true},
		{six, 4, []string{"client-id-absent"}, true}, // issue 11.6: absent p7 in MSNP4–7 is a note, not an error
		{seven, 3, []string{"not-yet"}, false},
		{seven, 4, nil, true},
		{sevenFilled, 2, []string{"not-yet"}, false},
		{sevenFilled, 7, []string{"client-id-early"}, true}, // filled p7 in MSNP4–7: a note (CAP-2003)
		{seven, 7, nil, true},
		{seven, 8, []string{"missing-param", "client-id-empty"}, false},
		{eight, 7, []string{"not-yet", "client-id-early"}, false},
		{eight, 8, nil, true},
		{eight, 20, nil, true},
		{eight, 21, nil, true}, // CVQ keeps eight parameters
		{cvr8, 20, nil, true},
		{cvr8, 21, []string{"missing-param"}, false},
		{cvr9, 20, []string{"not-yet"}, false},
		{cvr9, 21, nil, true},
		{eight, 23, nil, true},
		{eight, 24, []string{"removed"}, false},
	} {
		r := Simulate(c.line, c.d, nil)
		for _, code := range c.codes {
			if hasDiag(&r, code) == nil {
				t.Errorf("%s %q: no %s diagnostic; got %+v", c.d, c.line, code, r.Diagnostics)
			}
		}
		if c.clean {
			if w, ok := r.Worst(); ok && w > Note {
				t.Errorf("%s %q: unexpected %v: %+v", c.d, c.line, w, r.Diagnostics)
			}
		}
	}
}

// A short line gets one diagnostic naming every parameter it lacks, at the
// end of the line, rather than one per parameter at the same place.
func TestMissingParamsNamedTogether(t *testing.T) {
	for _, c := range []struct {
		line  string
		d     Dialect
		text  string
		shape bool // the seed's seven-parameter shape note
	}{
		{"CVQ 6 spaghetti", 8, "7 parameters are missing after locale: system-type, system-ver, system-arch, requesting-library, " +
			"client-version, client-identification and user-handle; the selected dialect sends 8 parameters after the TrID.", false},
		{"CVQ 6 0x0409 win 4.10 i386", 2, "2 parameters are missing after system-arch: requesting-library and client-version; " +
			"the selected dialect sends 6 parameters after the TrID.", false},
		{"CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS", 8,
			"user-handle is missing: the selected dialect sends 8 parameters after the TrID.", true},
	} {
		r := Simulate(c.line, c.d, nil)
		var got []Diagnostic
		for _, d := range r.Diagnostics {
			if d.Code == "missing-param" {
				got = append(got, d)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: %d missing-param diagnostics, want 1: %+v", c.line, len(got), got)
			continue
		}
		d := got[0]
		if d.Text != c.text || d.Start != len(c.line) || d.End != len(c.line) || d.Severity != Error {
			t.Errorf("%q: got %+v\nwant text %q at %d", c.line, d, c.text, len(c.line))
		}
		if hasShape := len(d.Notes) > 0 && d.Notes[0] == noteShape[0]; hasShape != c.shape {
			t.Errorf("%q: shape note %v, want %v", c.line, hasShape, c.shape)
		}
	}
}

// A runaway line is annotated up to a bound, with the rest folded into one
// token, so the page's bridge never converts tens of thousands of fields.
func TestRunawayLineIsFolded(t *testing.T) {
	line := "CVQ 1 " + strings.Repeat("x  ", 30000)
	r := Simulate(line, 8, nil)
	if len(r.Fields) > maxFields+1 || len(r.Diagnostics) > 2*maxFields+4 {
		t.Fatalf("%d fields, %d diagnostics", len(r.Fields), len(r.Diagnostics))
	}
	last := r.Fields[len(r.Fields)-1]
	if last.End != len(line) || hasDiag(&r, "too-many-tokens") == nil {
		t.Errorf("rest not folded: %+v", last)
	}
	tr := CheckTranscript("C: CVQ 1\nS: 731 1 "+strings.Repeat("y ", 5000), 8, nil)
	if d := tr.Steps[0].Checks[0].Diffs; len(d) > maxFields+1 {
		t.Errorf("%d diffs", len(d))
	}
}

// One odd token is not evidence of a shifted line: "spaghetti" is a
// malformed locale, not a system-type with the locale missing.
func TestNoShiftFromOneToken(t *testing.T) {
	r := Simulate("CVQ 6 spaghetti", 8, nil)
	if hasDiag(&r, "missing-shifted") != nil || hasDiag(&r, "locale-malformed") == nil {
		t.Errorf("diagnostics %+v", r.Diagnostics)
	}
}
