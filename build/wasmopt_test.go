package main

import (
	"github.com/cvq-playground/cvq-playground/build/wasmtool"

	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeWasmOpt puts a shell script named wasm-opt first on PATH. It copies its input to the
// -o file after running body, so body can change the input ($in) or fail first.
func fakeWasmOpt(t *testing.T, body string) {
	t.Helper()
	dir := t.TempDir()
	script := `#!/bin/sh
for a; do case "$prev" in -o) out="$a";; esac; case "$a" in *.wasm) [ "$prev" = -o ] || in="$a";; esac; prev="$a"; done
` + body + `
cp "$in" "$out"
`
	if err := os.WriteFile(filepath.Join(dir, "wasm-opt"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
}

var testModule = []byte("\x00asm\x01\x00\x00\x00 pretend this is a Go module")

// rawSize pretends the server sends modules uncompressed.
func rawSize(b []byte) (int, error) { return len(b), nil }

func TestWasmOptShrinks(t *testing.T) {
	fakeWasmOpt(t, `printf '\0asm' > "$in"`)
	for _, mode := range []wasmOptMode{wasmOptAuto, wasmOptOn} {
		got, note, err := optimizeWasm(context.Background(), mode, testModule, rawSize)
		if err != nil || string(got) != "\x00asm" || !strings.Contains(note, "using the optimized module") {
			t.Errorf("%s: got %q, note %q, err %v", mode, got, note, err)
		}
	}
	got, note, err := optimizeWasm(context.Background(), wasmOptOff, testModule, rawSize)
	if err != nil || string(got) != string(testModule) || note != "wasm-opt: off" {
		t.Errorf("off: got %q, note %q, err %v", got, note, err)
	}
}

func TestWasmOptNotSmaller(t *testing.T) {
	fakeWasmOpt(t, `printf 'some padding' >> "$in"`)
	got, note, err := optimizeWasm(context.Background(), wasmOptAuto, testModule, rawSize)
	if err != nil || string(got) != string(testModule) || !strings.Contains(note, "not smaller") {
		t.Errorf("auto: got %q, note %q, err %v", got, note, err)
	}
	// "on" is the override: it ships wasm-opt's output whatever the size.
	got, note, err = optimizeWasm(context.Background(), wasmOptOn, testModule, rawSize)
	if err != nil || !strings.HasSuffix(string(got), "some padding") || !strings.Contains(note, "-wasm-opt on") {
		t.Errorf("on: got %q, note %q, err %v", got, note, err)
	}
}

// TestWasmOptJudgedAsServed covers what happens with real Go output: wasm-opt shrinks the
// raw module but not what brotli makes of it.
func TestWasmOptJudgedAsServed(t *testing.T) {
	fakeWasmOpt(t, `printf '\0asm' > "$in"`)
	servedLarger := func(b []byte) (int, error) { return 1000 - len(b), nil }
	got, note, err := optimizeWasm(context.Background(), wasmOptAuto, testModule, servedLarger)
	if err != nil || string(got) != string(testModule) || !strings.Contains(note, "not smaller as served") {
		t.Errorf("got %q, note %q, err %v", got, note, err)
	}
	if !strings.Contains(note, "→ 4 bytes raw") || !strings.Contains(note, "→ 996 served") {
		t.Errorf("note %q does not give both sizes", note)
	}
}

func TestMemoOptimizeUsesBrotliSize(t *testing.T) {
	fakeWasmOpt(t, `printf 'x' >> "$in"`) // one byte larger raw
	m := newMemo()
	module := bytes.Repeat([]byte("\x00asm Go module "), 1000)
	got, note, err := m.optimize(context.Background(), wasmOptAuto, module)
	if err != nil || !bytes.Equal(got, module) {
		t.Fatalf("got %d bytes, note %q, err %v", len(got), note, err)
	}
	if _, br, _ := m.compress(module); !strings.Contains(note, fmt.Sprintf("%d → ", len(br))) {
		t.Errorf("note %q does not use the brotli size %d", note, len(br))
	}
	_, again, _ := m.optimize(context.Background(), wasmOptAuto, module)
	if !strings.Contains(again, "reused") {
		t.Errorf("second run not memoized: %q", again)
	}
}

func TestWasmOptFails(t *testing.T) {
	fakeWasmOpt(t, `echo "[wasm-validator error] all used features should be allowed" >&2; exit 1`)
	got, note, err := optimizeWasm(context.Background(), wasmOptAuto, testModule, rawSize)
	if err != nil || string(got) != string(testModule) || !strings.Contains(note, "failed") ||
		!strings.Contains(note, "wasm-validator error") {
		t.Errorf("auto: got %q, note %q, err %v", got, note, err)
	}
	if _, _, err := optimizeWasm(context.Background(), wasmOptOn, testModule, rawSize); err == nil ||
		!strings.Contains(err.Error(), "wasm-validator error") {
		t.Errorf("on: err %v, want wasm-opt's message", err)
	}
}

func TestWasmOptMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	got, note, err := optimizeWasm(context.Background(), wasmOptAuto, testModule, rawSize)
	if err != nil || string(got) != string(testModule) || !strings.Contains(note, "not installed") {
		t.Errorf("auto: got %q, note %q, err %v", got, note, err)
	}
	if _, _, err := optimizeWasm(context.Background(), wasmOptOn, testModule, rawSize); err == nil {
		t.Error("on: no error without wasm-opt")
	}
}

func TestWasmOptArgsEnableGoFeatures(t *testing.T) {
	// Without these three, wasm-opt rejects Go's output (checked with binaryen 108 and
	// Go 1.26: memory.copy, i64.extend32_s, i64.trunc_sat_f64_s all occur).
	for _, f := range []string{"--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int"} {
		if !strings.Contains(strings.Join(wasmtool.WasmOptArgs, " "), f) {
			t.Errorf("wasmtool.WasmOptArgs lacks %s", f)
		}
	}
}
