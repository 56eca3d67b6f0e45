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
// smallest form; lazy files, fetched on first use, are not part of it). "-" marks a form that was not written: not compressible, or not smaller.
func printSummary(w io.Writer, files []file) {
	sorted := append([]file{}, files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].name < sorted[j].name })

	width := len("page load (without .map)")
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
