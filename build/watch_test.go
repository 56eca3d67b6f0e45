package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestSnapshotAndChanged(t *testing.T) {
	root := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("cvq/line.go", "package cvq")
	write("site/src/main.ts", "x")
	write("site/index.html", "x")
	write("wasm/main.go", "package main")
	// None of these can change dist/.
	write("site/README.md", "x")
	write("site/node_modules/pkg/index.ts", "x")
	write("cvq/testdata/fuzz/FuzzParse/seed.go", "x")
	write("site/.cache/a.ts", "x")
	write("build/main.go", "x")
	write("other/x.go", "x")

	before := snapshot(root)
	got := make([]string, 0, len(before))
	for name := range before {
		got = append(got, name)
	}
	want := "cvq/line.go site/index.html site/src/main.ts wasm/main.go"
	if g := strings.Join(sorted(got), " "); g != want {
		t.Fatalf("watched %s, want %s", g, want)
	}
	if c := changed(before, snapshot(root)); len(c) != 0 {
		t.Fatalf("no edit, yet changed: %v", c)
	}

	write("site/src/main.ts", "xy")                // size changes
	write("site/src/extra.css", "a{}")             // new file
	os.Remove(filepath.Join(root, "wasm/main.go")) // deleted
	later := time.Now().Add(time.Minute)           // same size, new mtime
	os.Chtimes(filepath.Join(root, "cvq/line.go"), later, later)
	write("site/README.md", "changed, but not watched")

	want = "cvq/line.go site/src/extra.css site/src/main.ts wasm/main.go"
	if g := strings.Join(changed(before, snapshot(root)), " "); g != want {
		t.Errorf("changed %s, want %s", g, want)
	}
}

func sorted(s []string) []string {
	out := append([]string{}, s...)
	sort.Strings(out)
	return out
}
