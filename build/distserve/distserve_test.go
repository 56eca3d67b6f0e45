package distserve

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixture lays out a small dist directory inside a parent that also holds a secret file, so
// traversal tests have something real to try to reach.
func fixture(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	dist := filepath.Join(parent, "dist")
	files := map[string]string{
		"../secret.txt":              "TOP SECRET",
		"index.html":                 "<!doctype html><title>raw</title>",
		"index.html.br":              "BROTLI-INDEX",
		"index.html.gz":              gzipString(t, "<!doctype html><title>raw</title>"),
		"main-ABCDEFGH.js":           "console.log(1)",
		"main-ABCDEFGH.js.br":        "BROTLI-JS",
		"main-ABCDEFGH.js.map":       "{}",
		"style-QRSTUV23.css":         "body{}",
		"style-QRSTUV23.css.gz":      gzipString(t, "body{}"),
		"cvq-MNOPQR45.wasm":          "\x00asm\x01\x00\x00\x00",
		"plain.txt":                  "0123456789",
		"sub/index.html":             "<p>sub</p>",
		"empty/.keep":                "",
		".dist-build-1/index.html":   "staging",
		"unknown.bin":                "??",
		"wasm_exec-ABCDEFGH.js.gz":   gzipString(t, "only gz"),
		"wasm_exec-ABCDEFGH.js":      "only raw",
		"wasm_exec-ABCDEFGH.js.br":   "only br",
		"nothashed.js":               "x",
		"main-abcdefgh.js":           "lower case is not our hash",
		"legacy/app-ABCDEFG1.js":     "1 is not in base32",
		"legacy/app-ABCDEFGHI.js":    "nine characters",
		"legacy/app-ABCDEFGH.min.js": "hash then more dots",
	}
	for name, body := range files {
		p := filepath.Join(dist, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("../secret.txt", filepath.Join(dist, "escape.txt")); err != nil {
		t.Fatal(err)
	}
	return dist
}

func gzipString(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := io.WriteString(zw, s); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// get sends one request straight to the handler (no client-side path cleaning), so odd
// targets reach it exactly as written.
func get(t *testing.T, h http.Handler, method, target string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestContentTypes(t *testing.T) {
	h := Handler(fixture(t))
	for target, want := range map[string]string{
		"/":                     "text/html; charset=utf-8",
		"/index.html":           "text/html; charset=utf-8",
		"/main-ABCDEFGH.js":     "text/javascript; charset=utf-8",
		"/main-ABCDEFGH.js.map": "application/json",
		"/style-QRSTUV23.css":   "text/css; charset=utf-8",
		"/cvq-MNOPQR45.wasm":    "application/wasm",
		"/plain.txt":            "text/plain; charset=utf-8",
		"/unknown.bin":          "application/octet-stream",
	} {
		for _, ae := range []string{"", "gzip, br"} {
			rec := get(t, h, "GET", target, map[string]string{"Accept-Encoding": ae})
			if rec.Code != http.StatusOK {
				t.Errorf("%s (Accept-Encoding %q): status %d", target, ae, rec.Code)
				continue
			}
			if got := rec.Header().Get("Content-Type"); got != want {
				t.Errorf("%s (Accept-Encoding %q): Content-Type %q, want %q", target, ae, got, want)
			}
		}
	}
}

func TestEncodingNegotiation(t *testing.T) {
	h := Handler(fixture(t))
	cases := []struct {
		target, accept string
		wantEnc        string // Content-Encoding
		wantBody       string // "" to skip the body check
	}{
		{"/index.html", "", "", "<!doctype html><title>raw</title>"},
		{"/index.html", "gzip, deflate, br", "br", "BROTLI-INDEX"},
		{"/index.html", "br", "br", "BROTLI-INDEX"},
		{"/index.html", "gzip", "gzip", ""},
		{"/index.html", "x-gzip", "gzip", ""},
		{"/index.html", "BR;Q=1", "br", "BROTLI-INDEX"},
		{"/index.html", "br;q=0, gzip", "gzip", ""},
		{"/index.html", "br;q=0.0, gzip;q=0", "", "<!doctype html><title>raw</title>"},
		{"/index.html", "gzip;q=0.9, br;q=0.5", "gzip", ""},
		{"/index.html", "gzip;q=0.5, br;q=0.5", "br", "BROTLI-INDEX"},
		{"/index.html", "*", "br", "BROTLI-INDEX"},
		{"/index.html", "*;q=0", "", "<!doctype html><title>raw</title>"},
		{"/index.html", "br;q=0, *", "gzip", ""},
		{"/index.html", "identity", "", "<!doctype html><title>raw</title>"},
		{"/index.html", "br;q=banana, gzip", "gzip", ""},
		{"/index.html", "br;q=2", "", "<!doctype html><title>raw</title>"},
		{"/", "br", "br", "BROTLI-INDEX"},
		// Only the siblings that exist are offered.
		{"/main-ABCDEFGH.js", "gzip", "", "console.log(1)"},
		{"/main-ABCDEFGH.js", "gzip, br", "br", "BROTLI-JS"},
		{"/style-QRSTUV23.css", "br", "", "body{}"},
		{"/style-QRSTUV23.css", "br, gzip", "gzip", ""},
		{"/wasm_exec-ABCDEFGH.js", "gzip;q=1, br;q=0.1", "gzip", ""},
		{"/wasm_exec-ABCDEFGH.js", "gzip;q=0.1, br", "br", "only br"},
	}
	for _, c := range cases {
		rec := get(t, h, "GET", c.target, map[string]string{"Accept-Encoding": c.accept})
		if rec.Code != http.StatusOK {
			t.Errorf("%s %q: status %d", c.target, c.accept, rec.Code)
			continue
		}
		if got := rec.Header().Get("Content-Encoding"); got != c.wantEnc {
			t.Errorf("%s %q: Content-Encoding %q, want %q", c.target, c.accept, got, c.wantEnc)
		}
		if got := rec.Header().Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("%s %q: Vary %q", c.target, c.accept, got)
		}
		body := rec.Body.String()
		if c.wantEnc == "gzip" {
			zr, err := gzip.NewReader(strings.NewReader(body))
			if err != nil {
				t.Errorf("%s %q: body is not gzip: %v", c.target, c.accept, err)
				continue
			}
			if _, err := io.ReadAll(zr); err != nil {
				t.Errorf("%s %q: bad gzip body: %v", c.target, c.accept, err)
			}
		} else if c.wantBody != "" && body != c.wantBody {
			t.Errorf("%s %q: body %q, want %q", c.target, c.accept, body, c.wantBody)
		}
	}
}

func TestETagDiffersPerEncoding(t *testing.T) {
	h := Handler(fixture(t))
	raw := get(t, h, "GET", "/index.html", nil).Header().Get("ETag")
	br := get(t, h, "GET", "/index.html", map[string]string{"Accept-Encoding": "br"}).Header().Get("ETag")
	if raw == "" || br == "" || raw == br {
		t.Fatalf("ETags raw %q and br %q should be set and differ", raw, br)
	}
	rec := get(t, h, "GET", "/index.html", map[string]string{"Accept-Encoding": "br", "If-None-Match": br})
	if rec.Code != http.StatusNotModified {
		t.Errorf("revalidation with matching ETag: status %d, want 304", rec.Code)
	}
}

func TestTraversalAndHiddenFiles(t *testing.T) {
	h := Handler(fixture(t))
	for _, target := range []string{
		"/../secret.txt",
		"/%2e%2e/secret.txt",
		"/%2E%2E/%2e%2e/secret.txt",
		"/..%2fsecret.txt",
		"/sub/../../secret.txt",
		"/escape.txt", // a symlink pointing outside the directory
		"/..\\secret.txt",
		"/.dist-build-1/index.html",
		"/main-ABCDEFGH.js.br",
		"/index.html.gz",
		"/index.html%00",
	} {
		for _, ae := range []string{"", "br, gzip"} {
			rec := get(t, h, "GET", target, map[string]string{"Accept-Encoding": ae})
			if rec.Code != http.StatusNotFound {
				t.Errorf("%s: status %d, want 404", target, rec.Code)
			}
			if strings.Contains(rec.Body.String(), "SECRET") {
				t.Errorf("%s: leaked the file outside dist", target)
			}
		}
	}
}

func TestDirectories(t *testing.T) {
	h := Handler(fixture(t))

	rec := get(t, h, "GET", "/sub/", nil)
	if rec.Code != http.StatusOK || rec.Body.String() != "<p>sub</p>" {
		t.Errorf("/sub/: status %d body %q, want its index.html", rec.Code, rec.Body.String())
	}
	if cc := rec.Header().Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("/sub/: Cache-Control %q", cc)
	}

	rec = get(t, h, "GET", "/sub?x=1", nil)
	if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != "sub/?x=1" {
		t.Errorf("/sub: status %d Location %q, want 301 to the relative sub/?x=1",
			rec.Code, rec.Header().Get("Location"))
	}

	// A directory without index.html is not listed.
	rec = get(t, h, "GET", "/empty/", nil)
	if rec.Code != http.StatusNotFound || strings.Contains(rec.Body.String(), ".keep") {
		t.Errorf("/empty/: status %d body %q, want a plain 404", rec.Code, rec.Body.String())
	}

	rec = get(t, h, "GET", "/missing.js", nil)
	if rec.Code != http.StatusNotFound {
		t.Errorf("/missing.js: status %d, want 404", rec.Code)
	}

	// Without index.html at the top, "/" is a 404 as well, never a listing.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.js"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	rec = get(t, Handler(dir), "GET", "/", nil)
	if rec.Code != http.StatusNotFound || strings.Contains(rec.Body.String(), "a.js") {
		t.Errorf("/ without index: status %d body %q", rec.Code, rec.Body.String())
	}
	// A directory that does not exist (yet) is not an error worth more than a 404.
	rec = get(t, Handler(filepath.Join(dir, "nope")), "GET", "/", nil)
	if rec.Code != http.StatusNotFound {
		t.Errorf("missing dir: status %d", rec.Code)
	}
}

func TestHeaders(t *testing.T) {
	h := Handler(fixture(t))
	for target, wantCache := range map[string]string{
		"/":                           "no-cache",
		"/index.html":                 "no-cache",
		"/main-ABCDEFGH.js":           "public, max-age=31536000, immutable",
		"/main-ABCDEFGH.js.map":       "public, max-age=31536000, immutable",
		"/cvq-MNOPQR45.wasm":          "public, max-age=31536000, immutable",
		"/style-QRSTUV23.css":         "public, max-age=31536000, immutable",
		"/nothashed.js":               "no-cache",
		"/main-abcdefgh.js":           "no-cache",
		"/legacy/app-ABCDEFG1.js":     "no-cache",
		"/legacy/app-ABCDEFGHI.js":    "no-cache",
		"/legacy/app-ABCDEFGH.min.js": "public, max-age=31536000, immutable",
		"/missing":                    "no-cache",
		"/../secret.txt":              "no-cache",
	} {
		rec := get(t, h, "GET", target, map[string]string{"Accept-Encoding": "br"})
		hdr := rec.Header()
		if got := hdr.Get("Cache-Control"); got != wantCache {
			t.Errorf("%s: Cache-Control %q, want %q", target, got, wantCache)
		}
		if got := hdr.Get("Content-Security-Policy"); got != CSP {
			t.Errorf("%s: Content-Security-Policy %q", target, got)
		}
		if got := hdr.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", target, got)
		}
	}
	if CSP != "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'" {
		t.Errorf("CSP drifted from the page's contract: %q", CSP)
	}
}

func TestHeadRangeAndMethods(t *testing.T) {
	h := Handler(fixture(t))

	rec := get(t, h, "HEAD", "/plain.txt", nil)
	if rec.Code != http.StatusOK || rec.Body.Len() != 0 || rec.Header().Get("Content-Length") != "10" {
		t.Errorf("HEAD: status %d, body %d bytes, Content-Length %q", rec.Code, rec.Body.Len(),
			rec.Header().Get("Content-Length"))
	}

	rec = get(t, h, "GET", "/plain.txt", map[string]string{"Range": "bytes=2-4"})
	if rec.Code != http.StatusPartialContent || rec.Body.String() != "234" {
		t.Errorf("Range: status %d body %q, want 206 \"234\"", rec.Code, rec.Body.String())
	}
	if got := rec.Header().Get("Content-Range"); got != "bytes 2-4/10" {
		t.Errorf("Range: Content-Range %q", got)
	}

	rec = get(t, h, "POST", "/index.html", nil)
	if rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST: status %d Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
}

// TestRealServer goes through net/http's own request parsing once, so the handler is known
// to hold up behind a real listener too, not only when called directly.
func TestRealServer(t *testing.T) {
	srv := httptest.NewServer(Handler(fixture(t)))
	defer srv.Close()
	for target, want := range map[string]int{
		"/":                  http.StatusOK,
		"/../secret.txt":     http.StatusNotFound,
		"/%2e%2e/secret.txt": http.StatusNotFound,
	} {
		req, err := http.NewRequest("GET", srv.URL+target, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want || bytes.Contains(body, []byte("SECRET")) {
			t.Errorf("%s: status %d, want %d (body %q)", target, resp.StatusCode, want, body)
		}
	}
}
