// Package distserve serves a built dist/ directory the way a careful static host would: the
// precompressed .br/.gz siblings the build wrote, correct MIME types, long caching for
// content-hashed assets, the page's Content-Security-Policy, and nothing outside the directory.
//
// The same handler backs `go run ./build serve` and the browser tests in site/, so what the
// tests exercise is what a developer sees.
package distserve

import (
	"net/http"
	"os"
	"path"
	"strings"
)

// CSP is the Content-Security-Policy sent with every response. It matches what the page is
// written for: scripts and styles only from our own origin, WebAssembly compilation allowed,
// no plugins and no <base> rewriting.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'"

// Handler returns an http.Handler serving the files under dir.
//
// dir is opened afresh for every request rather than once, because the build replaces the
// whole directory on each rebuild and a handle to the old one would keep serving stale files.
func Handler(dir string) http.Handler {
	return &handler{dir: dir}
}

type handler struct {
	dir string
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Security-Policy", CSP)
	hdr.Set("X-Content-Type-Options", "nosniff")

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}

	name, ok := cleanName(r.URL.Path)
	if !ok {
		notFound(w)
		return
	}

	// os.Root refuses any name (including via symlinks) that resolves outside dir, which
	// backs up the lexical cleaning above.
	root, err := os.OpenRoot(h.dir)
	if err != nil {
		notFound(w)
		return
	}
	defer root.Close()

	info, err := root.Stat(name)
	if err != nil {
		notFound(w)
		return
	}
	if info.IsDir() {
		// Relative links inside index.html only resolve correctly when the URL of a
		// directory ends in a slash, so send the browser there first.
		if !strings.HasSuffix(r.URL.Path, "/") {
			redirectToSlash(w, r)
			return
		}
		name = path.Join(name, "index.html")
		if info, err = root.Stat(name); err != nil || info.IsDir() {
			// No index: answer 404 rather than a listing.
			notFound(w)
			return
		}
	}
	if !info.Mode().IsRegular() {
		notFound(w)
		return
	}

	serveFile(w, r, root, name)
}

// cleanName turns a URL path into a slash-separated name relative to the served directory,
// or reports false for names that are never served: dot files (including the build's own
// staging directories) and the precompressed siblings, which are only reached through
// content negotiation.
func cleanName(urlPath string) (string, bool) {
	if strings.ContainsAny(urlPath, "\x00\\") {
		return "", false
	}
	// Cleaning a rooted path can never climb above the root: "/../x" becomes "/x".
	p := path.Clean("/" + urlPath)
	name := strings.TrimPrefix(p, "/")
	if name == "" {
		return ".", true
	}
	for _, seg := range strings.Split(name, "/") {
		if strings.HasPrefix(seg, ".") {
			return "", false
		}
	}
	if strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
		return "", false
	}
	return name, true
}

func redirectToSlash(w http.ResponseWriter, r *http.Request) {
	// A relative target keeps working when dist/ is mounted under a sub-path by a proxy.
	target := path.Base(r.URL.Path) + "/"
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	// http.Redirect would rewrite it into an absolute path, so set the header directly.
	w.Header().Set("Location", target)
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusMovedPermanently)
}

func notFound(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "no-cache")
	http.Error(w, "404 page not found", http.StatusNotFound)
}
