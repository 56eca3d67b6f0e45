package main

import (
	"github.com/cvq-playground/cvq-playground/build/wasmtool"

	"context"
	"errors"
	"fmt"
	"os/exec"
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

	optimized, err := wasmtool.RunWasmOpt(ctx, bin, module)
	if err != nil {
		if mode == wasmOptOn || ctx.Err() != nil {
			return nil, "", err
		}
		return module, "wasm-opt: failed, shipping the module as Go built it:\n\t" +
			strings.ReplaceAll(wasmtool.Tail(err.Error(), 8), "\n", "\n\t"), nil
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
