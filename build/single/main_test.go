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
		"index.html": `<meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
			`<meta name="cvq-wasm" content="cvq-AAAAAAAA.wasm"><link rel="stylesheet" href="s.css"><script src="m.js" async></script>`,
		"cvq-AAAAAAAA.wasm": "x", "s.css": "a{}", "m.js": "1",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
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
	if b, err := os.ReadFile(path); err != nil || !bytes.Contains(b, []byte("<script>1</script>")) {
		t.Errorf("the file: %v %q", err, b)
	}
	if code := run([]string{"-dist", filepath.Join(dir, "nope")}, &out, &errs); code != 1 {
		t.Errorf("a missing dist exits %d", code)
	}
}
