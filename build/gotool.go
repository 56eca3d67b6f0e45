package main

import (
	"github.com/cvq-playground/cvq-playground/build/wasmtool"

	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// goCommand finds the go command that builds the wasm module: the one on PATH, as for
// `go run ./build` itself.
func goCommand() (string, error) {
	bin, err := exec.LookPath("go")
	if err != nil {
		return "", errors.New("the go command is not on PATH")
	}
	return bin, nil
}

// compileWasm builds ./wasm for GOOS=js GOARCH=wasm and returns the module's bytes. Go's own
// error output (file:line:col: message) is passed through unchanged on failure.
func compileWasm(ctx context.Context, root string) ([]byte, error) {
	bin, err := goCommand()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "cvq-wasm-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	target := filepath.Join(tmp, "cvq.wasm")

	// The flags are shared with the benchmarks' floor module (see wasmtool).
	args := append(append([]string{"build"}, wasmtool.GoBuildFlags...), "-o", target, "./wasm")
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var output bytes.Buffer
	cmd.Stdout = &output
	cmd.Stderr = &output
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		msg := strings.TrimRight(output.String(), "\n")
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("GOOS=js GOARCH=wasm go build ./wasm failed:\n%s", msg)
	}
	return os.ReadFile(target)
}

// wasmExecJS returns Go's JavaScript support file for js/wasm, minified. It has to come from
// the same Go release that compiled the module: the two talk through an unversioned ABI.
func wasmExecJS(ctx context.Context, root string) ([]byte, error) {
	bin, err := goCommand()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, bin, "env", "GOROOT")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %v", err)
	}
	goroot := strings.TrimSpace(string(out))
	var tried []string
	// Go 1.24 moved the file from misc/wasm to lib/wasm.
	for _, rel := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		p := filepath.Join(goroot, filepath.FromSlash(rel))
		src, err := os.ReadFile(p)
		if err == nil {
			return minifyJS(src, p)
		}
		tried = append(tried, p)
	}
	return nil, fmt.Errorf("wasm_exec.js not found; looked at %s", strings.Join(tried, ", "))
}
