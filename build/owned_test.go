package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/build/distserve"
	"github.com/cvq-playground/cvq-playground/build/inline"
)

// layout creates the given files (slash-separated names; a trailing slash makes an empty
// directory) under dir.
func layout(t *testing.T, dir string, names ...string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// oldBuild is what a build from before the marker left in dist/.
var oldBuild = []string{
	"index.html", "index.html.br", "index.html.gz",
	"cvq-YOCKKNVJ.wasm", "cvq-YOCKKNVJ.wasm.br", "cvq-YOCKKNVJ.wasm.gz",
	"main-7LS4D5FI.js", "main-7LS4D5FI.js.br", "main-7LS4D5FI.js.map", "main-7LS4D5FI.js.map.gz",
	"style-YGPQSF75.css", "style-YGPQSF75.css.gz",
	"wasm_exec-BJ3DEQNX.js", "wasm_exec-BJ3DEQNX.js.br",
}

func TestCheckOutput(t *testing.T) {
	cases := []struct {
		name  string
		files []string // nil: the directory does not exist
		ok    bool
	}{
		{"missing", nil, true},
		{"empty", []string{}, true},
		{"marked", []string{markerName, "anything.txt", "sub/dir/file"}, true},
		{"unmarked old build", oldBuild, true},
		// Like the reviewer's `-out .ci`: a directory of scripts the build did not write.
		{"scripts", []string{"run", "ensure-chromium"}, false},
		{"home", []string{".bashrc", "notes.txt", "src/"}, false},
		{"source tree", []string{"main.go", "main_test.go"}, false},
		{"old build plus a note", append([]string{"NOTES.md"}, oldBuild...), false},
		{"old build plus a dot file", append([]string{".env"}, oldBuild...), false},
		{"old build plus a directory", append([]string{"keep/"}, oldBuild...), false},
		{"another esbuild site", []string{"index.html", "main-7LS4D5FI.js", "style-YGPQSF75.css"}, false},
		{"marker is a directory", []string{markerName + "/", "run"}, false},
	}
	for _, c := range cases {
		dir := filepath.Join(t.TempDir(), "out")
		if c.files != nil {
			layout(t, dir, c.files...)
		}
		err := checkOutput(dir, "out")
		if (err == nil) != c.ok {
			t.Errorf("%s: checkOutput = %v, want ok=%v", c.name, err, c.ok)
		}
		if err != nil && (!strings.Contains(err.Error(), "-out out ") || strings.Contains(err.Error(), "\n")) {
			t.Errorf("%s: error %q is not one line naming the directory", c.name, err)
		}
	}

	// A file (say `-out README.md`) would be renamed away and deleted just the same.
	f := filepath.Join(t.TempDir(), "README.md")
	if err := os.WriteFile(f, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := checkOutput(f, "README.md"); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("a regular file as -out: %v", err)
	}
}

func TestPublishRefusesDirectoryItDidNotWrite(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, ".ci")
	layout(t, out, "run", "ensure-chromium")
	err := publish(out, []file{{name: "index.html", data: []byte("page")}})
	if err == nil {
		t.Fatal("publish replaced a directory of scripts")
	}
	if got := strings.Join(listDir(t, out), " "); got != "ensure-chromium run" {
		t.Errorf("%s now holds %s", out, got)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("%d entries beside .ci; staging left behind?", len(entries))
	}
}

func TestPublishTakesOverUnmarkedOldBuild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	layout(t, out, oldBuild...)
	if err := publish(out, []file{{name: "index.html", data: []byte("page")}}); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(listDir(t, out), " "), markerName+" "+inline.LazyList+" index.html"; got != want {
		t.Errorf("dist holds %s, want %s", got, want)
	}
}

func TestMarkerIsNeverServed(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	if err := publish(out, []file{{name: "index.html", data: []byte("page")}}); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(out, markerName)); err != nil || string(b) != markerText {
		t.Fatalf("marker: %q, %v", b, err)
	}
	h := distserve.Handler(out)
	for _, path := range []string{"/" + markerName, "/" + markerName + ".br", "/./" + markerName} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, rec.Code)
		}
	}
	// The next build accepts the directory on the strength of the marker alone.
	if err := os.WriteFile(filepath.Join(out, "extra.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := publish(out, []file{{name: "index.html", data: []byte("page 2")}}); err != nil {
		t.Errorf("second publish: %v", err)
	}
}

func TestRunRefusesForeignOutputBeforeBuilding(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ci")
	layout(t, dir, "run")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-out", dir, "-wasm-opt", "off"}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1 (stderr %q)", code, stderr.String())
	}
	msg := stderr.String()
	if strings.Count(msg, "\n") != 1 || !strings.Contains(msg, dir) || !strings.Contains(msg, markerName) {
		t.Errorf("stderr %q: want one line naming %s and the marker", msg, dir)
	}
	if stdout.Len() != 0 {
		t.Errorf("the build started: %q", stdout.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "run")); err != nil {
		t.Errorf("run is gone: %v", err)
	}
}
