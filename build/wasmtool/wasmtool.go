// Package wasmtool holds what the build program (build/) and the
// benchmarks (build/bench) must do identically: the go build flags of the
// module, the wasm-opt arguments and run, and finding the repository root.
// Both are package main, so this is the one place they can share it; the
// floor module is only a fair floor when it goes through the same steps.
package wasmtool

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// GoBuildFlags are the go build flags of the WebAssembly module (GOOS=js
// GOARCH=wasm). -trimpath keeps build-machine paths out of the module;
// -s -w drop the symbol table and DWARF, which the browser never reads and
// which would double the download. -l on this module's own packages turns
// inlining off there: Go's wasm code inlines into much bigger bodies than
// native code, and our packages compile 35 KB (gzip) smaller without it,
// which the size budget against the bare Go runtime needs; the runtime and
// standard library keep their inlining.
var GoBuildFlags = []string{
	"-trimpath",
	"-ldflags=-s -w",
	"-gcflags=github.com/cvq-playground/cvq-playground/...=-l",
}

// WasmOptArgs are the flags wasm-opt gets besides its input and output.
// Go's wasm output uses three post-MVP features (memory.copy/fill, sign
// extension, saturating float-to-int conversion) and wasm-opt refuses to
// validate it unless each one is enabled; they are listed one by one
// rather than with --all-features so the optimizer cannot introduce
// instructions from features Go never asked browsers for.
var WasmOptArgs = []string{
	"-Oz",
	"--enable-bulk-memory",
	"--enable-sign-ext",
	"--enable-nontrapping-float-to-int",
}

// RunWasmOpt runs the wasm-opt binary bin over module with WasmOptArgs and
// returns the optimized module. Its output, when it fails, is cut to the
// last 20 lines (the validator can print thousands).
func RunWasmOpt(ctx context.Context, bin string, module []byte) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "cvq-wasm-opt-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	in, out := filepath.Join(tmp, "in.wasm"), filepath.Join(tmp, "out.wasm")
	if err := os.WriteFile(in, module, 0o644); err != nil {
		return nil, err
	}
	args := append(append([]string{}, WasmOptArgs...), in, "-o", out)
	var msg bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout, cmd.Stderr = &msg, &msg
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("wasm-opt %s: %v\n%s", strings.Join(WasmOptArgs, " "), err, Tail(msg.String(), 20))
	}
	return os.ReadFile(out)
}

// Tail keeps the last n lines of s, saying how many were cut.
func Tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{fmt.Sprintf("... (%d lines cut)", len(lines)-n)}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// FindRoot walks up from the working directory to the nearest go.mod, so
// the tools work from any directory of the checkout.
func FindRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod in this directory or any parent: run from inside the repository")
		}
		dir = parent
	}
}
