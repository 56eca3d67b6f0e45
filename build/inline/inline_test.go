package inline

import (
	"crypto/sha256"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const page = `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'">
<meta name="cvq-wasm" content="cvq-AAAAAAAA.wasm">
<link rel="preload" href="cvq-AAAAAAAA.wasm" as="fetch" type="application/wasm" crossorigin>
<link rel="preload" href="main-DDDDDDDD.js" as="script">
<link rel="stylesheet" href="style-BBBBBBBB.css">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<script src="wasm_exec-CCCCCCCC.js" defer></script>
<script src="main-DDDDDDDD.js" async></script>
</head><body></body></html>
`

func dist(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// refPage is a reference page as build/markdown writes it, around its content.
func refPage(main string) string {
	return `<!doctype html><html><head><link rel="stylesheet" href="../style-BBBBBBBB.css"></head><body class="ref">
<header class="top ref-top">
  <nav class="ref-nav" aria-label="Reference">
    <a href="../index.html">Playground</a>
    <a href="rules.html">Rules</a>
  </nav>
</header>
<main class="ref-body">
` + main + `</main>
</body></html>`
}

// site is a built dist/ in small: the page, the files it names and two reference pages.
func site() map[string]string {
	return map[string]string{
		"index.html":            page,
		"cvq-AAAAAAAA.wasm":     "\x00asm",
		"favicon.svg":           "<svg/>",
		"style-BBBBBBBB.css":    "body{color:red}\n/*# sourceMappingURL=style-BBBBBBBB.css.map */",
		"wasm_exec-CCCCCCCC.js": "var exec=1;",
		"main-DDDDDDDD.js":      "var main=2;\n//# sourceMappingURL=main-DDDDDDDD.js.map\n",
		"reference/index.html":  refPage(`<h1 id="reference">Reference</h1>`),
		// The lazy files and their list, as the build writes them.
		LazyList:                       "view-EEEEEEEE.js\nviews-FFFFFFFF.css\nlessons-GGGGGGGG.json\n",
		"view-EEEEEEEE.js":             "var view=3;\r\n//# sourceMappingURL=view-EEEEEEEE.js.map\n",
		"views-FFFFFFFF.css":           ".v{top:0}\n/*# sourceMappingURL=views-FFFFFFFF.css.map */\n",
		"lessons-GGGGGGGG.json":        `{"lessons":["\u003c/script\u003e"]}`,
		"reference/params/locale.html": refPage(`<h1 id="locale">locale</h1><p>See <a href="../rules.html#lines">rules</a>.</p>`),
	}
}

func TestPage(t *testing.T) {
	dir := dist(t, site())
	got, err := Page(dir)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(got)
	for _, want := range []string{
		"<style>body{color:red}\n</style>",
		"<script>var exec=1;</script>\n<script>var main=2;</script>",
		`<meta name="cvq-wasm" content="data:application/wasm;base64,` + base64.StdEncoding.EncodeToString([]byte("\x00asm")) + `">`,
		`<link rel="icon" href="data:image/svg+xml;base64,` + base64.StdEncoding.EncodeToString([]byte("<svg/>")) + `"`,
		"default-src 'none'", "connect-src data:", "object-src 'none'", "base-uri 'none'",
		// The reference: each page's content in a template named by its path, the dialog
		// with the reference's navigation, and the script and style under the policy.
		"<template data-ref=\"reference/index.html\"><h1 id=\"reference\">Reference</h1></template>",
		"<template data-ref=\"reference/params/locale.html\"><h1 id=\"locale\">locale</h1><p>See <a href=\"../rules.html#lines\">rules</a>.</p></template>",
		`<dialog id="single-ref" class="ref" aria-label="Reference">`,
		`data-ref-base="reference/index.html"><nav class="ref-nav" aria-label="Reference">`,
		"<script>" + refRouter + "</script>\n</body>", "<style>" + refStyle + "</style>\n</head>",
		// Each lazy file in a holder that never runs, scripts and styles by hash in the
		// policy, the text as the page will read it back (CR LF read as LF).
		`<script type="text/plain" data-chunk="view-EEEEEEEE.js">var view=3;` + "\n" + `</script>`,
		`<script type="text/plain" data-chunk="views-FFFFFFFF.css">.v{top:0}` + "\n" + `</script>`,
		`<script type="application/json" data-chunk="lessons-GGGGGGGG.json">{"lessons":["\u003c/script\u003e"]}</script>`,
		"script-src " + sha("var exec=1;") + " " + sha("var main=2;") + " " + sha("var view=3;\n") + " " + sha(refRouter) + " 'wasm-unsafe-eval'",
		"style-src " + sha("body{color:red}\n") + " " + sha(".v{top:0}\n") + " " + sha(refStyle),
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the document lacks %q:\n%s", want, doc)
		}
	}
	for _, gone := range []string{"preload", "'self'", "sourceMappingURL", "<script src=", "rel=\"stylesheet\""} {
		if strings.Contains(doc, gone) {
			t.Errorf("the document still has %q", gone)
		}
	}
}

func TestPageRefuses(t *testing.T) {
	for name, files := range map[string]map[string]string{
		"no page":        {},
		"missing script": {"index.html": page, "cvq-AAAAAAAA.wasm": "x", "style-BBBBBBBB.css": "", "wasm_exec-CCCCCCCC.js": ""},
		"script end": {"index.html": page, "cvq-AAAAAAAA.wasm": "x", "style-BBBBBBBB.css": "",
			"wasm_exec-CCCCCCCC.js": "", "main-DDDDDDDD.js": `var s="</SCRIPT>"`},
		"no stylesheet": {"index.html": strings.Replace(page, `<link rel="stylesheet" href="style-BBBBBBBB.css">`, "", 1),
			"cvq-AAAAAAAA.wasm": "x", "wasm_exec-CCCCCCCC.js": "", "main-DDDDDDDD.js": ""},
		"no reference": withFiles(map[string]string{"reference/index.html": "", "reference/params/locale.html": ""}),
		"template end": withFiles(map[string]string{"reference/params/locale.html": refPage("<p>a</Template> b</p>")}),
		"no nav":       withFiles(map[string]string{"reference/index.html": "<main class=\"ref-body\">x</main>"}),
		"no lazy list": withFiles(map[string]string{LazyList: ""}),
		"lazy missing": withFiles(map[string]string{"view-EEEEEEEE.js": ""}),
		"lazy kind":    withFiles(map[string]string{LazyList: "icon-HHHHHHHH.png\n", "icon-HHHHHHHH.png": "png"}),
		"lazy name":    withFiles(map[string]string{LazyList: "../secret.js\n"}),
		"lazy end":     withFiles(map[string]string{"view-EEEEEEEE.js": `var s="</Script>"`}),
		"lazy comment": withFiles(map[string]string{"views-FFFFFFFF.css": `a{}<!--`}),
		"lazy json":    withFiles(map[string]string{"lessons-GGGGGGGG.json": `{"lessons":`}),
	} {
		if _, err := Page(dist(t, files)); err == nil {
			t.Errorf("%s: no error", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}

// withFiles is site() with some files replaced, and those given "" removed.
func withFiles(change map[string]string) map[string]string {
	files := site()
	for name, text := range change {
		if text == "" {
			delete(files, name)
		} else {
			files[name] = text
		}
	}
	return files
}
