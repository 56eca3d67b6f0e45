package main

import (
	"bufio"
	"bytes"
	"github.com/cvq-playground/cvq-playground/cvq"
	"strings"
	"testing"
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

func TestSeedHuman(t *testing.T) {
	for _, c := range seedCases(t) {
		t.Run(c.request, func(t *testing.T) {
			code, out, errs := cli(t, "", append([]string{"-dialect", c.dialect}, strings.Fields(c.request)...)...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			// The C:/S: lines of the human output (long ones broken into
			// ".. " continuations) read back as the exchange itself.
			lines, _ := cvq.ParseTranscript(out)
			if len(lines) < 2 || lines[0].Dir != 'C' || lines[0].Text != c.request || lines[1].Dir != 'S' || lines[1].Text != c.reply {
				t.Fatalf("exchange in output:\n%+v\nwant C: %q / S: %q\n%s", lines, c.request, c.reply, out)
			}
			if got := strings.Contains(out, "\nconnection closed by server\n"); got != c.disconnect {
				t.Errorf("closed line present = %v, want %v", got, c.disconnect)
			}
			if !strings.Contains(out, "\noutcome: "+c.outcome+": ") {
				t.Errorf("no outcome %q in\n%s", c.outcome, out)
			}
			for _, want := range []string{"request fields (" + c.dialect + ", profile reference):", "reply fields:", "  command "} {
				if !strings.Contains(out, want) {
					t.Errorf("missing %q in\n%s", want, out)
				}
			}
			for _, l := range strings.Split(out, "\n") {
				// Protocol lines may hold an unbreakable URL; the
				// breakdown itself stays within the page.
				if width(l) > pageWidth && !strings.Contains(l, "http://") {
					t.Errorf("line wider than %d columns: %q", pageWidth, l)
				}
			}
		})
	}
}

// Diagnostics are written "col N-M: severity: text" with carets under the
// range.
func TestHumanDiagnosticLayout(t *testing.T) {
	_, out, _ := cli(t, "", "CVQ 6 spaghetti")
	want := "  col 7-15: error: Malformed locale"
	i := strings.Index(out, want)
	if i < 0 {
		t.Fatalf("no %q in\n%s", want, out)
	}
	rest := out[i:]
	if !strings.Contains(rest, "    | CVQ 6 spaghetti\n    |       ^^^^^^^^^\n") {
		t.Errorf("caret lines missing after the diagnostic:\n%s", rest)
	}
}

// The breakdown of every example, verbose, stays inside the page except
// for unbreakable protocol tokens.
func TestHumanWidth(t *testing.T) {
	for _, ex := range cvq.Examples() {
		_, out, _ := cli(t, "", "-v", "-example", ex.ID)
		for _, l := range strings.Split(out, "\n") {
			if width(l) <= pageWidth {
				continue
			}
			longest := 0
			for _, f := range strings.Fields(l) {
				longest = max(longest, width(f))
			}
			// Only a line holding one token too long for any line may
			// overflow.
			if longest < pageWidth-30 {
				t.Errorf("%s: line wider than %d columns: %q", ex.ID, pageWidth, l)
			}
		}
	}
}

// With -v, each reply field says which rule gave its value, the decision step, the catalog
// row and the request values the rule read (issue 15 item 4).
func TestHumanVerboseRule(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c",
			"why: rule row, decision step 6, catalog row 2; read requesting-library MSNMSGR"},
		{"CVQ 2 0x1111 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c",
			"why: rule bad-locale, decision step 4; read locale 0x1111"},
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "why: rule trid; read trid 2"},
	} {
		code, out, errs := cli(t, "", "-v", c.line)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if flat := strings.Join(strings.Fields(out), " "); !strings.Contains(flat, c.want) {
			t.Errorf("%s: -v lacks %q:\n%s", c.line, c.want, out)
		}
	}
}
