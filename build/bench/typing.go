package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// longTaskProbe runs in every document of a typing tab before the page's own scripts and
// records the Long Tasks API's entries (main-thread tasks over 50 ms). A script added
// through the protocol is not subject to the page's CSP.
const longTaskProbe = `window.__benchLongTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
} catch (e) {
  window.__benchLongTasks = null;
}`

func addInitScript(ctx context.Context, src string) error {
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src})
	return err
}

// typingResult is what one typing session measured.
type typingResult struct {
	renders   []float64 // the page's own record: input event → its listeners done (ms)
	details   []float64 // the page's own record: input event → the details it defers drawn and laid out (ms); nil for the floor
	bridge    []float64 // cvq.simulate alone on the same requests (ms); nil for the floor
	laidOut   []float64 // the same, plus a forced style and layout pass (ms)
	keys      int       // key presses sent
	longTasks [][2]float64
	probeOK   bool   // the Long Tasks API was available
	final     string // #request's value afterwards
}

// typingRaw is the JSON the page returns after typing.
type typingRaw struct {
	Renders   []float64    `json:"renders"`
	Details   []float64    `json:"details"`
	LaidOut   []float64    `json:"laidOut"`
	LongTasks [][2]float64 `json:"longTasks"`
	ProbeOK   bool         `json:"probeOK"`
	Final     string       `json:"final"`
}

// typeInto loads url in a fresh tab, waits for ready, empties #request and presses keys
// into it with real key events (Input.dispatchKeyEvent: keydown, char, keyup each). sink
// is the page's per-input record (an expression naming an array). Besides that record it
// adds a listener of its own, registered last, that forces style and layout before taking
// the time, so the cost of laying out what the page rendered shows too.
// With bridge (the playground), it also reads the page's record of when each input's
// details were drawn, once the page says they all are (window.cvqPage.settled), and then
// times the bridge alone on the same sequence of requests.
func (c *chromium) typeInto(url string, marks []string, sink string, keys []string, bridge bool) (typingResult, error) {
	ctx, done, err := c.tab(longTaskProbe)
	if err != nil {
		return typingResult{}, err
	}
	defer done()
	if _, err := navigateAndWait(ctx, url, marks); err != nil {
		return typingResult{}, err
	}
	// Let the work that follows loading (the first render, garbage collection) finish, so
	// it does not land on the first keystrokes; where the page installs a service worker
	// after its first reply (downloading the whole build again), wait until it is active
	// (at most 15 s): the load's cost, not the keystroke's.
	time.Sleep(500 * time.Millisecond)
	prepare := `(async () => {
  const sw = navigator.serviceWorker;
  if (sw && ` + fmt.Sprint(bridge) + `) await Promise.race([sw.ready, new Promise((res) => setTimeout(res, 15000))]);
  const r = document.getElementById("request");
  r.value = "";
  r.dispatchEvent(new Event("input", { bubbles: true }));
  if (` + fmt.Sprint(bridge) + `) await window.cvqPage.settled();
  window.__benchLaidOut = [];
  r.addEventListener("input", (e) => {
    void document.documentElement.offsetHeight;
    window.__benchLaidOut.push(performance.now() - e.timeStamp);
  });
  r.focus();
  ` + sink + `.length = 0;
  if (` + fmt.Sprint(bridge) + `) window.cvqPage.details.length = 0;
  window.__benchT0 = performance.now();
  return "";
})()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[string](prepare, chromedp.EvalAwaitPromise)); err != nil {
		return typingResult{}, fmt.Errorf("preparing #request: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(strings.Join(keys, ""))); err != nil {
		return typingResult{}, fmt.Errorf("typing: %v", err)
	}
	settled := "Promise.resolve()"
	if bridge {
		settled = "window.cvqPage.settled()"
	}
	collect := `` + settled + `.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
  const lt = window.__benchLongTasks;
  resolve({
    renders: Array.from(` + sink + `),
    details: ` + fmt.Sprint(bridge) + ` ? Array.from(window.cvqPage.details) : [],
    laidOut: window.__benchLaidOut,
    longTasks: lt === null ? [] : lt.filter((t) => t[0] >= window.__benchT0),
    probeOK: lt !== null,
    final: document.getElementById("request").value,
  });
}))))`
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[typingRaw](collect, chromedp.EvalAwaitPromise))
	if err != nil {
		return typingResult{}, fmt.Errorf("reading the timings: %v", err)
	}
	res := typingResult{
		renders: raw.Renders, details: raw.Details, laidOut: raw.LaidOut, keys: len(keys),
		longTasks: raw.LongTasks, probeOK: raw.ProbeOK, final: raw.Final,
	}
	if bridge {
		if res.bridge, err = timeBridge(ctx, valuesAfter(keys)); err != nil {
			return typingResult{}, err
		}
	}
	return res, nil
}

// timeBridge calls globalThis.cvq.simulate on each value the request held while typing,
// with the page's dialect and profile, and returns how long each call took: the share of a
// keystroke spent in the simulator and in building its result as JavaScript objects,
// without any rendering.
func timeBridge(ctx context.Context, values []string) ([]float64, error) {
	arg, err := json.Marshal(values)
	if err != nil {
		return nil, err
	}
	// One call per task, as keystrokes arrive: back to back, the garbage of earlier calls
	// would be collected inside later ones and charged to them.
	expr := `(async (values) => {
  const d = document.getElementById("dialect").value, p = document.getElementById("profile").value;
  const out = [];
  for (const v of values) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const t0 = performance.now();
    const r = globalThis.cvq.simulate(v, d, p);
    out.push(performance.now() - t0);
    if (r && r.error) throw new Error("cvq.simulate: " + r.error);
  }
  return out;
})(` + string(arg) + `)`
	out, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		return nil, fmt.Errorf("timing cvq.simulate: %v", err)
	}
	return out, nil
}

// valuesAfter returns the request's text after each key press (see typed).
func valuesAfter(keys []string) []string {
	out := make([]string, len(keys))
	for i := range keys {
		out[i] = typed(keys[:i+1])
	}
	return out
}

// longest returns the number of long tasks and the longest one's duration.
func (r typingResult) longest() (int, float64) { return longTasks(r.longTasks) }

// typeSessions types keys into the floor page and the playground r.typings times each,
// alternating so drift in the machine's load hits both alike, and pools the sessions.
func typeSessions(br *chromium, r *results, flURL, pgURL string, flMarks, pgMarks, keys []string, final string) error {
	r.flTyping, r.pgTyping = typingResult{keys: 0, probeOK: true}, typingResult{keys: 0, probeOK: true}
	for i := 0; i < r.typings; i++ {
		fl, err := br.typeInto(flURL, flMarks, "window.floorPage.renders", keys, false)
		if err != nil {
			return fmt.Errorf("floor page, session %d: %v", i+1, err)
		}
		pg, err := br.typeInto(pgURL, pgMarks, "window.cvqPage.renders", keys, true)
		if err != nil {
			return fmt.Errorf("playground, session %d: %v", i+1, err)
		}
		for _, t := range []struct {
			page string
			res  typingResult
		}{{"floor page", fl}, {"playground", pg}} {
			if t.res.final != final {
				return fmt.Errorf("%s, session %d: #request holds %q after typing, want %q (key events lost?)", t.page, i+1, t.res.final, final)
			}
		}
		r.flRunP95 = append(r.flRunP95, p95Of(fl.laidOut))
		r.pgRunP95 = append(r.pgRunP95, p95Of(pg.laidOut))
		r.flTyping.pool(fl)
		r.pgTyping.pool(pg)
	}
	return nil
}

// pool adds session s's events to r.
func (r *typingResult) pool(s typingResult) {
	r.renders = append(r.renders, s.renders...)
	r.details = append(r.details, s.details...)
	r.bridge = append(r.bridge, s.bridge...)
	r.laidOut = append(r.laidOut, s.laidOut...)
	r.keys += s.keys
	r.longTasks = append(r.longTasks, s.longTasks...)
	r.probeOK = r.probeOK && s.probeOK
	r.final = s.final
}

// p95Of is the 95th percentile of xs, NaN when there are none.
func p95Of(xs []float64) float64 {
	s, err := summarize(xs)
	if err != nil {
		return math.NaN()
	}
	return s.p95
}
