package wasmtool

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTail(t *testing.T) {
	if got := Tail("a\nb\nc\n", 2); got != "... (1 lines cut)\nb\nc" {
		t.Errorf("Tail = %q", got)
	}
	if got := Tail("a\nb", 5); got != "a\nb" {
		t.Errorf("Tail = %q", got)
	}
}

func TestFindRootFromASubdirectory(t *testing.T) {
	root, err := FindRoot() // the test runs in build/wasmtool
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil || !strings.HasSuffix(filepath.ToSlash(filepath.Dir(filepath.Dir(mustWd(t)))), filepath.ToSlash(root)) {
		t.Errorf("root %q from %q", root, mustWd(t))
	}
}

func mustWd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

func TestFlagsTurnInliningOffOnlyForOurPackages(t *testing.T) {
	joined := strings.Join(GoBuildFlags, " ")
	if !strings.Contains(joined, "-gcflags=github.com/cvq-playground/cvq-playground/...=-l") || strings.Contains(joined, "all=") {
		t.Errorf("flags %q", joined)
	}
}
