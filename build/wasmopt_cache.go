package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// diskCache keeps the results of the build's slow deterministic steps between runs, keyed
// by the SHA-256 of their input: wasm-opt's verdict on a module (16–47 s on two cores) and
// the brotli/gzip forms of the module (seconds). A warm `go run ./build` whose module did
// not change then takes the time of the Go build alone. The zero value is off: the build's
// own tests construct configs without one, so they never read or fill the user's cache.
type diskCache struct {
	dir string // where entries live; "" when the cache is off
}

// maxCacheBytes bounds the folder: about a dozen module versions with their compressed
// forms. Older entries (by modification time) go first.
const maxCacheBytes = 64 << 20

// openDiskCache finds the cache folder: $CVQ_BUILD_CACHE when set ("off" turns the cache
// off), else cvq-playground/build under the user's cache folder (~/.cache on Linux). A
// machine without one builds without a cache.
func openDiskCache() diskCache {
	dir := os.Getenv("CVQ_BUILD_CACHE")
	if dir == "off" {
		return diskCache{}
	}
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return diskCache{}
		}
		dir = filepath.Join(base, "cvq-playground", "build")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return diskCache{}
	}
	return diskCache{dir: dir}
}

// cacheKey names an entry: what was done (kind), to which input, with which tool.
func cacheKey(kind string, input []byte, tool string) string {
	in := sha256.Sum256(input)
	t := sha256.Sum256([]byte(tool))
	return kind + "-" + hex.EncodeToString(in[:12]) + "-" + hex.EncodeToString(t[:6])
}

// get returns an entry; a miss and an unreadable entry look the same.
func (c diskCache) get(key string) ([]byte, bool) {
	if c.dir == "" {
		return nil, false
	}
	data, err := os.ReadFile(filepath.Join(c.dir, key))
	if err != nil {
		return nil, false
	}
	now := time.Now()
	_ = os.Chtimes(filepath.Join(c.dir, key), now, now) // recently used entries stay longest
	return data, true
}

// put stores an entry (write to a temporary file, then rename, so a build killed half-way
// or two builds at once never leave a torn entry) and trims the folder. A failure only
// means the next build recomputes.
func (c diskCache) put(key string, data []byte) {
	if c.dir == "" {
		return
	}
	tmp, err := os.CreateTemp(c.dir, ".tmp-*")
	if err != nil {
		return
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(c.dir, key))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return
	}
	c.trim()
}

// trim deletes the least recently used entries until the folder fits maxCacheBytes.
func (c diskCache) trim() {
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return
	}
	type entry struct {
		name string
		size int64
		used time.Time
	}
	var all []entry
	var total int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		all = append(all, entry{e.Name(), info.Size(), info.ModTime()})
		total += info.Size()
	}
	sort.Slice(all, func(i, j int) bool { return all[i].used.Before(all[j].used) })
	for _, e := range all {
		if total <= maxCacheBytes {
			break
		}
		if os.Remove(filepath.Join(c.dir, e.name)) == nil {
			total -= e.size
		}
	}
}

// wasmOptVersion identifies the installed wasm-opt, so a new binaryen decides afresh; ""
// when there is none (nothing is cached then: skipping it is instant anyway).
func wasmOptVersion(ctx context.Context) string {
	bin, err := exec.LookPath("wasm-opt")
	if err != nil {
		return ""
	}
	out, err := exec.CommandContext(ctx, bin, "--version").Output()
	if err != nil {
		return ""
	}
	return bin + " " + strings.TrimSpace(string(out))
}

// cachedOptimize is optimizeWasm remembered on disk. An entry holds the log note, a zero
// byte, and the optimized module when that is what ships (nothing when Go's output is
// kept), so a verdict of "not smaller" costs a few hundred bytes.
func cachedOptimize(ctx context.Context, c diskCache, mode wasmOptMode, module []byte, served func([]byte) (int, error)) ([]byte, string, error) {
	version := ""
	if c.dir != "" && mode != wasmOptOff {
		version = wasmOptVersion(ctx)
	}
	if version == "" {
		return optimizeWasm(ctx, mode, module, served)
	}
	key := cacheKey("wasm-opt-"+string(mode), module, version)
	if entry, ok := c.get(key); ok {
		if note, shipped, ok := bytes.Cut(entry, []byte{0}); ok {
			where := " (decided before for this module and wasm-opt; cached in " + c.dir + ")"
			if len(shipped) == 0 {
				return module, string(note) + where, nil
			}
			return shipped, string(note) + where, nil
		}
	}
	out, note, err := optimizeWasm(ctx, mode, module, served)
	if err != nil || strings.HasPrefix(note, "wasm-opt: failed") {
		return out, note, err // a failure may be passing (a killed process): try again next time
	}
	entry := append([]byte(note), 0)
	if !bytes.Equal(out, module) {
		entry = append(entry, out...)
	}
	c.put(key, entry)
	return out, note, nil
}

// minCachedCompress is the smallest file whose compressed forms are kept on disk. Brotli
// at quality 11 takes seconds for the module, and a warm build with the reference pages and
// the lessons spent 12 s compressing on a loaded two-core machine; tiny files are not worth
// an entry each.
const minCachedCompress = 4 << 10

// compressFormat versions the compressed entries' layout and settings (gzip -9, brotli
// -q 11): change it when compress changes.
const compressFormat = "gzip9-brotli11-v1"

// cachedCompress is compress remembered on disk for large inputs. An entry is the gzip
// form's length plus one (0: no gzip form) as 8 bytes, the gzip form, then the brotli
// form (empty: none).
func cachedCompress(c diskCache, data []byte) (gz, br []byte, err error) {
	if c.dir == "" || len(data) < minCachedCompress {
		return compress(data)
	}
	key := cacheKey("compress", data, compressFormat)
	if e, ok := c.get(key); ok && len(e) >= 8 {
		n := 0
		for _, b := range e[:8] {
			n = n<<8 | int(b)
		}
		if n == 0 || n-1 <= len(e)-8 {
			rest := e[8:]
			if n > 0 {
				gz, rest = rest[:n-1], rest[n-1:]
			}
			if len(rest) > 0 {
				br = rest
			}
			return gz, br, nil
		}
	}
	if gz, br, err = compress(data); err != nil {
		return nil, nil, err
	}
	n := 0
	if gz != nil {
		n = len(gz) + 1
	}
	entry := make([]byte, 8, 8+len(gz)+len(br))
	for i := 7; i >= 0; i-- {
		entry[i] = byte(n)
		n >>= 8
	}
	c.put(key, append(append(entry, gz...), br...))
	return gz, br, nil
}
