package site_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// Loading the page asks for nothing that is missing: every response the
// browser's network log records is a success, and no request fails. The
// favicon the page links to is there (headless Chromium may not ask for it
// by itself, so the test fetches it).
func TestNoMissingFilesOnLoad(t *testing.T) {
	tb := openTab(t, "/", true)
	var mu sync.Mutex
	var bad, seen []string
	responses := chromedp.Events(tb.ctx, network.ResponseReceived)
	failures := chromedp.Events(tb.ctx, network.LoadingFailed)
	go func() {
		for ev, err := range responses {
			if err != nil {
				return
			}
			mu.Lock()
			seen = append(seen, ev.Response.URL)
			if ev.Response.Status >= 400 {
				bad = append(bad, ev.Response.URL+": HTTP "+itoa(int(ev.Response.Status)))
			}
			mu.Unlock()
		}
	}()
	go func() {
		for ev, err := range failures {
			if err != nil {
				return
			}
			if !ev.Canceled {
				mu.Lock()
				bad = append(bad, string(ev.RequestID)+": "+ev.ErrorText)
				mu.Unlock()
			}
		}
	}()
	if _, err := chromedp.Call(tb.ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("turning the network log on: %v", err)
	}
	tb.navigate("/", true)
	mu.Lock()
	if len(bad) > 0 || len(seen) < 3 {
		t.Errorf("failed requests while loading: %v (of %d responses: %v)", bad, len(seen), seen)
	}
	mu.Unlock()
	icon := tb.eval(`(async () => {
  const link = document.querySelector('link[rel="icon"]');
  if (!link) return "no link rel=icon";
  const r = await fetch(link.href);
  return r.status + " " + r.headers.get("content-type");
})()`)
	if !strings.HasPrefix(icon, "200 image/svg+xml") {
		t.Errorf("favicon: %s", icon)
	}
}

// A shared link shows a title, a description and a picture: Open Graph
// and Twitter card meta, with an image that is served.
func TestShareMeta(t *testing.T) {
	tb := openTab(t, "/", true)
	got := tb.eval(`JSON.stringify(Object.fromEntries([...document.querySelectorAll(
  'meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [m.getAttribute("property") || m.name, m.content])))`)
	var meta map[string]string
	if err := jsonUnmarshal(got, &meta); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"og:title", "og:description", "og:image", "og:type", "twitter:card", "twitter:title", "twitter:description", "twitter:image"} {
		if strings.TrimSpace(meta[k]) == "" {
			t.Errorf("no %s in %s", k, got)
		}
	}
	if meta["og:title"] != tb.eval(`document.title`) {
		t.Errorf("og:title %q is not the page's title", meta["og:title"])
	}
	img := tb.eval(`fetch(` + quoteJS(meta["og:image"]) + `).then(async (r) => r.status + " " + r.headers.get("content-type") + " " + (await r.arrayBuffer()).byteLength)`)
	if !strings.HasPrefix(img, "200 image/png ") || strings.HasSuffix(img, " 0") {
		t.Errorf("share image %q: %s", meta["og:image"], img)
	}
}

// Static hosts serve 404.html for a missing path: it exists, says what
// happened, and runs under a policy that allows no script.
func TestNotFoundPage(t *testing.T) {
	tb := openTab(t, "/404.html", false)
	tb.waitJS(`document.readyState === "complete"`, 20e9)
	if h := tb.text("h1"); h != "Page not found" {
		t.Errorf("404.html heading %q", h)
	}
	csp := tb.eval(`document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content || ""`)
	if !strings.Contains(csp, "script-src 'none'") || !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("404.html policy %q", csp)
	}
	if n := tb.eval(`String(document.scripts.length)`); n != "0" {
		t.Errorf("404.html has %s scripts", n)
	}
}

// Printed, the page keeps the request, the reply, the outcome and the
// cards, and leaves every control out.
func TestPrintStylesheet(t *testing.T) {
	tb := openTab(t, "/", true)
	media := func(m string) {
		if _, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: m}); err != nil {
			t.Fatalf("emulating media %q: %v", m, err)
		}
	}
	media("print")
	defer media("")
	shown := func(sel string) bool {
		return tb.evalBool(`(() => { const e = document.querySelector(` + quoteJS(sel) + `);
  return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== "hidden"; })()`)
	}
	for _, sel := range []string{"#request", "#reply", "#outcome", "#cards", "#cards-request .card", "#request-tokens"} {
		if !shown(sel) {
			t.Errorf("%s is not printed", sel)
		}
	}
	for _, sel := range []string{"#copy-link", "#theme-toggle", "#dialect", "#profile", "#example", "#mode-line", ".toolbar", "#status"} {
		if shown(sel) {
			t.Errorf("control %s is printed", sel)
		}
	}
	if n := tb.eval(`String([...document.querySelectorAll("button, select, input")].filter((e) => e.getClientRects().length > 0).length)`); n != "0" {
		t.Errorf("%s controls are printed", n)
	}
}

// quoteJS quotes s as a JavaScript string literal.
func quoteJS(s string) string {
	b, _ := jsonMarshal(s)
	return b
}

func itoa(n int) string {
	b, _ := jsonMarshal(n)
	return b
}
