package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/build/distserve"
)

// siteRoot writes a module root with the given site files (paths relative to the root).
func siteRoot(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const (
	testTS  = "interface Greeting { text: string }\nconst greeting: Greeting = { text: 'hi' };\ndocument.title = greeting.text;\n"
	testCSS = "@import './part.css';\nbody { color: red }\n"
	// testRefTS stands in for the reference pages' script.
	testRefTS = "document.title = 'reference';\n"
	// testBootTS stands in for the page's first script.
	testBootTS = "document.title = 'boot';\n"
)

func TestBundleSite(t *testing.T) {
	root := siteRoot(t, map[string]string{
		jsEntry:              testTS,
		cssEntry:             testCSS,
		refEntry:             testRefTS,
		bootEntry:            testBootTS,
		"site/src/part.css":  "p { margin: 0 }\n",
		"site/src/unused.ts": "this is not even TypeScript",
	})
	out := filepath.Join(root, "dist")
	b, err := bundleSite(root, out, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^main-[A-Z2-7]{8}\.js$`).MatchString(b.js) || !distserve.IsHashed(b.js) {
		t.Errorf("js bundle name %q", b.js)
	}
	if !regexp.MustCompile(`^style-[A-Z2-7]{8}\.css$`).MatchString(b.css) || !distserve.IsHashed(b.css) {
		t.Errorf("css bundle name %q", b.css)
	}
	byName := map[string]string{}
	for _, f := range b.files {
		byName[f.name] = string(f.data)
	}
	if len(byName) != 8 || byName[b.js+".map"] == "" || byName[b.css+".map"] == "" || byName[b.refJS+".map"] == "" ||
		byName[b.boot+".map"] == "" || !regexp.MustCompile(`^boot-[A-Z2-7]{8}\.js$`).MatchString(b.boot) {
		t.Fatalf("outputs %v, want four bundles (boot among them) and their maps", keys(byName))
	}
	js := byName[b.js]
	if strings.Contains(js, "interface") || strings.Contains(js, ": Greeting") {
		t.Errorf("types not stripped: %q", js)
	}
	if !strings.HasSuffix(strings.TrimSpace(js), "//# sourceMappingURL="+b.js+".map") {
		t.Errorf("js does not link its map by relative name: %q", js)
	}
	if !strings.Contains(js, "(()=>{") {
		t.Errorf("js is not a minified IIFE: %q", js)
	}
	css := byName[b.css]
	if !strings.Contains(css, "margin:0") || !strings.Contains(css, "color:red") || strings.Contains(css, "@import") {
		t.Errorf("css not bundled and minified: %q", css)
	}
	if !strings.Contains(css, "/*# sourceMappingURL="+b.css+".map */") {
		t.Errorf("css does not link its map: %q", css)
	}
	// Source maps point back at the sources relative to dist/, and carry them.
	if m := byName[b.js+".map"]; !strings.Contains(m, `"../site/src/main.ts"`) || !strings.Contains(m, "sourcesContent") {
		t.Errorf("js map: %s", m)
	}

	// The same sources give the same names: browsers keep their cache across rebuilds.
	again, err := bundleSite(root, out, nil)
	if err != nil || again.js != b.js || again.css != b.css {
		t.Errorf("rebuild changed names: %s %s -> %s %s (%v)", b.js, b.css, again.js, again.css, err)
	}
}

func TestBundleSiteErrors(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"syntax error", map[string]string{jsEntry: "let a = 1;\nlet b: number = ;\n", cssEntry: "a{}", refEntry: testRefTS, bootEntry: testBootTS},
			[]string{"site/src/main.ts:2:17: error: Unexpected \";\""}},
		{"missing import", map[string]string{jsEntry: "import './nope';\n", cssEntry: "a{}", refEntry: testRefTS, bootEntry: testBootTS},
			[]string{"site/src/main.ts:1:8: error: Could not resolve \"./nope\""}},
		{"css error", map[string]string{jsEntry: "", cssEntry: "@import './gone.css';\n", refEntry: testRefTS, bootEntry: testBootTS},
			[]string{"site/src/style.css:1:9: error: Could not resolve \"./gone.css\""}},
		{"both wrong at once", map[string]string{jsEntry: "let = ;\n", cssEntry: "@import './gone.css';\n", refEntry: testRefTS, bootEntry: testBootTS},
			[]string{"site/src/main.ts:1:", "site/src/style.css:1:9:"}},
		{"missing entries", map[string]string{"site/index.html": ""},
			[]string{"site/src/main.ts: entry point missing", "site/src/style.css: entry point missing"}},
		{"css imported from ts", map[string]string{jsEntry: "import './style.css';\n", cssEntry: "a{}", refEntry: testRefTS, bootEntry: testBootTS},
			[]string{"@import it from site/src/style.css"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := siteRoot(t, c.files)
			_, err := bundleSite(root, filepath.Join(root, "dist"), nil)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestWasmExecJS(t *testing.T) {
	js, err := wasmExecJS(context.Background(), ".")
	if err != nil {
		t.Fatal(err)
	}
	s := string(js)
	// The page constructs `new Go()`, so the global must survive minification.
	if !strings.Contains(s, "globalThis.Go=") {
		t.Errorf("minified wasm_exec.js no longer assigns globalThis.Go")
	}
	if strings.Count(s, "\n") > 5 {
		t.Errorf("wasm_exec.js does not look minified (%d lines)", strings.Count(s, "\n"))
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return sorted(out)
}
