package site_test

import (
	"strings"
	"testing"
	"time"
)

// textsFetched lists the texts files the page has fetched (Resource Timing).
const textsFetched = `performance.getEntriesByType("resource").map((r) => r.name.split("/").pop()).filter((n) => n.startsWith("texts-")).join(" ")`

// TestTextsOnFirstUse: the cards' prose (language and release names, what each
// parameter is for and how it changed) is not part of the first load
// (issue 15's first-load bytes): the page carries none of it, and the texts file is
// fetched only after the first reply is on screen, when the browser is idle
// (warmup.ts) or a card opens, whichever comes first; an open card is then written
// again with its prose.
func TestTextsOnFirstUse(t *testing.T) {
	tb := openTab(t, "/", true)
	if strings.Contains(tb.eval(`document.documentElement.outerHTML`), "English (United States)") {
		t.Errorf("the page itself carries a language name; it belongs in the texts file")
	}
	tb.waitJS(`performance.getEntriesByName("`+warmedMark+`").length === 1`, 10*time.Second)
	if got := tb.eval(textsFetched); strings.Count(got, "texts-") != 1 {
		t.Fatalf("texts files fetched once the page was idle: %q, want one", got)
	}
	if early := tb.eval(`String(performance.getEntriesByType("resource").filter((r) => r.name.includes("/texts-") &&
  r.startTime < performance.getEntriesByName("cvq-first-reply")[0].startTime).length)`); early != "0" {
		t.Errorf("the texts were fetched before the first reply was painted")
	}
	// A click on the locale's card opens it (a script's click: no pointer or
	// focus event starts the fetch first); its prose arrives with the texts.
	tb.eval(`(() => { document.querySelector('#cards-request [data-param="locale"] .card-head').click(); return ""; })()`)
	tb.waitJS(`(document.querySelector('#cards-request [data-param="locale"] .card-meaning')?.textContent ?? "") === "English (United States)"`, 10*time.Second)
	if got := tb.text(`#cards-request [data-param="locale"] .card-about`); !strings.Contains(got, "Windows language ID") {
		t.Errorf("the locale card's About row reads %q", got)
	}
	if got := tb.eval(textsFetched); strings.Count(got, "texts-") != 1 {
		t.Errorf("texts files fetched: %q, want one", got)
	}
	// Later cards have their prose at once, and no second fetch happens.
	tb.eval(`(() => { document.querySelector('#cards-request [data-param="client-version"] .card-head').click(); return ""; })()`)
	if got := tb.text(`#cards-request [data-param="client-version"] .card-meaning`); got != "MSN Messenger 6.0" {
		t.Errorf("the client-version card's meaning reads %q right after opening", got)
	}
	if got := tb.eval(textsFetched); strings.Count(got, "texts-") != 1 {
		t.Errorf("texts files fetched: %q, want one", got)
	}
}

// TestTextsInSingleFile: from the single file (make single, opened from file://) an open
// card gets its body and prose from the copies the file carries, with nothing fetched.
func TestTextsInSingleFile(t *testing.T) {
	tb := openSingle(t, "cvq-playground.html", "")
	tb.eval(`(() => { document.querySelector('#cards-reply [data-key="r4"] .card-head').click(); return ""; })()`)
	tb.waitJS(`document.querySelector('#cards-reply [data-key="r4"] .why-id') !== null`, 10*time.Second)
	tb.eval(`(() => { document.querySelector('#cards-request [data-param="locale"] .card-head').click(); return ""; })()`)
	tb.waitJS(`(document.querySelector('#cards-request [data-param="locale"] .card-meaning')?.textContent ?? "") === "English (United States)"`, 10*time.Second)
	if n := tb.eval(`String(performance.getEntriesByType("resource").length)`); n != "0" {
		t.Errorf("the single file fetched %s resources: %s", n, tb.eval(`performance.getEntriesByType("resource").map((e) => e.name.slice(0, 60)).join(", ")`))
	}
}
