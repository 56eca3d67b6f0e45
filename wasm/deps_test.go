//go:build !(js && wasm)

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// heavyPackages are standard packages the module must not link: each
// brings reflection-driven code (fmt, encoding/json, text/template pull
// in reflect) or a regexp engine, and together they cost more than the
// whole size budget above the floor. An import that needs one of them
// belongs in the command-line tool, not in what the page loads.
//
// The docs package is on the list for another reason: it holds the bibliography's and the
// diagnostics' texts, which the page links to in the rendered reference instead of
// carrying them in the module.
//
// strings, strconv and errors are on it because they are heavy for what the module uses of
// them: each measured 2.5–8 KB of brotli (strings runs package unicode's case-folding set-up,
// strconv brings its error and quoting tables, errors the runtime's reflection helpers), and
// cvq/strs.go, cvq/ascii.go and the bridge's bridgeError and appendInt do the same in a few
// lines. unicode/utf8 likewise: a range loop decodes with the runtime's own decoder
// (decodeRune, −585 B). Files cvq builds only for the command line (//go:build !js) may use
// them.
var heavyPackages = []string{"fmt", "reflect", "regexp", "encoding/json", "text/template", "os/exec", "net/http",
	"strings", "strconv", "errors", "unicode", "unicode/utf8",
	"github.com/cvq-playground/cvq-playground/docs"}

// TestModuleLinksNoHeavyPackage lists what the js/wasm build of this
// package depends on, as `go build` for the page would, and fails on any
// of heavyPackages (naming who imports it).
func TestModuleLinksNoHeavyPackage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}: {{join .Imports \" \"}}", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps (js/wasm) in %s: %v\n%s", filepath.Base(dir), err, out)
	}
	importers := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, ": ")
		for _, imp := range strings.Fields(imports) {
			importers[imp] = append(importers[imp], pkg)
		}
	}
	if len(importers) == 0 {
		t.Fatalf("go list printed no dependencies:\n%s", out)
	}
	for _, heavy := range heavyPackages {
		if by := importers[heavy]; len(by) > 0 {
			t.Errorf("the page's module links %s (imported by %s)", heavy, strings.Join(by, ", "))
		}
	}
}
