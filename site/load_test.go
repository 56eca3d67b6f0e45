package site_test

import (
	"strings"
	"testing"
	"time"
)

// TestLoadingState holds the module back mid-download and checks that the
// page shows real progress with its controls off, then comes up once the
// rest arrives. It also checks that the preload and the page's fetch share
// one request.
func TestLoadingState(t *testing.T) {
	release := suite.slowArm(t)
	tb := openTab(t, "/slow/", false)
	defer release()

	// The first quarter of the module has arrived: a determinate bar with a
	// value, a byte count in words, and nothing usable yet.
	tb.waitJS(`(() => { const b = document.getElementById("load-progress");
return b !== null && b.hasAttribute("value") && b.value > 0; })()`, 15*time.Second)
	if !tb.evalBool(`(() => { const b = document.getElementById("load-progress");
const r = b.getBoundingClientRect(); return !b.hidden && r.width > 0 && r.height > 0 &&
getComputedStyle(b).visibility !== "hidden"; })()`) {
		t.Errorf("the progress bar is not visible while loading")
	}
	status := tb.text("#status")
	if !strings.Contains(status, "Loading the simulator") || !strings.Contains(status, " of ") {
		t.Errorf("#status while loading = %q, want a byte count", status)
	}
	if !tb.evalBool(`document.getElementById("request").disabled && document.documentElement.dataset.ready !== "true"`) {
		t.Errorf("the request box is usable before the simulator is ready")
	}
	if got := tb.text("#reply"); got != "" {
		t.Errorf("#reply = %q before the simulator is ready", got)
	}

	release()
	tb.waitReady()
	if !tb.evalBool(`document.getElementById("load-progress").hidden && !document.getElementById("request").disabled`) {
		t.Errorf("after ready, the progress bar still shows or the request box is still off")
	}
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 ") {
		t.Errorf("after ready, the initial request's reply is %q", got)
	}
	// The <link rel=preload> and fetch() must match (same URL, mode and
	// credentials), or the browser downloads the module twice.
	if n := suite.slow.count(); n != 1 {
		t.Errorf("the module was requested %d times; the preload was not reused", n)
	}
}

// slowArm makes /slow/ hold back its module and returns the release func.
func (s *suiteT) slowArm(t *testing.T) func() {
	t.Helper()
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.slow.arm()
}

// TestFailureStates serves a missing module, a corrupt one and a page whose
// first script is missing, and checks
// that the page says what failed and how to recover instead of going blank.
func TestFailureStates(t *testing.T) {
	cases := []struct {
		path, headline, detail string
	}{
		// boot.js starts the download and compile, so the first and last cases
		// fail in its bundle's copy of LoadError: the stage must still come
		// through to the headline. /noboot/ loses boot.js itself.
		{"/missing/", "Downloading the simulator failed.", "HTTP 404"},
		{"/noboot/", "One of the page's scripts did not load.", "boot.js"},
		{"/garbage/", "The browser could not compile the simulator.", "not a usable WebAssembly module"},
	}
	for _, c := range cases {
		t.Run(strings.Trim(c.path, "/"), func(t *testing.T) {
			tb := openTab(t, c.path, false)
			tb.mu.Lock()
			tb.expectErrors = true // the page logs the failure with console.error
			tb.mu.Unlock()
			tb.waitJS(`document.getElementById("status").dataset.state === "failed"`, 20*time.Second)
			if tb.evalBool(`window.cvqPage.ready.then(() => true, () => false)`) {
				t.Errorf("cvqPage.ready resolved for a broken module")
			}
			status := tb.text("#status")
			for _, want := range []string{c.headline, c.detail, "Reload the page", "application/wasm", "make serve"} {
				if !strings.Contains(status, want) {
					t.Errorf("#status lacks %q: %q", want, status)
				}
			}
			if !tb.evalBool(`document.querySelector("#status [role=alert]") !== null`) {
				t.Errorf("the failure is not announced as an alert")
			}
			if !tb.evalBool(`document.getElementById("load-progress").hidden`) {
				t.Errorf("the progress bar still shows after the failure")
			}
			if !tb.evalBool(`document.getElementById("request").disabled`) {
				t.Errorf("the request box is usable without a simulator")
			}
			if tb.text("h1") == "" {
				t.Errorf("the page lost its heading")
			}
		})
	}
}

// TestLateSupportScript holds Go's wasm_exec.js back. boot.js starts Go as
// soon as the module is compiled, which may be before wasm_exec.js has
// run: it must wait for it rather than report it missing.
func TestLateSupportScript(t *testing.T) {
	tb := openTab(t, "/lateexec/", false)
	tb.waitReady()
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 ") {
		t.Errorf("#reply = %q, want the initial request's reply", got)
	}
	if !tb.evalBool(`document.documentElement.dataset.ready === "true"`) {
		t.Errorf("the page is not marked ready")
	}
}

// TestFastDownloadNotWatched: a module whose compile ends before
// watchAfterMs (loader.ts) is never read for progress: counting its bytes
// takes the page's thread while it starts up. A probe keeps every
// timer of 100 ms to 1 s from firing, so however busy the machine, the
// watch cannot start; the progress the page last heard of must still be
// the first report, no bytes received. TestLoadingState covers the slow
// download that is watched.
func TestFastDownloadNotWatched(t *testing.T) {
	tb := openTab(t, "/", false)
	tb.probe(`const timer = window.setTimeout.bind(window);
window.setTimeout = (cb, ms, ...args) => (Number(ms) >= 100 && Number(ms) < 1000) ? 0 : timer(cb, ms, ...args);`)
	tb.navigate("/?fast", true)
	got := tb.eval(`new Promise((resolve) => globalThis.cvqCompiling.watch((got, total) => resolve(got + " of " + total)))`)
	if !strings.HasPrefix(got, "0 of ") {
		t.Errorf("last progress = %s, want the first report (0 bytes): the clone was read", got)
	}
}
