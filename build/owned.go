package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cvq-playground/cvq-playground/build/distserve"
)

// markerName is a file the build writes into every directory it publishes, so a later build
// knows the directory is its own to replace (publishing deletes everything in it). It starts
// with a dot because distserve never serves dot files, so it never becomes part of the site.
const markerName = ".cvq-build"

// markerText is the marker's content, for whoever finds the file.
const markerText = "Written by `go run ./build` (CVQ Playground): the next build replaces this whole directory.\n"

// checkOutput reports an error unless the build may replace dir, which name is how messages
// call it. It may when dir does not exist, is empty, holds markerName, or is the output of
// a build from before the marker (see isUnmarkedBuild). Anything else may be a directory
// somebody needs, and publishing would delete all of it.
func checkOutput(dir, name string) error {
	info, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return fmt.Errorf("-out %s exists and is not a directory; the build replaces -out as a whole, so name a new or empty directory", name)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if m, err := os.Lstat(filepath.Join(dir, markerName)); err == nil && m.Mode().IsRegular() {
		return nil
	}
	if isUnmarkedBuild(entries) {
		return nil
	}
	return fmt.Errorf("-out %s is not empty and has no %s file, so it is not an earlier build's output; the build replaces -out as a whole and will not replace it: name a new or empty directory", name, markerName)
}

// isUnmarkedBuild reports whether entries (a directory's listing) are what a build from
// before markerName wrote: index.html, the playground's cvq-HASH.wasm and wasm_exec-HASH.js,
// and otherwise only regular files with the build's content-hashed names, each perhaps with
// its .gz or .br sibling. The dist/ and bench-out/playground/ directories on developers'
// machines look like this; taking them as the build's own keeps `make build`, `make test`
// and `make bench` working without a manual cleanup. Nothing a person put there passes the
// name rule (no dot files, no subdirectories, no unhashed names besides index.html), so
// replacing such a directory deletes only what an earlier build wrote.
func isUnmarkedBuild(entries []fs.DirEntry) bool {
	var page, module, loader bool
	for _, e := range entries {
		if !e.Type().IsRegular() {
			return false
		}
		name := e.Name()
		for _, suffix := range []string{".gz", ".br"} {
			if base, ok := strings.CutSuffix(name, suffix); ok {
				name = base
				break
			}
		}
		switch {
		case name == "index.html":
			page = true
		case strings.HasPrefix(name, ".") || !distserve.IsHashed(name):
			return false
		case strings.HasPrefix(name, "cvq-") && strings.HasSuffix(name, ".wasm"):
			module = true
		case strings.HasPrefix(name, "wasm_exec-") && strings.HasSuffix(name, ".js"):
			loader = true
		}
	}
	return page && module && loader
}
