package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"errors"
	"path"
	"runtime"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible lists the extensions worth precompressing: text, and WebAssembly, whose
// code section shrinks to about a third. Images and fonts are compressed already.
var compressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".map": true, ".json": true,
	".svg": true, ".txt": true, ".wasm": true,
}

// compressAll fills in the gzip and brotli forms of every compressible file, in parallel
// (brotli at quality 11 is the slowest step of the build). A form that would not be smaller
// than the file itself is left out; the server then sends the file as it is.
func compressAll(files []file, memo *memo) error {
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	errs := make([]error, len(files))
	for i := range files {
		if !compressible[path.Ext(files[i].name)] {
			continue
		}
		wg.Add(1)
		go func(f *file, err *error) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			f.gz, f.br, *err = memo.compress(f.data)
		}(&files[i], &errs[i])
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// compress returns data as gzip (level 9) and brotli (quality 11), each nil when not
// smaller than data.
func compress(data []byte) (gz, br []byte, err error) {
	var g, b bytes.Buffer
	// gzip runs beside brotli: for the module, brotli alone takes seconds.
	gzDone := make(chan error, 1)
	go func() {
		zw, err := gzip.NewWriterLevel(&g, gzip.BestCompression)
		if err == nil {
			_, err = zw.Write(data)
		}
		if err == nil {
			err = zw.Close()
		}
		gzDone <- err
	}()
	bw := brotli.NewWriterLevel(&b, brotli.BestCompression)
	_, brErr := bw.Write(data)
	if brErr == nil {
		brErr = bw.Close()
	}
	if err := errors.Join(<-gzDone, brErr); err != nil {
		return nil, nil, err
	}
	if g.Len() < len(data) {
		gz = g.Bytes()
	}
	if b.Len() < len(data) {
		br = b.Bytes()
	}
	return gz, br, nil
}

// memo remembers the slow, deterministic steps (compression, wasm-opt) by the SHA-256 of
// their input, so that `serve` rebuilding after a CSS edit does not recompress an unchanged
// 2 MB module. Each build has one even when nothing outlives it: choosing whether to keep
// wasm-opt's output compresses the module, and compressAll reuses that.
type memo struct {
	mu         sync.Mutex
	compressed map[[32]byte][2][]byte
	optimized  map[optKey]optResult
	disk       diskCache // results kept between runs (wasmopt_cache.go); off when zero
}

type optKey struct {
	input [32]byte
	mode  wasmOptMode
}

type optResult struct {
	module []byte
	note   string
}

func newMemo() *memo {
	return &memo{compressed: map[[32]byte][2][]byte{}, optimized: map[optKey]optResult{}}
}

func (m *memo) compress(data []byte) (gz, br []byte, err error) {
	key := sha256.Sum256(data)
	m.mu.Lock()
	got, ok := m.compressed[key]
	m.mu.Unlock()
	if ok {
		return got[0], got[1], nil
	}
	gz, br, err = cachedCompress(m.disk, data)
	if err == nil {
		m.mu.Lock()
		m.compressed[key] = [2][]byte{gz, br}
		m.mu.Unlock()
	}
	return gz, br, err
}

// forget drops everything not used by the latest build, so a long serve session does not
// keep every version of the module ever built.
func (m *memo) forget(keep []file) {
	live := map[[32]byte]bool{}
	for _, f := range keep {
		live[sha256.Sum256(f.data)] = true
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for k := range m.compressed {
		if !live[k] {
			delete(m.compressed, k)
		}
	}
}

// optimize is optimizeWasm, remembered for the last module only: that is the one a rebuild
// that did not touch Go code will ask for again. It compares candidates by their brotli
// size, computed through the memo so the winner is not compressed a second time.
func (m *memo) optimize(ctx context.Context, mode wasmOptMode, module []byte) ([]byte, string, error) {
	key := optKey{input: sha256.Sum256(module), mode: mode}
	m.mu.Lock()
	got, ok := m.optimized[key]
	m.mu.Unlock()
	if ok {
		if mode == wasmOptOff {
			return got.module, got.note, nil
		}
		return got.module, got.note + " (module unchanged, reused)", nil
	}
	out, note, err := cachedOptimize(ctx, m.disk, mode, module, m.servedSize)
	if err == nil {
		m.mu.Lock()
		m.optimized = map[optKey]optResult{key: {module: out, note: note}}
		m.mu.Unlock()
	}
	return out, note, err
}

// servedSize is the number of bytes a brotli-capable browser downloads for data.
func (m *memo) servedSize(data []byte) (int, error) {
	_, br, err := m.compress(data)
	if br == nil {
		return len(data), err
	}
	return len(br), err
}
