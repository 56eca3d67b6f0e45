package citest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// writeModule writes a module of files (path → contents) into a temporary
// folder and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.26\n"
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runFuzz runs .ci/fuzz on a module for a short time.
func runFuzz(t *testing.T, module string) (string, error) {
	t.Helper()
	script, err := filepath.Abs(filepath.Join("..", "..", ".ci", "fuzz"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(script, module)
	cmd.Env = append(os.Environ(), "FUZZTIME=2s", "GO="+filepath.Join(runtime.GOROOT(), "bin", "go"))
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// Every fuzz target of every package is run; a failing one prints its
// reproducer (path, contents, rerun command) while the others still run,
// and the script fails at the end naming it.
func TestFuzzScriptReportsReproducer(t *testing.T) {
	module := writeModule(t, map[string]string{
		"a/a_test.go": `package a

import "testing"

func FuzzBreaks(f *testing.F) {
	f.Add("ok")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2 && s[0] == 'x' {
			t.Fatalf("found %q", s)
		}
	})
}
`,
		"b/c/c_test.go": `package c

import "testing"

func FuzzHolds(f *testing.F) {
	f.Add(1)
	f.Fuzz(func(t *testing.T, n int) {})
}
`,
	})
	out, err := runFuzz(t, module)
	if exit, ok := err.(*exec.ExitError); !ok || exit.ExitCode() != 1 {
		t.Fatalf("exit %v, want 1:\n%s", err, out)
	}
	for _, want := range []string{
		"==== fuzz ./a FuzzBreaks for 2s ====",
		"==== fuzz ./b/c FuzzHolds for 2s ====",
		"!! fuzz: ./a FuzzBreaks failed; the reproducer is ./a/testdata/fuzz/FuzzBreaks/",
		"go test fuzz v1\nstring(\"x",
		"fuzz: 1 of 2 targets failed:\n  ./a FuzzBreaks",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	rerun := regexp.MustCompile(`!! rerun it: go test -run '\^(FuzzBreaks/[0-9a-f]+)\$' \./a`).FindStringSubmatch(out)
	if rerun == nil {
		t.Fatalf("no rerun command:\n%s", out)
	}
	// The command printed reproduces the failure.
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "test", "-run", "^"+rerun[1]+"$", "./a")
	cmd.Dir = module
	if again, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(again), `found "x`) {
		t.Errorf("the rerun command did not fail the same way (err %v):\n%s", err, again)
	}
}

// A module without fuzz targets is an error, not a silent pass: the script
// would otherwise stop fuzzing anything without anyone noticing.
func TestFuzzScriptNeedsTargets(t *testing.T) {
	module := writeModule(t, map[string]string{"a/a_test.go": "package a\n"})
	out, err := runFuzz(t, module)
	if err == nil || !strings.Contains(out, "fuzz: no fuzz targets found") {
		t.Errorf("err %v:\n%s", err, out)
	}
}
