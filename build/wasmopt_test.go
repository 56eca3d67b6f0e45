package main

import (
	"context"
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

func TestWasmOptShrinks(t *testing.T) {
	fakeWasmOpt(t, `printf '\0asm' > "$in"`)
	for _, mode := range []wasmOptMode{wasmOptAuto, wasmOptOn} {
		got, note, err := optimizeWasm(context.Background(), mode, testModule)
		if err != nil || string(got) != "\x00asm" || !strings.Contains(note, "using the optimized module") {
			t.Errorf("%s: got %q, note %q, err %v", mode, got, note, err)
		}
	}
	got, note, err := optimizeWasm(context.Background(), wasmOptOff, testModule)
	if err != nil || string(got) != string(testModule) || note != "wasm-opt: off" {
		t.Errorf("off: got %q, note %q, err %v", got, note, err)
	}
}

func TestWasmOptNotSmaller(t *testing.T) {
	fakeWasmOpt(t, `printf 'some padding' >> "$in"`)
	got, note, err := optimizeWasm(context.Background(), wasmOptAuto, testModule)
	if err != nil || string(got) != string(testModule) || !strings.Contains(note, "not smaller") {
		t.Errorf("got %q, note %q, err %v", got, note, err)
	}
}

func TestWasmOptFails(t *testing.T) {
	fakeWasmOpt(t, `echo "[wasm-validator error] all used features should be allowed" >&2; exit 1`)
	got, note, err := optimizeWasm(context.Background(), wasmOptAuto, testModule)
	if err != nil || string(got) != string(testModule) || !strings.Contains(note, "failed") ||
		!strings.Contains(note, "wasm-validator error") {
		t.Errorf("auto: got %q, note %q, err %v", got, note, err)
	}
	if _, _, err := optimizeWasm(context.Background(), wasmOptOn, testModule); err == nil ||
		!strings.Contains(err.Error(), "wasm-validator error") {
		t.Errorf("on: err %v, want wasm-opt's message", err)
	}
}

func TestWasmOptMissing(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	got, note, err := optimizeWasm(context.Background(), wasmOptAuto, testModule)
	if err != nil || string(got) != string(testModule) || !strings.Contains(note, "not installed") {
		t.Errorf("auto: got %q, note %q, err %v", got, note, err)
	}
	if _, _, err := optimizeWasm(context.Background(), wasmOptOn, testModule); err == nil {
		t.Error("on: no error without wasm-opt")
	}
}

func TestWasmOptArgsEnableGoFeatures(t *testing.T) {
	// Without these three, wasm-opt rejects Go's output (checked with binaryen 108 and
	// Go 1.26: memory.copy, i64.extend32_s, i64.trunc_sat_f64_s all occur).
	for _, f := range []string{"--enable-bulk-memory", "--enable-sign-ext", "--enable-nontrapping-float-to-int"} {
		if !strings.Contains(strings.Join(wasmOptArgs, " "), f) {
			t.Errorf("wasmOptArgs lacks %s", f)
		}
	}
}
