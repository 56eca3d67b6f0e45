package site_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/cvq-playground/cvq-playground/build/distserve"
)

// consoleChunkPath matches the console's lazy script (consolechunk-HASH.js).
var consoleChunkPath = regexp.MustCompile(`^/consolechunk-[A-Z0-9]+\.js$`)

// heldConsoleServer serves the page from a server of its own (so nothing of it is in the
// browser's cache) that holds back the console's script until release is called, as a
// slow network would. Calling release more than once is harmless.
func heldConsoleServer(t *testing.T) (base string, release func()) {
	t.Helper()
	if suite.err != nil {
		t.Fatal(suite.err)
	}
	gate := make(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { close(gate) }) }
	files := distserve.Handler(suite.dist)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if consoleChunkPath.MatchString(r.URL.Path) {
			select {
			case <-gate:
			case <-r.Context().Done():
				return
			}
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(release) // runs first: a held request must end before the server can close
	return srv.URL + "/", release
}

// notInMain fails t for each of texts that the built main.js carries: what (a lazy
// part's code) would then be part of the first load.
func notInMain(t *testing.T, what string, texts ...string) {
	t.Helper()
	mains, err := filepath.Glob(filepath.Join(suite.dist, "main-*.js"))
	if err != nil || len(mains) != 1 {
		t.Fatalf("the page's script in %s: %v %v", suite.dist, mains, err)
	}
	main, err := os.ReadFile(mains[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range texts {
		if strings.Contains(string(main), s) {
			t.Errorf("%s carries %s (%q): it is part of the first load", filepath.Base(mains[0]), what, s)
		}
	}
}

// fetchedConsole reports whether the page has fetched the console's script.
func (tb *tab) fetchedConsole() bool {
	tb.t.Helper()
	return tb.evalBool(`performance.getEntriesByType("resource").some((e) => /\/consolechunk-[A-Z0-9]+\.js$/.test(e.name))`)
}

// TestConsoleLoadsOnFirstUse: the first load goes without the console's code (a line is
// answered without it); switching to the session fetches it, says so meanwhile, and the
// lines entered before it arrives are sent, in order, when it does: nothing typed is lost.
func TestConsoleLoadsOnFirstUse(t *testing.T) {
	base, release := heldConsoleServer(t)
	tb := openTab(t, "/", true)
	tb.goTo(base, true)
	setRequest(tb, "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 ") {
		t.Errorf("without the console the page answers %q", got)
	}
	if tb.fetchedConsole() {
		t.Errorf("the console's script was fetched before the console was used")
	}
	notInMain(t, "the console's code", "The pasted transcript was put away", "Checking the paste: ")
	tb.setSelect("dialect", "MSNP2")
	tb.do("clicking the session tab", chromedp.Click(chromedp.ID("mode-session")))
	tb.waitJS(`document.getElementById("console").getAttribute("aria-busy") === "true"`, 5*time.Second)
	if got := tb.text("#console-kind"); got != "Loading the console…" {
		t.Errorf("#console-kind while the console loads = %q", got)
	}
	// Two lines entered and a third typed, all before the console's code is here.
	tb.do("typing into #console-input", chromedp.SendKeys(chromedp.ID("console-input"),
		"VER 1 MSNP2 CVR0"+kb.Enter+"CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863"+kb.Enter+"CVQ 3"))
	if got := tb.eval(`document.getElementById("console-input").value`); got != "CVQ 3" {
		t.Errorf("#console-input holds %q before the console arrived, want the unsent CVQ 3", got)
	}
	if es := tb.consoleLog(); len(es) != 0 {
		t.Errorf("the log shows %+v before the console arrived", es)
	}
	release()
	tb.waitConsole()
	es := tb.consoleLog()
	var client []string
	for _, e := range es {
		if e.Kind == "c" {
			client = append(client, e.Text)
		}
	}
	if strings.Join(client, " | ") != "VER 1 MSNP2 CVR0 | CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863" {
		t.Errorf("the client lines entered early were logged as %q", client)
	}
	if s := last(es, "s"); s.Text != oldReply(t) {
		t.Errorf("the early CVQ got %q, want the seed's reply %q", s.Text, oldReply(t))
	}
	if got := tb.text("#reply"); got != oldReply(t) {
		t.Errorf("#reply after the console arrived = %q, want the early CVQ's reply", got)
	}
	if got := tb.eval(`document.getElementById("console-input").value`); got != "CVQ 3" {
		t.Errorf("#console-input holds %q after the console arrived, want CVQ 3 still there", got)
	}
	// The input is the console's own now: Enter sends at once.
	tb.consoleType("")
	if c := last(tb.consoleLog(), "c"); c.Text != "CVQ 3" {
		t.Errorf("Enter after the console arrived sent %+v, want CVQ 3", c)
	}
}

// TestConsoleEarlyPaste pastes a transcript while the console's code is on its way: the
// paste is kept, #console is busy until the transcript is checked and drawn, and the
// result is the same as a paste into a console already there.
func TestConsoleEarlyPaste(t *testing.T) {
	base, release := heldConsoleServer(t)
	tb := openTab(t, "/", true)
	tb.goTo(base, true)
	tb.do("clicking the session tab", chromedp.Click(chromedp.ID("mode-session")))
	js, err := jsonMarshal(seedNewTranscript(t))
	if err != nil {
		t.Fatal(err)
	}
	got := tb.eval(`(() => { const i = document.getElementById("console-input"); i.focus();
const dt = new DataTransfer(); dt.setData("text/plain", ` + js + `);
return i.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true })) ? "not handled" : ""; })()`)
	if got != "" {
		t.Fatalf("a paste before the console arrived: %s", got)
	}
	if v := tb.eval(`document.getElementById("console-input").value`); v != "" {
		t.Errorf("the transcript went into #console-input as one line: %q", v)
	}
	if !tb.evalBool(`document.getElementById("console").getAttribute("aria-busy") === "true"`) {
		t.Errorf("#console is not busy while the pasted transcript waits for the console")
	}
	release()
	tb.eval(pasteSettled + `.then(() => "")`)
	if got := tb.eval(`document.getElementById("console").dataset.kind`); got != "transcript" {
		t.Errorf("#console data-kind = %q after an early paste, want transcript", got)
	}
	if got := tb.text("#transcript-summary"); got != "1 server line: 1 matches, 0 differ" {
		t.Errorf("the early paste's summary = %q", got)
	}
}

// useConsole opens the session, sends a line and pastes a transcript: the console's code
// arrived, wherever the page got it (where says from what, for the messages).
func (tb *tab) useConsole(where string) {
	tb.t.Helper()
	tb.openConsole()
	tb.consoleType("VER 1 MSNP8 CVR0")
	if s := last(tb.consoleLog(), "s"); !strings.HasPrefix(s.Text, "VER 1 ") {
		tb.t.Errorf("%s, the console answered VER with %+v", where, s)
	}
	tb.paste(seedNewTranscript(tb.t))
	if got := tb.eval(`document.getElementById("console").dataset.kind`); got != "transcript" {
		tb.t.Errorf("%s, a pasted transcript leaves #console data-kind = %q", where, got)
	}
}
