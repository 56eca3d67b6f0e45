package main

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

// wasmOptMode says whether binaryen's wasm-opt runs over the compiled module.
type wasmOptMode string

const (
	// wasmOptAuto runs wasm-opt when installed and ships its output only when that is
	// smaller as served, i.e. after brotli. Measured with binaryen 108 on Go 1.26 output:
	// -Oz trims the code section by about 7% (the module by 4%), gzip gains 0.3%, and
	// brotli comes out within 0.1% either way, sometimes larger; so judging by the raw size
	// would ship a module that downloads no faster.
	wasmOptAuto wasmOptMode = "auto"
	wasmOptOn   wasmOptMode = "on"  // wasm-opt must be installed and succeed; its output ships
	wasmOptOff  wasmOptMode = "off" // never run it
)

// String implements flag.Value.
func (m *wasmOptMode) String() string { return string(*m) }

// Set implements flag.Value.
func (m *wasmOptMode) Set(s string) error {
	switch v := wasmOptMode(s); v {
	case wasmOptAuto, wasmOptOn, wasmOptOff:
		*m = v
		return nil
	}
	return fmt.Errorf("want auto, on or off, not %q", s)
}

// wasmOptArgs are the flags wasm-opt gets besides its input and output. Go's wasm output
// uses three post-MVP features (memory.copy/fill, sign extension, saturating float-to-int
// conversion) and wasm-opt refuses to validate it unless each one is enabled; they are
// listed one by one rather than with --all-features so the optimizer cannot introduce
// instructions from features Go never asked browsers for.
var wasmOptArgs = []string{
	"-Oz",
	"--enable-bulk-memory",
	"--enable-sign-ext",
	"--enable-nontrapping-float-to-int",
}

// optimizeWasm runs wasm-opt over module according to mode. served gives the number of
// bytes a browser downloads for a module (its brotli size); auto mode keeps the optimized
// module only when that number goes down. It returns the module to ship and a line for the
// build log saying what happened, with the sizes.
func optimizeWasm(ctx context.Context, mode wasmOptMode, module []byte, served func([]byte) (int, error)) ([]byte, string, error) {
	if mode == wasmOptOff {
		return module, "wasm-opt: off", nil
	}
	bin, err := exec.LookPath("wasm-opt")
	if err != nil {
		if mode == wasmOptOn {
			return nil, "", errors.New("-wasm-opt on: wasm-opt is not on PATH (Debian: apt-get install binaryen)")
		}
		return module, "wasm-opt: not installed, skipped (Debian: apt-get install binaryen)", nil
	}

	optimized, err := runWasmOpt(ctx, bin, module)
	if err != nil {
		if mode == wasmOptOn || ctx.Err() != nil {
			return nil, "", err
		}
		return module, "wasm-opt: failed, shipping the module as Go built it:\n\t" +
			strings.ReplaceAll(tail(err.Error(), 8), "\n", "\n\t"), nil
	}
	before, err := served(module)
	if err != nil {
		return nil, "", err
	}
	after, err := served(optimized)
	if err != nil {
		return nil, "", err
	}
	sizes := fmt.Sprintf("wasm-opt: %d → %d bytes raw (%+.1f%%), %d → %d served (%+.1f%%)",
		len(module), len(optimized), change(len(module), len(optimized)), before, after, change(before, after))
	switch {
	case mode == wasmOptOn:
		return optimized, sizes + ": -wasm-opt on, using the optimized module", nil
	case after < before:
		return optimized, sizes + ": using the optimized module", nil
	}
	return module, sizes + ": not smaller as served, kept Go's output", nil
}

func change(from, to int) float64 {
	if from == 0 {
		return 0
	}
	return 100 * float64(to-from) / float64(from)
}

func runWasmOpt(ctx context.Context, bin string, module []byte) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "cvq-wasm-opt-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	in, out := filepath.Join(tmp, "in.wasm"), filepath.Join(tmp, "out.wasm")
	if err := os.WriteFile(in, module, 0o644); err != nil {
		return nil, err
	}
	args := append(append([]string{}, wasmOptArgs...), in, "-o", out)
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Stdout = &stderr
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("wasm-opt %s: %v\n%s", strings.Join(wasmOptArgs, " "), err, tail(stderr.String(), 20))
	}
	return os.ReadFile(out)
}

// tail keeps the last n lines of s: wasm-opt's validator can print thousands.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{fmt.Sprintf("... (%d lines cut)", len(lines)-n)}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}
