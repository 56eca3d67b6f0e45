package main

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cvq-playground/cvq-playground/build/markdown"
	"github.com/cvq-playground/cvq-playground/docs"
)

// The reference: Markdown under docsDir (relative to the module root) becomes HTML pages
// under refDir in dist/, beside two pages generated from the docs package's tables.
const (
	docsDir        = "docs"
	refDir         = "reference"
	lessonsDirName = "lessons" // docs/lessons: not reference pages
)

// refPage is one page of the reference before it is wrapped in the site's shell.
type refPage struct {
	name string // slash-separated, relative to refDir, ending in .html
	doc  markdown.Doc
}

// buildReference renders the reference and returns its pages as files of dist/. css and
// js are the names (relative to dist/) of the site's stylesheet and of the script that
// applies the stored theme. A link between pages to a page or id that does not exist is
// an error, reported with the page that holds it.
func buildReference(root, css, js string) ([]file, error) {
	pages, err := referencePages(root)
	if err != nil {
		return nil, err
	}
	if err := checkLinks(pages); err != nil {
		return nil, err
	}
	files := make([]file, 0, len(pages))
	for _, p := range pages {
		data, err := wrapPage(p, css, js)
		if err != nil {
			return nil, err
		}
		files = append(files, file{name: refDir + "/" + p.name, data: data})
	}
	return files, nil
}

// referencePages renders every page of the reference: the Markdown under docsDir and the
// pages generated from the docs package's tables and cvq's catalogs, sorted by name.
func referencePages(root string) ([]refPage, error) {
	pages, err := readReference(filepath.Join(root, docsDir))
	if err != nil {
		return nil, err
	}
	for _, g := range []struct {
		name string
		src  []byte
	}{{"sources.html", sourcesMarkdown()}, {"diagnostics.html", diagnosticsMarkdown()}, {"catalog.html", catalogMarkdown()}} {
		d, err := markdown.Render(refDir+"/"+g.name, g.src)
		if err != nil {
			return nil, err
		}
		pages = append(pages, refPage{name: g.name, doc: d})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].name < pages[j].name })
	return pages, nil
}

// readReference renders every .md file under dir. Left out: a README.md (for people browsing
// the repository) and the lessons folder, which the build turns into the page's lessons
// data instead (lessons.go).
func readReference(dir string) ([]refPage, error) {
	var pages []refPage
	var errs []error
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p == filepath.Join(dir, lessonsDirName) {
			return filepath.SkipDir
		}
		if d.IsDir() || filepath.Ext(p) != ".md" || d.Name() == "README.md" {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		doc, err := markdown.Render(docsDir+"/"+rel, src)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		if doc.Title == "" {
			errs = append(errs, fmt.Errorf("%s/%s: no level-1 heading to serve as the page title", docsDir, rel))
		}
		pages = append(pages, refPage{name: strings.TrimSuffix(rel, ".md") + ".html", doc: doc})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the reference in %s/: %v", docsDir, err)
	}
	return pages, errors.Join(errs...)
}

// checkLinks verifies every relative link between the reference's pages: the page must
// exist and so must the id after "#". Links out of the reference ("../index.html", the
// playground) and absolute addresses are not checked.
func checkLinks(pages []refPage) error {
	ids := pageIDs(pages)
	var errs []error
	for _, p := range pages {
		for _, l := range p.doc.Links {
			if strings.Contains(l, ":") || strings.HasPrefix(l, "/") {
				continue
			}
			target, frag, _ := strings.Cut(l, "#")
			if target == "" {
				target = p.name
			} else {
				target = path.Join(path.Dir(p.name), target)
			}
			if strings.HasPrefix(target, "../") {
				continue
			}
			switch {
			case ids[target] == nil:
				errs = append(errs, fmt.Errorf("%s/%s: link %q: no page %s", refDir, p.name, l, target))
			case frag != "" && !ids[target][frag]:
				errs = append(errs, fmt.Errorf("%s/%s: link %q: %s has no id %q", refDir, p.name, l, target, frag))
			}
		}
	}
	return errors.Join(errs...)
}

// pageIDs maps each page's name to the set of its ids.
func pageIDs(pages []refPage) map[string]map[string]bool {
	ids := map[string]map[string]bool{}
	for _, p := range pages {
		ids[p.name] = map[string]bool{}
		for _, id := range p.doc.IDs {
			ids[p.name][id] = true
		}
	}
	return ids
}

// pageShell is the frame of every reference page: the playground's stylesheet, theme and
// Content-Security-Policy (stricter: no WebAssembly), and links back to the playground.
var pageShell = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en" data-theme="auto">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>{{.Title}} — CVQ Playground reference</title>
<link rel="stylesheet" href="{{.Up}}{{.CSS}}">
<script src="{{.Up}}{{.JS}}"></script>
</head>
<body class="ref">
<header class="top ref-top">
  <nav class="ref-nav" aria-label="Reference">
    <a href="{{.Up}}index.html">Playground</a>
    <a href="{{.Ref}}index.html">Reference</a>
    <a href="{{.Ref}}rules.html">Rules</a>
    <a href="{{.Ref}}params/index.html">Parameters</a>
    <a href="{{.Ref}}diagnostics.html">Diagnostics</a>
    <a href="{{.Ref}}sources.html">Sources</a>
  </nav>
  <button id="theme-toggle" class="tool" type="button">Theme: auto</button>
</header>
<main class="ref-body">
{{.Body}}
</main>
<footer class="foot">
  <p>Part of the <a href="{{.Up}}index.html">CVQ Playground</a>, which simulates a historical protocol for learning.</p>
</footer>
</body>
</html>
`))

// wrapPage puts a rendered page into pageShell. Paths are relative, so dist/ works from
// any folder of a static host and from the file system.
func wrapPage(p refPage, css, js string) ([]byte, error) {
	depth := strings.Count(p.name, "/")
	ref := strings.Repeat("../", depth)
	var b bytes.Buffer
	err := pageShell.Execute(&b, map[string]any{
		"Title": p.doc.Title, "CSS": css, "JS": js,
		"Up": ref + "../", "Ref": ref,
		"Body": template.HTML(p.doc.HTML), // goldmark's output, raw HTML in the sources dropped
	})
	if err != nil {
		return nil, fmt.Errorf("%s/%s: %v", refDir, p.name, err)
	}
	return b.Bytes(), nil
}

// sourcesMarkdown writes the bibliography from docs.Sources, one section per key with the
// id "src-KEY" that citations in the playground link to.
func sourcesMarkdown() []byte {
	var b bytes.Buffer
	b.WriteString("# Sources\n\nEvery source key the playground cites, with where to read it. " +
		"Keys appear on the field cards, in diagnostics and in the [rules](rules.md); " +
		"each links here. Addresses of sites that have gone offline are given with a copy " +
		"kept by the Internet Archive's Wayback Machine or a mirror.\n\n")
	for _, s := range docs.Sources {
		fmt.Fprintf(&b, "### %s — %s {#src-%s}\n\n", s.Key, escapeMD(s.Title), s.Key)
		fmt.Fprintf(&b, "- **Author or site:** %s\n- **Date:** %s\n", escapeMD(s.Author), escapeMD(s.Date))
		if s.URL != "" {
			fmt.Fprintf(&b, "- **Address:** <%s>\n", s.URL)
		} else {
			fmt.Fprintf(&b, "- **Address:** none known. %s\n", escapeMD(docs.Elsewhere))
		}
		if s.Archive != "" {
			fmt.Fprintf(&b, "- **Copy:** <%s>\n", s.Archive)
		}
		fmt.Fprintf(&b, "- **What we use it for:** %s\n\n", escapeMD(s.Use))
	}
	return b.Bytes()
}

// diagnosticsMarkdown writes the list of diagnostic codes from docs.Diagnostics, one
// section per code with the id "diag-CODE" that the playground's diagnostics link to.
func diagnosticsMarkdown() []byte {
	var b bytes.Buffer
	b.WriteString("# Diagnostics\n\nEvery message the simulator attaches to a line carries a " +
		"short stable code. Scripts can rely on the codes (the command-line tool prints them " +
		"with `-json`); the texts may change. The severity is the usual one; some codes are " +
		"raised at more than one severity depending on the dialect.\n\n")
	for _, d := range docs.Diagnostics {
		fmt.Fprintf(&b, "### `%s` {#diag-%s}\n\n%s\n\n", d.Code, d.Code, d.About)
	}
	return b.Bytes()
}

// escapeMD makes plain text safe to place in Markdown: characters that would start markup
// are backslash-escaped.
func escapeMD(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>{}#|!", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
