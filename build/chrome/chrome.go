// Package chrome finds the headless browser the browser tests and the
// benchmarks drive, and holds the one set of flags they start it with, so
// the two measure and test the same browser the same way.
package chrome

import (
	"errors"
	"fmt"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// candidates are the browser commands looked up on PATH, in order.
var candidates = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// Find returns $CHROME, or the first Chromium-like browser on PATH.
func Find() (string, error) {
	if p := os.Getenv("CHROME"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("CHROME=%s: %v", p, err)
		}
		return p, nil
	}
	for _, name := range candidates {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chrome or Chromium found: install Debian's chromium (apt-get install chromium, " +
		"or run .ci/ensure-chromium) or set CHROME to the path of a Chrome or Chromium binary")
}

// Options are the allocator options for a headless run of exe with a
// fresh profile directory. Besides headless and no sandbox (CI runs as
// root), they switch off everything that reaches for the network (this
// machine has none: without them Chromium retries refused connections
// all the time) and anything that varies between runs. extra is appended.
func Options(exe, profile string, extra ...chromedp.ExecAllocatorOption) []chromedp.ExecAllocatorOption {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
	return append(opts, extra...)
}
