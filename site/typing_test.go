package site_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

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

// TestMirrorUnderEditor: the coloured mirror lies exactly under the editor
// (whose text is transparent) for a short line, a wrapped one and one
// taller than the editor, where the mirror scrolls with the editor; the
// hint below is not covered; in the session console, where the editor is
// hidden, the mirror takes its own room. The mirror is laid out of flow so
// that redrawing it on a keystroke does not lay the page out again.
func TestMirrorUnderEditor(t *testing.T) {
	tb := openTab(t, "/", true)
	const check = `(() => { const e = document.getElementById("request"), m = document.getElementById("request-mirror");
const a = e.getBoundingClientRect(), b = m.getBoundingClientRect();
const off = ["top", "left", "width", "height"].filter((k) => Math.abs(a[k] - b[k]) > 0.5);
if (off.length > 0) return "the mirror's box " + JSON.stringify(b) + " is not the editor's " + JSON.stringify(a);
if (m.scrollTop !== e.scrollTop) return "mirror scrolled to " + m.scrollTop + ", editor to " + e.scrollTop;
const hint = document.getElementById("request-help").getBoundingClientRect();
if (hint.top < b.bottom - 0.5) return "the hint starts at " + hint.top + ", above the mirror's bottom " + b.bottom;
return "ok " + e.scrollTop; })()`
	for _, c := range []struct {
		name, line string
		scrolled   bool
	}{
		{"short", "CVQ 2 0x0409 winnt", false},
		{"wrapped", newLine + " " + strings.Repeat("x", 200), false},
		{"taller than the editor", newLine + " " + strings.Repeat("y", 2400), true},
	} {
		tb.setRequestJS(c.line)
		tb.settled()
		// The caret at the end scrolls a tall line's editor to its end.
		tb.eval(`(() => { const e = document.getElementById("request"); e.focus(); e.setSelectionRange(e.value.length, e.value.length);
e.scrollTop = e.scrollHeight; return new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(""), 0))); })()`)
		got := tb.eval(check)
		if !strings.HasPrefix(got, "ok ") {
			t.Errorf("%s line: %s", c.name, got)
		} else if scrolled := got != "ok 0"; scrolled != c.scrolled {
			t.Errorf("%s line: editor scrolled %v, want %v (%s)", c.name, scrolled, c.scrolled, got)
		}
		if c.name == "wrapped" && !tb.evalBool(`(() => { const e = document.getElementById("request"), m = document.getElementById("request-mirror");
return m.scrollHeight === e.scrollHeight && e.scrollHeight > 2 * parseFloat(getComputedStyle(m).lineHeight); })()`) {
			t.Errorf("the wrapped line does not wrap alike in the mirror and the editor (scroll heights %s)",
				tb.eval(`document.getElementById("request-mirror").scrollHeight + " vs " + document.getElementById("request").scrollHeight`))
		}
	}

	// The box contains its size and layout (a keystroke lays out the box,
	// not the page) and follows the editor when it is resized by hand.
	if got := tb.eval(`getComputedStyle(document.querySelector(".line-stack")).contain`); !strings.Contains(got, "size") || !strings.Contains(got, "layout") {
		t.Errorf("the editor's box has contain: %q, want size and layout", got)
	}
	// On paper the line sizes the box (the screen's height may not fit it).
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatalf("emulating print: %v", err)
	}
	if got := tb.eval(`(() => { const s = getComputedStyle(document.querySelector(".line-stack")); return s.contain + " " + (s.height === getComputedStyle(document.getElementById("request")).height); })()`); got != "none true" {
		t.Errorf("printed, the editor's box has contain and the editor's height: %q, want none true", got)
	}
	if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""}); err != nil {
		t.Fatalf("emulating screen: %v", err)
	}
	tb.setRequestJS("CVQ 2")
	tb.settled()
	tb.eval(`(() => { document.getElementById("request").style.height = "150px";
return new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(""), 0))); })()`)
	if got := tb.eval(check); got != "ok 0" {
		t.Errorf("after resizing the editor: %s", got)
	}
	tb.openConsole()
	tb.consoleType("VER 1 MSNP8 CVR0")
	if got := tb.eval(`(() => { const m = document.getElementById("request-mirror"), s = m.parentElement.getBoundingClientRect(), b = m.getBoundingClientRect();
return b.height > 20 && Math.abs(s.height - b.height) < 0.5 && m.textContent === "VER 1 MSNP8 CVR0" ? "" : "mirror " + JSON.stringify(b) + " in " + JSON.stringify(s) + ": " + m.textContent; })()`); got != "" {
		t.Errorf("in the session console the mirror does not take its own room: %s", got)
	}
	if got := tb.eval(`getComputedStyle(document.querySelector(".line-stack")).contain`); got != "none" {
		t.Errorf("in the session console the editor's box has contain: %q, want none", got)
	}
}

// burstDraws types the first n prefixes of line as input events gapMs apart, each in a
// task of its own, waits for the details, and returns how many times they were drawn
// (input events whose details were drawn at the same moment share one drawing).
func burstDraws(tb *tab, line string, n, gapMs int) int {
	tb.t.Helper()
	got := tb.eval(`(async () => {
  const r = document.getElementById("request"), line = ` + jsString(line) + `, stamps = [];
  const note = (e) => stamps.push(e.timeStamp);
  r.addEventListener("input", note);
  window.cvqPage.details.length = 0;
  for (let i = 1; i <= ` + fmt.Sprint(n) + `; i++) {
    r.value = line.slice(0, i);
    r.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((res) => setTimeout(res, ` + fmt.Sprint(gapMs) + `));
  }
  await window.cvqPage.settled();
  r.removeEventListener("input", note);
  const d = window.cvqPage.details;
  if (d.length !== stamps.length) return "details for " + d.length + " of " + stamps.length + " inputs";
  return String(new Set(stamps.map((t, i) => Math.round(t + d[i]))).size);
})()`)
	draws, err := strconv.Atoi(got)
	if err != nil {
		tb.t.Fatalf("typing a burst: %s", got)
	}
	return draws
}

// TestTypingPauseDrawsDetails: while keys keep coming, the details wait for a pause
// (later.ts): 20 keys 5 ms apart are drawn a few times at most, not after every frame
// (13–15 times before); a long burst is still drawn while it lasts (at least every
// maxWaitMs), so they never fall far behind.
func TestTypingPauseDrawsDetails(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.clearRequest()
	if n := burstDraws(tb, newLine, 20, 5); n > 6 {
		t.Errorf("20 keys 5 ms apart drew the details %d times, want them drawn at the pauses (a few times at most)", n)
	}
	if got, want := tb.eval(`document.getElementById("request-tokens").dataset.count`), len(strings.Fields(newLine[:20])); got != strconv.Itoa(want) {
		t.Errorf("after the burst the field strip shows %s fields, want the %d of %q", got, want, newLine[:20])
	}
	tb.clearRequest()
	if n := burstDraws(tb, newLine, 70, 5); n < 2 || n > 20 {
		t.Errorf("a burst of 70 keys 5 ms apart drew the details %d times, want them drawn during it (every 250 ms at least) but not after every frame", n)
	}
}
