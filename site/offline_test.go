package site_test

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/cvq-playground/cvq-playground/build/distserve"
	"github.com/cvq-playground/cvq-playground/build/inline"
)

// goTo loads an absolute URL in the tab and, with wait, waits until the
// page is ready.
func (tb *tab) goTo(u string, wait bool) {
	tb.t.Helper()
	if _, err := chromedp.Call(tb.ctx, page.Navigate, page.NavigateParams{URL: u}); err != nil {
		tb.t.Fatalf("navigating to %s: %v", u, err)
	}
	if wait {
		tb.waitReady()
	}
}

// TestOffline serves the page under a deep path of its own server, lets
// the service worker take control, then shuts the server down: the page
// must still load, with a link in the fragment, and answer, and the parts
// it loads on first use (a view, the lessons, the console) must still open.
func TestOffline(t *testing.T) {
	if suite.err != nil {
		t.Fatal(suite.err)
	}
	const base = "/deep/path/"
	srv := httptest.NewServer(http.StripPrefix(strings.TrimSuffix(base, "/"), distserve.Handler(suite.dist)))
	defer srv.Close()
	tb := openTab(t, "/", true)
	tb.goTo(srv.URL+base, true)
	tb.waitJS(`navigator.serviceWorker.controller !== null`, 60*time.Second)
	if got := tb.eval(`navigator.serviceWorker.controller.scriptURL`); got != srv.URL+base+"sw.js" {
		t.Errorf("the controlling worker is %s", got)
	}
	srv.CloseClientConnections()
	srv.Close()
	tb.goTo(srv.URL+base+"#v=1&d=MSNP9&q=CVQ%201%200x0409%20winnt%205.1%20i386%20MSNMSGR%206.0.0602%20MSMSGS", true)
	if got := tb.text("#reply"); got == "" {
		t.Errorf("offline, the page shows no reply (#status: %s)", tb.text("#status"))
	}
	if got := tb.eval(`document.getElementById("dialect").value`); got != "MSNP9" {
		t.Errorf("offline, the link's dialect is not shown: %s", got)
	}
	// The parts loaded on first use were never fetched while online, yet the worker kept
	// them: a view draws (its script and the views' stylesheet) and a lesson opens and is
	// solved (its script, stylesheet and data).
	tb.openView("sequence", "#sequence [data-line]")
	if got := tb.eval(`getComputedStyle(document.querySelector(".seq-wrap")).overflowX`); got != "auto" {
		t.Errorf("offline, the views' stylesheet is not applied: .seq-wrap overflows %s", got)
	}
	tb.solveFirstLesson("offline")
	if got := tb.text("#views-status") + tb.text("#lessons-status"); got != "" {
		t.Errorf("offline, the page says %q", got)
	}
	tb.useConsole("offline")
}

// TestNewVersionNotice serves a page whose service worker changes between
// two visits, as a new deployment does: the page the old worker served is
// told "new version — reload".
func TestNewVersionNotice(t *testing.T) {
	if suite.err != nil {
		t.Fatal(suite.err)
	}
	var deployed atomic.Int32
	files := distserve.Handler(suite.dist)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/sw.js" || deployed.Load() == 0 {
			files.ServeHTTP(w, r)
			return
		}
		b, err := os.ReadFile(filepath.Join(suite.dist, "sw.js"))
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "text/javascript")
		w.Header().Set("Cache-Control", "no-cache")
		w.Write(bytes.Replace(b, []byte(`const build = "`), []byte(`const build = "next-`), 1))
	}))
	defer srv.Close()
	tb := openTab(t, "/", true)
	tb.goTo(srv.URL+"/", true)
	tb.waitJS(`navigator.serviceWorker.controller !== null`, 60*time.Second)
	tb.goTo(srv.URL+"/", true) // served by the worker from now on
	deployed.Store(1)
	tb.eval(`(async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); return ""; })()`)
	tb.waitJS(`(document.getElementById("update-notice")?.textContent ?? "").includes("New version — reload")`, 60*time.Second)
	if !tb.evalBool(`document.querySelector("#update-notice .notice-reload") !== null`) {
		t.Errorf("the notice offers no reload button")
	}
}

// singleFile writes the one-file page (make single) under name in a fresh directory, where
// nothing of the build lies beside it, and returns its file:// URL.
func singleFile(t *testing.T, name string) string {
	t.Helper()
	doc, err := inline.Page(suite.dist)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: file}).String()
}

// openSingle writes the one-file page as name and opens it from disk,
// with fragment frag, in a new tab once that page is ready.
func openSingle(t *testing.T, name, frag string) *tab {
	t.Helper()
	tb := openTab(t, "/", true)
	tb.goTo(singleFile(t, name)+frag, true)
	return tb
}

// TestSingleFile writes the one-file page, opens it from disk and uses it:
// it must become ready under its hash-based policy and answer a request.
func TestSingleFile(t *testing.T) {
	tb := openSingle(t, "cvq playground.html", "")
	setRequest(tb, "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 ") {
		t.Errorf("the single file answers %q", got)
	}
	if n := tb.eval(`String(document.querySelectorAll("script[src], link[rel=stylesheet]").length)`); n != "0" {
		t.Errorf("the single file still loads %s files", n)
	}
	csp := tb.eval(`document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`)
	if !strings.Contains(csp, "script-src 'sha256-") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("the single file's policy is %q", csp)
	}
}

// TestSingleFileReference opens the one-file page from disk, where no reference page
// exists beside it, and follows citations: every reference link the page shows must name
// a page and an entry the file carries, and clicking one opens that entry in the file's
// reference dialog without touching the address (whose fragment is the page's state).
func TestSingleFileReference(t *testing.T) {
	tb := openSingle(t, "cvq-playground.html", "")
	// A line with a diagnostic, so diagnostics links show beside the source links.
	setRequest(tb, "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com ")
	// Cards are built on demand: pin one, so its source keys are links on the page.
	tb.do("pinning locale", chromedp.Click(chromedp.CSS(`#request-tokens .tok[data-param="locale"]`)))
	// Every reference link on the page resolves to a template and, when it names one, an
	// element of that page.
	var report struct {
		Links   int
		Sources int
		Missing []string
	}
	if err := jsonUnmarshal(tb.eval(`JSON.stringify((() => {
const links = [...document.querySelectorAll('a[href^="reference/"]')].filter((a) => !a.closest("template, #single-ref"));
const missing = [];
for (const a of links) {
  const [path, frag = ""] = a.getAttribute("href").split("#");
  const t = document.querySelector('template[data-ref="' + path + '"]');
  if (t === null || (frag !== "" && t.content.getElementById(frag) === null)) missing.push(a.getAttribute("href"));
}
return { links: links.length, sources: links.filter((a) => a.getAttribute("href").includes("#src-")).length, missing };
})())`), &report); err != nil {
		t.Fatal(err)
	}
	if report.Links < 3 || report.Sources < 1 || len(report.Missing) > 0 {
		t.Fatalf("reference links on the page: %d, %d to sources; not in the file: %q", report.Links, report.Sources, report.Missing)
	}

	before := tb.eval(`location.pathname`)
	src := tb.eval(`[...document.querySelectorAll('a[href^="reference/sources.html#src-"]')].find((a) => a.getClientRects().length > 0)?.getAttribute("href") ?? ""`)
	if src == "" {
		t.Fatal("no visible source link on the page")
	}
	tb.do("clicking a source link", chromedp.Click(chromedp.CSS(`a[href="`+src+`"]`)))
	tb.waitJS(`document.getElementById("single-ref").open`, 3*time.Second)
	_, frag, _ := strings.Cut(src, "#")
	if got := tb.eval(`document.querySelector("#single-ref-body [data-ref-target]")?.id ?? ""`); got != frag {
		t.Errorf("the dialog marks %q, want the entry %q", got, frag)
	}
	if !tb.evalBool(`(() => { const d = document.getElementById("single-ref").getBoundingClientRect();
const r = document.querySelector("#single-ref-body [data-ref-target]").getBoundingClientRect();
return r.top >= d.top && r.top < d.bottom; })()`) {
		t.Errorf("the entry %s is not scrolled into the dialog's view", frag)
	}
	// The page keeps its own state in the fragment; the reference must not touch it.
	if got, hash := tb.eval(`location.pathname`), tb.eval(`location.hash`); got != before || strings.Contains(hash, frag) || tb.linkNotice() != "" {
		t.Errorf("following a reference link changed the address to %s%s or raised a link notice", got, hash)
	}
	// A link inside a reference page goes to the page it names, relative to its own.
	tb.do("clicking the rules link in the sources page", chromedp.Click(chromedp.CSS(`#single-ref-body a[href="rules.html"]`)))
	tb.waitJS(`document.getElementById("single-ref-body").dataset.refBase === "reference/rules.html"`, 3*time.Second)
	if tb.eval(`document.querySelector("#single-ref-body h1")?.textContent ?? ""`) == "" {
		t.Errorf("the rules page shows no heading")
	}
	tb.do("closing the reference", chromedp.Click(chromedp.ID("single-ref-close")))
	tb.waitJS(`!document.getElementById("single-ref").open`, 3*time.Second)
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 ") {
		t.Errorf("after the reference, the page answers %q", got)
	}
}

// TestSingleFileLazy opens the one-file page from disk and uses every part the served page
// loads on first use: each view draws, and a lesson opens and is solved (its goal met), all
// from the file under its hash-based policy (openTab's recorder fails the test on any CSP
// violation). Nothing is fetched: every lazy part comes from the file itself. A link into
// the file that names a view and a lesson opens them too.
func TestSingleFileLazy(t *testing.T) {
	tb := openSingle(t, "cvq-playground.html", "")
	setRequest(tb, "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	tb.openView("compare", "#compare td[data-dialect]")
	tb.openView("sequence", "#sequence [data-line]")
	tb.openView("export", "#export-go")
	tb.waitJS(`document.getElementById("export-go").value.includes("package cvq_test")`, 10*time.Second)
	// The views' stylesheet applies: the compare table scrolls in its own box, not unstyled.
	if got := tb.eval(`getComputedStyle(document.querySelector(".compare-wrap")).overflowX`); got != "auto" {
		t.Errorf("the views' stylesheet is not applied in the single file: .compare-wrap overflows %s", got)
	}
	if got := tb.text("#views-status"); got != "" {
		t.Errorf("#views-status says %q", got)
	}
	tb.solveFirstLesson("in the single file")
	if got := tb.text("#lessons-status"); got != "" {
		t.Errorf("#lessons-status says %q", got)
	}
	tb.useConsole("in the single file")
	// Both lazy stylesheets (the views', the lessons') came from the file, with their rules.
	if got := tb.eval(`[...document.querySelectorAll("style[data-loaded]")].map((s) => s.dataset.loaded.split("-")[0] + ":" + (s.sheet.cssRules.length > 0)).sort().join(" ")`); got != "lessons:true views:true" {
		t.Errorf("the lazy stylesheets applied from the file: %q, want lessons:true views:true", got)
	}
	if n := tb.eval(`String(performance.getEntriesByType("resource").length)`); n != "0" {
		t.Errorf("the single file fetched %s resources: %s", n, tb.eval(`performance.getEntriesByType("resource").map((e) => e.name.slice(0, 60)).join(", ")`))
	}
	if n := tb.eval(`String(document.querySelectorAll("script[src], link[rel=stylesheet]").length)`); n != "0" {
		t.Errorf("the single file added %s script or stylesheet elements that fetch", n)
	}
	// A link into the file that names a view and a lesson opens both on arrival.
	tb2 := openSingle(t, "cvq-playground.html", "#v=1&lesson=2&d=MSNP8&p=reference&q=CVQ%201%20spaghetti&view=sequence")
	tb2.waitJS(`document.querySelector("#sequence [data-line]") !== null`, 15*time.Second)
	tb2.goalState(2)
}

// TestSingleFileLazyMissing opens a one-file page whose lazy parts were left out (an older
// or hand-cut copy): the buttons say the part is not in this copy of the page, which a
// retry later would not change, and the rest of the page answers as before.
func TestSingleFileLazyMissing(t *testing.T) {
	if suite.err != nil {
		t.Fatal(suite.err)
	}
	doc, err := inline.Page(suite.dist)
	if err != nil {
		t.Fatal(err)
	}
	cut := regexp.MustCompile(`(?s)<script type="[a-z/]+" data-chunk="[^"]+">.*?</script>\n`)
	n := len(cut.FindAll(doc, -1))
	if n < 5 {
		t.Fatalf("the single file carries %d lazy parts, want the views' and the lessons' (at least 5)", n)
	}
	file := filepath.Join(t.TempDir(), "cut.html")
	if err := os.WriteFile(file, cut.ReplaceAll(doc, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openTab(t, "/", true)
	tb.goTo((&url.URL{Scheme: "file", Path: file}).String(), true)
	// Without its part the page asks for the file beside it, which the policy blocks.
	tb.mu.Lock()
	tb.expectErrors = true
	tb.mu.Unlock()
	tb.do("pressing #view-compare", chromedp.Click(chromedp.ID("view-compare")))
	tb.waitJS(`document.getElementById("views-status").textContent !== ""`, 10*time.Second)
	if got := tb.text("#views-status"); !strings.Contains(got, "not in this copy of the page") || strings.Contains(got, "try again") {
		t.Errorf("#views-status says %q", got)
	}
	tb.do("clicking #lessons-toggle", chromedp.Click(chromedp.ID("lessons-toggle")))
	tb.waitJS(`document.getElementById("lessons-status").textContent !== ""`, 10*time.Second)
	if got := tb.text("#lessons-status"); !strings.Contains(got, "not in this copy of the page") || strings.Contains(got, "try again") {
		t.Errorf("#lessons-status says %q", got)
	}
	tb.do("clicking the session tab", chromedp.Click(chromedp.ID("mode-session")))
	tb.waitJS(`!document.getElementById("console").hasAttribute("aria-busy")`, 10*time.Second)
	if got := tb.text("#console-kind"); !strings.Contains(got, "not in this copy of the page") || strings.Contains(got, "try again") {
		t.Errorf("#console-kind says %q", got)
	}
	tb.do("clicking the line tab", chromedp.Click(chromedp.ID("mode-line")))
	setRequest(tb, "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 ") {
		t.Errorf("the cut file answers %q", got)
	}
	// The blocked loads were the point. A retry the reply's redraw starts
	// (the card chunk) is reported a task or more later, so wait until no
	// violation has arrived for 300 ms before clearing them.
	tb.eval(`new Promise((done) => { let n = -1; const tick = () => {
const m = (window.__cspViolations || []).length;
if (m === n) { window.__cspViolations = []; done(""); } else { n = m; setTimeout(tick, 300); } }; tick(); })`)
	tb.mu.Lock()
	tb.problems = nil
	tb.mu.Unlock()
}

// TestLazyPartFails serves the page from a server that fails the views', the lessons' and
// the console's scripts: their buttons say the part could not be loaded and that trying
// again may help (served, it may), the page answers as before, and once the server answers
// again the next press loads the part; a line entered meanwhile is sent then.
func TestLazyPartFails(t *testing.T) {
	if suite.err != nil {
		t.Fatal(suite.err)
	}
	var failing atomic.Bool
	failing.Store(true)
	files := distserve.Handler(suite.dist)
	lazy := regexp.MustCompile(`^/((compare|lessons|consolechunk)-[A-Z0-9]+\.js|texts-[A-Z0-9]+\.json)$`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if failing.Load() && lazy.MatchString(r.URL.Path) {
			// The connection drops, as on a flaky network.
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				conn.Close()
			}
			return
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	tb := openTab(t, "/", true)
	tb.mu.Lock()
	tb.expectErrors = true // the failed loads are the point
	tb.mu.Unlock()
	tb.goTo(srv.URL+"/", true)
	tb.do("pressing #view-compare", chromedp.Click(chromedp.ID("view-compare")))
	tb.waitJS(`document.getElementById("views-status").textContent !== ""`, 10*time.Second)
	if got := tb.text("#views-status"); !strings.Contains(got, "could not be loaded") || !strings.Contains(got, "try again") {
		t.Errorf("#views-status says %q", got)
	}
	tb.do("clicking #lessons-toggle", chromedp.Click(chromedp.ID("lessons-toggle")))
	tb.waitJS(`document.getElementById("lessons-status").textContent !== ""`, 10*time.Second)
	if got := tb.text("#lessons-status"); !strings.Contains(got, "could not be loaded") || !strings.Contains(got, "try again") {
		t.Errorf("#lessons-status says %q", got)
	}
	tb.do("clicking the session tab", chromedp.Click(chromedp.ID("mode-session")))
	tb.do("entering a line", chromedp.SendKeys(chromedp.ID("console-input"), "VER 1 MSNP8 CVR0"+kb.Enter))
	tb.waitJS(`!document.getElementById("console").hasAttribute("aria-busy")`, 10*time.Second)
	if got := tb.text("#console-kind"); !strings.Contains(got, "could not be loaded") || !strings.Contains(got, "try again") {
		t.Errorf("#console-kind says %q", got)
	}
	tb.do("clicking the line tab", chromedp.Click(chromedp.ID("mode-line")))
	setRequest(tb, "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 ") {
		t.Errorf("after the failed loads the page answers %q", got)
	}
	// A session example's transcript comes with the texts file: it says so under the menu.
	session := tb.eval(`JSON.parse(document.getElementById("cvq-meta").textContent).examples.find((e) => e.kind === "session").id`)
	tb.setSelect("example", session)
	tb.waitJS(`document.getElementById("example-source").textContent.includes("could not be loaded")`, 10*time.Second)
	if got := tb.text("#example-source"); !strings.Contains(got, "transcript could not be loaded") || !strings.Contains(got, "try again") {
		t.Errorf("#example-source says %q", got)
	}
	tb.do("clicking the line tab again", chromedp.Click(chromedp.ID("mode-line")))
	failing.Store(false)
	// Back in the session, the line entered while the console failed is sent once it loads.
	tb.openConsole()
	if c := last(tb.consoleLog(), "c"); c.Text != "VER 1 MSNP8 CVR0" {
		t.Errorf("the line entered while the console failed to load: newest client line %+v", c)
	}
	// Chosen again, the example's transcript arrives and is checked.
	tb.setSelect("example", "")
	tb.setSelect("example", session)
	tb.waitJS(`document.getElementById("transcript-summary").textContent.includes("server line")`, 20*time.Second)
	tb.do("pressing #view-compare to close", chromedp.Click(chromedp.ID("view-compare")))
	tb.openView("compare", "#compare td[data-dialect]")
	tb.openLessons()
}

// solveFirstLesson opens the lessons panel, checks that lesson 1 starts
// unmet, presses "Show me" and waits for its goal to be met: the lessons'
// script, stylesheet and data all arrived, wherever the page got them
// (where says from what, for the messages).
func (tb *tab) solveFirstLesson(where string) {
	tb.t.Helper()
	tb.openLessons()
	if st := tb.goalState(1); st != "unmet" {
		tb.t.Errorf("%s, lesson 1 opens %s", where, st)
	}
	tb.do("clicking #lesson-solve", chromedp.Click(chromedp.ID("lesson-solve")))
	tb.waitGoal("met", where+", lesson 1 after Show me")
}

// TestOfflineAfterFirstReply checks that the service worker is registered
// only once the first reply is painted: installing it downloads every file
// of the build again, which must not compete with the page's start.
func TestOfflineAfterFirstReply(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.probe(`if (navigator.serviceWorker) {
  const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
  navigator.serviceWorker.register = (...a) => { window.__registeredAt ??= performance.now(); return register(...a); };
}`)
	tb.navigate("/?sw", true)
	tb.waitJS(`window.__registeredAt !== undefined`, 30*time.Second)
	got := tb.eval(`(() => { const m = performance.getEntriesByName("cvq-first-reply")[0];
return m === undefined ? "no first reply" : window.__registeredAt >= m.startTime ? "" :
  "registered at " + Math.round(window.__registeredAt) + " ms, first reply at " + Math.round(m.startTime) + " ms"; })()`)
	if got != "" {
		t.Errorf("the service worker was registered before the first reply was painted: %s", got)
	}
}
