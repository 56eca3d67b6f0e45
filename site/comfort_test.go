package site_test

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// themeKey is where the page keeps the chosen theme (storage.ts).
const themeKey = "cvq-playground:theme"

// emulateScheme sets prefers-color-scheme for the tab.
func emulateScheme(tb *tab, v string) {
	tb.t.Helper()
	_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v}},
	})
	if err != nil {
		tb.t.Fatalf("emulating prefers-color-scheme %s: %v", v, err)
	}
}

// blur leaves every control, so single-key shortcuts apply.
func blur(tb *tab) {
	tb.t.Helper()
	tb.eval(`(() => { document.activeElement.blur(); return ""; })()`)
}

// key presses one key with real key events.
func key(tb *tab, k string) {
	tb.t.Helper()
	tb.do("pressing "+fmt.Sprintf("%q", k), chromedp.KeyEvent(k))
}

// themeNow returns html[data-theme], the button's label, the stored value
// and the page background.
func themeNow(tb *tab) string {
	tb.t.Helper()
	return tb.eval(`[document.documentElement.dataset.theme, document.getElementById("theme-toggle").textContent,
String(localStorage.getItem("` + themeKey + `")), getComputedStyle(document.documentElement).backgroundColor].join(" | ")`)
}

// TestThemeToggle cycles auto → light → dark → auto with the button and the
// t key, under a dark system, and checks each choice survives a reload.
func TestThemeToggle(t *testing.T) {
	tb := openTab(t, "/", true)
	emulateScheme(tb, "light")
	lightBG := tb.eval(`getComputedStyle(document.documentElement).backgroundColor`)
	emulateScheme(tb, "dark")
	darkBG := tb.eval(`getComputedStyle(document.documentElement).backgroundColor`)
	if lightBG == darkBG {
		t.Fatalf("the page has the background %s in both schemes", lightBG)
	}
	want := func(step, s string) {
		t.Helper()
		if got := themeNow(tb); got != s {
			t.Errorf("%s: theme, label, stored, background = %s; want %s", step, got, s)
		}
	}
	want("a fresh page", "auto | Theme: auto | null | "+darkBG)
	tb.do("clicking the theme toggle", chromedp.Click(chromedp.ID("theme-toggle")))
	want("one click", "light | Theme: light | light | "+lightBG)
	tb.navigate("/", true)
	want("reloading after choosing light", "light | Theme: light | light | "+lightBG)
	blur(tb)
	key(tb, "t")
	want("pressing t", "dark | Theme: dark | dark | "+darkBG)
	emulateScheme(tb, "light")
	tb.navigate("/", true)
	want("reloading after choosing dark under a light system", "dark | Theme: dark | dark | "+darkBG)
	tb.do("clicking the theme toggle", chromedp.Click(chromedp.ID("theme-toggle")))
	want("back to auto", "auto | Theme: auto | null | "+lightBG)
	// t typed into the request is text, not a shortcut.
	tb.typeRequest("CVQ t")
	want("typing t in the request", "auto | Theme: auto | null | "+lightBG)
	// A stored value the page does not know means auto.
	tb.eval(`(() => { localStorage.setItem("` + themeKey + `", "purple"); return ""; })()`)
	tb.navigate("/", true)
	if got := tb.eval(`document.documentElement.dataset.theme`); got != "auto" {
		t.Errorf("a stored theme \"purple\" gives data-theme=%s", got)
	}
}

// activeID describes the focused element: its id, or its tag and key.
const activeID = `(() => { const e = document.activeElement; if (!e || e === document.body) return "body";
return e.id || (e.tagName.toLowerCase() + (e.dataset.key ? "[" + e.dataset.key + "]" : "")); })()`

// TestShortcutsDialog opens the help with ? and with its button, closes it
// with Esc and with Close, and checks focus goes back where it was.
func TestShortcutsDialog(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.eval(`(() => { document.getElementById("theme-toggle").focus(); return ""; })()`)
	key(tb, "?")
	if !tb.evalBool(`document.getElementById("shortcuts").open`) {
		t.Fatalf("? did not open the shortcuts dialog")
	}
	if got := tb.eval(`document.getElementById("shortcuts").contains(document.activeElement) ? "" : ` + activeID); got != "" {
		t.Errorf("with the dialog open, focus is on %s", got)
	}
	text := tb.text("#shortcuts")
	for _, k := range []string{"/", "c", "t", "l", "?", "Esc"} {
		if !strings.Contains(text, k) {
			t.Errorf("the dialog does not list %s", k)
		}
	}
	// Shortcuts do not fire behind the modal dialog.
	key(tb, "t")
	if got := tb.eval(`document.documentElement.dataset.theme`); got != "auto" {
		t.Errorf("t behind the dialog switched the theme to %s", got)
	}
	key(tb, kb.Escape)
	if tb.evalBool(`document.getElementById("shortcuts").open`) {
		t.Fatalf("Esc did not close the dialog")
	}
	if got := tb.eval(activeID); got != "theme-toggle" {
		t.Errorf("after Esc, focus is on %s, want theme-toggle", got)
	}

	tb.do("clicking Keyboard shortcuts", chromedp.Click(chromedp.ID("shortcuts-open")))
	if !tb.evalBool(`document.getElementById("shortcuts").open`) {
		t.Fatalf("the Keyboard shortcuts button did not open the dialog")
	}
	tb.do("clicking Close", chromedp.Click(chromedp.ID("shortcuts-close")))
	if tb.evalBool(`document.getElementById("shortcuts").open`) {
		t.Fatalf("Close did not close the dialog")
	}
	if got := tb.eval(activeID); got != "shortcuts-open" {
		t.Errorf("after Close, focus is on %s, want shortcuts-open", got)
	}

	// ? typed into the request is a character.
	tb.typeRequest("CVQ ?")
	if tb.evalBool(`document.getElementById("shortcuts").open`) {
		t.Errorf("typing ? in the request opened the dialog")
	}
}

// TestShortcutKeys drives /, c, l and Esc with real key events.
func TestShortcutKeys(t *testing.T) {
	tb := openTab(t, "/", true)
	blur(tb)
	key(tb, "/")
	if got := tb.eval(activeID); got != "request" {
		t.Fatalf("/ focused %s, want request", got)
	}
	if got := tb.eval(`document.getElementById("request").value`); got != newLine {
		t.Errorf("/ changed the request to %q", got)
	}
	// Esc leaves the request for the next stop, its token strip.
	key(tb, kb.Escape)
	got := tb.eval(activeID + ` + (document.activeElement.closest("#request-tokens") ? " in strip" : "")`)
	if !strings.HasSuffix(got, " in strip") {
		t.Errorf("Esc in the request moved focus to %s, want the request's token strip", got)
	}
	// From there the shortcuts work again.
	key(tb, "c")
	if got := tb.eval(activeID + ` + " " + document.getElementById("console").hidden`); got != "console-input false" {
		t.Fatalf("c: focus and console hidden = %s, want console-input false", got)
	}
	tb.waitJS(`location.hash.includes("&s=")`, 5*time.Second)
	// Esc in an empty console input leaves it.
	key(tb, kb.Escape)
	if got := tb.eval(activeID); got == "console-input" || got == "body" {
		t.Errorf("Esc in the console input left focus on %s", got)
	}
	// / brings the line editor back.
	key(tb, "/")
	if got := tb.eval(activeID + ` + " " + document.getElementById("line-editor").hidden`); got != "request false" {
		t.Errorf("/ from the console: focus and editor hidden = %s", got)
	}
	// l copies a link.
	key(tb, kb.Escape)
	grantClipboard(tb)
	key(tb, "l")
	tb.waitJS(`document.getElementById("share-status").dataset.tone === "ok"`, 5*time.Second)
	if got := tb.eval(`navigator.clipboard.readText()`); !strings.Contains(got, "#v=1&") {
		t.Errorf("l copied %q", short(got))
	}
	// Modifier combinations stay the browser's.
	tb.eval(`(() => { document.activeElement.blur(); window.__saw = ""; document.addEventListener("keydown", (e) => { window.__saw += e.defaultPrevented ? "x" : "."; }); return ""; })()`)
	tb.do("pressing Ctrl+L", chromedp.KeyEvent("l", chromedp.KeyModifiers(2)))
	if got := tb.eval(`window.__saw`); got != "." {
		t.Errorf("Ctrl+L was taken by the page (%q)", got)
	}
}

// TestFocusVisible tabs through the page in both themes and checks every
// stop shows an outline of at least 2 px that contrasts 3:1 with the
// background behind it.
func TestFocusVisible(t *testing.T) {
	tb := openTab(t, "/", true)
	for i, theme := range []string{"light", "dark"} {
		if i > 0 {
			// Blurring keeps the browser's sequential focus starting point where
			// the last Tab left it (among the cards' source links, say): reload
			// so each theme is tabbed from the top.
			tb.navigate("/", true)
		}
		tb.eval(`(() => { document.documentElement.dataset.theme = "` + theme + `"; document.activeElement.blur(); window.scrollTo(0, 0); return ""; })()`)
		tb.do("moving the mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 2, 2))
		seen := map[string]bool{}
		for i := 0; i < 20; i++ {
			key(tb, kb.Tab)
			got := tb.eval(`(() => {
const e = document.activeElement; if (!e || e === document.body) return "body|";
const s = getComputedStyle(e);
const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
const lum = ([r, g, b]) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
let bg = null;
for (let p = e.parentElement; p; p = p.parentElement) { const c = rgb(getComputedStyle(p).backgroundColor); if (c.length === 3 || c[3] > 0.9) { bg = c; break; } }
if (!bg) bg = rgb(getComputedStyle(document.documentElement).backgroundColor);
const oc = rgb(s.outlineColor); const a = lum(oc), b = lum(bg);
const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
const name = e.id || e.tagName.toLowerCase() + (e.dataset.key ? "[" + e.dataset.key + "]" : "");
const ok = e.matches(":focus-visible") && s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 && ratio >= 3;
return name + "|" + (ok ? "" : "outline " + s.outlineStyle + " " + s.outlineWidth + " " + s.outlineColor + " on " + bg + " (contrast " + ratio.toFixed(2) + ")");
})()`)
			name, problem, _ := strings.Cut(got, "|")
			seen[name] = true
			if problem != "" {
				t.Errorf("%s theme, focus on %s: %s", theme, name, problem)
			}
		}
		for _, id := range []string{"copy-link", "theme-toggle", "shortcuts-open", "request"} {
			if !seen[id] {
				t.Errorf("%s theme: Tab never reached #%s (saw %v)", theme, id, seen)
			}
		}
	}
}

// TestNarrowTools shows the link field, the link notice and the shortcuts
// dialog at 360 px: none of them makes the page scroll sideways.
func TestNarrowTools(t *testing.T) {
	tb := openTab(t, "/#v=1&d=MSNP99&q=CVQ%202%20"+strings.Repeat("averyveryverylongparameterwithoutspaces", 4), true)
	tb.do("sizing the viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
	if tb.evalBool(`document.getElementById("link-notice").hidden`) {
		t.Fatalf("no link notice for an unknown dialect")
	}
	tb.eval(`(() => { navigator.clipboard.writeText = () => Promise.reject(new Error("no")); return ""; })()`)
	tb.do("clicking Copy link", chromedp.Click(chromedp.ID("copy-link")))
	tb.waitJS(`!document.getElementById("share-url").hidden`, 5*time.Second)
	overflow := `(() => { const w = document.documentElement.clientWidth;
const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > w + 1)
  .map((e) => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + "." + e.className);
return document.documentElement.scrollWidth > w ? "page is " + document.documentElement.scrollWidth + " px wide: " + wide.slice(0, 5).join(", ") : ""; })()`
	if got := tb.eval(overflow); got != "" {
		t.Errorf("at 360 px with the link field and notice: %s", got)
	}
	blur(tb)
	key(tb, "?")
	if got := tb.eval(`(() => { const d = document.getElementById("shortcuts"); if (!d.open) return "closed";
const r = d.getBoundingClientRect(); return r.left >= 0 && r.right <= document.documentElement.clientWidth ? "" : "dialog spans " + r.left + ".." + r.right; })()`); got != "" {
		t.Errorf("at 360 px the shortcuts dialog: %s", got)
	}
	if got := tb.eval(overflow); got != "" {
		t.Errorf("at 360 px with the dialog open: %s", got)
	}
}

// maxScreenshot keeps the README's pictures small enough to commit.
const maxScreenshot = 300 << 10

// TestThemeScreenshots loads the seed's "New" example in the light and dark
// themes and, only when CVQ_SCREENSHOT=1, writes them to testdata/ for the
// README. It always checks that both render and differ.
func TestThemeScreenshots(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.do("sizing the viewport", chromedp.EmulateViewport(1200, 860))
	emulateScheme(tb, "light")
	tb.setSelect("example", "seed-new")
	if got := tb.eval(`document.getElementById("request").value`); got != newLine {
		t.Fatalf("the seed-new example loaded %q", got)
	}
	blur(tb)
	tb.do("moving the mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 2, 2))
	var shots [2][]byte
	for i, theme := range []string{"light", "dark"} {
		for tb.eval(`document.documentElement.dataset.theme`) != theme {
			tb.do("clicking the theme toggle", chromedp.Click(chromedp.ID("theme-toggle")))
		}
		blur(tb)
		tb.eval(`(() => { window.scrollTo(0, 0); return ""; })()`)
		tb.do("moving the mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 2, 2))
		buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		img, err := png.Decode(bytes.NewReader(buf))
		if err != nil {
			t.Fatalf("%s screenshot is not a PNG: %v", theme, err)
		}
		if b := img.Bounds(); b.Dx() < 1000 || b.Dy() < 700 {
			t.Errorf("%s screenshot is %v, want the 1200×860 viewport", theme, b)
		}
		// The top-left pixel is the page background.
		r, g, b, _ := img.At(1, 1).RGBA()
		if dark := r+g+b < 3*0x8000; dark != (theme == "dark") {
			t.Errorf("%s screenshot starts with the colour %x %x %x", theme, r>>8, g>>8, b>>8)
		}
		shots[i] = buf
	}
	if os.Getenv("CVQ_SCREENSHOT") != "1" {
		return
	}
	for i, theme := range []string{"light", "dark"} {
		if len(shots[i]) > maxScreenshot {
			t.Fatalf("%s screenshot is %d bytes, over the %d byte budget", theme, len(shots[i]), maxScreenshot)
		}
		out := filepath.Join("testdata", "screenshot-"+theme+".png")
		if err := os.WriteFile(out, shots[i], 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%d bytes)", out, len(shots[i]))
	}
}
