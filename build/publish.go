package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cvq-playground/cvq-playground/build/inline"
)

// file is one file of dist/ with its precompressed forms (nil when not worth having).
type file struct {
	name string // slash-separated, relative to dist/
	data []byte
	gz   []byte
	br   []byte
	// lazy marks a file the page fetches only on first use (the lessons, the
	// views), so the summary's page-load total leaves it out and `make single`
	// carries it inside the one file (lazylist.go).
	lazy bool
}

// Staging and retired directories sit beside the output directory (a rename cannot cross
// file systems) and start with a dot, so nothing serves or lists them by accident.
func stagingPrefix(out string) string { return "." + filepath.Base(out) + "-build-" }
func retiredPrefix(out string) string { return "." + filepath.Base(out) + "-old-" }

// publish writes files, markerName and the list of lazy files (inline.LazyList) into a
// fresh staging directory beside out and then swaps it in, so out only ever holds one
// complete build: the last good one if anything fails before the swap, and nothing from
// earlier builds afterwards. It refuses an out that
// checkOutput does not let the build replace; newConfig checked it already, but this is
// where the old contents get deleted, and the directory may have changed since.
func publish(out string, files []file) error {
	if err := checkOutput(out, out); err != nil {
		return err
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	removeLeftovers(out)
	staging, err := os.MkdirTemp(parent, stagingPrefix(out))
	if err != nil {
		return err
	}
	// Once the swap succeeds this path no longer exists and the removal is a no-op.
	defer os.RemoveAll(staging)
	if err := os.Chmod(staging, 0o755); err != nil {
		return err
	}
	if err := writeFiles(staging, files); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(staging, markerName), []byte(markerText), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(staging, inline.LazyList), lazyList(files), 0o644); err != nil {
		return err
	}
	return swapDir(staging, out)
}

// writeFiles writes every file and its .gz/.br siblings under dir.
func writeFiles(dir string, files []file) error {
	for _, f := range files {
		if f.name == "" || strings.HasPrefix(f.name, "/") || strings.Contains("/"+f.name+"/", "/../") {
			return fmt.Errorf("refusing to write %q outside the output directory", f.name)
		}
		p := filepath.Join(dir, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		for _, v := range []struct {
			suffix string
			data   []byte
		}{{"", f.data}, {".gz", f.gz}, {".br", f.br}} {
			if v.suffix != "" && v.data == nil {
				continue
			}
			if err := os.WriteFile(p+v.suffix, v.data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// swapDir moves staging to out, moving any existing out aside first and deleting it after.
// Between the two renames out is briefly missing (a few microseconds; Linux's
// RENAME_EXCHANGE would close that gap but is not in the standard library); a reader never
// sees a mix of two builds. If the second rename fails the old build is put back.
func swapDir(staging, out string) error {
	retired := ""
	if _, err := os.Lstat(out); err == nil {
		// MkdirTemp picks a unique name; os.Rename will not replace a directory, so the
		// placeholder goes again before the rename takes its name.
		retired, err = os.MkdirTemp(filepath.Dir(out), retiredPrefix(out))
		if err != nil {
			return err
		}
		if err := os.Remove(retired); err != nil {
			return err
		}
		if err := os.Rename(out, retired); err != nil {
			return fmt.Errorf("moving the previous %s aside: %v", filepath.Base(out), err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.Rename(staging, out); err != nil {
		if retired != "" {
			if err2 := os.Rename(retired, out); err2 != nil {
				return fmt.Errorf("installing the new build: %v; the previous build is in %s (%v)", err, retired, err2)
			}
		}
		return fmt.Errorf("installing the new build: %v", err)
	}
	if retired != "" {
		return os.RemoveAll(retired)
	}
	return nil
}

// removeLeftovers deletes staging and retired directories that an interrupted build left
// behind. Recent ones are spared: they may belong to a build running right now in another
// process.
func removeLeftovers(out string) {
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !(strings.HasPrefix(name, stagingPrefix(out)) || strings.HasPrefix(name, retiredPrefix(out))) {
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > 10*time.Minute {
			os.RemoveAll(filepath.Join(filepath.Dir(out), name))
		}
	}
}
