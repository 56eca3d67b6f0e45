package site_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestSuggestDialect: issue 11 item 8 — a WLM 2011 CVR with its ninth
// parameter (the MSNP21 hop blob, facts §1.6 [SHARP-NS]) typed while MSNP8 is
// selected offers the dialect that fits, and one click switches to it.
func TestSuggestDialect(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.typeRequest("CVR 1 0x0409 winnt 6.1.1 i386 MSNMSGR 15.4.3508.1109 MSNMSGR a@b.c 0")
	tb.waitJS(`!document.getElementById("dialect-suggest").hidden`, 5*time.Second)
	if got := tb.text("#suggest-dialect"); !strings.Contains(got, "MSNP21") {
		t.Errorf("button says %q", got)
	}
	tb.do("click the suggestion", chromedp.Click(chromedp.ID("suggest-dialect")))
	tb.waitJS(`document.getElementById("dialect").value === "MSNP21"`, 5*time.Second)
	tb.waitJS(`document.getElementById("dialect-suggest").hidden`, 5*time.Second)
	if d := tb.text("#diagnostics"); strings.Contains(d, "dialect-fit") {
		t.Errorf("still a dialect-fit diagnostic after switching: %q", d)
	}
}
