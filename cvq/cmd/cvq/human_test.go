package main

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// hostileChars are characters a terminal acts on or that hide or reorder
// text: ESC, BEL, the C1 controls NEL and CSI, a right-to-left override and
// a zero-width space. Each must reach the human output only as an escape.
var hostileChars = []struct{ raw, shown string }{
	{"\x1b", `\u001b`},
	{"\x07", `\u0007`},
	{"\u0085", `\u0085`},
	{"\u009b", `\u009b`},
	{"\u202e", `\u202e`},
	{"\u200b", `\u200b`},
}

// humanOf renders with the human printer into a string.
func humanOf(draw func(h *human)) string {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	draw(&human{w: w})
	w.Flush()
	return b.String()
}

// A transcript's command name is quoted in the outcome text; it is shown
// escaped, as on the C: line.
func TestHumanOutcomeQuotingInputIsCleaned(t *testing.T) {
	for _, c := range hostileChars {
		code, out, _ := cli(t, "C: US"+c.raw+"]0;pwned"+c.raw+"R 1\n")
		if code != 0 {
			t.Fatalf("%q: exit %d", c.raw, code)
		}
		if strings.Contains(out, c.raw) {
			t.Errorf("%q reached the output raw:\n%q", c.raw, out)
		}
		if want := "outcome: none: US" + c.shown + "]0;pwned" + c.shown + "R is not"; !strings.Contains(out, want) {
			t.Errorf("%q: no %q in\n%s", c.raw, want, out)
		}
	}
}

// Every text of an outcome and a diagnostic is cleaned, whatever it quotes.
func TestHumanTextsAreCleaned(t *testing.T) {
	for _, c := range hostileChars {
		bad := "a" + c.raw + "b"
		out := humanOf(func(h *human) {
			h.outcome(cvq.Outcome{Kind: cvq.OutcomeNone, Text: "text " + bad, Reason: "reason " + bad})
			h.diagnostic("  ", cvq.Diagnostic{Severity: cvq.Warning, Start: 0, End: 1, Text: "diag " + bad,
				Notes: []string{"note " + bad}}, "input "+bad)
			h.check(1, cvq.Check{Status: cvq.CheckDiffer, Observed: "obs " + bad, Expected: "exp " + bad,
				Note: "check " + bad, Diffs: []cvq.FieldDiff{{Index: 1, Param: "p" + bad, Expected: "e" + bad, Observed: "o" + bad}}})
		})
		if strings.Contains(out, c.raw) {
			t.Errorf("%q reached the output raw:\n%q", c.raw, out)
		}
		for _, label := range []string{"text ", "reason ", "diag ", "note ", "input ", "obs ", "exp ", "check ", "field 1 p", "expected e", "observed o"} {
			if want := label + "a" + c.shown + "b"; !strings.Contains(out, want) {
				t.Errorf("%q: no %q in\n%s", c.raw, want, out)
			}
		}
	}
}

// TestHumanShowsNotes: issue 11 item 10 — the default output prints a
// field's note (a documented disagreement or an assumption; here the
// release catalog's two dates for MSN 1.0, facts §8 item 11), not only -v.
func TestHumanShowsNotes(t *testing.T) {
	code, out, _ := cli(t, "", "-dialect", "MSNP2", "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863")
	if code != 0 || !strings.Contains(out, "note: ") || !strings.Contains(out, "1999-07-17") {
		t.Errorf("exit %d, no note in the default output:\n%s", code, out)
	}
}
