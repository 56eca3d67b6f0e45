package site_test

import (
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// TestTypingDrawsDetailsAfter: a keystroke draws the line, the reply and
// the outcome in its own task; the field strips, cards and diagnostics
// follow in a later task, once for a burst of keys, and
// window.cvqPage.settled resolves when they are on the page. Each input
// event gets one entry in window.cvqPage.details.
func TestTypingDrawsDetailsAfter(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.clearRequest()
	const short = "CVQ 2 0x0409"
	want := cvq.Simulate(short, cvq.MSNP8, nil).Reply
	// In the input event's own task: the reply is the new line's, the
	// field strip and the diagnostics list still show the empty line's.
	got := tb.eval(`(() => { const r = document.getElementById("request");
window.cvqPage.details.length = 0;
r.value = ` + jsString(short) + `; r.dispatchEvent(new Event("input", { bubbles: true }));
return [document.getElementById("reply").textContent,
  document.getElementById("request-tokens").dataset.count,
  String(window.cvqPage.details.length)].join("|"); })()`)
	if got != want+"|0|0" {
		t.Errorf("in the keystroke's task: %q, want the reply %q with the field strip still empty and no details drawn", got, want)
	}
	tb.settled()
	if n := tb.eval(`document.getElementById("request-tokens").dataset.count`); n != "3" {
		t.Errorf("after settled the field strip shows %s fields, want 3", n)
	}
	if n := tb.eval(`String(window.cvqPage.details.length)`); n != "1" {
		t.Errorf("one input event recorded %s details entries", n)
	}
	if tb.evalBool(`document.getElementById("diagnostics").children.length === 0`) {
		t.Errorf("a line short of five parameters shows no diagnostics after settled")
	}

	// A burst of input events in one task: each is recorded once, and the
	// details show the last line.
	tb.eval(`(() => { const r = document.getElementById("request");
window.cvqPage.details.length = 0;
for (const v of ["CVQ 2 0x0409 winnt", "CVQ 2 0x0409 winnt 5.1", "CVQ 2 0x0409 winnt 5.1 i386"]) {
  r.value = v; r.dispatchEvent(new Event("input", { bubbles: true }));
}
return ""; })()`)
	tb.settled()
	if got := tb.eval(`[window.cvqPage.details.length, document.getElementById("request-tokens").dataset.count].join(" ")`); got != "3 6" {
		t.Errorf("after a burst of three inputs (details entries, fields): %s, want 3 6", got)
	}

	// Real keys: once the details are drawn, the caret's field (the last,
	// the user handle) has its card open.
	tb.typeRequest(newLine)
	if got := tb.eval(`[...document.querySelectorAll("#cards .card.is-open")].map((c) => c.dataset.key).join(",")`); got != "q9" {
		t.Errorf("with the caret at the end of the line, the open cards are %q, want q9", got)
	}
}
