package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestCommandLine(t *testing.T) {
	cases := []struct {
		args     []string
		code     int
		inStderr string
		inStdout string
	}{
		{[]string{"deploy"}, 2, `unknown command "deploy"`, ""},
		{[]string{"-nope"}, 2, "flag provided but not defined: -nope", ""},
		{[]string{"-wasm-opt", "max"}, 2, `want auto, on or off, not "max"`, ""},
		{[]string{"serve", "-wasm-opt=sometimes"}, 2, "want auto, on or off", ""},
		{[]string{"-addr", "127.0.0.1:1"}, 2, "flag provided but not defined: -addr", ""}, // serve only
		{[]string{"serve", "extra"}, 2, `unexpected argument "extra"`, ""},
		{[]string{"-out", "x", "more"}, 2, `unexpected argument "more"`, ""},
		{[]string{"-h"}, 0, "usage:", ""},
		{[]string{"serve", "-help"}, 0, "usage:", ""},
		{[]string{"help"}, 0, "", "usage:"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		code := run(c.args, &stdout, &stderr)
		if code != c.code {
			t.Errorf("%q: exit %d, want %d (stderr %q)", c.args, code, c.code, stderr.String())
		}
		if !strings.Contains(stderr.String(), c.inStderr) {
			t.Errorf("%q: stderr %q lacks %q", c.args, stderr.String(), c.inStderr)
		}
		if !strings.Contains(stdout.String(), c.inStdout) {
			t.Errorf("%q: stdout %q lacks %q", c.args, stdout.String(), c.inStdout)
		}
		if c.code == 2 && !strings.Contains(stderr.String(), "usage:") {
			t.Errorf("%q: no usage message on stderr", c.args)
		}
	}
}

func TestOutputMayNotSwallowSources(t *testing.T) {
	// The test runs in build/, so the module root is its parent.
	for _, out := range []string{"..", "../..", "../site", "../cvq/x"} {
		if _, err := newConfig(out, wasmOptOff, nil); err == nil {
			t.Errorf("-out %s accepted; the swap would delete sources", out)
		}
	}
	if _, err := newConfig("../dist", wasmOptOff, nil); err != nil {
		t.Errorf("-out ../dist refused: %v", err)
	}
}
