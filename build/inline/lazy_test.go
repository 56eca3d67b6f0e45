package inline

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// fetchers are the ways a page script could load a file beside the page.
var fetchers = regexp.MustCompile(`createElement\("(script|link)"\)|\bfetch\(|\bimport\(|new Worker\(|importScripts\(`)

// loaders are the page's files allowed to load files beside the page, and why.
var loaders = map[string]string{
	"chunk.ts":  "the loader of every lazy file, which uses the single file's copy when it has one",
	"loader.ts": "fetches the module, which the single file gives as a data: URL",
}

// TestLazyFilesLoadThroughChunk keeps the single file whole: a lazy part loaded any other
// way than through site/src/chunk.ts would be fetched from beside the page, which a file
// opened from disk cannot do, and `make single` would carry it for nothing.
func TestLazyFilesLoadThroughChunk(t *testing.T) {
	root := filepath.Join("..", "..", "site", "src")
	seen := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".ts") {
			return err
		}
		seen++
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if loaders[filepath.ToSlash(rel)] != "" {
			return nil
		}
		for _, m := range fetchers.FindAllString(string(b), -1) {
			t.Errorf("site/src/%s loads a file with %s: load lazy files with chunk.ts (loadScript, loadStyle, loadJSON) so the single file can carry them", filepath.ToSlash(rel), m)
		}
		return nil
	})
	if err != nil || seen < 10 {
		t.Fatalf("reading site/src: %v (%d files)", err, seen)
	}
}
