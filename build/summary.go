package main

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// printSummary prints one row per file of dist/ with its size raw, gzipped and as brotli,
// then what a browser downloads for the page (every file but the source maps, each in its
// smallest form; lazy files, fetched on first use, are not part of it). "-" marks a form
// that was not written: not compressible, or not smaller. The reference's pages and script
// are not part of the page's load either: they are summed in one row of their own.
func printSummary(w io.Writer, files []file) {
	var ref file
	n := 0
	var rest []file
	for _, f := range files {
		if !strings.HasPrefix(f.name, refDir+"/") && !isRefScript(f.name) {
			rest = append(rest, f)
			continue
		}
		n++
		ref.data = append(ref.data, f.data...)
		ref.gz = append(ref.gz, orRaw(f.gz, f.data)...)
		ref.br = append(ref.br, orRaw(f.br, f.data)...)
	}
	files = rest
	sorted := append([]file{}, files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].name < sorted[j].name })

	width := len("reference (00 files, not loaded)")
	for _, f := range sorted {
		width = max(width, len(f.name))
	}
	row := func(name, raw, gz, br string) {
		fmt.Fprintf(w, "  %-*s %10s %10s %10s\n", width, name, raw, gz, br)
	}
	row("file", "raw", "gzip", "brotli")
	var raw, gz, br int
	for _, f := range sorted {
		row(f.name, strconv.Itoa(len(f.data)), size(f.gz), size(f.br))
		if !strings.HasSuffix(f.name, ".map") && !f.lazy {
			raw += len(f.data)
			gz += sizeOr(f.gz, f.data)
			br += sizeOr(f.br, f.data)
		}
	}
	row("page load (without .map)", strconv.Itoa(raw), strconv.Itoa(gz), strconv.Itoa(br))
	if n > 0 {
		row(fmt.Sprintf("reference (%d files, not loaded)", n), strconv.Itoa(len(ref.data)), strconv.Itoa(len(ref.gz)), strconv.Itoa(len(ref.br)))
	}
}

// isRefScript reports whether name is the reference pages' script or its source map.
func isRefScript(name string) bool {
	return strings.HasPrefix(name, "reference-") && (strings.HasSuffix(name, ".js") || strings.HasSuffix(name, ".js.map"))
}

// orRaw is the form a client receives: the compressed one if written, else the raw bytes.
func orRaw(compressed, raw []byte) []byte {
	if compressed != nil {
		return compressed
	}
	return raw
}

func size(b []byte) string {
	if b == nil {
		return "-"
	}
	return strconv.Itoa(len(b))
}

// sizeOr is what a client receives for one file: its compressed form if there is one, else
// the file itself.
func sizeOr(compressed, raw []byte) int {
	if compressed != nil {
		return len(compressed)
	}
	return len(raw)
}
