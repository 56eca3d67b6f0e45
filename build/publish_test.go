package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cvq-playground/cvq-playground/build/inline"
)

// listDir returns the names under dir, recursively, slash-separated and sorted.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	var names []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	return names
}

func TestPublishReplacesEverything(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "dist")

	if err := publish(out, []file{
		{name: "index.html", data: []byte("v1"), gz: []byte("gz1")},
		{name: "main-AAAAAAAA.js", data: []byte("js1"), br: []byte("br1")},
	}); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(listDir(t, out), " "), markerName+" "+inline.LazyList+" index.html index.html.gz main-AAAAAAAA.js main-AAAAAAAA.js.br"; got != want {
		t.Fatalf("first build: %s, want %s", got, want)
	}

	// The second build's file set replaces the first one's entirely: no stale hashed files.
	if err := publish(out, []file{
		{name: "index.html", data: []byte("v2")},
		{name: "sub/main-BBBBBBBB.js", data: []byte("js2")},
	}); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(listDir(t, out), " "), markerName+" "+inline.LazyList+" index.html sub/main-BBBBBBBB.js"; got != want {
		t.Fatalf("second build: %s, want %s", got, want)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); string(b) != "v2" {
		t.Errorf("index.html = %q", b)
	}
	assertNoScratch(t, parent)
}

func TestPublishFailureKeepsLastGoodBuild(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "dist")
	if err := publish(out, []file{{name: "index.html", data: []byte("good")}}); err != nil {
		t.Fatal(err)
	}
	// The second file cannot be written, after the first one already was (in staging).
	err := publish(out, []file{
		{name: "index.html", data: []byte("bad")},
		{name: "../escape.txt", data: []byte("x")},
	})
	if err == nil {
		t.Fatal("publish with a file outside the directory succeeded")
	}
	if got := strings.Join(listDir(t, out), " "); got != markerName+" "+inline.LazyList+" index.html" {
		t.Errorf("dist now holds %s", got)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "index.html")); string(b) != "good" {
		t.Errorf("index.html = %q, want the last good build", b)
	}
	if _, err := os.Stat(filepath.Join(parent, "escape.txt")); err == nil {
		t.Error("a file was written outside the output directory")
	}
	assertNoScratch(t, parent)
}

func TestSwapDirIntoMissingOutput(t *testing.T) {
	parent := t.TempDir()
	staging := filepath.Join(parent, "staging")
	if err := os.Mkdir(staging, 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(parent, "deeper", "dist")
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := swapDir(staging, out); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(out); err != nil || !info.IsDir() {
		t.Fatalf("out not in place: %v", err)
	}
}

func TestRemoveLeftovers(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "dist")
	old := time.Now().Add(-time.Hour)
	mk := func(name string, mtime time.Time) string {
		p := filepath.Join(parent, name)
		if err := os.Mkdir(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
		return p
	}
	staleBuild := mk(".dist-build-111", old)
	staleOld := mk(".dist-old-222", old)
	running := mk(".dist-build-333", time.Now()) // another process may be writing it
	unrelated := mk(".other-build-444", old)
	removeLeftovers(out)
	for p, want := range map[string]bool{staleBuild: false, staleOld: false, running: true, unrelated: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: exists=%v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

// assertNoScratch fails if staging or retired directories were left next to dist.
func assertNoScratch(t *testing.T, parent string) {
	t.Helper()
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind %s", e.Name())
		}
	}
}
