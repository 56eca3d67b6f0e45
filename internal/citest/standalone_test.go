package citest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The repository stands alone: a copy of its files (tracked, and new ones
// not ignored) in a temporary folder with no shared/ anywhere above it
// builds the site and passes the native tests that once read the team notes folder beside the checkout
// (the seed, the documentation examples, the captures, the CLI's seed
// table). Nothing outside the checkout is needed but the Go toolchain and
// its module cache.
func TestStandaloneCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("copies the repository and builds it")
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	root := repoRoot(t)
	list := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	list.Dir = root
	names, err := list.Output()
	if err != nil {
		t.Fatalf("git ls-files (the test copies what git tracks): %v", err)
	}
	copyDir := filepath.Join(t.TempDir(), "elsewhere", "cvq-playground")
	for d := copyDir; filepath.Dir(d) != d; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(filepath.Dir(d), "shared")); err == nil {
			t.Fatalf("%s has a shared/ folder above it: the copy would not prove anything", copyDir)
		}
	}
	n := 0
	for _, name := range strings.Split(strings.TrimSuffix(string(names), "\x00"), "\x00") {
		src := filepath.Join(root, filepath.FromSlash(name))
		info, err := os.Lstat(src)
		if err != nil || !info.Mode().IsRegular() {
			continue // deleted in the working tree, or not a file
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(copyDir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, info.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
		n++
	}
	t.Logf("copied %d files to %s", n, copyDir)

	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(goTool, args...)
		cmd.Dir = copyDir
		// No build cache of ours (CVQ_BUILD_CACHE), no test cache: the copy
		// is built and tested from its own files.
		cmd.Env = append(os.Environ(), "CVQ_BUILD_CACHE=off", "GOFLAGS=-count=1")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("go %s in the copy: %v\n%s", strings.Join(args, " "), err, out.String())
		}
		return out.String()
	}
	run("run", "./build", "-wasm-opt", "off")
	for _, f := range []string{"index.html", "404.html", "favicon.svg", "og-image.png"} {
		if _, err := os.Stat(filepath.Join(copyDir, "dist", f)); err != nil {
			t.Errorf("the copy's build wrote no dist/%s: %v", f, err)
		}
	}
	out := run("test", "./cvq/...", "./internal/vectors")
	if strings.Contains(out, "no test files") || strings.Count(out, "ok  ") < 3 {
		t.Errorf("the copy's tests did not all run:\n%s", out)
	}
}
