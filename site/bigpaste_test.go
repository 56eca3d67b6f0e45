package site_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// pasteSettled is a JavaScript promise that resolves once the console is
// no longer busy: a big paste is checked and drawn over several tasks, with
// #console marked aria-busy until it is done.
const pasteSettled = `new Promise((done) => { const c = document.getElementById("console");
const poll = () => c.hasAttribute("aria-busy") ? setTimeout(poll, 10) : done(); poll(); })`

// pasteTimed pastes text into the console, waits until it is checked and
// drawn, and returns how long that took (ms, with a forced layout) and the
// longest task the Long Tasks API saw meanwhile (-1 where it has none).
func (tb *tab) pasteTimed(text string) (total, longest float64) {
	tb.t.Helper()
	js, _ := jsonMarshal(text)
	out := tb.eval(`(async () => { const i = document.getElementById("console-input"); const dt = new DataTransfer();
dt.setData("text/plain", ` + js + `);
let longest = -1;
const obs = typeof PerformanceObserver === "function" && PerformanceObserver.supportedEntryTypes.includes("longtask")
  ? new PerformanceObserver((l) => { for (const e of l.getEntries()) longest = Math.max(longest, e.duration); }) : null;
if (obs !== null) { longest = 0; obs.observe({ type: "longtask" }); }
const t0 = performance.now();
i.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
await ` + pasteSettled + `;
document.body.offsetHeight;
const ms = performance.now() - t0;
await new Promise((r) => setTimeout(r, 100));
if (obs !== null) { for (const e of obs.takeRecords()) longest = Math.max(longest, e.duration); obs.disconnect(); }
return ms + " " + longest; })()`)
	var err error
	if _, err = fmt.Sscan(out, &total, &longest); err != nil {
		tb.t.Fatalf("timing the paste: %q", out)
	}
	return total, longest
}

// TestBigTranscriptFluid pastes a 255 KiB transcript: it is checked and
// drawn over several tasks (the page runs other tasks between them, shows
// its progress and is marked busy until done; generous hang guards only,
// make bench has the figures), a newer paste cancels it, every drawn line
// shows the connection after it, a chosen line still gets its fields, and a
// paste over the line cap says where it was cut.
func TestBigTranscriptFluid(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	big, _ := jsonMarshal(vectors.BigPaste())
	paste := func(js string) string {
		return `document.getElementById("console-input").dispatchEvent(new ClipboardEvent("paste", { clipboardData: (() => {
const dt = new DataTransfer(); dt.setData("text/plain", ` + js + `); return dt; })(), bubbles: true, cancelable: true }))`
	}
	// Right after the paste event the check is under way, and a task queued
	// then runs before it ends.
	got := tb.eval(`(async () => { const c = document.getElementById("console");
` + paste(big) + `;
const busy = c.getAttribute("aria-busy"), summary = document.getElementById("transcript-summary").textContent;
const between = await new Promise((r) => setTimeout(() => r(c.hasAttribute("aria-busy")), 0));
await ` + pasteSettled + `;
return [busy, summary, between, c.hasAttribute("aria-busy")].join(" | "); })()`)
	if want := `true | Checking the paste: `; !strings.HasPrefix(got, want) || !strings.HasSuffix(got, " | true | false") {
		t.Errorf("during and after a big paste: %q; want busy with its progress, a task run while busy, then not busy", got)
	}
	if got := tb.text("#transcript-summary"); !strings.Contains(got, "server lines") {
		t.Errorf("summary %q", got)
	}
	ms, longest := tb.pasteTimed(vectors.BigPaste())
	mem := tb.eval(`String(window.cvqPage.wasmMemory ? Math.round(window.cvqPage.wasmMemory() / 1048576) : -1)`)
	t.Logf("a 255 KiB transcript checked and drawn in %.0f ms, longest task %.0f ms; the module's linear memory %s MiB", ms, longest, mem)
	if ms > 120000 { // a hang guard only: a busy machine takes tens of seconds; make bench has the figure
		t.Errorf("pasting a 255 KiB transcript took %.0f ms", ms)
	}
	// 1,000 entries are drawn, new-connection notes among them.
	if n := tb.eval(`String(document.querySelectorAll("#console-log > li").length) + " " +
String(document.querySelectorAll("#console-log .log-line").length) + " " +
String(document.querySelectorAll("#console-log .log-line .log-state").length)`); !regexp.MustCompile(`^1001 ([5-9]\d\d) ([5-9]\d\d)$`).MatchString(n) ||
		strings.Fields(n)[1] != strings.Fields(n)[2] {
		t.Errorf("entries, lines and lines with their connection state drawn: %s; want 1,000 entries and a count, every line with its state", n)
	}
	tb.do("choosing a CVR line", chromedp.Click(chromedp.CSS(`#console-log li[data-kind="c"]:nth-of-type(3) .log-line`)))
	tb.waitJS(`document.querySelectorAll("#request-tokens .tok").length >= 9`, 5*time.Second)
	if got := tb.eval(`document.querySelector('#request-tokens .tok[data-param="locale"] .tok-value')?.textContent ?? ""`); got != "0x0409" {
		t.Errorf("the chosen line's locale token shows %q", got)
	}
	// A newer paste while the big one is checked replaces it.
	got = tb.eval(`(async () => { ` + paste(big) + `;
await new Promise((r) => setTimeout(r, 0));
` + paste(`"C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8 CVR0\n"`) + `;
await ` + pasteSettled + `;
await new Promise((r) => setTimeout(r, 300));
return document.getElementById("transcript-summary").textContent + " | " + document.querySelectorAll("#console-log .log-line").length; })()`)
	if !strings.HasPrefix(got, "1 server line: ") || !strings.HasSuffix(got, " | 2") {
		t.Errorf("a small paste during a big one's check: %q", got)
	}
	// 10,000 protocol lines: the bridge checks 5,000 and the summary says where it stopped.
	tb.pasteTimed(strings.Repeat("C: VER 1 MSNP8 CVR0\n", 10000))
	if got := tb.text("#transcript-summary"); !strings.Contains(got, "Cut short at line 5,001 of the paste") {
		t.Errorf("the summary of a 10,000-line paste does not say where it was cut: %q", got)
	}
}

// TestSingleFileBigPaste: the one-file page (make single), opened from disk
// under its hash-based policy, checks and draws the big paste over several
// tasks as the served page does (a CSP violation fails the tab).
func TestSingleFileBigPaste(t *testing.T) {
	tb := openSingle(t, "cvq playground.html", "")
	tb.openConsole()
	ms, longest := tb.pasteTimed(vectors.BigPaste())
	t.Logf("from file://: a 255 KiB transcript checked and drawn in %.0f ms, longest task %.0f ms", ms, longest)
	if got := tb.text("#transcript-summary"); !strings.Contains(got, "server lines") {
		t.Errorf("the single file's summary of the big paste: %q", got)
	}
	if n := tb.eval(`String(document.querySelectorAll("#console-log .log-line .log-state").length)`); atoi(n) < 500 {
		t.Errorf("the single file drew %s lines with their state", n)
	}
}

// TestPasteByteCap pastes transcripts on either side of the console's
// 256 KiB cap, which counts UTF-8 bytes: an ASCII paste just under it is
// checked, one just over it is refused, and so is a paste of fewer
// characters than the cap whose accented letters take two bytes each.
func TestPasteByteCap(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	line := "C: VER 1 MSNP8 CVR0\n"
	under := strings.Repeat(line, 256*1024/len(line))
	// 20 characters and 30 bytes a line: 192,000 characters, 281 KiB.
	accented := strings.Repeat("C: VER 1 éééééééééé\n", 9600)
	for _, c := range []struct {
		name, text, want string
	}{
		{"ASCII under the cap", under, "server line"},
		{"ASCII over the cap", under + strings.Repeat("x", 256*1024-len(under)+1), "Not checked: the paste is 256 KiB, more than the 256 KiB"},
		{"two-byte letters over the cap", accented, fmt.Sprintf("Not checked: the paste is %d KiB, more than the 256 KiB", (len(accented)+512)/1024)},
	} {
		tb.paste(c.text)
		if got := tb.text("#transcript-summary"); !strings.Contains(got, c.want) {
			t.Errorf("%s (%d characters): the summary says %q, want %q", c.name, len(c.text), short(got), c.want)
		}
	}
}
