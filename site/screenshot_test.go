package site_test

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// maxScreenshot keeps the README's picture small enough to commit.
const maxScreenshot = 300 << 10

// TestScreenshot renders the seed's "New" exchange and, only when
// CVQ_SCREENSHOT=1, writes it to testdata/screenshot.png for the README. It
// always checks that the page renders to a non-empty image.
func TestScreenshot(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.do("sizing the viewport", chromedp.EmulateViewport(1200, 860))
	tb.setSelect("dialect", "MSNP8")
	tb.setSelect("profile", "reference")
	tb.typeRequest(newLine)
	// Pin a field so the picture shows a token linked to its card.
	tb.eval(`(() => { document.activeElement.blur(); window.scrollTo(0, 0); return ""; })()`)
	tb.do("clicking client-version", chromedp.Click(chromedp.CSS(`#request-tokens .tok[data-param="client-version"]`)))
	tb.do("moving the mouse away", chromedp.MouseEvent(chromedp.MouseMoved, 2, 2))
	if tok, card := active(tb); tok != "client-version" || card != "client-version" {
		t.Errorf("before the screenshot, highlighted token %q and card %q", tok, card)
	}
	buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(buf))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 1000 || b.Dy() < 700 {
		t.Errorf("screenshot is %v, want the 1200×860 viewport", b)
	}
	if os.Getenv("CVQ_SCREENSHOT") != "1" {
		return
	}
	if len(buf) > maxScreenshot {
		t.Fatalf("screenshot is %d bytes, over the %d byte budget", len(buf), maxScreenshot)
	}
	out := filepath.Join("testdata", "screenshot.png")
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", out, len(buf))
}
