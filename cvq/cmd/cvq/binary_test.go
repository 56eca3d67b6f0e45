package main

import (
	"errors"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The real binary: main must hand its arguments, streams and exit status
// to run unchanged.
func TestBinary(t *testing.T) {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	bin := filepath.Join(t.TempDir(), "cvq")
	build := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	out, err := exec.Command(bin, "-dialect", "MSNP8", "CVQ", "6", "spaghetti").Output()
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if !strings.HasPrefix(string(out), "C: CVQ 6 spaghetti\nS: 731 6\nconnection closed by server\n") {
		t.Errorf("output:\n%s", out)
	}

	cmd := exec.Command(bin, "-json")
	cmd.Stdin = strings.NewReader("VER 1 MSNP8 CVR0\n")
	out, err = cmd.Output()
	if err != nil || !strings.HasPrefix(string(out), `{"input":"VER 1 MSNP8 CVR0",`) {
		t.Errorf("stdin: %v\n%s", err, out)
	}

	cmd = exec.Command(bin, "-profile", "nosuch", "CVQ")
	stderr, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.HasPrefix(string(stderr), `cvq: unknown profile "nosuch"`) {
		t.Errorf("bad profile: %v, %q", err, stderr)
	}
}
