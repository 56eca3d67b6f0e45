package main

import (
	"github.com/cvq-playground/cvq-playground/build/wasmtool"

	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
)

// wasmOptVersion returns `wasm-opt --version`, or "" when it is not installed.
func wasmOptVersion() string {
	out, err := exec.Command("wasm-opt", "--version").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// optimize applies the build's -wasm-opt rule to the floor module: off leaves it alone, on
// requires wasm-opt and keeps its output, auto keeps the output only when its brotli form
// is smaller. It returns the module, its brotli form (computed anyway to decide) and a note.
func optimize(ctx context.Context, mode string, module []byte) (out, br []byte, note string, err error) {
	if mode == "off" {
		return module, nil, "wasm-opt off", nil
	}
	if _, err := exec.LookPath("wasm-opt"); err != nil {
		if mode == "on" {
			return nil, nil, "", errors.New("-wasm-opt on, but wasm-opt is not installed (apt-get install binaryen)")
		}
		return module, nil, "wasm-opt not installed, skipped", nil
	}
	opt, err := wasmtool.RunWasmOpt(ctx, "wasm-opt", module)
	if err != nil {
		return nil, nil, "", err
	}
	if mode == "on" {
		return opt, nil, fmt.Sprintf("wasm-opt on: %s → %s bytes", bytesCell(len(module)), bytesCell(len(opt))), nil
	}
	// auto: both brotli runs at once, one per core.
	var brOpt []byte
	var errOpt error
	done := make(chan struct{})
	go func() {
		brOpt, errOpt = brotli11(opt)
		close(done)
	}()
	brRaw, errRaw := brotli11(module)
	<-done
	if err := errors.Join(errRaw, errOpt); err != nil {
		return nil, nil, "", err
	}
	sizes := fmt.Sprintf("wasm-opt: %s → %s brotli bytes", bytesCell(len(brRaw)), bytesCell(len(brOpt)))
	if len(brOpt) < len(brRaw) {
		return opt, brOpt, sizes + ", kept the optimized module", nil
	}
	return module, brRaw, sizes + ", not smaller as served, kept Go's output", nil
}

// lastLines keeps the end of a long tool output.
func lastLines(s string, n int) string {
	return wasmtool.Tail(s, n)
}
