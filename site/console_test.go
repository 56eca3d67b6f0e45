package site_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// oldReply is the "Old" seed reply as the reference server sends it to a
// CVR0 client after VER: the last server line of msnp-wiki's CVR0 handshake
// (cvq/testdata/docs/yw-cvr0.txt).
func oldReply(t *testing.T) string {
	t.Helper()
	f, err := vectors.Load("docs/yw-cvr0.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range f.Records {
		if rec.Name == "handshake" {
			lines, _ := cvq.ParseTranscript(rec.Text())
			return lines[len(lines)-1].Text
		}
	}
	t.Fatalf("%s has no handshake record", f.Path)
	return ""
}

// seedNewTranscript is the seed's "New" exchange in the seed's own layout
// (cvq/testdata/seed.txt): the reply broken over three lines with ".. "
// continuations.
func seedNewTranscript(t *testing.T) string {
	t.Helper()
	seed, err := vectors.Seed()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range seed.Records {
		if rec.Name == "new" {
			return rec.Text() + "\n"
		}
	}
	t.Fatal("seed.txt has no \"new\" exchange")
	return ""
}

// logEntry is one line of #console-log as the page shows it.
type logEntry struct {
	Kind    string   `json:"kind"`   // c, s, none, event
	Text    string   `json:"text"`   // the line without its C:/S: prefix
	Status  string   `json:"status"` // match, differ, unchecked for checked server lines
	Current bool     `json:"current"`
	Notes   []string `json:"notes"`
	Marks   []string `json:"marks"` // data-param of each underlined difference
}

// consoleLog reads #console-log.
func (tb *tab) consoleLog() []logEntry {
	tb.t.Helper()
	raw := tb.eval(`JSON.stringify([...document.querySelectorAll("#console-log > li")].map((li) => ({
kind: li.dataset.kind,
text: (li.querySelector(".log-text, .log-event-text") || li).textContent,
status: li.dataset.status || "",
current: !!li.querySelector(".log-line.is-current"),
notes: [...li.querySelectorAll(".log-notes > li")].map((n) => n.textContent),
marks: [...li.querySelectorAll(".diff, .diff-caret")].map((m) => m.dataset.param),
})))`)
	var out []logEntry
	if err := jsonUnmarshal(raw, &out); err != nil {
		tb.t.Fatalf("reading #console-log: %v", err)
	}
	return out
}

// last returns the newest entry of kind (or of any kind for "").
func last(es []logEntry, kind string) logEntry {
	for i := len(es) - 1; i >= 0; i-- {
		if kind == "" || es[i].Kind == kind {
			return es[i]
		}
	}
	return logEntry{Kind: "<none>"}
}

// openConsoleTab opens the page on a new tab with dialect and profile
// chosen, and switches it to the console.
func openConsoleTab(t *testing.T, dialect, profile string) *tab {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", dialect)
	tb.setSelect("profile", profile)
	tb.openConsole()
	return tb
}

// openConsole switches the page to the console with a click on its tab,
// and waits as a learner would until it is there: its code is fetched on
// first use, and #console is aria-busy (saying "Loading the console…")
// until it has arrived.
func (tb *tab) openConsole() {
	tb.t.Helper()
	tb.do("clicking the session tab", chromedp.Click(chromedp.ID("mode-session")))
	tb.waitJS(`!document.getElementById("console").hidden && document.getElementById("line-editor").hidden`, 3*time.Second)
	tb.waitConsole()
}

// consoleArrived is true once the console's code is on the page: #console
// is not busy and says what it holds (a live connection or a transcript).
const consoleArrived = `(() => { const c = document.getElementById("console");
return !c.hasAttribute("aria-busy") && /^(Live|Pasted)/.test(document.getElementById("console-kind").textContent); })()`

// waitConsole waits until the console's code has arrived.
func (tb *tab) waitConsole() {
	tb.t.Helper()
	tb.waitJS(consoleArrived, 10*time.Second)
}

// consoleType types line into #console-input with real key events, then
// Enter.
func (tb *tab) consoleType(line string) {
	tb.t.Helper()
	tb.do("typing into #console-input", chromedp.SendKeys(chromedp.ID("console-input"), line+kb.Enter))
	if got := tb.eval(`document.getElementById("console-input").value`); got != "" {
		tb.t.Fatalf("#console-input still holds %q after Enter", got)
	}
}

// paste fires a paste event carrying text at #console-input, as a
// clipboard paste does, fails the test if the page did not take it over,
// and waits until the paste is checked and drawn (a long one is worked
// over several tasks, see pasteSettled).
func (tb *tab) paste(text string) {
	tb.t.Helper()
	js, err := jsonMarshal(text)
	if err != nil {
		tb.t.Fatal(err)
	}
	got := tb.eval(`(() => { const i = document.getElementById("console-input"); i.focus();
const dt = new DataTransfer(); dt.setData("text/plain", ` + js + `);
const passed = i.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
return passed ? "not handled" : ""; })()`)
	if got != "" {
		tb.t.Fatalf("pasting into #console-input: the page did not handle the paste (%s)", got)
	}
	tb.eval(pasteSettled + `.then(() => "")`)
}

// TestConsoleSession types a CVR0 session into the console with real keys:
// the fallback, the seed's reply, the server's close and a line after it,
// then walks the history, shows earlier lines, and starts over.
func TestConsoleSession(t *testing.T) {
	tb := openConsoleTab(t, "MSNP2", "reference")
	if got := tb.text("#connection-state"); got != "not connected" {
		t.Errorf("#connection-state before any line = %q, want \"not connected\"", got)
	}

	tb.consoleType("VER 1 MSNP2 CVR0")
	es := tb.consoleLog()
	if s := last(es, "s"); s.Text != "VER 1 CVR0" {
		t.Errorf("after VER the newest server line is %+v, want S: VER 1 CVR0", s)
	}
	if c := last(es, "c"); c.Text != "VER 1 MSNP2 CVR0" || !c.Current {
		t.Errorf("the sent line is %+v, want it logged and shown", c)
	}
	if got := tb.text("#connection-state"); got != "open — CVR0 fallback" {
		t.Errorf("#connection-state after VER = %q, want the CVR0 fallback", got)
	}
	// The sent line is what the main panels show.
	if got := tb.text("#reply"); got != "VER 1 CVR0" {
		t.Errorf("#reply after VER = %q", got)
	}

	tb.consoleType("CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863")
	es = tb.consoleLog()
	if s := last(es, "s"); s.Text != oldReply(t) {
		t.Errorf("the CVQ got %q, want the seed's reply %q", s.Text, oldReply(t))
	}
	if got := tb.text("#connection-state"); got != "closed by server" {
		t.Errorf("#connection-state after the CVQ reply = %q, want \"closed by server\"", got)
	}
	if e := last(es, "event"); !strings.Contains(e.Text, "closed the connection") {
		t.Errorf("the log does not say the connection closed; newest event: %+v", e)
	}
	if got := tb.text("#reply"); got != oldReply(t) {
		t.Errorf("#reply shows %q after the CVQ, want its reply", got)
	}
	checkTokens(tb, "#reply-tokens", oldReply(t))

	// A line after the close: no reply, the bridge's diagnostic, no crash.
	tb.consoleType("CVQ 3 0x0409 win 4.10 i386 MSMSGS 1.0.0863")
	es = tb.consoleLog()
	none := last(es, "")
	if none.Kind != "none" || none.Text != "(no reply)" {
		t.Fatalf("after the close the newest entry is %+v, want (no reply)", none)
	}
	if len(none.Notes) == 0 || !strings.Contains(none.Notes[0], "connection is closed") {
		t.Errorf("(no reply) after the close says %q, want the closed diagnostic", none.Notes)
	}
	if got := tb.eval(`[...document.querySelectorAll("#diagnostics > li.diag")].map((d) => d.dataset.code).join(",")`); !strings.Contains(got, "closed") {
		t.Errorf("diagnostics panel shows codes %q, want the bridge's \"closed\"", got)
	}
	if !tb.evalBool(`!document.getElementById("reply-none").hidden && document.getElementById("reply").textContent === ""`) {
		t.Errorf("the reply panel does not show (no reply) for the line after the close")
	}
	if got := tb.text("#connection"); !strings.Contains(got, "already closed") {
		t.Errorf("#connection = %q for a line after the close, want it to say the connection was already closed", got)
	}

	// History: ↑ walks back through the sent lines, ↓ forward, and past
	// the newest gives back what was being typed.
	input := chromedp.ID("console-input")
	tb.do("typing a draft", chromedp.SendKeys(input, "draft"))
	value := func() string { return tb.eval(`document.getElementById("console-input").value`) }
	for _, want := range []string{"CVQ 3 0x0409 win 4.10 i386 MSMSGS 1.0.0863", "CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863", "VER 1 MSNP2 CVR0", "VER 1 MSNP2 CVR0"} {
		tb.do("pressing ArrowUp", chromedp.KeyEvent(kb.ArrowUp))
		if got := value(); got != want {
			t.Errorf("↑: input = %q, want %q", got, want)
		}
	}
	for _, want := range []string{"CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863", "CVQ 3 0x0409 win 4.10 i386 MSMSGS 1.0.0863", "draft", "draft"} {
		tb.do("pressing ArrowDown", chromedp.KeyEvent(kb.ArrowDown))
		if got := value(); got != want {
			t.Errorf("↓: input = %q, want %q", got, want)
		}
	}
	// Escape leaves the input (the page's rule for text boxes) and keeps
	// the draft.
	tb.do("pressing Escape", chromedp.KeyEvent(kb.Escape))
	if got := tb.eval(`document.activeElement.id`); got == "console-input" {
		t.Errorf("Escape did not leave the console input")
	}
	if got := value(); got != "draft" {
		t.Errorf("Escape changed the input to %q", got)
	}
	tb.eval(`(() => { document.getElementById("console-input").value = ""; return ""; })()`)

	// Clicking an earlier line shows its annotations in the main panels.
	tb.do("clicking the VER line", chromedp.Click(chromedp.CSS(`#console-log li[data-kind="c"] .log-line`)))
	if got := tb.text("#reply"); got != "VER 1 CVR0" {
		t.Errorf("after clicking C: VER the reply panel shows %q", got)
	}
	checkTokens(tb, "#request-tokens", "VER 1 MSNP2 CVR0")
	if got := tb.text("#request-mirror"); got != "VER 1 MSNP2 CVR0" {
		t.Errorf("mirror shows %q for the clicked VER line", got)
	}
	tb.do("clicking the CVQ reply", chromedp.Click(chromedp.CSS(`#console-log li[data-kind="s"]:nth-of-type(5) .log-line`)))
	if got := tb.text("#reply"); got != oldReply(t) {
		t.Errorf("after clicking S: CVQ … the reply panel shows %q", got)
	}
	if n := tb.eval(`String(document.querySelectorAll("#cards-reply .card").length)`); n != "7" {
		t.Errorf("%s reply cards for the CVQ reply, want 7", n)
	}

	// Changing the dialect starts a new connection and says so.
	before := len(tb.consoleLog())
	tb.setSelect("dialect", "MSNP8")
	es = tb.consoleLog()
	if len(es) != before+1 || !strings.Contains(last(es, "").Text, "client dialect changed") || !strings.Contains(last(es, "").Text, "MSNP8") {
		t.Errorf("changing the dialect logged %+v", es[before:])
	}
	if got := tb.text("#connection-state"); got != "open" {
		t.Errorf("#connection-state after the dialect change = %q, want \"open\"", got)
	}
	tb.consoleType("VER 4 MSNP8 CVR0")
	if got := tb.text("#connection-state"); got != "open — negotiated MSNP8" {
		t.Errorf("#connection-state after VER MSNP8 = %q", got)
	}

	// New connection: a fresh log with one note, and an open connection.
	tb.do("clicking New connection", chromedp.Click(chromedp.ID("console-reset")))
	es = tb.consoleLog()
	if len(es) != 1 || es[0].Kind != "event" || !strings.Contains(es[0].Text, "New connection") {
		t.Errorf("after New connection the log is %+v", es)
	}
	if got := tb.text("#connection-state"); got != "open" {
		t.Errorf("#connection-state after New connection = %q", got)
	}
	if got := tb.text("#reply-none"); got != "(not simulated)" {
		t.Errorf("after New connection the reply panel still shows a line (%q)", got)
	}
	tb.consoleType("VER 5 MSNP8 CVR0")
	if s := last(tb.consoleLog(), "s"); s.Text != "VER 5 MSNP8" {
		t.Errorf("the new connection answered %+v", s)
	}
	// The history survives a new connection, like a shell's.
	tb.do("pressing ArrowUp", chromedp.KeyEvent(kb.ArrowUp))
	tb.do("pressing ArrowUp", chromedp.KeyEvent(kb.ArrowUp))
	if got := value(); got != "VER 4 MSNP8 CVR0" {
		t.Errorf("↑↑ after New connection: %q", got)
	}

	// Back to the line editor: its own line is shown again.
	tb.do("clicking the line tab", chromedp.Click(chromedp.ID("mode-line")))
	if got := tb.eval(`document.getElementById("request").value === document.getElementById("request-mirror").textContent ? "" : "mirror differs"`); got != "" {
		t.Errorf("line mode after the console: %s", got)
	}
}

// TestConsoleTranscript pastes the seed's "New" exchange in the seed's own
// layout: it checks clean; with one field tampered that field is marked and
// the expected value shown; lines outside the handshake are not checked.
func TestConsoleTranscript(t *testing.T) {
	tb := openConsoleTab(t, "MSNP8", "reference")

	tb.paste(seedNewTranscript(t))
	if got := tb.eval(`document.getElementById("console").dataset.kind`); got != "transcript" {
		t.Errorf("#console data-kind = %q after a paste, want transcript", got)
	}
	if got := tb.text("#console-kind"); !strings.Contains(got, "Pasted transcript") {
		t.Errorf("#console-kind = %q, want it to say this is a pasted transcript", got)
	}
	if got := tb.text("#transcript-summary"); got != "1 server line: 1 matches, 0 differ" {
		t.Errorf("summary = %q", got)
	}
	es := tb.consoleLog()
	if len(es) != 2 || es[0].Kind != "c" || es[1].Kind != "s" || es[1].Status != "match" || len(es[1].Marks) != 0 {
		t.Fatalf("clean paste shows %+v", es)
	}
	if !strings.HasSuffix(es[1].Text, "Install_MSN_Messenger.exe http://messenger.msn.com") {
		t.Errorf("the continuations were not joined: %q", es[1].Text)
	}
	// The connection as the log's server left it: closed after the CVQ answer (CVR0 mode).
	if got := tb.text("#connection-state"); got != "at the end of the log, closed by server" {
		t.Errorf("#connection-state with a transcript = %q, want the log's end: closed by server", got)
	}

	// One field tampered, and two lines the handshake does not cover.
	tampered := strings.Replace(seedNewTranscript(t), "6.2.0205", "6.2.0208", 1) +
		"C: USR 3 TWN I example@hotmail.com\nS: XFR 3 NS 207.46.108.64:1863 0 207.46.28.93:1863\n"
	tb.paste(tampered)
	if got := tb.text("#transcript-summary"); got != "2 server lines: 0 match, 1 differs, 1 not checked" {
		t.Errorf("summary = %q", got)
	}
	es = tb.consoleLog()
	var s, xfr logEntry
	for _, e := range es {
		if e.Kind == "s" && strings.HasPrefix(e.Text, "CVQ") {
			s = e
		}
		if e.Kind == "s" && strings.HasPrefix(e.Text, "XFR") {
			xfr = e
		}
	}
	if s.Status != "differ" || len(s.Marks) != 1 || s.Marks[0] != "minimum-allowed-version" {
		t.Errorf("tampered line: %+v, want it marked at minimum-allowed-version", s)
	}
	marked := tb.eval(`[...document.querySelectorAll("#console-log .diff")].map((m) => m.textContent).join(",")`)
	if marked != "6.2.0208" {
		t.Errorf("underlined text = %q, want the tampered value 6.2.0208", marked)
	}
	if !strings.Contains(strings.Join(s.Notes, "\n"), "expected 6.2.0205, log says 6.2.0208") {
		t.Errorf("tampered line notes %q lack the expected value", s.Notes)
	}
	if !s.Current {
		t.Errorf("the differing line is not the one shown after the paste")
	}
	// The reply panel shows the log's own line with the differing field
	// marked, and that field's card picked out.
	if got := tb.text("#reply"); !strings.Contains(got, " 6.2.0208 ") {
		t.Errorf("reply panel = %q, want the log's line", got)
	}
	if got := tb.eval(`[...document.querySelectorAll('#reply .seg[data-status="error"]')].map((s) => s.textContent).join(",")`); got != "6.2.0208" {
		t.Errorf("marked reply fields = %q, want 6.2.0208", got)
	}
	if got := tb.eval(`document.querySelector("#cards-reply .card.is-selected")?.dataset.param || ""`); got != "minimum-allowed-version" {
		t.Errorf("selected reply card = %q, want minimum-allowed-version", got)
	}
	if xfr.Status != "unchecked" || len(xfr.Notes) == 0 {
		t.Errorf("the XFR line is %+v, want unchecked with a note", xfr)
	}
	if op := tb.eval(`getComputedStyle(document.querySelector('#console-log li[data-status="unchecked"] .log-line')).opacity`); op == "1" {
		t.Errorf("the unchecked line is not dimmed")
	}

	// Changing the profile checks the paste again: Escargot has no CVQ
	// handler, so it would not have answered at all.
	tb.setSelect("profile", "escargot")
	for _, e := range tb.consoleLog() {
		if e.Kind == "s" && strings.HasPrefix(e.Text, "CVQ") && !strings.Contains(strings.Join(e.Notes, "\n"), "no reply") {
			t.Errorf("checked against Escargot the CVQ reply says %q, want that the profile sends no reply", e.Notes)
		}
	}
	if got := tb.text("#console-kind"); !strings.Contains(got, "Escargot") {
		t.Errorf("#console-kind = %q, want it to name the profile it checks against", got)
	}

	// Typing a line puts the transcript away for a live connection.
	tb.setSelect("profile", "reference")
	tb.consoleType("VER 1 MSNP8 CVR0")
	if got := tb.eval(`document.getElementById("console").dataset.kind`); got != "live" {
		t.Errorf("#console data-kind = %q after typing, want live", got)
	}
	es = tb.consoleLog()
	if len(es) != 3 || !strings.Contains(es[0].Text, "transcript was put away") || es[2].Text != "VER 1 MSNP8" {
		t.Errorf("live log after a transcript: %+v", es)
	}
	if !tb.evalBool(`document.getElementById("transcript-summary").hidden`) {
		t.Errorf("the transcript summary is still shown for a live connection")
	}
}

// focusReport describes the focused element and whether it shows a
// focus ring; "" when nothing (body) has focus.
const focusReport = `(() => { const e = document.activeElement;
if (!e || e === document.body) return JSON.stringify({ id: "", visible: false });
const s = getComputedStyle(e);
return JSON.stringify({
  id: e.id || (e.dataset.key ? "token:" + e.dataset.key : e.dataset.entry ? "entry:" + e.dataset.entry : e.tagName.toLowerCase() + "." + e.className),
  visible: e.matches(":focus-visible") && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0,
  param: e.dataset.param || "",
}); })()`

type focused struct {
	ID      string `json:"id"`
	Visible bool   `json:"visible"`
	Param   string `json:"param"`
}

// TestKeyboardWalk uses only Tab, Shift+Tab, arrows, Enter and Escape (and
// typed text) from page load: to the request, through its tokens, to the
// console and a sent line. Focus must always be visible and never stuck.
func TestKeyboardWalk(t *testing.T) {
	tb := openTab(t, "/", true)
	where := func() focused {
		var f focused
		if err := jsonUnmarshal(tb.eval(focusReport), &f); err != nil {
			t.Fatal(err)
		}
		return f
	}
	var path []string
	press := func(key string, shift bool) focused {
		t.Helper()
		opts := []chromedp.KeyOption{}
		name := fmt.Sprintf("%q", key)
		if shift {
			opts = append(opts, chromedp.KeyModifiers(chromedp.ModifierShift))
			name = "Shift+" + name
		}
		before := where()
		tb.do("pressing "+name, chromedp.KeyEvent(key, opts...))
		f := where()
		path = append(path, f.ID)
		if f.ID == "" {
			t.Fatalf("after %s focus is on nothing (path %v)", name, path)
		}
		if !f.Visible {
			t.Errorf("after %s the focused %s shows no focus ring", name, f.ID)
		}
		if (key == kb.Tab) && f.ID == before.ID {
			t.Fatalf("%s did not move focus from %s: trapped (path %v)", name, f.ID, path)
		}
		return f
	}
	tabTo := func(id string, shift bool) {
		t.Helper()
		for i := 0; i < 20; i++ {
			if press(kb.Tab, shift).ID == id {
				return
			}
		}
		t.Fatalf("20 presses did not reach #%s (path %v)", id, path)
	}

	// To the request box, then type a line.
	tabTo("request", false)
	tb.do("selecting the request text", chromedp.KeyEvent(kb.End))
	for i := 0; i < 80 && tb.eval(`document.getElementById("request").value`) != ""; i++ {
		tb.do("deleting", chromedp.KeyEvent(kb.Backspace))
	}
	tb.do("typing a request", chromedp.KeyEvent("CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"))
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 7.0.0813") {
		t.Errorf("typed request answered with %q", got)
	}

	// Into the tokens, and along them with the arrows.
	f := press(kb.Tab, false)
	if !strings.HasPrefix(f.ID, "token:q") {
		t.Fatalf("Tab from the request went to %s, want the request tokens", f.ID)
	}
	f = press(kb.Home, false)
	if f.Param != "command" {
		t.Errorf("Home in the tokens focused %q", f.Param)
	}
	f = press(kb.ArrowRight, false)
	if f.Param != "trid" {
		t.Errorf("ArrowRight in the tokens focused %q", f.Param)
	}
	press(kb.Enter, false)
	if got := tb.eval(`document.querySelector("#cards-request .card.is-selected")?.dataset.param || ""`); got != "trid" {
		t.Errorf("Enter on the trid token pinned %q", got)
	}
	press(kb.Escape, false)

	// Back up to the session tab, open the console, on to its input.
	tabTo("mode-session", true)
	press(kb.Enter, false)
	if !tb.evalBool(`!document.getElementById("console").hidden`) {
		t.Fatalf("Enter on the session tab did not show the console")
	}
	tb.waitConsole()
	tabTo("console-input", false)
	tb.do("typing a line", chromedp.KeyEvent("VER 1 MSNP8 CVR0"))
	press(kb.Enter, false)
	if s := last(tb.consoleLog(), "s"); s.Text != "VER 1 MSNP8" {
		t.Errorf("the line sent from the keyboard got %+v", s)
	}
	// Out of the input and on: not trapped.
	tabTo("console-reset", false)
	f = press(kb.Tab, false)
	if f.ID == "console-input" {
		t.Errorf("Tab from New connection went back into the input")
	}
	// The log is one stop; arrows move along its lines.
	tabTo("console-input", true)
	f = press(kb.Tab, true)
	if !strings.HasPrefix(f.ID, "entry:") {
		t.Fatalf("Shift+Tab from the input went to %s, want the log", f.ID)
	}
	from := f.ID
	f = press(kb.ArrowDown, false)
	if !strings.HasPrefix(f.ID, "entry:") || f.ID == from {
		t.Errorf("ArrowDown in the log went from %s to %s", from, f.ID)
	}
	if got := tb.eval(`document.activeElement.closest("li").dataset.kind + " " + document.activeElement.getAttribute("aria-pressed")`); got != "s true" {
		t.Errorf("ArrowDown from the client line: focused entry kind and pressed = %q, want the server line, shown", got)
	}
	if got := tb.text("#reply"); got != "VER 1 MSNP8" {
		t.Errorf("moving in the log shows %q in the reply panel", got)
	}
	if f = press(kb.ArrowUp, false); f.ID != from {
		t.Errorf("ArrowUp went to %s, want back to %s", f.ID, from)
	}
	t.Logf("focus path: %v", path)
}

// TestConsoleHostile pastes and types markup, a huge paste and a long log:
// text stays text, oversized input gets a message instead of a frozen tab,
// and a long log is checked in reasonable time.
func TestConsoleHostile(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	before := tb.eval(elementCensus)
	markup := "C: VER 1 <img src=x onerror=alert(1)> CVR0\nS: VER 1 <script>alert(2)</script>\n" +
		"S: <b onmouseover=alert(3)>XFR</b> 2\n.. \"><svg/onload=alert(4)>\n"
	tb.paste(markup)
	if got := tb.eval(`document.getElementById("console-log").textContent`); !strings.Contains(got, "<img src=x onerror=alert(1)>") ||
		!strings.Contains(got, "<svg/onload=alert(4)>") {
		t.Errorf("the pasted markup is not shown as text: %q", got)
	}
	tb.consoleType(`CVQ 2 <img src=x onerror=alert(5)> win 4.10 i386 MSMSGS 1.0.0863`)
	tb.do("clicking every line", chromedp.Click(chromedp.CSS(`#console-log li[data-kind="c"] .log-line`)))
	if after := tb.eval(elementCensus); after != before {
		t.Errorf("the element census changed from %s to %s", before, after)
	}

	// Over the cap: not checked, and the console says why.
	ms := tb.eval(`(() => { const t0 = performance.now(); const i = document.getElementById("console-input");
const dt = new DataTransfer(); dt.setData("text/plain", "C: VER 1 MSNP8\n".repeat(40000));
i.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
return String(Math.round(performance.now() - t0)); })()`)
	if got := tb.text("#transcript-summary"); !strings.Contains(got, "Not checked") {
		t.Errorf("a 600 KB paste: summary %q", got)
	}
	t.Logf("600 KB paste refused in %s ms", ms)

	// A long log under the cap: every line checked, the first thousand drawn.
	ms = tb.eval(`(async () => { const t0 = performance.now(); const i = document.getElementById("console-input");
let log = ""; for (let n = 1; n <= 600; n++) log += "C: VER " + n + " MSNP8 CVR0\nS: VER " + n + " MSNP8\n";
const dt = new DataTransfer(); dt.setData("text/plain", log);
i.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
await ` + pasteSettled + `;
return String(Math.round(performance.now() - t0)); })()`)
	if got := tb.text("#transcript-summary"); !strings.HasPrefix(got, "600 server lines") {
		t.Errorf("a 1200-line log: summary %q", got)
	}
	if got := tb.eval(`document.querySelector("#console-log > li:last-child").textContent`); !strings.Contains(got, "more lines not shown") {
		t.Errorf("the long log does not say that lines were left out: last item %q", got)
	}
	// Nearly all of it is the bridge building its answer; the bound only
	// catches a hang (2 busy cores can slow this several times).
	t.Logf("1200-line log (600 server lines) checked and drawn in %s ms", ms)
	if n := atoi(ms); n < 0 || n > 15000 {
		t.Errorf("checking a 1200-line log took %s ms", ms)
	}
	time.Sleep(300 * time.Millisecond) // give a would-be onerror handler time to fire
}

// TestConsoleNarrow shows a checked transcript at 360 px: nothing may make
// the page scroll sideways.
func TestConsoleNarrow(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.do("sizing the viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
	tb.setSelect("example", "cap-2009-06")
	tb.eval(`(() => { document.activeElement.blur(); return ""; })()`)
	got := tb.eval(`(() => { const w = document.documentElement.clientWidth;
const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > w + 1)
  .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + e.className);
return document.documentElement.scrollWidth > w ? "page is " + document.documentElement.scrollWidth + " px wide: " + wide.slice(0, 5).join(", ") : ""; })()`)
	if got != "" {
		t.Errorf("at 360 px: %s", got)
	}
}

// TestTranscriptDebugLog pastes debug logs with lines that are not protocol
// lines: the remarks on them sit between the protocol lines by line number,
// thousands of them are counted instead of listed, and the entry chosen
// after the paste is always one the log shows, so the panels are never blank.
func TestTranscriptDebugLog(t *testing.T) {
	tb := openConsoleTab(t, "MSNP8", "reference")
	prose := func(n int) string { return fmt.Sprintf("(12:00:%02d) gaim: event %d of the debug log\n", n%60, n) }
	kinds := func(es []logEntry) string {
		var b strings.Builder
		for _, e := range es {
			b.WriteString(e.Kind + " ")
		}
		return strings.TrimSpace(b.String())
	}
	tampered := strings.Replace(seedNewTranscript(t), "6.2.0205", "6.2.0208", 1)

	// A few remarks: each right where its line is.
	tb.paste(prose(1) + "C: VER 1 MSNP8 CVR0\n" + prose(3) + "S: VER 1 MSNP8\n" + prose(5))
	if got := kinds(tb.consoleLog()); got != "event c event s event" {
		t.Errorf("a log with three prose lines shows the kinds %q, want them in the paste's order", got)
	}

	// Thousands of prose lines around the handshake: the protocol lines
	// stay where they are in the paste (after 20 remarks), and the
	// differing line is the one shown in the panels.
	var log strings.Builder
	for n := 1; n <= 20; n++ {
		log.WriteString(prose(n))
	}
	log.WriteString(tampered)
	for n := 25; n <= 3000; n++ {
		log.WriteString(prose(n))
	}
	tb.paste(log.String())
	es := tb.consoleLog()
	if len(es) < 23 || kinds(es[:20]) != strings.TrimSpace(strings.Repeat("event ", 20)) || es[20].Kind != "c" || es[21].Kind != "s" || es[22].Kind != "event" {
		t.Errorf("a log with 2,996 prose lines shows %d entries: %s", len(es), kinds(es[:min(len(es), 30)]))
	}
	if len(es) > 500 {
		t.Errorf("a log with 2,996 prose lines shows %d entries; its remarks should be bounded", len(es))
	}
	if s := last(es, "s"); !s.Current || s.Status != "differ" {
		t.Errorf("the differing line is not the one shown: %+v", s)
	}
	if got := tb.text("#reply"); !strings.Contains(got, " 6.2.0208 ") {
		t.Errorf("after a long debug log the reply panel shows %q, want the log's differing line", got)
	}

	// A difference past the drawn entries (1,200 client lines come
	// first): the first drawn client line is shown, not a line the log
	// does not draw.
	log.Reset()
	for n := 1; n <= 1200; n++ {
		fmt.Fprintf(&log, "C: PNG %d\n", n)
	}
	tb.paste(log.String() + tampered)
	if got := tb.text("#transcript-summary"); !strings.Contains(got, "1 differs") {
		t.Fatalf("the long log's summary is %q, want one differing line", got)
	}
	cur := tb.eval(`(() => { const b = document.querySelector("#console-log .log-line.is-current"); return b ? b.textContent : ""; })()`)
	if !strings.Contains(cur, "PNG 1") {
		t.Errorf("after a log longer than the drawn entries the current line is %q, want the first client line", cur)
	}
	if got := tb.text("#request-mirror"); got != "PNG 1" {
		t.Errorf("after a log longer than the drawn entries the panels show %q", got)
	}

	// Nothing but prose: the panels say there is nothing to annotate.
	tb.paste(prose(1) + prose(2))
	if got := tb.text("#notice"); !strings.Contains(got, "nothing to annotate") || tb.evalBool(`document.getElementById("notice").hidden`) {
		t.Errorf("a paste of prose only: #notice = %q", got)
	}
}
