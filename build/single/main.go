// Command single writes the built page as one self-contained HTML file
// (see package inline) that works opened from disk, and prints its path
// as the last word of its output.
//
// Usage:
//
//	go run ./build/single [-dist dist] [-out dist/cvq-playground.html]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cvq-playground/cvq-playground/build/inline"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("single", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dist := fs.String("dist", "dist", "the built site to read (go run ./build writes it)")
	out := fs.String("out", "", "the file to write (default: cvq-playground.html in -dist)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "single: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *out == "" {
		*out = filepath.Join(*dist, "cvq-playground.html")
	}
	page, err := inline.Page(*dist)
	if err == nil {
		err = os.WriteFile(*out, page, 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, "single:", err)
		return 1
	}
	abs, err := filepath.Abs(*out)
	if err != nil {
		abs = *out
	}
	fmt.Fprintf(stdout, "The whole playground in one file (%d KiB; open it in a browser, no server needed):\n%s\n", (len(page)+1023)/1024, abs)
	return 0
}
