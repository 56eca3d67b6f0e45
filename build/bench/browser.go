package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/cvq-playground/cvq-playground/build/chrome"
)

// chromium is one headless browser shared by every measurement; each load gets a fresh
// browser context (an incognito profile: empty HTTP cache, no compiled-code cache).
type chromium struct {
	ctx     context.Context
	cancel  func()
	version string
}

// startChromium starts the browser with the flags of site/browser_test.go, plus two that
// keep Chromium from throttling timers in windows it thinks are in the background.
// Cancelling ctx (Ctrl-C) stops the browser and with it any measurement under way.
func startChromium(ctx context.Context, exe, profile string) (*chromium, error) {
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, chrome.Options(exe, profile,
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-background-timer-throttling", true))...)
	bctx, cancelCtx := chromedp.NewContext(alloc)
	c := &chromium{ctx: bctx, cancel: func() { cancelCtx(); cancelAlloc() }}
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(bctx) }()
	select {
	case err := <-started:
		if err != nil {
			c.cancel()
			return nil, fmt.Errorf("starting %s: %v", exe, err)
		}
	case <-time.After(60 * time.Second):
		c.cancel()
		return nil, fmt.Errorf("starting %s: no answer within 60 s", exe)
	}
	if v, err := chromedp.CallBrowser(bctx, browser.GetVersion, cdp.Empty{}); err == nil {
		c.version = v.Product
	}
	return c, nil
}

// tab opens a tab in a new browser context with the HTTP cache disabled and the DOM and CSS
// inspection domains off (chromedp turns them on; left on, every DOM change the page makes
// would also be reported to us, which costs the page time the floor does not pay). init,
// when not empty, runs in every document before the page's own scripts.
func (c *chromium) tab(init string) (context.Context, func(), error) {
	ctx, cancel := chromedp.NewContext(c.ctx, chromedp.WithNewBrowserContext())
	tctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	done := func() { cancelT(); cancel() }
	fail := func(what string, err error) (context.Context, func(), error) {
		done()
		return nil, nil, fmt.Errorf("%s: %v", what, err)
	}
	if err := chromedp.Do(tctx); err != nil {
		return fail("opening a tab", err)
	}
	if _, err := chromedp.Call(tctx, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true}); err != nil {
		return fail("disabling the cache", err)
	}
	if _, err := chromedp.Call(tctx, css.Disable, cdp.Empty{}); err != nil {
		return fail("CSS.disable", err)
	}
	if _, err := chromedp.Call(tctx, dom.Disable, cdp.Empty{}); err != nil {
		return fail("DOM.disable", err)
	}
	if init != "" {
		if err := addInitScript(tctx, init); err != nil {
			return fail("installing the page probe", err)
		}
	}
	return tctx, done, nil
}

// waitMarks is a promise that resolves, with the startTime (ms since navigation start) of
// every User Timing mark the page has set, once each named mark exists, or rejects after 30 s with what the
// page's status says. It is evaluated after the load event, so the marks may exist already.
func waitMarks(names ...string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return `new Promise((resolve, reject) => {
  const want = [` + strings.Join(q, ", ") + `];
  const get = (n) => performance.getEntriesByName(n, "mark")[0];
  const check = () => {
    if (!want.every((n) => get(n) !== undefined)) return false;
    const out = {};
    for (const m of performance.getEntriesByType("mark")) if (!(m.name in out)) out[m.name] = m.startTime;
    const res = performance.getEntriesByType("resource");
    const nav = performance.getEntriesByType("navigation")[0];
    out["transfer"] = res.reduce((s, r) => s + r.encodedBodySize, nav ? nav.encodedBodySize : 0);
    const wasm = res.find((r) => r.name.endsWith(".wasm"));
    out["wasm-response-end"] = wasm ? wasm.responseEnd : -1;
    resolve(out);
    return true;
  };
  if (check()) return;
  const obs = new PerformanceObserver(() => { if (check()) obs.disconnect(); });
  obs.observe({ type: "mark" });
  setTimeout(() => {
    const s = document.getElementById("status");
    reject(new Error("marks " + want.filter((n) => get(n) === undefined).join(", ") + " missing after 30 s" +
      (s ? "; #status: " + s.textContent.replace(/\s+/g, " ").trim() : "")));
  }, 30000);
})`
}

// coldLoad opens url in a fresh tab and returns the marks (and the extra figures
// waitMarks collects), plus the long tasks seen up to then. Nothing is warmed: the
// browser context is new and the cache is off.
func (c *chromium) coldLoad(url string, marks ...string) (map[string]float64, [][2]float64, error) {
	return c.coldLoadWith(longTaskProbe, url, marks...)
}

// floorLoad is coldLoad for the floor page: it also waits for floorPaintedMark.
func (c *chromium) floorLoad(url string) (map[string]float64, [][2]float64, error) {
	return c.coldLoadWith(longTaskProbe+floorPaintedProbe, url, "floor-ready", floorPaintedMark)
}

// floorPaintedMark is set by floorPaintedProbe in the floor page: ready, and then a
// frame painted.
const floorPaintedMark = "floor-painted"

// floorPaintedProbe marks floorPaintedMark in the floor page once the first frame after
// "floor-ready" has been painted, the way the playground's page marks its first reply
// (the first task after the next frame). The floor page paints nothing of its own when
// it gets ready, so this is what any page needs to show something once it has read
// nothing: a few milliseconds for an ordinary address, but up to seconds for an address
// of megabytes, whose frames wait on the browser process (the playground's "first reply
// painted" waits on it too). It runs from the harness, so the floor page's bytes do not
// change.
const floorPaintedProbe = `
new PerformanceObserver((list, obs) => {
  if (!list.getEntries().some((e) => e.name === "floor-ready")) return;
  obs.disconnect();
  requestAnimationFrame(() => setTimeout(() => performance.mark("` + floorPaintedMark + `"), 0));
}).observe({ type: "mark" });`

// coldLoadWith is coldLoad with init run in the page before its own scripts.
func (c *chromium) coldLoadWith(init, url string, marks ...string) (map[string]float64, [][2]float64, error) {
	ctx, done, err := c.tab(init)
	if err != nil {
		return nil, nil, err
	}
	defer done()
	got, err := navigateAndWait(ctx, url, marks)
	if err != nil {
		return nil, nil, err
	}
	long, err := chromedp.Run(ctx, chromedp.Evaluate[[][2]float64](`window.__benchLongTasks || []`))
	if err != nil {
		return nil, nil, fmt.Errorf("reading long tasks: %v", err)
	}
	return got, long, nil
}

// navigateAndWait loads url in the tab, waits for the load event and then for the marks,
// and returns what waitMarks collected. How long the harness waits does not matter: the
// marks carry the page's own timestamps.
func navigateAndWait(ctx context.Context, url string, marks []string) (map[string]float64, error) {
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, fmt.Errorf("loading the page: %v", err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]float64](waitMarks(marks...), chromedp.EvalAwaitPromise))
	if err != nil {
		var ex *chromedp.ExceptionError
		if errors.As(err, &ex) && ex.ExceptionDetails != nil && ex.ExceptionDetails.Exception != nil {
			// The rejection's message, without the protocol's wrapping and stack.
			return nil, errors.New(firstLine(ex.ExceptionDetails.Exception.Description))
		}
		return nil, err
	}
	return got, nil
}

// evalStrings evaluates an expression that yields an array of strings.
func evalStrings(ctx context.Context, expr string) ([]string, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[[]string](expr))
}

// firstLine cuts a JavaScript error description (message, then stack) to its message.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.TrimPrefix(s, "Error: ")
}
