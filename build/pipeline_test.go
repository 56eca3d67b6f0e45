package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

const testPage = `<!doctype html>
<link rel="stylesheet" href="{{CSS}}">
<script src="{{WASM_EXEC}}" defer></script>
<script src="{{JS}}" data-wasm="{{WASM}}" defer></script>
<script type="application/json" id="cvq-meta">{{META}}</script>
<script src="{{BOOT}}"></script>
`

// TestBuildOnce runs the whole pipeline on a tiny module of its own: a real js/wasm
// compile, esbuild, the template, compression and the swap.
func TestBuildOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a wasm module")
	}
	root := siteRoot(t, withStatic(withViews(withLessons(withReference(t, map[string]string{
		"go.mod":          "module example.com/tiny\n\ngo 1.24\n",
		"wasm/main.go":    "//go:build js && wasm\n\npackage main\n\nfunc main() { println(\"tiny\") }\n",
		jsEntry:           testTS,
		cssEntry:          "body { color: red }\n",
		refEntry:          testRefTS,
		bootEntry:         testBootTS,
		templatePath:      testPage,
		swTemplatePath:    testSW,
		"site/src/x.html": "",
		"docs/lessons/01-only.md": "---\ntitle: T\ntask: Get 731.\ndialect: MSNP8\nprofile: reference\n" +
			"start: CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\nsolution: CVQ 1 x\nwrong: CVQ x\n" +
			"hint: Fewer parameters.\ngoal: reply starts 731\n---\nA lesson.\n",
	})))))
	var log bytes.Buffer
	cfg := config{root: root, out: filepath.Join(root, "dist"), outName: "dist", wasmOpt: wasmOptOff, log: &log}

	// The memo spares the later builds recompressing the unchanged module.
	memo := newMemo()
	if _, err := buildOnce(context.Background(), cfg, memo); err != nil {
		t.Fatalf("%v\nlog:\n%s", err, log.String())
	}
	page, err := os.ReadFile(filepath.Join(cfg.out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	// The page is served without the template's indentation (compactHTML).
	if m := regexp.MustCompile(`\n[ \t]+\S`).Find(page); m != nil {
		t.Errorf("index.html keeps an indented line: %q", m)
	}
	refs := regexp.MustCompile(`(?:href|src|data-wasm)="([^"]*)"`).FindAllStringSubmatch(string(page), -1)
	if len(refs) != 5 {
		t.Fatalf("index.html references %d files, want 5:\n%s", len(refs), page)
	}
	for _, r := range refs {
		name := r[1]
		if strings.HasPrefix(name, "/") || strings.Contains(name, "{") || !regexp.MustCompile(`-[A-Z2-7]{8}\.`).MatchString(name) {
			t.Errorf("reference %q is not a relative hashed name", name)
		}
		if _, err := os.Stat(filepath.Join(cfg.out, name)); err != nil {
			t.Errorf("index.html references %s, which is not in dist: %v", name, err)
		}
	}
	wasm := refs[3][1]
	if module, _ := os.ReadFile(filepath.Join(cfg.out, wasm)); !bytes.HasPrefix(module, []byte("\x00asm")) {
		t.Errorf("%s is not a WebAssembly module", wasm)
	}

	// Every compressed sibling decodes to exactly its file.
	entries, _ := os.ReadDir(cfg.out)
	var brCount int
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".br") && !strings.HasSuffix(name, ".gz") {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(cfg.out, strings.TrimSuffix(strings.TrimSuffix(name, ".br"), ".gz")))
		if err != nil {
			t.Errorf("%s has no uncompressed original", name)
			continue
		}
		f, _ := os.Open(filepath.Join(cfg.out, name))
		var r io.Reader = brotli.NewReader(f)
		if strings.HasSuffix(name, ".gz") {
			if r, err = gzip.NewReader(f); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		} else {
			brCount++
		}
		got, err := io.ReadAll(r)
		f.Close()
		if err != nil || !bytes.Equal(got, raw) {
			t.Errorf("%s does not decode to its original (%v)", name, err)
		}
	}
	// Files this small may not shrink, but these always do.
	for _, name := range []string{"index.html", wasm, refs[1][1]} {
		if _, err := os.Stat(filepath.Join(cfg.out, name+".br")); err != nil {
			t.Errorf("%s has no brotli form", name)
		}
	}
	if brCount < 3 {
		t.Errorf("only %d brotli files were checked", brCount)
	}
	// The lessons are written as data for the page, under a hashed name.
	for _, ext := range []string{".json", ".js", ".css"} {
		if ls, _ := filepath.Glob(filepath.Join(cfg.out, "lessons-*"+ext)); len(ls) != 1 {
			t.Errorf("dist has %d lessons-*%s files, want 1", len(ls), ext)
		}
	}
	for _, want := range []string{"wasm-opt: off", "page load (without .map)", "built dist in"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("build log lacks %q:\n%s", want, log.String())
		}
	}

	// A broken template fails the build and leaves the first dist exactly as it was.
	before := snapshotFiles(t, cfg.out)
	os.WriteFile(filepath.Join(root, templatePath), []byte(testPage+"{{FAVICON}}"), 0o644)
	if _, err := buildOnce(context.Background(), cfg, memo); err == nil || !strings.Contains(err.Error(), "{{FAVICON}}") {
		t.Fatalf("broken template: err %v", err)
	}
	if after := snapshotFiles(t, cfg.out); after != before {
		t.Error("a failed build changed dist")
	}

	// A CSS edit gives a new stylesheet name and the old one disappears.
	os.WriteFile(filepath.Join(root, templatePath), []byte(testPage), 0o644)
	os.WriteFile(filepath.Join(root, cssEntry), []byte("body { color: blue }\n"), 0o644)
	if _, err := buildOnce(context.Background(), cfg, memo); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(cfg.out, refs[0][1])); err == nil {
		t.Errorf("old stylesheet %s still in dist", refs[0][1])
	}
	if _, err := os.Stat(filepath.Join(cfg.out, wasm)); err != nil {
		t.Errorf("unchanged module changed name: %v", err)
	}
}

// snapshotFiles renders dist's file names and contents as one string for comparison.
func snapshotFiles(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for _, name := range listDir(t, dir) {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(name + "\x00" + string(data) + "\x00")
	}
	return b.String()
}
