package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cvq-playground/cvq-playground/build/inline"
)

// TestLazyList publishes a build with lazy and first-load files: the list `make single`
// reads names the lazy ones (no source maps), in the build's order, and nothing else.
func TestLazyList(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	if err := publish(out, []file{
		{name: "index.html", data: []byte("page")},
		{name: "main-AAAAAAAA.js", data: []byte("main")},
		{name: "compare-BBBBBBBB.js", data: []byte("view"), lazy: true},
		{name: "compare-BBBBBBBB.js.map", data: []byte("{}"), lazy: true},
		{name: "views-CCCCCCCC.css", data: []byte("a{}"), lazy: true},
		{name: "lessons-DDDDDDDD.json", data: []byte("{}"), lazy: true},
	}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, inline.LazyList))
	if want := "compare-BBBBBBBB.js\nviews-CCCCCCCC.css\nlessons-DDDDDDDD.json\n"; err != nil || string(b) != want {
		t.Errorf("the list is %q (%v), want %q", b, err, want)
	}
}
