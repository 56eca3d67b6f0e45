// Package inline turns a built page (dist/) into one self-contained HTML
// document: the stylesheet and scripts go inside it, the WebAssembly
// module becomes a data: URL the loader fetches as it would any URL, and
// the Content-Security-Policy allows exactly those inline parts by their
// SHA-256 hashes. The reference pages come along, opened in a dialog from
// the page's reference links (reference.go), and so does every file the
// page loads on first use (lazy.go). The document works opened from disk
// (file://), where a page cannot fetch files beside it.
package inline

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// The tags of the built index.html that name a file beside it. Each must
// be found exactly once; a page whose template changed shape is an error,
// not a half-inlined document.
var (
	styleTag   = regexp.MustCompile(`<link rel="stylesheet" href="([^"/]+\.css)">`)
	scriptTag  = regexp.MustCompile(`<script src="([^"/]+\.js)"( async| defer)?></script>`)
	wasmMeta   = regexp.MustCompile(`<meta name="cvq-wasm" content="([^"/]+\.wasm)">`)
	preloadTag = regexp.MustCompile(`<link rel="preload" href="[^"/]+\.(?:wasm|js)"[^>]*>\n?`)
	iconTag    = regexp.MustCompile(`<link rel="icon" href="([^"/]+\.svg)"`)
	cspMeta    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	sourceMap  = regexp.MustCompile(`\n?//# sourceMappingURL=[^\n]*\s*$`)
)

// Page reads dist/index.html and the files it names and returns the one
// self-contained document.
func Page(dist string) ([]byte, error) {
	page, err := os.ReadFile(filepath.Join(dist, "index.html"))
	if err != nil {
		return nil, fmt.Errorf("reading the built page: %v (build it first: go run ./build)", err)
	}
	read := func(name string) ([]byte, error) {
		b, err := os.ReadFile(filepath.Join(dist, name))
		if err != nil {
			return nil, fmt.Errorf("index.html names %s, which cannot be read: %v", name, err)
		}
		return b, nil
	}
	var scriptHashes, styleHashes []string
	var errs []error

	// The stylesheet.
	page = replaceOnce(page, styleTag, "stylesheet link", &errs, func(name string) string {
		css, err := read(name)
		if err != nil {
			errs = append(errs, err)
			return ""
		}
		css = sourceMap.ReplaceAll(css, nil)
		css = bytes.TrimSuffix(css, []byte("/*# sourceMappingURL="+name+".map */"))
		if bytes.Contains(bytes.ToLower(css), []byte("</style")) {
			errs = append(errs, fmt.Errorf("%s contains </style, which would end the inline style early", name))
		}
		styleHashes = append(styleHashes, hash(css))
		return "<style>" + string(css) + "</style>"
	})
	// Every script, in the order of the page (wasm_exec before the page's own).
	page = replaceAll(page, scriptTag, "script", &errs, func(name string) string {
		js, err := read(name)
		if err != nil {
			errs = append(errs, err)
			return ""
		}
		js = sourceMap.ReplaceAll(js, nil)
		if bytes.Contains(bytes.ToLower(js), []byte("</script")) || bytes.Contains(js, []byte("<!--")) {
			errs = append(errs, fmt.Errorf("%s contains </script or <!--, which would break the inline script", name))
		}
		scriptHashes = append(scriptHashes, hash(js))
		return "<script>" + string(js) + "</script>"
	})
	// The module, as a data: URL (the loader fetches it like any other URL).
	page = replaceOnce(page, wasmMeta, "cvq-wasm meta", &errs, func(name string) string {
		wasm, err := read(name)
		if err != nil {
			errs = append(errs, err)
			return ""
		}
		return `<meta name="cvq-wasm" content="data:application/wasm;base64,` + base64.StdEncoding.EncodeToString(wasm) + `">`
	})
	page = preloadTag.ReplaceAll(page, nil)
	// The icon, when the page has one, as a data: URL (the policy allows data: images).
	page = iconTag.ReplaceAllFunc(page, func(m []byte) []byte {
		name := string(iconTag.FindSubmatch(m)[1])
		svg, err := read(name)
		if err != nil {
			errs = append(errs, err)
			return m
		}
		return []byte(`<link rel="icon" href="data:image/svg+xml;base64,` + base64.StdEncoding.EncodeToString(svg) + `"`)
	})
	// The lazy files (views, lessons), read from their elements instead of fetched (lazy.go).
	page = addLazy(page, dist, &scriptHashes, &styleHashes, &errs)
	// The reference pages, opened from reference links in a dialog (reference.go).
	page = addReference(page, dist, &scriptHashes, &styleHashes, &errs)
	page = replaceOnce(page, cspMeta, "Content-Security-Policy meta", &errs, func(policy string) string {
		return `<meta http-equiv="Content-Security-Policy" content="` + policyFor(policy, scriptHashes, styleHashes) + `">`
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return page, nil
}

// policyFor rewrites the page's policy for the single file: scripts and
// styles only by hash, the module's data: URL fetchable, and nothing else
// loaded from anywhere ('self' means nothing useful on file://).
func policyFor(policy string, scripts, styles []string) string {
	quoted := func(hs []string) string {
		out := make([]string, len(hs))
		for i, h := range hs {
			out[i] = "'sha256-" + h + "'"
		}
		return strings.Join(out, " ")
	}
	var kept []string
	for _, d := range strings.Split(policy, ";") {
		d = strings.TrimSpace(d)
		name, _, _ := strings.Cut(d, " ")
		switch name {
		case "", "default-src", "script-src", "style-src", "connect-src":
			continue
		}
		kept = append(kept, d)
	}
	return strings.Join(append([]string{
		"default-src 'none'",
		"script-src " + quoted(scripts) + " 'wasm-unsafe-eval'",
		"style-src " + quoted(styles),
		"connect-src data:",
		"img-src data:",
	}, kept...), "; ")
}

func hash(b []byte) string {
	sum := sha256.Sum256(b)
	return base64.StdEncoding.EncodeToString(sum[:])
}

// addReference puts the reference pages of dist into page with the script and style that
// show them, adding those two's hashes for the policy.
func addReference(page []byte, dist string, scriptHashes, styleHashes *[]string, errs *[]error) []byte {
	markup, router, refCSS, err := reference(dist)
	if err != nil {
		*errs = append(*errs, err)
		return page
	}
	page = insertBefore(page, "</head>", "<style>"+refCSS+"</style>\n", errs)
	page = insertBefore(page, "</body>", markup+"<script>"+router+"</script>\n", errs)
	*styleHashes = append(*styleHashes, hash([]byte(refCSS)))
	*scriptHashes = append(*scriptHashes, hash([]byte(router)))
	return page
}

// insertBefore puts text just before the one occurrence of tag, recording an error when
// there is not exactly one.
func insertBefore(page []byte, tag, text string, errs *[]error) []byte {
	if n := bytes.Count(page, []byte(tag)); n != 1 {
		*errs = append(*errs, fmt.Errorf("index.html has %d %s, want exactly one", n, tag))
		return page
	}
	i := bytes.Index(page, []byte(tag))
	return append(append(append([]byte{}, page[:i]...), text...), page[i:]...)
}

// replaceOnce replaces the one match of re (its first group passed to f),
// recording an error when there is not exactly one.
func replaceOnce(page []byte, re *regexp.Regexp, what string, errs *[]error, f func(string) string) []byte {
	if n := len(re.FindAllIndex(page, -1)); n != 1 {
		*errs = append(*errs, fmt.Errorf("index.html has %d %ss, want exactly one", n, what))
		return page
	}
	return replaceAll(page, re, what, errs, f)
}

// replaceAll replaces every match of re, at least one, in order.
func replaceAll(page []byte, re *regexp.Regexp, what string, errs *[]error, f func(string) string) []byte {
	found := false
	out := re.ReplaceAllFunc(page, func(m []byte) []byte {
		found = true
		return []byte(f(string(re.FindSubmatch(m)[1])))
	})
	if !found {
		*errs = append(*errs, fmt.Errorf("index.html has no %s to inline", what))
	}
	return out
}
