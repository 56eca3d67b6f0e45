package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunPrintsPath writes the single file from a small built page and
// checks that the last word of the output is the file's path.
func TestRunPrintsPath(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"index.html": `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
			`<meta name="cvq-wasm" content="cvq-AAAAAAAA.wasm"><link rel="stylesheet" href="s.css"><script src="m.js" async></script></head><body></body>`,
		"cvq-AAAAAAAA.wasm": "x", "s.css": "a{}", "m.js": "1", ".cvq-lazy": "v.js\n", "v.js": "2",
		"reference/index.html": `<nav class="ref-nav" aria-label="Reference"><a href="rules.html">Rules</a></nav>` +
			`<main class="ref-body"><h1 id="reference">Reference</h1></main>`,
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errs bytes.Buffer
	if code := run([]string{"-dist", dir}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	words := strings.Fields(out.String())
	path := words[len(words)-1]
	if path != filepath.Join(dir, "cvq-playground.html") {
		t.Errorf("the last word is %q", path)
	}
	if b, err := os.ReadFile(path); err != nil || !bytes.Contains(b, []byte("<script>1</script>")) ||
		!bytes.Contains(b, []byte(`<script type="text/plain" data-chunk="v.js">2</script>`)) ||
		!bytes.Contains(b, []byte(`<template data-ref="reference/index.html"><h1 id="reference">Reference</h1></template>`)) {
		t.Errorf("the file: %v %q", err, b)
	}
	if code := run([]string{"-dist", filepath.Join(dir, "nope")}, &out, &errs); code != 1 {
		t.Errorf("a missing dist exits %d", code)
	}
}
