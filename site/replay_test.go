package site_test

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/base64"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// maxSessionLines is the page's cap on the lines of one session (limits.ts).
const maxSessionLines = 200

// zLink packs a readable fragment the way the page's compressed links are
// made: raw deflate, then unpadded base64url.
func zLink(t *testing.T, readable string) string {
	t.Helper()
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(readable))
	w.Close()
	return "v=1&z=" + base64.RawURLEncoding.EncodeToString(b.Bytes())
}

// readyWithin waits for the page's ready promise, failing the test when
// the page has not become ready after limit: a frozen main thread answers
// nothing, so the deadline is kept on this side.
func (tb *tab) readyWithin(limit time.Duration) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, limit)
	defer cancel()
	t0 := time.Now()
	for {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState !== "loading" && window.cvqPage !== undefined`))
		if err == nil && ok {
			break
		}
		if ctx.Err() != nil {
			tb.t.Fatalf("the page did not start within %v (last error: %v)", limit, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	msg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`window.cvqPage.ready.then(() => "", (e) => String(e))`, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("the page was not ready within %v, so it froze (%v)", limit, err)
	}
	if msg != "" {
		tb.t.Fatalf("the page did not become ready: %s", msg)
	}
	tb.t.Logf("ready %v after navigating", time.Since(t0).Round(time.Millisecond))
}

// linkNotice returns #link-notice's text, or "" while it is hidden. The
// invisible isolates (U+2068, U+2069) around each quoted value are left
// out; TestHiddenInLinks checks them.
func (tb *tab) linkNotice() string {
	tb.t.Helper()
	return tb.eval(`(() => { const n = document.getElementById("link-notice"); return n.hidden ? "" : n.textContent.replace(/[\u2068\u2069]/g, ""); })()`)
}

// TestHostileSessionLink opens a compressed link of a few hundred bytes
// that unpacks to a session of 300,000 lines: the page must become ready
// at once, say in the link notice which part was refused, replay nothing,
// and keep nothing of it for the next visit.
func TestHostileSessionLink(t *testing.T) {
	frag := zLink(t, "v=1&d=MSNP9&s=VER%201%20MSNP8%20CVR0"+strings.Repeat("%0A", 300000))
	if len(frag) > 4000 {
		t.Fatalf("the hostile link is %d characters; it should be a few hundred", len(frag))
	}
	tb := openTab(t, "/#"+frag, false)
	tb.readyWithin(15 * time.Second)
	notice := tb.linkNotice()
	for _, want := range []string{"session (s=)", "more than 200 client lines", "Kept from the link: the dialect"} {
		if !strings.Contains(notice, want) {
			t.Errorf("the link notice does not say %q: %q", want, notice)
		}
	}
	got := tb.eval(`document.getElementById("dialect").value + " | " + (document.getElementById("console").hidden ? "line" : "session") +
" | " + document.querySelectorAll("#console-log > li").length + " | " + document.getElementById("request").value`)
	if want := "MSNP9 | line | 0 | " + newLine; got != want {
		t.Errorf("after the hostile link the page shows %q, want %q", got, want)
	}
	// The tab keeps what it shows; the shared state, the work from before
	// the link, is left alone.
	tb.waitJS(`(sessionStorage.getItem("`+tabKey+`") || "").includes("MSNP9")`, 5*time.Second)
	if n := tb.eval(`String(JSON.parse(sessionStorage.getItem("` + tabKey + `")).state.session.length)`); n != "0" {
		t.Errorf("the saved state holds a session of %s lines", n)
	}
	if got := tb.eval(`localStorage.getItem("` + stateKey + `") || ""`); got != "" {
		t.Errorf("the refused link was saved as the shared state: %s", short(got))
	}
	// The next visit starts clean, without the notice.
	tb.navigate("/", false)
	tb.readyWithin(15 * time.Second)
	if n := tb.linkNotice(); n != "" {
		t.Errorf("the next visit shows a notice: %q", n)
	}

	// The readable form is refused the same way, from one line over the
	// cap; exactly the cap is replayed. (Fresh tabs: a link that differs
	// only in its fragment would not load the page again.)
	over := strings.Repeat("VER%201%20MSNP8%20CVR0%0A", maxSessionLines) + "VER%201%20MSNP8%20CVR0"
	tb = openTab(t, "/#v=1&s="+over, false)
	tb.readyWithin(15 * time.Second)
	if n := tb.linkNotice(); !strings.Contains(n, "more than 200 client lines") {
		t.Errorf("a readable link of %d lines: notice %q", maxSessionLines+1, n)
	}
	at := strings.Repeat("VER%201%20MSNP8%20CVR0%0A", maxSessionLines-1) + "VER%201%20MSNP8%20CVR0"
	tb = openTab(t, "/#v=1&s="+at, false)
	tb.readyWithin(15 * time.Second)
	if n := tb.linkNotice(); n != "" {
		t.Errorf("a link of exactly %d lines: notice %q", maxSessionLines, n)
	}
	if n := len(logLines(tb)); n < 2*maxSessionLines {
		t.Errorf("a link of %d lines shows %d log lines", maxSessionLines, n)
	}
}

// TestHostileStoredSession plants a saved state whose session has 50,000
// lines (as a page without the cap could have saved from a hostile link):
// the next visit must not replay it, must say so, and must save the state
// without it so that the visit after is clean.
func TestHostileStoredSession(t *testing.T) {
	tb := openTab(t, "/", true)
	session, _ := jsonMarshal(make([]string, 50000))
	plantState(tb, `{"v":1,"state":{"dialect":"MSNP9","profile":"reference","mode":"session","line":"CVQ 1 kept","session":`+
		session+`,"transcript":"","focus":""}}`)
	tb.navigate("/", false)
	tb.readyWithin(15 * time.Second)
	notice := tb.linkNotice()
	for _, want := range []string{"last visit", "50,000 client lines", "200"} {
		if !strings.Contains(notice, want) {
			t.Errorf("the notice does not say %q: %q", want, notice)
		}
	}
	got := tb.eval(`document.getElementById("dialect").value + " | " + document.getElementById("request").value + " | " +
(document.getElementById("console").hidden ? "line" : "session") + " | " + document.querySelectorAll("#console-log .log-entry").length`)
	if got != "MSNP9 | CVQ 1 kept | session | 0" {
		t.Errorf("after the stored session the page shows %q", got)
	}
	tb.navigate("/", false)
	tb.readyWithin(15 * time.Second)
	if n := tb.linkNotice(); n != "" {
		t.Errorf("the visit after still shows a notice: %q", n)
	}
}

// TestReplayDrawsOnce follows a session link of 200 lines in an open page
// and counts what the replay changed: the log is built in one go, the
// panels are drawn for the last line only, and the log ends scrolled to
// that line.
func TestReplayDrawsOnce(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	lines := make([]string, maxSessionLines)
	for i := range lines {
		lines[i] = fmt.Sprintf("CVR %d 0x0409 winnt 5.1 i386 MSNMSGR 6.0.%04d MSMSGS example@hotmail.com", i+1, i)
	}
	tb.eval(`(() => { window.__mut = { log: 0, reply: 0 };
new MutationObserver((rs) => { window.__mut.log += rs.length; }).observe(document.getElementById("console-log"), { childList: true });
new MutationObserver((rs) => { window.__mut.reply += rs.length; }).observe(document.getElementById("reply"), { childList: true, characterData: true, subtree: true });
return ""; })()`)
	tb.eval(`(() => { location.hash = "#v=1&d=MSNP8&s=` + url.PathEscape(strings.Join(lines, "\n")) + `"; return ""; })()`)
	tb.waitJS(`document.querySelectorAll("#console-log .log-entry").length >= `+fmt.Sprint(2*maxSessionLines), 10*time.Second)
	time.Sleep(100 * time.Millisecond) // let the observers deliver
	counts := tb.eval(`JSON.stringify(window.__mut)`)
	var mut struct{ Log, Reply int }
	if err := jsonUnmarshal(counts, &mut); err != nil {
		t.Fatal(err)
	}
	if mut.Log > 3 || mut.Reply > 4 {
		t.Errorf("replaying %d lines changed the log %d times and the reply %d times; want the log built once and one reply drawn",
			maxSessionLines, mut.Log, mut.Reply)
	}
	if got := tb.text("#request-mirror"); got != lines[len(lines)-1] {
		t.Errorf("after the replay the panels show %q, want the last line", short(got))
	}
	if cur := last(tb.consoleLog(), "c"); !cur.Current || cur.Text != lines[len(lines)-1] {
		t.Errorf("the last client line is not the current one: %+v", cur)
	}
	if gap := tb.eval(`(() => { const l = document.getElementById("console-log"); return String(Math.round(l.scrollHeight - l.clientHeight - l.scrollTop)); })()`); atoi(gap) > 2 {
		t.Errorf("the log is %s px short of its end after the replay", gap)
	}
}

// TestLiveLogCapped sends over a thousand log entries' worth of lines on
// three connections (a new dialect opens a new one and keeps the log): a
// connection takes at most 200 lines, and the log keeps only the newest
// entries, with a line that counts the others.
func TestLiveLogCapped(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	send := `((from, to) => { const i = document.getElementById("console-input");
for (let n = from; n <= to; n++) {
  i.value = "CVR " + n + " 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com";
  i.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
}
return ""; })`
	tb.eval(send + `(1, ` + fmt.Sprint(maxSessionLines+1) + `)`)
	if e := last(tb.consoleLog(), ""); e.Kind != "event" || !strings.Contains(e.Text, "Not sent") || !strings.Contains(e.Text, "200 lines") {
		t.Errorf("line %d on one connection: the log ends with %+v, want a refusal naming the cap", maxSessionLines+1, e)
	}
	for i, r := range [][2]int{{1001, 1200}, {2001, 2200}} {
		tb.setSelect("dialect", []string{"MSNP9", "MSNP10"}[i])
		tb.eval(send + fmt.Sprintf("(%d, %d)", r[0], r[1]))
	}
	es := tb.consoleLog()
	if len(es) > 1001 {
		t.Errorf("the live log draws %d items, want at most 1000 entries and one count", len(es))
	}
	if len(es) == 0 || !strings.Contains(es[0].Text, "earlier lines not shown") {
		t.Errorf("the trimmed log does not start by counting what it left out: %+v", es[:min(1, len(es))])
	}
	if c := last(es, "c"); !strings.HasPrefix(c.Text, "CVR 2200 ") || !c.Current {
		t.Errorf("the newest client line is %+v, want CVR 2200, shown as current", c)
	}
	// The session kept for links and reloads is the last connection's.
	tb.waitJS(`(localStorage.getItem("`+stateKey+`") || "").includes("CVR 2200 ")`, 5*time.Second)
	if n := tb.eval(`String(JSON.parse(localStorage.getItem("` + stateKey + `")).state.session.length)`); n != "200" {
		t.Errorf("the saved session has %s lines, want 200", n)
	}
	// The keyboard still walks the drawn lines from the first one shown.
	tb.do("focusing the newest line", chromedp.Focus(chromedp.CSS(`#console-log .log-line.is-current`)))
	tb.do("pressing Home", chromedp.KeyEvent(kb.Home))
	if got := tb.eval(`document.activeElement === document.querySelector("#console-log .log-line") ? "" : document.activeElement.textContent`); got != "" {
		t.Errorf("Home did not reach the first line shown; focus is on %q", got)
	}
	if n := tb.eval(`String(document.querySelectorAll('#console-log .log-line[tabindex="0"]').length)`); n != "1" {
		t.Errorf("%s log lines are tab stops, want one", n)
	}
}
