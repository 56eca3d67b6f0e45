package site_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// reload reloads the tab at once (no waiting for a debounce) and waits
// until the page is ready again.
func (tb *tab) reload() {
	tb.t.Helper()
	if _, err := chromedp.Call(tb.ctx, page.Reload, page.ReloadParams{}); err != nil {
		tb.t.Fatalf("reloading: %v", err)
	}
	time.Sleep(200 * time.Millisecond) // let the old document go before waiting on the new one
	tb.waitReady()
}

// TestReloadKeepsLastKeys types, lets the address catch up, types more and
// reloads at once: the address is older than the page then, and the page
// must come back with the last keystroke and bring the address up to date.
func TestReloadKeepsLastKeys(t *testing.T) {
	tb := openTab(t, "/", true)
	setRequest(tb, "CVQ 1 first")
	tb.waitJS(`location.hash.includes("CVQ%201%20first")`, 5*time.Second)
	setRequest(tb, "CVQ 1 first LATEST")
	tb.reload()
	if got := tb.eval(`document.getElementById("request").value`); got != "CVQ 1 first LATEST" {
		t.Errorf("after the reload the request is %q", got)
	}
	tb.waitJS(`location.hash.includes("LATEST")`, 5*time.Second)
	// A link typed into this tab's address is still opened.
	tb.navigate("/?again#v=1&q=CVQ%202%20linked", true)
	if got := tb.eval(`document.getElementById("request").value`); got != "CVQ 2 linked" {
		t.Errorf("a new link in the same tab shows %q", got)
	}
}

// TestRefusedLinkKeepsWork opens links the page refuses after some work
// was saved: the stored work stays, the notice shows the link to copy and
// offers the work back, and taking it restores it.
func TestRefusedLinkKeepsWork(t *testing.T) {
	for _, frag := range []string{
		"v=9&d=MSNP9&q=CVQ%201%20refused",
		"v=1&z=!!broken!!",
		"v=1&s=" + strings.Repeat("VER%201%20MSNP8%20CVR0%0A", maxSessionLines+1),
		// Longer than any link the page writes: the stored work is read
		// only once the link's reply is painted, and is still offered.
		"v=1&q=CVQ%201%20" + strings.Repeat("A", 100*1024),
	} {
		// A tab of its own for each link: a tab's time is bounded.
		tb := openTab(t, "/", true)
		setRequest(tb, "CVQ 1 precious")
		tb.waitJS(`(localStorage.getItem("`+stateKey+`") || "").includes("precious")`, 5*time.Second)
		// A new document (the query differs), so the link is read at start.
		tb.navigate("/?"+frag[:4]+"#"+frag, true)
		if n := tb.linkNotice(); !strings.Contains(n, "could not be opened") {
			t.Fatalf("#%s: notice %q", short(frag), short(n))
		}
		// The box shows the link's first 4,096 characters (the copy button copies all).
		if got := tb.eval(`document.querySelector("#link-notice .notice-link")?.value ?? ""`); !strings.Contains(got, "#"+frag[:min(len(frag), 2000)]) {
			t.Errorf("#%s: the notice's link box holds %q", short(frag), short(got))
		}
		time.Sleep(600 * time.Millisecond) // twice the debounce
		if got := tb.eval(`localStorage.getItem("` + stateKey + `") || ""`); !strings.Contains(got, "precious") {
			t.Errorf("#%s: the stored work was overwritten: %s", short(frag), short(got))
		}
		tb.do("bringing back the work", chromedp.Click(chromedp.CSS(`#link-notice .notice-restore`)))
		if got := tb.eval(`document.getElementById("request").value + " " + document.getElementById("link-notice").hidden`); got != "CVQ 1 precious true" {
			t.Errorf("#%s: after bringing back the work the page shows %q", short(frag), got)
		}
		tb.waitJS(`location.hash.includes("precious")`, 5*time.Second)
	}
	// A refused link followed within the open page (only the fragment
	// changes) leaves the page's work as it is: nothing to bring back.
	tb := openTab(t, "/", true)
	setRequest(tb, "CVQ 1 precious")
	tb.waitJS(`location.hash.includes("precious")`, 5*time.Second)
	tb.eval(`(() => { location.hash = "#v=9&q=x"; return ""; })()`)
	tb.waitJS(`!document.getElementById("link-notice").hidden`, 5*time.Second)
	if got := tb.eval(`document.getElementById("request").value + " " + (document.querySelector("#link-notice .notice-restore") === null)`); got != "CVQ 1 precious true" {
		t.Errorf("after a refused link in the open page: %q", got)
	}
}

// TestTabsDoNotClobber edits in two tabs of one browser: each keeps its
// own work across a reload, and each says when the other saved newer work.
func TestTabsDoNotClobber(t *testing.T) {
	a := openTab(t, "/", true)
	b := openTab(t, "/", true) // opening clears storage, so both start empty
	setRequest(a, "CVQ 1 tab A")
	a.waitJS(`(localStorage.getItem("`+stateKey+`") || "").includes("tab A")`, 5*time.Second)
	b.waitJS(`document.getElementById("tab-notice")?.hidden === false`, 5*time.Second)
	if got := b.text("#tab-notice"); !strings.Contains(got, "Another tab saved newer work") || !strings.Contains(got, "CVQ 1 tab A") {
		t.Errorf("tab B's notice reads %q", got)
	}
	if got := b.eval(`document.getElementById("request").value`); got != newLine {
		t.Errorf("tab B's request changed to %q", got)
	}
	setRequest(b, "CVQ 2 tab B")
	b.waitJS(`(localStorage.getItem("`+stateKey+`") || "").includes("tab B")`, 5*time.Second)
	a.reload()
	if got := a.eval(`document.getElementById("request").value`); got != "CVQ 1 tab A" {
		t.Errorf("tab A reloaded shows %q, not its own work", got)
	}
	if got := a.text("#tab-notice"); !strings.Contains(got, "CVQ 2 tab B") {
		t.Errorf("tab A, reloaded, does not say tab B saved newer work: %q", got)
	}
	a.do("opening tab B's work", chromedp.Click(chromedp.CSS(`#tab-notice .notice-open`)))
	if got := a.eval(`document.getElementById("request").value`); got != "CVQ 2 tab B" {
		t.Errorf("after opening the newer work tab A shows %q", got)
	}
}
