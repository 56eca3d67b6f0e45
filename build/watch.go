package main

import (
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// sourceDirs are the directories whose files end up in dist/, relative to the module root.
var sourceDirs = []string{"cvq", "wasm", "site", "docs"}

// watchedExts are the kinds of source file that can change the build's output.
var watchedExts = map[string]bool{".go": true, ".ts": true, ".css": true, ".html": true}

// stamp is what polling compares: a changed size or modification time means "rebuild".
type stamp struct {
	size    int64
	modTime time.Time
}

// snapshot records the stamp of every watched file under root's source directories. Polling
// this every half second costs a few hundred stat calls, which is cheaper than a dependency
// on a file-notification library and behaves the same on every file system.
func snapshot(root string) map[string]stamp {
	snap := map[string]stamp{}
	for _, dir := range sourceDirs {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // vanished while walking, or unreadable: skip it
			}
			name := d.Name()
			if d.IsDir() {
				// Tests' data, dependencies and hidden directories never feed the build.
				if p != filepath.Join(root, dir) && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "testdata") {
					return filepath.SkipDir
				}
				return nil
			}
			// Markdown is built only from docs/ (a README elsewhere is for the repository).
			ext := filepath.Ext(name)
			if !(watchedExts[ext] || ext == ".md" && dir == docsDir) || strings.HasPrefix(name, ".") {
				return nil
			}
			if info, err := d.Info(); err == nil {
				rel, _ := filepath.Rel(root, p)
				snap[filepath.ToSlash(rel)] = stamp{size: info.Size(), modTime: info.ModTime()}
			}
			return nil
		})
	}
	return snap
}

// changed lists the files that differ between two snapshots (added, removed or modified).
func changed(before, after map[string]stamp) []string {
	var names []string
	for name, s := range after {
		if old, ok := before[name]; !ok || old.size != s.size || !old.modTime.Equal(s.modTime) {
			names = append(names, name)
		}
	}
	for name := range before {
		if _, ok := after[name]; !ok {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}
