package site_test

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestNarrowViewport loads the page at 360 px, the narrowest phone the page
// supports, and checks that nothing makes the page scroll sideways.
func TestNarrowViewport(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.do("sizing the viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
	tb.setSelect("dialect", "MSNP8")
	tb.typeRequest(newLine)
	tb.eval(`(() => { document.activeElement.blur(); return ""; })()`)
	got := tb.eval(`(() => { const w = document.documentElement.clientWidth;
const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > w + 1)
  .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + e.className);
return document.documentElement.scrollWidth > w ? "page is " + document.documentElement.scrollWidth + " px wide: " + wide.slice(0, 5).join(", ") : ""; })()`)
	if got != "" {
		t.Errorf("at 360 px: %s", got)
	}
}

// TestColorSchemes checks that the page follows prefers-color-scheme and
// that html[data-theme] overrides it both ways (the hook a theme toggle uses).
func TestColorSchemes(t *testing.T) {
	tb := openTab(t, "/", true)
	scheme := func(v string) {
		_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v}},
		})
		if err != nil {
			t.Fatalf("emulating prefers-color-scheme %s: %v", v, err)
		}
	}
	theme := func(v string) {
		tb.eval(`(() => { document.documentElement.dataset.theme = "` + v + `"; return ""; })()`)
	}
	htmlBG := func() string { return tb.eval(`getComputedStyle(document.documentElement).backgroundColor`) }
	scheme("light")
	light := htmlBG()
	scheme("dark")
	dark := htmlBG()
	if light == dark {
		t.Fatalf("the background is %s in both schemes", light)
	}
	theme("light")
	if got := htmlBG(); got != light {
		t.Errorf("data-theme=light under a dark system: background %s, want %s", got, light)
	}
	scheme("light")
	theme("dark")
	if got := htmlBG(); got != dark {
		t.Errorf("data-theme=dark under a light system: background %s, want %s", got, dark)
	}
	theme("auto")
	if got := htmlBG(); got != light {
		t.Errorf("data-theme=auto under a light system: background %s, want %s", got, light)
	}
}
