package site_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// pasteTimed pastes text into the console and returns how long the paste
// took, checking and drawing included (ms, with a forced layout).
func (tb *tab) pasteTimed(text string) float64 {
	tb.t.Helper()
	js, _ := jsonMarshal(text)
	ms := tb.eval(`(() => { const i = document.getElementById("console-input"); const dt = new DataTransfer();
dt.setData("text/plain", ` + js + `);
const t0 = performance.now();
i.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
document.body.offsetHeight;
return String(performance.now() - t0); })()`)
	f, err := strconv.ParseFloat(ms, 64)
	if err != nil {
		tb.t.Fatalf("timing the paste: %q", ms)
	}
	return f
}

// TestBigTranscriptFluid pastes a 255 KiB transcript: it is checked and
// drawn in one go (a generous hang guard; make bench has the figure), a
// chosen line still gets its fields, and a paste over the line cap says
// where it was cut.
func TestBigTranscriptFluid(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	ms := tb.pasteTimed(vectors.BigPaste())
	t.Logf("a 255 KiB transcript checked and drawn in %.0f ms", ms)
	if ms > 120000 { // a hang guard only: a busy machine takes tens of seconds; make bench has the figure
		t.Errorf("pasting a 255 KiB transcript took %.0f ms", ms)
	}
	if got := tb.text("#transcript-summary"); !strings.Contains(got, "server lines") {
		t.Errorf("summary %q", got)
	}
	tb.do("choosing a CVR line", chromedp.Click(chromedp.CSS(`#console-log li[data-kind="c"]:nth-of-type(3) .log-line`)))
	tb.waitJS(`document.querySelectorAll("#request-tokens .tok").length >= 9`, 5*time.Second)
	if got := tb.eval(`document.querySelector('#request-tokens .tok[data-param="locale"] .tok-value')?.textContent ?? ""`); got != "0x0409" {
		t.Errorf("the chosen line's locale token shows %q", got)
	}
	// 10,000 protocol lines: the bridge checks 5,000 and the summary says where it stopped.
	tb.pasteTimed(strings.Repeat("C: VER 1 MSNP8 CVR0\n", 10000))
	if got := tb.text("#transcript-summary"); !strings.Contains(got, "Cut short at line 5,001 of the paste") {
		t.Errorf("the summary of a 10,000-line paste does not say where it was cut: %q", got)
	}
}
