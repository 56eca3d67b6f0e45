package main

import (
	"path"
	"regexp"
	"strings"
)

// refAttr finds the attributes through which a page pulls in files at load time: src and
// href, and the content of the meta tag that names the module for the loader. Both pages
// are generated from templates we control (double-quoted attributes), so a pattern is
// enough; it is not an HTML parser.
var refAttr = regexp.MustCompile(`(?is)<(script|link|img|meta)\b([^>]*)>`)

var attr = regexp.MustCompile(`(?i)\b(src|href|content|name|rel)\s*=\s*"([^"]*)"`)

// pageRefs lists, in document order and without repeats, the same-origin files a page
// loads when it opens: scripts, stylesheets, preloads, images and the module named by
// <meta name="cvq-wasm">. Links to other pages (<a href>), fragments and absolute URLs are
// not part of the first load and are left out, as are links the browser does not fetch
// on load (rel=alternate and the like).
func pageRefs(html []byte) []string {
	var refs []string
	seen := map[string]bool{}
	add := func(u string) {
		u = strings.TrimSpace(u)
		if u == "" || strings.HasPrefix(u, "#") || strings.HasPrefix(u, "//") || strings.Contains(u, ":") {
			return
		}
		if i := strings.IndexAny(u, "?#"); i >= 0 {
			u = u[:i]
		}
		u = strings.TrimPrefix(path.Clean("/"+u), "/")
		if !seen[u] {
			seen[u] = true
			refs = append(refs, u)
		}
	}
	for _, m := range refAttr.FindAllSubmatch(html, -1) {
		tag := strings.ToLower(string(m[1]))
		attrs := map[string]string{}
		for _, a := range attr.FindAllSubmatch(m[2], -1) {
			attrs[strings.ToLower(string(a[1]))] = string(a[2])
		}
		switch tag {
		case "script", "img":
			add(attrs["src"])
		case "link":
			if fetchedOnLoad(attrs["rel"]) {
				add(attrs["href"])
			}
		case "meta":
			if attrs["name"] == "cvq-wasm" {
				add(attrs["content"])
			}
		}
	}
	return refs
}

// fetchedOnLoad reports whether a <link rel> makes the browser fetch the target while the
// page loads.
func fetchedOnLoad(rel string) bool {
	for _, r := range strings.Fields(strings.ToLower(rel)) {
		switch r {
		case "stylesheet", "preload", "modulepreload", "icon", "manifest":
			return true
		}
	}
	return false
}
