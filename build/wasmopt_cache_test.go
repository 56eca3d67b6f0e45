package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeCountingWasmOpt installs a wasm-opt that reports a version, shrinks the module to its
// magic number and counts its optimizing runs in the returned file.
func fakeCountingWasmOpt(t *testing.T, version string) (runs string) {
	t.Helper()
	runs = filepath.Join(t.TempDir(), "runs")
	fakeWasmOpt(t, `[ "$1" = --version ] && { echo "wasm-opt version `+version+`"; exit 0; }
echo run >> "`+runs+`"; printf '\0asm' > "$in"`)
	return runs
}

func countRuns(t *testing.T, runs string) int {
	t.Helper()
	b, err := os.ReadFile(runs)
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(b), "run")
}

// A verdict is taken once per module and wasm-opt version, across builds (fresh memos), and
// the cached verdict ships the same bytes with the same note.
func TestWasmOptVerdictCached(t *testing.T) {
	runs := fakeCountingWasmOpt(t, "1")
	cache := diskCache{dir: t.TempDir()}
	build := func(module []byte) ([]byte, string) {
		m := newMemo()
		m.disk = cache
		got, note, err := m.optimize(context.Background(), wasmOptAuto, module)
		if err != nil {
			t.Fatal(err)
		}
		return got, note
	}
	shrunk, note := build(testModule)
	if string(shrunk) != "\x00asm" || countRuns(t, runs) != 1 || strings.Contains(note, "cached") {
		t.Fatalf("first build: %q, note %q, %d runs", shrunk, note, countRuns(t, runs))
	}
	again, againNote := build(testModule)
	if !bytes.Equal(again, shrunk) || countRuns(t, runs) != 1 || !strings.HasPrefix(againNote, note) || !strings.Contains(againNote, "cached in "+cache.dir) {
		t.Errorf("second build: %q, note %q, %d runs", again, againNote, countRuns(t, runs))
	}
	// Go's output kept: the entry holds no module, and the original comes back.
	large := bytes.Repeat([]byte("\x00asm Go module "), 100)
	m := newMemo()
	m.disk = cache
	kept, keptNote, _ := cachedOptimize(context.Background(), cache, wasmOptAuto, large, func(b []byte) (int, error) { return 1000 - len(b), nil })
	if !bytes.Equal(kept, large) || !strings.Contains(keptNote, "not smaller as served") {
		t.Fatalf("kept %d bytes, note %q", len(kept), keptNote)
	}
	kept, keptNote, _ = cachedOptimize(context.Background(), cache, wasmOptAuto, large, nil)
	if !bytes.Equal(kept, large) || !strings.Contains(keptNote, "cached") || countRuns(t, runs) != 2 {
		t.Errorf("cached keep: %d bytes, note %q, %d runs", len(kept), keptNote, countRuns(t, runs))
	}
	// Another module, another mode or another wasm-opt decides afresh.
	build(append([]byte{}, append(testModule, '!')...))
	if n := countRuns(t, runs); n != 3 {
		t.Errorf("a changed module reused a verdict (%d runs)", n)
	}
	cachedOptimize(context.Background(), cache, wasmOptOn, testModule, rawSize)
	fakeCountingWasmOpt(t, "2")
	if _, note, _ := cachedOptimize(context.Background(), cache, wasmOptAuto, testModule, rawSize); strings.Contains(note, "cached") {
		t.Errorf("a new wasm-opt reused the old one's verdict: %q", note)
	}
}

// The zero cache is off: nothing is written anywhere and wasm-opt runs every time.
func TestWasmOptCacheOff(t *testing.T) {
	runs := fakeCountingWasmOpt(t, "1")
	for i := 0; i < 2; i++ {
		if _, note, err := cachedOptimize(context.Background(), diskCache{}, wasmOptAuto, testModule, rawSize); err != nil || strings.Contains(note, "cached") {
			t.Fatalf("note %q, err %v", note, err)
		}
	}
	if n := countRuns(t, runs); n != 2 {
		t.Errorf("%d runs, want 2", n)
	}
	t.Setenv("CVQ_BUILD_CACHE", "off")
	if c := openDiskCache(); c.dir != "" {
		t.Errorf("CVQ_BUILD_CACHE=off opened %s", c.dir)
	}
	dir := filepath.Join(t.TempDir(), "c")
	t.Setenv("CVQ_BUILD_CACHE", dir)
	if c := openDiskCache(); c.dir != dir {
		t.Errorf("CVQ_BUILD_CACHE=%s opened %q", dir, c.dir)
	}
}

// Compressed forms of large files come back from disk identical; a torn entry is
// recomputed, not trusted.
func TestCompressCached(t *testing.T) {
	cache := diskCache{dir: t.TempDir()}
	data := bytes.Repeat([]byte("the module's code section, more or less "), minCachedCompress/30)
	gz, br, err := cachedCompress(cache, data)
	if err != nil || gz == nil || br == nil {
		t.Fatalf("gz %d, br %d, err %v", len(gz), len(br), err)
	}
	key := cacheKey("compress", data, compressFormat)
	if _, ok := cache.get(key); !ok {
		t.Fatalf("no entry %s", key)
	}
	gz2, br2, err := cachedCompress(cache, data)
	if err != nil || !bytes.Equal(gz, gz2) || !bytes.Equal(br, br2) {
		t.Errorf("cached forms differ")
	}
	if err := os.WriteFile(filepath.Join(cache.dir, key), []byte{0, 0, 0, 0, 0, 0, 0xff, 0xff, 1}, 0o644); err != nil {
		t.Fatal(err)
	}
	gz3, br3, err := cachedCompress(cache, data)
	if err != nil || !bytes.Equal(gz, gz3) || !bytes.Equal(br, br3) {
		t.Errorf("a torn entry was trusted")
	}
	small := []byte("small page file")
	cachedCompress(cache, small)
	if _, ok := cache.get(cacheKey("compress", small, compressFormat)); ok {
		t.Errorf("a small file was cached")
	}
}

// The folder stays under its bound, dropping the least recently used entries.
func TestDiskCacheTrim(t *testing.T) {
	cache := diskCache{dir: t.TempDir()}
	big := make([]byte, maxCacheBytes/3+1)
	for i, k := range []string{"a", "b", "c"} {
		cache.put(k, big)
		used := time.Now().Add(time.Duration(i-3) * time.Hour) // a oldest, then b, then c
		if err := os.Chtimes(filepath.Join(cache.dir, k), used, used); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := cache.get("a"); ok {
		t.Errorf("the oldest entry survived a full folder")
	}
	for _, k := range []string{"b", "c"} {
		if _, ok := cache.get(k); !ok {
			t.Errorf("entry %s was dropped", k)
		}
	}
}
