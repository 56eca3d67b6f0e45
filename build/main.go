// Command build turns the repository into the static site in dist/: it compiles wasm/ to
// WebAssembly, bundles site/ with esbuild's Go API, fills the page template with the
// content-hashed file names, precompresses everything and swaps the result into place.
//
// Usage:
//
//	go run ./build [-out dist] [-wasm-opt auto|on|off]
//	go run ./build serve [-addr 127.0.0.1:8080] [-out dist] [-wasm-opt auto|on|off]
//
// serve builds, serves dist/ on addr and rebuilds whenever a source file under cvq/, wasm/
// or site/ changes; a failed rebuild leaves the last good build in place. -wasm-opt defaults
// to auto for a build and to off for serve, where its minute of work would slow every
// reload after a Go edit.
package main

import (
	"github.com/cvq-playground/cvq-playground/build/wasmtool"

	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
)

const usageText = `usage:
  go run ./build [-out dir] [-wasm-opt auto|on|off]
        build the site into dir (default "dist")
  go run ./build serve [-addr host:port] [-out dir] [-wasm-opt auto|on|off]
        build, serve dir on addr (default 127.0.0.1:8080) and rebuild on change

flags:
  -out dir        output directory (default "dist"), replaced as a whole on success; it
                  must be new, empty or an earlier build's output
  -wasm-opt mode  auto: run binaryen's wasm-opt when installed and keep its output if the
                  brotli-compressed module gets smaller; on: require wasm-opt and ship its
                  output; off: never run it (default: auto for a build, off for serve)
  -addr host:port address to serve on (serve only)
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run carries out one command line and returns the process exit code: 0 on success, 1 when
// the build or server fails, 2 for a command line we cannot make sense of.
func run(args []string, stdout, stderr io.Writer) int {
	cmd := "build"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "build", "serve":
	case "help":
		fmt.Fprint(stdout, usageText)
		return 0
	default:
		fmt.Fprintf(stderr, "build: unknown command %q\n\n%s", cmd, usageText)
		return 2
	}

	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usageText) }
	out := fs.String("out", "dist", "")
	mode := wasmOptAuto
	if cmd == "serve" {
		// wasm-opt takes about a minute on the playground's module (two cores) and has so
		// far not made the brotli download smaller (see wasmOptAuto), so the edit-reload
		// loop does without it unless asked.
		mode = wasmOptOff
	}
	fs.Var(&mode, "wasm-opt", "")
	var addr *string
	if cmd == "serve" {
		addr = fs.String("addr", "127.0.0.1:8080", "")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "build: unexpected argument %q\n\n%s", fs.Arg(0), usageText)
		return 2
	}

	cfg, err := newConfig(*out, mode, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "build: %v\n", err)
		return 1
	}

	// Ctrl-C cancels whatever is running (a go build, wasm-opt, the server) and lets it clean
	// up its temporary files before we exit.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if cmd == "serve" {
		return serve(ctx, cfg, *addr, stderr)
	}
	if _, err := buildOnce(ctx, cfg, nil); err != nil {
		fmt.Fprintf(stderr, "%v\nbuild failed; %s was left as it was\n", err, cfg.outName)
		return 1
	}
	return 0
}

// config holds what every build needs to know.
type config struct {
	root    string // the module root, where go.mod is
	out     string // absolute path of the output directory
	outName string // the output directory as the user named it, for messages
	wasmOpt wasmOptMode
	log     io.Writer // progress and the summary table
	cache   diskCache // wasm-opt verdicts and compressed modules kept between builds
}

func newConfig(out string, mode wasmOptMode, log io.Writer) (config, error) {
	root, err := wasmtool.FindRoot()
	if err != nil {
		return config{}, err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return config{}, err
	}
	// Refuse outputs that would replace the sources: the swap deletes the old directory.
	if rel, err := filepath.Rel(absOut, root); err == nil && !strings.HasPrefix(rel, "..") {
		return config{}, fmt.Errorf("-out %s would contain the repository itself; choose a directory inside or beside it", out)
	}
	for _, src := range sourceDirs {
		if rel, err := filepath.Rel(filepath.Join(root, src), absOut); err == nil && !strings.HasPrefix(rel, "..") {
			return config{}, fmt.Errorf("-out %s is inside the source directory %s/", out, src)
		}
	}
	// Refuse a directory the build does not own now rather than after a minute of
	// compiling; publish checks again before it deletes anything.
	if err := checkOutput(absOut, out); err != nil {
		return config{}, err
	}
	return config{root: root, out: absOut, outName: out, wasmOpt: mode, log: log, cache: openDiskCache()}, nil
}
