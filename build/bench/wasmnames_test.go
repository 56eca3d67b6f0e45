package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// uleb encodes n as unsigned LEB128.
func uleb(n int) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func vecName(s string) []byte { return append(uleb(len(s)), s...) }

func section(id byte, content []byte) []byte {
	return append(append([]byte{id}, uleb(len(content))...), content...)
}

// tinyModule builds a module with two imported functions, a memory import and three
// bodies, of which the name section names two.
func tinyModule() []byte {
	var imp []byte
	imp = append(imp, uleb(3)...)
	imp = append(append(append(imp, vecName("go")...), vecName("debug")...), 0, 0)
	imp = append(append(append(imp, vecName("env")...), vecName("mem")...), 2, 1, 1, 0x80, 0x02) // memory, min 1, max 256
	imp = append(append(append(imp, vecName("go")...), vecName("wasmExit")...), 0, 0)
	var code []byte
	code = append(code, uleb(3)...)
	for _, size := range []int{3, 200, 10} {
		code = append(append(code, uleb(size)...), bytes.Repeat([]byte{0x0b}, size)...)
	}
	var fnames []byte
	fnames = append(fnames, uleb(2)...)
	fnames = append(append(fnames, uleb(2)...), vecName("runtime.main")...)
	fnames = append(append(fnames, uleb(3)...), vecName("github.com_x_y.__T_.Big")...)
	name := append(vecName("name"), section(1, fnames)...)
	mod := []byte("\x00asm\x01\x00\x00\x00")
	mod = append(mod, section(2, imp)...)
	mod = append(mod, section(10, code)...)
	mod = append(mod, section(11, []byte{0, 0, 0, 0})...)
	mod = append(mod, section(0, name)...)
	return mod
}

func TestParseWasm(t *testing.T) {
	l, err := parseWasm(tinyModule())
	if err != nil {
		t.Fatal(err)
	}
	want := []wasmFunc{{"runtime.main", 3}, {"github.com_x_y.__T_.Big", 200}, {"func[4]", 10}}
	if len(l.funcs) != len(want) {
		t.Fatalf("funcs %+v", l.funcs)
	}
	for i := range want {
		if l.funcs[i] != want[i] {
			t.Errorf("func %d = %+v, want %+v", i, l.funcs[i], want[i])
		}
	}
	if l.sections["data"] != 4 || l.sections["custom:name"] == 0 || l.sections["code"] == 0 {
		t.Errorf("sections %v", l.sections)
	}
	big := largestFuncs(l.funcs, 1)
	if len(big) != 1 || big[0].size != 200 {
		t.Errorf("largest %+v", big)
	}
	pk := codeByPackage(l.funcs, newSymbolNamer([]string{"github.com/x/y"}))
	if pk[0].pkg != "github.com/x/y" || pk[0].bytes != 200 {
		t.Errorf("packages %+v", pk)
	}
}

// TestParseWasmNeverPanics feeds every prefix of a module and every one-byte corruption;
// the test fails by panicking.
func TestParseWasmNeverPanics(t *testing.T) {
	mod := tinyModule()
	for i := range mod {
		parseWasm(mod[:i])
		bad := append([]byte(nil), mod...)
		bad[i] ^= 0xff
		parseWasm(bad)
	}
	if _, err := parseWasm([]byte("not wasm")); err == nil {
		t.Error("accepted garbage")
	}
	if _, err := parseWasm(mod[:len(mod)-1]); err == nil {
		t.Error("accepted a module cut inside its last section")
	}
}

func TestGoPackage(t *testing.T) {
	for sym, want := range map[string]string{
		"runtime.mallocgc":                     "runtime",
		"fmt.(*pp).doPrintf":                   "fmt",
		"github.com/hack-pad/safejs.Value.Get": "github.com/hack-pad/safejs",
		"github.com/cvq-playground/cvq-playground/cvq.Simulate.func1": "github.com/cvq-playground/cvq-playground/cvq",
		"slices.sortFunc[go.shape.struct { github.com/a/b.X int }]":   "slices",
		"type:.eq.[2]interface {}":                                    "type:",
		"internal/abi.(*Type).Kind":                                   "internal/abi",
		"noDots":                                                      "noDots",
	} {
		if got := goPackage(sym); got != want {
			t.Errorf("goPackage(%q) = %q, want %q", sym, got, want)
		}
	}
}

func TestSymbolNamer(t *testing.T) {
	n := newSymbolNamer([]string{
		"github.com/cvq-playground/cvq-playground/cvq",
		"github.com/cvq-playground/cvq-playground/cvq/internal/x",
		"github.com/hack-pad/safejs",
		"internal/fmtsort", "fmt", "runtime", "syscall/js",
	})
	cases := []struct{ sym, pkg, pretty string }{
		{"github.com_cvq_playground_cvq_playground_cvq.__sim_.check", "github.com/cvq-playground/cvq-playground/cvq",
			"github.com/cvq-playground/cvq-playground/cvq.(*sim).check"},
		{"github.com_cvq_playground_cvq_playground_cvq_internal_x.F", "github.com/cvq-playground/cvq-playground/cvq/internal/x",
			"github.com/cvq-playground/cvq-playground/cvq/internal/x.F"},
		{"github.com_hack_pad_safejs.Value.Get", "github.com/hack-pad/safejs", "github.com/hack-pad/safejs.Value.Get"},
		{"fmt.__pp_.printValue", "fmt", "fmt.(*pp).printValue"},
		{"internal_fmtsort.compare", "internal/fmtsort", "internal/fmtsort.compare"},
		{"main.metaObject", "main", "main.metaObject"},
		{"runtime.initMetrics", "runtime", "runtime.initMetrics"},
		{"type_.eq.x", "type_", "type_.eq.x"},
	}
	for _, c := range cases {
		if pkg, _ := n.split(c.sym); pkg != c.pkg {
			t.Errorf("split(%q) package %q, want %q", c.sym, pkg, c.pkg)
		}
		if got := n.pretty(c.sym); got != c.pretty {
			t.Errorf("pretty(%q) = %q, want %q", c.sym, got, c.pretty)
		}
	}
}

// TestParseRealModule reads a module the Go toolchain builds, so the parser is checked
// against what it is for and not only against a hand-made module.
func TestParseRealModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a wasm module")
	}
	out := filepath.Join(t.TempDir(), "floor.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, "./floor")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the floor: %v\n%s", err, b)
	}
	mod, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	l, err := parseWasm(mod)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	found := false
	for _, f := range l.funcs {
		total += f.size
		if f.name == "main.main" {
			found = true
		}
	}
	if !found {
		t.Errorf("no main.main among %d functions", len(l.funcs))
	}
	if total > l.sections["code"] || total < l.sections["code"]*9/10 {
		t.Errorf("bodies add up to %d bytes, code section %d", total, l.sections["code"])
	}
}
