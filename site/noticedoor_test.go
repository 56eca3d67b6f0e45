package site_test

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cvq-playground/cvq-playground/build/distserve"
)

// noticeChunkPath matches the notices' lazy script (noticechunk-HASH.js).
var noticeChunkPath = regexp.MustCompile(`^/noticechunk-[A-Z0-9]+\.js$`)

// fetchedNotices reports whether the page has fetched the notices' script.
func (tb *tab) fetchedNotices() bool {
	tb.t.Helper()
	return tb.evalBool(`performance.getEntriesByType("resource").some((e) => /\/noticechunk-[A-Z0-9]+\.js$/.test(e.name))`)
}

// TestNoticeLoadsWhenDue: the first load goes without the notices' code (nothing of it
// in main.js, nothing fetched by a page that shows no notice); a link the page refuses
// fetches it, and the page is ready only once the notice is drawn, whole.
func TestNoticeLoadsWhenDue(t *testing.T) {
	notInMain(t, "the notices' code", "Bring back your previous work", "Another tab saved newer work")
	tb := openTab(t, "/", true)
	tb.eval(`new Promise((idle) => requestIdleCallback(() => idle("")))`)
	if tb.fetchedNotices() {
		t.Errorf("a page with no notice fetched the notices' script")
	}
	setRequest(tb, "CVQ 1 precious")
	tb.waitJS(`(localStorage.getItem("`+stateKey+`") || "").includes("precious")`, 5*time.Second)
	tb.navigate("/?notice#v=9&q=CVQ%201%20newer", true)
	if !tb.fetchedNotices() {
		t.Errorf("a refused link did not fetch the notices' script")
	}
	if got := tb.linkNotice(); !strings.Contains(got, "This link could not be opened completely.") || !strings.Contains(got, "Bring back your previous work") {
		t.Errorf("when the page is ready, #link-notice reads %q", got)
	}
}

// TestNoticeWithoutChunk: where the notices' script cannot be had, a refused link's
// notice still says what went wrong, in plain sentences.
func TestNoticeWithoutChunk(t *testing.T) {
	if suite.err != nil {
		t.Fatal(suite.err)
	}
	files := distserve.Handler(suite.dist)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if noticeChunkPath.MatchString(r.URL.Path) {
			// The connection drops, as on a flaky network.
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				conn.Close()
			}
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	tb := openTab(t, "/", true)
	tb.mu.Lock()
	tb.expectErrors = true // the failed load is the point
	tb.mu.Unlock()
	tb.goTo(srv.URL+"/#v=9&q=CVQ%201%20newer", true)
	got := tb.linkNotice()
	if !strings.Contains(got, "This link could not be opened completely.") || !strings.Contains(got, "newer") {
		t.Errorf("without its script, #link-notice reads %q", got)
	}
}

// TestNoticeInSingleFile: the single file (make single) carries the notices' chunk, so a
// refused link opened from disk gets the whole notice, its copy box included.
func TestNoticeInSingleFile(t *testing.T) {
	tb := openSingle(t, "cvq-playground.html", "#v=9&q=CVQ%201%20newer")
	if got := tb.linkNotice(); !strings.Contains(got, "This link could not be opened completely.") {
		t.Errorf("from the single file, #link-notice reads %q", got)
	}
	if got := tb.eval(`document.querySelector("#link-notice .notice-link")?.value ?? ""`); !strings.Contains(got, "#v=9&q=CVQ%201%20newer") {
		t.Errorf("from the single file, the notice's link box holds %q", got)
	}
}
