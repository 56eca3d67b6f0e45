package site_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// newLine is the seed's "New" request (cvq/testdata/seed.txt); the
// comments below give the UTF-16 ranges of its fields that the caret tests
// aim at. Read once when the test binary starts: without the file no test
// can mean anything, so a missing or broken file stops the run at once.
var newLine = func() string {
	seed, err := vectors.Seed()
	if err != nil {
		panic(err)
	}
	for _, rec := range seed.Records {
		if req, _, ok := rec.Exchange(); ok && rec.Name == "new" {
			return req
		}
	}
	panic("cvq/testdata/seed.txt has no \"new\" exchange")
}()

// active returns the data-param of the highlighted token and card ("" when
// none), failing when they disagree or more than one of each is lit.
func active(tb *tab) (token, card string) {
	tb.t.Helper()
	got := tb.eval(`JSON.stringify([
[...document.querySelectorAll(".strip .tok.is-active")].map((e) => e.dataset.key + "=" + e.dataset.param),
[...document.querySelectorAll("#cards .card.is-active")].map((e) => e.dataset.key + "=" + e.dataset.param)])`)
	var lists [2][]string
	if err := jsonUnmarshal(got, &lists); err != nil {
		tb.t.Fatal(err)
	}
	if len(lists[0]) > 1 || len(lists[1]) > 1 {
		tb.t.Fatalf("more than one highlighted token or card: %s", got)
	}
	if len(lists[0]) != len(lists[1]) || (len(lists[0]) == 1 && lists[0][0] != lists[1][0]) {
		tb.t.Errorf("token and card highlights disagree: %s", got)
	}
	if len(lists[0]) == 1 {
		token = lists[0][0][strings.Index(lists[0][0], "=")+1:]
	}
	if len(lists[1]) == 1 {
		card = lists[1][0][strings.Index(lists[1][0], "=")+1:]
	}
	return token, card
}

func wantActive(tb *tab, param, how string) {
	tb.t.Helper()
	tok, card := active(tb)
	if tok != param || card != param {
		tb.t.Errorf("after %s: highlighted token %q, card %q; want %q", how, tok, card, param)
	}
}

// TestLinking points at fields every way the page supports and checks that
// the token and its card light up together.
func TestLinking(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.typeRequest(newLine)
	tb.eval(`(() => { document.activeElement.blur(); return ""; })()`)
	tb.hoverNothing()
	wantActive(tb, "", "typing and leaving the box")

	// Hover a token: its card lights up, and the live region names it.
	tb.hover(`#request-tokens .tok[data-param="locale"]`)
	wantActive(tb, "locale", "hovering the locale token")
	tb.waitJS(`document.getElementById("announce").textContent.includes("locale")`, 3*time.Second)

	// Hover a card: its token lights up.
	tb.hover(`#cards-request .card[data-param="trid"]`)
	wantActive(tb, "trid", "hovering the trid card")
	tb.hover(`#reply-tokens .tok[data-param="minimum-allowed-version"]`)
	wantActive(tb, "minimum-allowed-version", "hovering a reply token")
	tb.hoverNothing()
	wantActive(tb, "", "moving the mouse away")

	// Click: the highlight stays after the pointer leaves, and a second
	// click lets it go.
	sel := `#request-tokens .tok[data-param="client-version"]`
	tb.do("clicking client-version", chromedp.Click(chromedp.CSS(sel)))
	tb.hoverNothing()
	wantActive(tb, "client-version", "clicking client-version and moving away")
	if !tb.evalBool(`document.querySelector('` + sel + `').getAttribute("aria-selected") === "true" &&
document.querySelector('#cards-request .card[data-param="client-version"]').classList.contains("is-selected")`) {
		t.Errorf("the clicked token is not marked selected on token and card")
	}
	tb.do("clicking client-version again", chromedp.Click(chromedp.CSS(sel)))
	tb.hoverNothing()
	wantActive(tb, "", "clicking client-version a second time")
	if tb.evalBool(`document.querySelector(".is-selected") !== null`) {
		t.Errorf("something stays selected after the second click")
	}

	// Keyboard: the strip is one Tab stop after the request box; the arrow
	// keys, Home and End move inside it.
	tb.eval(`(() => { document.getElementById("request").focus(); return ""; })()`)
	tb.do("pressing Tab", chromedp.KeyEvent(kb.Tab))
	first := tb.eval(`document.activeElement.closest("#request-tokens") ? document.activeElement.dataset.key : "focus is on " + document.activeElement.outerHTML.slice(0, 80)`)
	if !strings.HasPrefix(first, "q") {
		t.Fatalf("Tab from #request did not reach the request tokens: %s", first)
	}
	param := tb.eval(`document.activeElement.dataset.param`)
	wantActive(tb, param, "tabbing into the token strip")
	tb.do("pressing Home", chromedp.KeyEvent(kb.Home))
	wantActive(tb, "command", "pressing Home")
	tb.do("pressing ArrowRight", chromedp.KeyEvent(kb.ArrowRight))
	wantActive(tb, "trid", "pressing ArrowRight")
	if got := tb.eval(`document.activeElement.dataset.param + " " + document.activeElement.tabIndex + " " +
document.querySelectorAll('#request-tokens [tabindex="0"]').length`); got != "trid 0 1" {
		t.Errorf("roving tabindex after ArrowRight: focused param, its tabIndex, tab stops = %q, want \"trid 0 1\"", got)
	}
	tb.do("pressing End", chromedp.KeyEvent(kb.End))
	wantActive(tb, "user-handle", "pressing End")
	tb.waitJS(`document.getElementById("announce").textContent.includes("user-handle")`, 3*time.Second)

	// Caret: moving it with the keyboard inside #request points at the
	// field under it (locale is [6,12)), and so does a selection set by
	// script (requesting-library is [28,35)), which only selectionchange sees.
	tb.eval(`(() => { const r = document.getElementById("request"); r.focus(); r.setSelectionRange(0, 0); return ""; })()`)
	tb.do("pressing Home", chromedp.KeyEvent(kb.Home))
	for i := 0; i < 7; i++ {
		tb.do("pressing ArrowRight", chromedp.KeyEvent(kb.ArrowRight))
	}
	if got := tb.eval(`String(document.getElementById("request").selectionStart)`); got != "7" {
		t.Fatalf("caret at %s after Home and 7×ArrowRight", got)
	}
	wantActive(tb, "locale", "moving the caret into the locale")
	tb.eval(`(() => { document.getElementById("request").setSelectionRange(30, 30); return ""; })()`)
	tb.waitJS(`document.querySelector("#cards .card.is-active")?.dataset.param === "requesting-library"`, 3*time.Second)
	wantActive(tb, "requesting-library", "setting the caret by script")
	tb.eval(`(() => { document.activeElement.blur(); return ""; })()`)
	wantActive(tb, "", "leaving the request box")
}

// TestDiagnosticsOverlay checks that a diagnostic's range is underlined on
// the mirror of the request, with its message on hover, and listed with the
// located snippet.
func TestDiagnosticsOverlay(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.typeRequest("CVQ 5 0x1111 winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	n := tb.eval(`String(document.querySelectorAll("#diagnostics > li.diag").length)`)
	if n == "0" {
		t.Fatalf("no diagnostics listed for an invalid locale")
	}
	// Every listed diagnostic with a range has a mark on the mirror whose
	// text is that range of the request, and whose title carries the message.
	got := tb.eval(`(() => {
const req = document.getElementById("request").value;
const problems = [];
for (const li of document.querySelectorAll("#diagnostics > li.diag")) {
  const from = Number(li.dataset.from), to = Number(li.dataset.to);
  const text = li.querySelector(".diag-text").textContent;
  if (from === to) {
    const m = document.querySelector('#request-mirror .mark-caret[data-at="' + from + '"]');
    if (!m || !m.title.includes(text)) problems.push("no caret mark at " + from + " for " + text);
    continue;
  }
  const marks = [...document.querySelectorAll("#request-mirror .mark")].filter((m) =>
    Number(m.dataset.from) >= from && Number(m.dataset.to) <= to);
  const covered = marks.map((m) => m.textContent).join("");
  if (covered !== req.slice(from, to)) problems.push("range [" + from + "," + to + ") marked as " + JSON.stringify(covered));
  if (!marks.every((m) => m.title.includes(text))) problems.push("a mark in [" + from + "," + to + ") lacks the message " + text);
}
if (document.getElementById("request-mirror").textContent !== req) problems.push("the mirror's text differs from the request");
return problems.join("; ");
})()`)
	if got != "" {
		t.Errorf("mirror: %s", got)
	}
	// The locale diagnostic points at 0x1111 ([6,12)).
	if !tb.evalBool(`[...document.querySelectorAll("#diagnostics > li.diag")].some((li) =>
li.dataset.from === "6" && li.dataset.to === "12" && li.querySelector("mark").textContent === "0x1111")`) {
		t.Errorf("no diagnostic located on the locale 0x1111: %s", tb.text("#diagnostics"))
	}
	// Clicking the snippet selects its range in the request.
	tb.do("clicking the snippet", chromedp.Click(chromedp.CSS(`#diagnostics li.diag[data-from="6"] .diag-snippet`)))
	if got := tb.eval(`(() => { const r = document.getElementById("request");
return document.activeElement === r ? r.selectionStart + "-" + r.selectionEnd : "not focused"; })()`); got != "6-12" {
		t.Errorf("after clicking the snippet the request selection is %s, want 6-12", got)
	}
	wantActive(tb, "locale", "selecting the locale from its diagnostic")
}
