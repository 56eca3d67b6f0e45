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

// runFuzz runs .ci/fuzz on a module for a short time, with the go command
// gocmd ("" for the real one).
func runFuzz(t *testing.T, module, gocmd string, env ...string) (string, error) {
	t.Helper()
	script, err := filepath.Abs(filepath.Join("..", "..", ".ci", "fuzz"))
	if err != nil {
		t.Fatal(err)
	}
	if gocmd == "" {
		gocmd = realGo()
	}
	cmd := exec.Command(script, module)
	cmd.Env = append(append(os.Environ(), "FUZZTIME=2s", "GO="+gocmd), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func realGo() string { return filepath.Join(runtime.GOROOT(), "bin", "go") }

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
	out, err := runFuzz(t, module, "")
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
	out, err := runFuzz(t, module, "")
	if err == nil || !strings.Contains(out, "fuzz: no fuzz targets found") {
		t.Errorf("err %v:\n%s", err, out)
	}
}

// racyGo is a go command whose first $FLAKES fuzzing runs end as Go 1.26's coordinator
// race does (golang/go#75804): a bare "context deadline exceeded", nothing written.
const racyGo = `#!/usr/bin/env bash
if [[ " $* " == *" -fuzz "* ]]; then
  n=$(cat "$COUNT" 2>/dev/null || echo 0)
  echo $((n + 1)) > "$COUNT"
  if (( n < FLAKES )); then
    echo "fuzz: elapsed: 2s, execs: 100 (50/sec), new interesting: 0 (total: 1)"
    echo "--- FAIL: FuzzHolds (2.00s)"
    echo "    context deadline exceeded"
    echo "FAIL"
    exit 1
  fi
fi
exec "$REALGO" "$@"
`

// A target stopped by Go's deadline race, having written nothing, is fuzzed once more
// and passes if that run does; a second such stop fails it.
func TestFuzzScriptRetriesDeadlineRace(t *testing.T) {
	module := writeModule(t, map[string]string{"a/a_test.go": `package a

import "testing"

func FuzzHolds(f *testing.F) {
	f.Add(1)
	f.Fuzz(func(t *testing.T, n int) {})
}
`})
	gocmd := filepath.Join(t.TempDir(), "go")
	if err := os.WriteFile(gocmd, []byte(racyGo), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		flakes string
		fails  bool
	}{{"1", false}, {"2", true}} {
		count := filepath.Join(t.TempDir(), "count")
		out, err := runFuzz(t, module, gocmd, "REALGO="+realGo(), "COUNT="+count, "FLAKES="+c.flakes)
		if retry := "!! fuzz: ./a FuzzHolds stopped with Go's coordinator race at the deadline (golang/go#75804)"; !strings.Contains(out, retry) {
			t.Errorf("%s race(s): output lacks %q:\n%s", c.flakes, retry, out)
		}
		runs, _ := os.ReadFile(count)
		if got := strings.TrimSpace(string(runs)); got != "2" {
			t.Errorf("%s race(s): the target was fuzzed %s times, want 2", c.flakes, got)
		}
		if c.fails {
			if err == nil || !strings.Contains(out, "fuzz: 1 of 1 targets failed:\n  ./a FuzzHolds") {
				t.Errorf("two races in a row: err %v, want the target failed:\n%s", err, out)
			}
		} else if err != nil || !strings.Contains(out, "fuzz: 1 targets ran for 2s each, no failure") {
			t.Errorf("one race, then a clean run: err %v, want a pass:\n%s", err, out)
		}
	}
}
