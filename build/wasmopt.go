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
	wasmOptAuto wasmOptMode = "auto" // run it when installed; keep its output only when smaller
	wasmOptOn   wasmOptMode = "on"   // it must be installed and succeed
	wasmOptOff  wasmOptMode = "off"  // never run it
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

// optimizeWasm runs wasm-opt over module according to mode. It returns the module to ship
// and one line for the build log saying what happened.
func optimizeWasm(ctx context.Context, mode wasmOptMode, module []byte) ([]byte, string, error) {
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
	if len(optimized) >= len(module) {
		return module, fmt.Sprintf("wasm-opt: %d → %d bytes, not smaller, kept Go's output", len(module), len(optimized)), nil
	}
	saved := 100 * float64(len(module)-len(optimized)) / float64(len(module))
	return optimized, fmt.Sprintf("wasm-opt: %d → %d bytes (-%.1f%%), using the optimized module", len(module), len(optimized), saved), nil
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
