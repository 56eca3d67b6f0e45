package site_test

import (
	"strings"
	"testing"
	"time"
)

// openCards lists the keys of the cards that have a body, in page order.
func openCards(tb *tab) string {
	tb.t.Helper()
	return tb.eval(`[...document.querySelectorAll(".card")].filter((c) => c.querySelector(".card-body") !== null).map((c) => c.dataset.key).join(" ")`)
}

// TestCardsOnDemand checks that cards are built on demand: every field has
// a one-line card, only the chosen one has a body, the caret's field opens
// its card while nothing is pinned, a pin wins over the caret, and the
// body follows the field as it is typed.
func TestCardsOnDemand(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.setSelect("profile", "reference")
	tb.typeRequest("CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	if n := tb.eval(`String(document.querySelectorAll("#cards .card").length)`); n != "17" {
		t.Errorf("%s cards for 10 request and 7 reply fields", n)
	}
	// Typing left the caret at the end: the user-handle's card is open, alone.
	if got := openCards(tb); got != "q9" {
		t.Errorf("open cards after typing: %q, want q9 (the caret's field)", got)
	}
	if got := tb.eval(`String(Math.max(...[...document.querySelectorAll("#cards .card:not(.is-open)")].map((c) => c.getBoundingClientRect().height)))`); atoi(got) > 40 {
		t.Errorf("a closed card is %s px tall: want one line", got)
	}
	// The caret moves to the locale: its card opens and the other closes.
	tb.eval(`(() => { const r = document.getElementById("request"); r.focus(); r.setSelectionRange(7, 7); return ""; })()`)
	tb.waitJS(`document.querySelector('#cards [data-key="q2"] .card-body') !== null`, 5*time.Second)
	if got := openCards(tb); got != "q2" {
		t.Errorf("open cards with the caret in the locale: %q, want q2", got)
	}
	if got := tb.text(`#cards [data-key="q2"] .card-meaning`); got != "English (United States)" {
		t.Errorf("the locale card's meaning reads %q", got)
	}
	// A click on the minimum's reply token pins it: its card opens and stays
	// open while the caret moves.
	tb.eval(`(() => { document.querySelector('#reply-tokens [data-key="r4"]').click(); return ""; })()`)
	tb.eval(`(() => { const r = document.getElementById("request"); r.focus(); r.setSelectionRange(1, 1); return ""; })()`)
	tb.eval(`new Promise((r) => setTimeout(() => r(""), 50))`)
	if got := openCards(tb); got != "r4" {
		t.Errorf("open cards with r4 pinned and the caret in the command: %q, want r4", got)
	}
	// Editing the line rewrites the open body: 0x0409 → 0x0c0a names Spanish.
	tb.eval(`(() => { document.querySelector('#reply-tokens [data-key="r4"]').click(); return ""; })()`)
	tb.typeRequest("CVQ 2 0x0c0a winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	tb.eval(`(() => { const r = document.getElementById("request"); r.focus(); r.setSelectionRange(8, 8); return ""; })()`)
	tb.waitJS(`(document.querySelector('#cards [data-key="q2"] .card-meaning')?.textContent ?? "").includes("Spanish")`, 5*time.Second)
	// A click on a link inside an open card's body follows it without closing the card.
	tb.eval(`(() => { document.querySelector('#request-tokens [data-key="q2"]').click(); return ""; })()`)
	tb.eval(`(() => { const a = document.querySelector('#cards [data-key="q2"] .card-body a.cite');
a.addEventListener("click", (e) => e.preventDefault(), { once: true }); a.click(); return ""; })()`)
	if got := openCards(tb); got != "q2" {
		t.Errorf("after a click on a source link in the locale's card: open %q, want q2", got)
	}
}

// TestCardDiagnostics checks that a field's own diagnostics appear on its
// card, and only there among the cards: a bad locale's error on the
// locale's card, and the seed's 710 line's missing system-arch nowhere but
// the list (it is about the line's shape, not one field).
func TestCardDiagnostics(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.setSelect("profile", "reference")
	tb.typeRequest("CVQ 2 0xZZ09 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	want := tb.eval(`JSON.stringify([...document.querySelectorAll("#diagnostics > li")].filter((li) => +li.dataset.from >= 6 && +li.dataset.to <= 12).map((li) => li.dataset.code))`)
	if want == "[]" {
		t.Fatalf("no diagnostic inside the locale (bytes 6–12): %s", tb.eval(`JSON.stringify([...document.querySelectorAll("#diagnostics > li")].map((li) => li.dataset.code + " " + li.dataset.from + "-" + li.dataset.to))`))
	}
	tb.eval(`(() => { document.querySelector('#request-tokens [data-key="q2"]').click(); return ""; })()`)
	got := tb.eval(`JSON.stringify([...document.querySelectorAll('#cards [data-key="q2"] .card-diags li')].map((li) => li.dataset.code))`)
	if got != want {
		t.Errorf("the locale card's diagnostics %s, want %s (the list's inside bytes 6–12)", got, want)
	}
	if head := tb.text(`#cards [data-key="q2"] .card-diags-head`); !strings.Contains(head, "on this field") {
		t.Errorf("the card's diagnostics heading reads %q", head)
	}
	if href := tb.eval(`document.querySelector('#cards [data-key="q2"] .card-diags a.diag-code').getAttribute("href")`); !strings.HasPrefix(href, "reference/diagnostics.html#diag-") {
		t.Errorf("the card's diagnostic links %q", href)
	}
	// The trid's card has none of them.
	tb.eval(`(() => { document.querySelector('#request-tokens [data-key="q1"]').click(); return ""; })()`)
	if got := tb.eval(`String(document.querySelector('#cards [data-key="q1"] .card-diags').hidden)`); got != "true" {
		t.Errorf("the trid's card shows diagnostics: %s", tb.text(`#cards [data-key="q1"] .card-diags`))
	}
}

// TestDialectShape checks the dialect line: each era's count and names, what
// a short or long line lacks or adds, a CVR's ninth in MSNP21, and MSNP24's
// fields not applicable.
func TestDialectShape(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("profile", "reference")
	full := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	read := func() string {
		return tb.eval(`(() => { const e = document.getElementById("dialect-shape");
return [e.hidden, e.dataset.dialect, e.dataset.count, e.dataset.state, e.dataset.lacks, e.dataset.adds].join("|") + "|" + e.textContent; })()`)
	}
	for _, c := range []struct {
		dialect, line, want, text string
	}{
		{"MSNP8", full, "false|MSNP8|8|fits||0|", "MSNP8: a CVQ has 8 parameters after the TrID: locale, system-type, system-ver, system-arch, requesting-library, client-version, client-identification, user-handle. This line has all 8."},
		{"MSNP2", full, "false|MSNP2|6|adds||2|", "This line has 2 more (read as extra)."},
		{"MSNP5", full, "false|MSNP5|7|adds||1|", "7 parameters"},
		{"MSNP8", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602", "false|MSNP8|8|lacks|client-identification user-handle|0|", "This line lacks client-identification, user-handle."},
		{"MSNP21", "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 14.0.8117.0416 msmsgs example@hotmail.com 0", "false|MSNP21|9|fits||0|", "a CVR has 9 parameters after the TrID: locale, system-type, system-ver, system-arch, requesting-library, client-version, client-identification, user-handle, hop-blob (a CVQ has 8)."},
		{"MSNP8", "VER 1 MSNP8 CVR0", "false|MSNP8|8|||0|", "MSNP8: a CVQ has 8"},
		{"MSNP24", full, "false|MSNP24|0|||0|", "MSNP24+: no CVQ or CVR."},
	} {
		tb.setSelect("dialect", c.dialect)
		tb.typeRequest(c.line)
		got := read()
		if !strings.HasPrefix(got, c.want) || !strings.Contains(got, c.text) {
			t.Errorf("%s %q: the shape line reads %q, want %q… containing %q", c.dialect, c.line, got, c.want, c.text)
		}
	}
	// In MSNP24 no parameter after the TrID is judged: not applicable, never ok.
	if got := tb.eval(`[...document.querySelectorAll("#request-tokens [data-status]")].slice(2).map((e) => e.dataset.status).join(" ")`); strings.Contains(got, "ok") || !strings.Contains(got, "unchecked") {
		t.Errorf("in MSNP24 the request's statuses are %q: want not applicable", got)
	}
}
