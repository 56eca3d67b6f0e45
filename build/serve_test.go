package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer that serve's goroutine can write while the test reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor polls until cond holds or the deadline passes.
func waitFor(t *testing.T, what string, limit time.Duration, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var stderr bytes.Buffer
	cfg := config{root: t.TempDir(), out: filepath.Join(t.TempDir(), "dist"), log: io.Discard}
	start := time.Now()
	if code := serve(context.Background(), cfg, ln.Addr().String(), &stderr); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "is already in use") {
		t.Errorf("stderr %q does not say the port is taken", stderr.String())
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("took %v: the port should be checked before building", time.Since(start))
	}
}

// TestServeRebuilds starts the server on a tiny module, edits the stylesheet, then breaks
// the TypeScript: the first edit is served after the rebuild, the second one only reported.
func TestServeRebuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a wasm module")
	}
	root := siteRoot(t, withStatic(withViews(withLessons(withReference(t, map[string]string{
		"go.mod":       "module example.com/tiny\n\ngo 1.24\n",
		"wasm/main.go": "//go:build js && wasm\n\npackage main\n\nfunc main() {}\n",
		jsEntry:        testTS,
		cssEntry:       "body { color: red }\n",
		refEntry:       testRefTS,
		bootEntry:      testBootTS,
		templatePath:   testPage,
		swTemplatePath: testSW,
	})))))
	var log, stderr lockedBuffer
	cfg := config{root: root, out: filepath.Join(root, "dist"), outName: "dist", wasmOpt: wasmOptOff, log: &log}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- serve(ctx, cfg, "127.0.0.1:0", &stderr) }()
	defer func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("serve exited %d after cancel, want 0", code)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop after cancel")
		}
	}()

	addr := regexp.MustCompile(`serving (http://\S+/)`)
	// A hang guard, not a speed claim: the first build also renders the reference and
	// compresses every page, and CI machines are shared.
	waitFor(t, "the serving line", 4*time.Minute, func() bool { return addr.MatchString(log.String()) })
	url := addr.FindStringSubmatch(log.String())[1]
	page := func() string {
		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.Header.Get("Content-Security-Policy") == "" {
			t.Error("served without the CSP header")
		}
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	first := page()
	css := regexp.MustCompile(`style-[A-Z2-7]{8}\.css`)
	if !css.MatchString(first) {
		t.Fatalf("page does not name a stylesheet:\n%s", first)
	}

	os.WriteFile(filepath.Join(root, cssEntry), []byte("body { color: blue }\n"), 0o644)
	// The new page is in place a moment before the build logs "built dist in": wait for
	// both, so the count below starts after the rebuild.
	waitFor(t, "a rebuild with the new stylesheet", time.Minute, func() bool {
		return css.FindString(page()) != css.FindString(first) && strings.Count(log.String(), "built dist in") >= 2
	})

	builds := strings.Count(log.String(), "built dist in")
	os.WriteFile(filepath.Join(root, jsEntry), []byte("let = ;\n"), 0o644)
	waitFor(t, "the error report", time.Minute, func() bool {
		return strings.Contains(stderr.String(), "still serving the last good build")
	})
	if !strings.Contains(stderr.String(), "site/src/main.ts:1:7: error:") {
		t.Errorf("error not reported as file:line:col:\n%s", stderr.String())
	}
	if got := strings.Count(log.String(), "built dist in"); got != builds {
		t.Errorf("a failed build was reported as built")
	}
	resp, err := http.Get(url + css.FindString(page()))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("last good stylesheet: status %d", resp.StatusCode)
	}
}
