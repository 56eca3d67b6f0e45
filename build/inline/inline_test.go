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
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

func TestPage(t *testing.T) {
	dir := dist(t, map[string]string{
		"index.html":            page,
		"cvq-AAAAAAAA.wasm":     "\x00asm",
		"favicon.svg":           "<svg/>",
		"style-BBBBBBBB.css":    "body{color:red}\n/*# sourceMappingURL=style-BBBBBBBB.css.map */",
		"wasm_exec-CCCCCCCC.js": "var exec=1;",
		"main-DDDDDDDD.js":      "var main=2;\n//# sourceMappingURL=main-DDDDDDDD.js.map\n",
	})
	got, err := Page(dir)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(got)
	for _, want := range []string{
		"<style>body{color:red}\n</style>",
		"<script>var exec=1;</script>\n<script>var main=2;</script>",
		`<meta name="cvq-wasm" content="data:application/wasm;base64,` + base64.StdEncoding.EncodeToString([]byte("\x00asm")) + `">`,
		"script-src " + sha("var exec=1;") + " " + sha("var main=2;") + " 'wasm-unsafe-eval'",
		"style-src " + sha("body{color:red}\n"),
		`<link rel="icon" href="data:image/svg+xml;base64,` + base64.StdEncoding.EncodeToString([]byte("<svg/>")) + `"`,
		"default-src 'none'", "connect-src data:", "object-src 'none'", "base-uri 'none'",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("the document lacks %q:\n%s", want, doc)
		}
	}
	for _, gone := range []string{"preload", "'self'", "sourceMappingURL", ".js\"", ".css\""} {
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
	} {
		if _, err := Page(dist(t, files)); err == nil {
			t.Errorf("%s: no error", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}
