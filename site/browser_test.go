// Browser tests for the page: they drive Debian's Chromium with chromedp
// against the built dist/ served on 127.0.0.1, the way a learner uses the
// page. They never skip: a missing browser or a missing build fails every
// test with a message that says what to do.
package site_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/cvq-playground/cvq-playground/build/chrome"

	"github.com/cvq-playground/cvq-playground/build/distserve"
)

// suite is what TestMain sets up once and every test shares: one browser
// (starting Chromium costs more than all the page work on 2 cores) and one
// server.
var suite suiteT

type suiteT struct {
	err     error           // why the suite cannot run; every test fails with it
	browser context.Context // parent of each test's tab
	server  *httptest.Server
	dist    string
	slow    *slowWasm
	held    *heldPage
}

func TestMain(m *testing.M) {
	code, cleanup := setup()
	if code != 0 {
		os.Exit(code)
	}
	code = m.Run()
	cleanup()
	os.Exit(code)
}

// setup prepares the suite. Failures are stored, not fatal: TestMain has no
// *testing.T, and each test reports suite.err itself so `go test` shows the
// reason next to every test name.
func setup() (int, func()) {
	var cleanups []func()
	cleanup := func() {
		for i := len(cleanups) - 1; i >= 0; i-- {
			cleanups[i]()
		}
	}

	dist := os.Getenv("CVQ_DIST")
	if dist == "" {
		dist = filepath.Join("..", "dist")
	}
	abs, err := filepath.Abs(dist)
	if err == nil {
		dist = abs
	}
	suite.dist = dist
	if _, err := os.Stat(filepath.Join(dist, "index.html")); err != nil {
		suite.err = fmt.Errorf("no built page at %s (%v): run `go run ./build` in the repository root first, "+
			"or set CVQ_DIST to a built dist/ directory", dist, err)
		return 0, cleanup
	}

	exe, err := chrome.Find()
	if err != nil {
		suite.err = err
		return 0, cleanup
	}

	suite.slow = &slowWasm{dist: dist}
	suite.held = &heldPage{dist: dist}
	suite.server = httptest.NewServer(routes(dist, suite.slow, suite.held))
	cleanups = append(cleanups, suite.server.Close)

	profile, err := os.MkdirTemp("", "cvq-site-chromium-")
	if err != nil {
		suite.err = err
		return 0, cleanup
	}
	cleanups = append(cleanups, func() { os.RemoveAll(profile) })

	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chrome.Options(exe, profile, chromedp.Flag("hide-scrollbars", true))...)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	cleanups = append(cleanups, cancelAlloc, cancelBrowser)
	// The first Do starts Chromium; give it its own deadline so a browser
	// that hangs on start fails the suite instead of the 10-minute timeout.
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(browser) }()
	select {
	case err = <-started:
	case <-time.After(60 * time.Second):
		err = errors.New("timed out after 60s")
	}
	if err != nil {
		suite.err = fmt.Errorf("starting %s failed: %v", exe, err)
		return 0, cleanup
	}
	suite.browser = browser
	return 0, cleanup
}

// routes serves dist/ at /, plus variants of it for the loading tests:
// /slow/ holds the .wasm response back until the test releases it, and
// /missing/ and /garbage/ answer the .wasm with a 404 and with bytes that are
// not WebAssembly; /lateexec/ delays wasm_exec.js; /noboot/ answers the
// page's first script, boot-*.js, with a 404; /held/ sends the page's
// HTML in parts (heldPage).
func routes(dist string, slow *slowWasm, held *heldPage) http.Handler {
	files := distserve.Handler(dist)
	mux := http.NewServeMux()
	mux.Handle("/", files)
	variant := func(prefix string, wasm http.Handler) {
		mux.Handle(prefix+"/", http.StripPrefix(prefix, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, ".wasm") {
				wasm.ServeHTTP(w, r)
				return
			}
			files.ServeHTTP(w, r)
		})))
	}
	// /lateexec/ holds Go's wasm_exec.js back: the parser waits for it, and
	// the compile boot.js started must wait for it too before it can start Go.
	mux.Handle("/lateexec/", http.StripPrefix("/lateexec", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(path.Base(r.URL.Path), "wasm_exec") {
			select {
			case <-time.After(1500 * time.Millisecond):
			case <-r.Context().Done():
				return
			}
		}
		files.ServeHTTP(w, r)
	})))
	// /noboot/ loses the script that starts the module's download and compile.
	mux.Handle("/noboot/", http.StripPrefix("/noboot", withoutScript("boot-", files)))
	// /nomain/ loses the page's program, main-*.js: only boot.js runs, so
	// what the page shows is what boot.js drew on its own.
	mux.Handle("/nomain/", http.StripPrefix("/nomain", withoutScript("main-", files)))
	mux.Handle("/held/", http.StripPrefix("/held", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			held.ServeHTTP(w, r)
			return
		}
		files.ServeHTTP(w, r)
	})))
	variant("/slow", slow)
	variant("/missing", http.NotFoundHandler())
	variant("/garbage", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte("this is not a WebAssembly module, it is a page that went wrong"))
	}))
	return mux
}

// slowWasm serves the real module in two parts: the first quarter at once,
// the rest only after release is called (or after 20 s, so a failing test
// cannot hang). The test sees the page in its loading state in between.
type slowWasm struct {
	dist     string
	mu       sync.Mutex
	gate     chan struct{}
	requests int
}

// arm makes the next responses wait and returns the function that lets them go.
func (s *slowWasm) arm() func() {
	s.mu.Lock()
	defer s.mu.Unlock()
	gate := make(chan struct{})
	s.gate = gate
	s.requests = 0
	var once sync.Once
	return func() { once.Do(func() { close(gate) }) }
}

func (s *slowWasm) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests
}

func (s *slowWasm) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	gate := s.gate
	// The service worker's install fetches every file of the build with
	// cache: "reload", which sends Cache-Control: no-cache; that copy for
	// offline use is not the page's own download, so it is not counted.
	if r.Header.Get("Cache-Control") != "no-cache" {
		s.requests++
	}
	s.mu.Unlock()
	name := filepath.Base(r.URL.Path)
	data, err := os.ReadFile(filepath.Join(s.dist, name))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.Header().Set("Cache-Control", "no-store")
	first := len(data) / 4
	w.Write(data[:first])
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	if gate != nil {
		select {
		case <-gate:
		case <-time.After(20 * time.Second):
		case <-r.Context().Done():
			return
		}
	}
	w.Write(data[first:])
}

// tab is one browser tab with the page problems seen in it.
type tab struct {
	ctx context.Context
	t   *testing.T

	mu       sync.Mutex
	problems []string // console errors, exceptions, CSP reports
	dialogs  []string // alert/confirm/prompt texts
	// expectErrors marks a tab where the page is meant to fail loading and
	// log it; exceptions and CSP violations still count.
	expectErrors bool
}

// reportTo points the tab's helpers at subtest t, which then fails where
// they fail, and returns what points them back: defer tb.reportTo(t)().
func (tb *tab) reportTo(t *testing.T) (restore func()) {
	parent := tb.t
	tb.t = t
	return func() { tb.t = parent }
}

// openTab opens a tab, installs the CSP violation recorder and the event
// listeners, and navigates to path on the test server. With wait, it also
// waits until the page reports ready.
func openTab(t *testing.T, path string, wait bool) *tab {
	t.Helper()
	if suite.err != nil {
		t.Fatal(suite.err)
	}
	tb := &tab{t: t}
	ctx, cancel := chromedp.NewContext(suite.browser, chromedp.WithListener(tb.listen))
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	tb.ctx = ctx
	t.Cleanup(func() {
		tb.report()
		cancelTimeout()
		cancel()
	})
	// Attach the tab and start the dialog closer before anything can open one.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.dialogs = append(tb.dialogs, string(ev.Type)+": "+ev.Message)
			tb.mu.Unlock()
			chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	// The recorder runs before the page's own scripts, and a script added
	// through the protocol is not subject to the page's CSP.
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "(inline)") +
    " at " + e.sourceFile + ":" + e.lineNumber);
});`,
	})
	if err != nil {
		t.Fatalf("installing the CSP recorder: %v", err)
	}
	// The page remembers its last state and theme in localStorage, which
	// the browser keeps between tabs: each test starts from an empty one.
	_, err = chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{
		Origin: suite.server.URL, StorageTypes: "local_storage",
	})
	if err != nil {
		t.Fatalf("clearing localStorage: %v", err)
	}
	tb.navigate(path, wait)
	return tb
}

// navigate loads path. It does not wait for the load event, which a held-back
// preload would delay; with wait it waits for window.cvqPage.ready instead.
func (tb *tab) navigate(path string, wait bool) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, page.Navigate, page.NavigateParams{URL: suite.server.URL + path})
	if err != nil {
		tb.t.Fatalf("navigating to %s: %v", path, err)
	}
	if wait {
		tb.waitReady()
	}
}

// probe runs src in the tab before the page's own scripts on every
// document it loads from now on (the tests' instruments: wrapped timers,
// held frames, watched storage).
func (tb *tab) probe(src string) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
	if err != nil {
		tb.t.Fatalf("installing the probe: %v", err)
	}
}

// waitReady waits for the page's ready promise and fails with #status's text
// when it rejects.
func (tb *tab) waitReady() {
	tb.t.Helper()
	tb.waitJS(`document.readyState !== "loading" && window.cvqPage !== undefined`, 20*time.Second)
	msg := tb.eval(`window.cvqPage.ready.then(() => "", (e) => String(e && e.message || e) + " | #status: " +
		document.getElementById("status").textContent.replace(/\s+/g, " "))`)
	if msg != "" {
		tb.t.Fatalf("page did not become ready: %s", msg)
	}
}

func (tb *tab) listen(ev any) {
	var p string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeAssert {
			return
		}
		var parts []string
		for _, a := range ev.Args {
			if a.Value != nil {
				parts = append(parts, string(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		tb.mu.Lock()
		expected := tb.expectErrors
		tb.mu.Unlock()
		if expected {
			return
		}
		p = "console." + string(ev.Type) + ": " + strings.Join(parts, " ")
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		p = "uncaught exception: " + d.Text
		if d.Exception != nil {
			p += " " + d.Exception.Description
		}
		p += fmt.Sprintf(" (%s:%d)", d.URL, d.LineNumber+1)
	case *cdplog.EventEntryAdded:
		e := ev.Entry
		if e.Source != cdplog.EntrySourceSecurity && !strings.Contains(e.Text, "Content Security Policy") {
			return
		}
		p = "CSP/security log: " + e.Text
	default:
		return
	}
	tb.mu.Lock()
	tb.problems = append(tb.problems, p)
	tb.mu.Unlock()
}

// report fails the test for every console error, exception, CSP violation
// and dialog the tab saw.
func (tb *tab) report() {
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	violations, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__cspViolations || []`))
	if err != nil && tb.ctx.Err() == nil {
		tb.t.Errorf("reading CSP violations: %v", err)
	}
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, v := range violations {
		tb.t.Errorf("CSP violation reported in the page: %s", v)
	}
	for _, p := range tb.problems {
		tb.t.Errorf("page problem: %s", p)
	}
	for _, d := range tb.dialogs {
		tb.t.Errorf("page opened a dialog: %s", d)
	}
}

// eval runs a JavaScript expression (awaiting a promise) and returns its
// string value.
func (tb *tab) eval(expr string) string {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", short(expr), err)
	}
	return v
}

// evalBool runs a JavaScript expression and returns its boolean value.
func (tb *tab) evalBool(expr string) bool {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", short(expr), err)
	}
	return v
}

// do runs actions or fails the test.
func (tb *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// waitJS polls a boolean expression until it holds or timeout passes.
func (tb *tab) waitJS(expr string, timeout time.Duration) {
	tb.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("waited %v for %s (last error: %v)", timeout, short(expr), err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// clearRequest empties #request the way a user's select-all and delete
// would look to the page: a new value and an input event. It returns once
// the page has drawn the details too (see settled).
func (tb *tab) clearRequest() {
	tb.t.Helper()
	tb.eval(`(() => { const r = document.getElementById("request"); r.value = "";
r.dispatchEvent(new Event("input", { bubbles: true })); return window.cvqPage.settled().then(() => ""); })()`)
}

// typeRequest replaces the request with line, typed with real key events,
// and returns once the page has drawn the details too (see settled).
func (tb *tab) typeRequest(line string) {
	tb.t.Helper()
	tb.clearRequest()
	tb.do("typing into #request", chromedp.SendKeys(chromedp.ID("request"), line))
	tb.settled()
	if got := tb.eval(`document.getElementById("request").value`); got != line {
		tb.t.Fatalf("#request holds %q after typing %q", got, line)
	}
}

// settled waits until the page has drawn the details of everything typed so
// far: a keystroke draws the line and the reply at once, and the field
// strips, cards, diagnostics and the lesson's goal in a task after the next
// frame (window.cvqPage.settled resolves then).
func (tb *tab) settled() {
	tb.t.Helper()
	tb.eval(`window.cvqPage.settled().then(() => "")`)
}

// setSelect chooses value in a <select> and fires change, as picking it does.
func (tb *tab) setSelect(id, value string) {
	tb.t.Helper()
	got := tb.eval(fmt.Sprintf(`(() => { const s = document.getElementById(%q);
if (![...s.options].some((o) => o.value === %q)) return "missing";
s.value = %q; s.dispatchEvent(new Event("change", { bubbles: true })); return s.value; })()`, id, value, value))
	if got != value {
		tb.t.Fatalf("#%s has no option %q (%s)", id, value, got)
	}
}

// text returns an element's textContent.
func (tb *tab) text(sel string) string {
	tb.t.Helper()
	return tb.eval(fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e ? e.textContent : "<missing " + %q + ">"; })()`, sel, sel))
}

// center returns the middle of the first element matching sel, in viewport
// coordinates, after scrolling it into view.
func (tb *tab) center(sel string) (float64, float64) {
	tb.t.Helper()
	xy, err := chromedp.Run(tb.ctx, chromedp.Evaluate[[]float64](fmt.Sprintf(`(() => {
const e = document.querySelector(%q); if (!e) return [];
e.scrollIntoView({ block: "center" }); const r = e.getBoundingClientRect();
return [r.left + r.width / 2, r.top + r.height / 2]; })()`, sel)))
	if err != nil || len(xy) != 2 {
		tb.t.Fatalf("finding %s on screen: %v", sel, err)
	}
	return xy[0], xy[1]
}

// hover moves the mouse pointer to the middle of sel.
func (tb *tab) hover(sel string) {
	tb.t.Helper()
	x, y := tb.center(sel)
	tb.do("moving the mouse to "+sel, chromedp.MouseEvent(chromedp.MouseMoved, x, y))
}

// hoverNothing moves the pointer to the page's top-left corner, away from
// every token and card.
func (tb *tab) hoverNothing() {
	tb.t.Helper()
	tb.eval(`(() => { window.scrollTo(0, 0); return ""; })()`)
	tb.do("moving the mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 2, 2))
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// TestProblemCollector makes the page misbehave on purpose and checks that
// the tab's collector sees each kind of problem, so the clean runs of the
// other tests mean something. It empties the collector afterwards.
func TestProblemCollector(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.eval(`(() => {
console.error("deliberate console error");
const d = document.createElement("div"); d.setAttribute("style", "color: red"); document.body.appendChild(d);
setTimeout(() => { throw new Error("deliberate exception"); }, 0);
alert("deliberate dialog");
return ""; })()`)
	tb.waitJS(`window.__cspViolations.length > 0`, 3*time.Second)
	deadline := time.Now().Add(3 * time.Second)
	for {
		tb.mu.Lock()
		all := strings.Join(tb.problems, "\n") + "\n" + strings.Join(tb.dialogs, "\n")
		tb.mu.Unlock()
		missing := ""
		for _, want := range []string{"deliberate console error", "deliberate exception", "Content Security Policy", "deliberate dialog"} {
			if !strings.Contains(all, want) {
				missing = want
				break
			}
		}
		if missing == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the collector missed %q; it saw:\n%s", missing, all)
		}
		time.Sleep(20 * time.Millisecond)
	}
	tb.eval(`(() => { window.__cspViolations = []; return ""; })()`)
	tb.mu.Lock()
	tb.problems, tb.dialogs = nil, nil
	tb.mu.Unlock()
}

// withoutScript serves files, except that the scripts whose names start with
// prefix answer 404 with a script's type, so the browser logs a failed load
// rather than a refused MIME type (which the tab counts as a security problem).
func withoutScript(prefix string, files http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(path.Base(r.URL.Path), prefix) {
			w.Header().Set("Content-Type", "text/javascript")
			w.WriteHeader(http.StatusNotFound)
			return
		}
		files.ServeHTTP(w, r)
	})
}
