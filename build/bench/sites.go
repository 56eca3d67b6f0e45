package main

import (
	"github.com/cvq-playground/cvq-playground/build/wasmtool"

	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/base32"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// site is a built page on disk: the playground's dist/ or the floor's.
type site struct {
	dir      string
	refs     []string // files index.html loads, relative to dir
	wasmName string   // the module among refs
	wasm     []byte
	wasmGz   []byte // nil when not written (not smaller)
	wasmBr   []byte
	optNote  string // what wasm-opt did
}

// buildPlayground runs the real build (`go run ./build`) into dir, so what is measured is
// exactly what `make build` ships.
func buildPlayground(ctx context.Context, root, dir, mode string) (site, error) {
	cmd := exec.CommandContext(ctx, "go", "run", "./build", "-out", dir, "-wasm-opt", mode)
	cmd.Dir = root
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return site{}, fmt.Errorf("go run ./build: %v\n%s", err, lastLines(out.String(), 20))
	}
	s, err := readSite(dir)
	if err != nil {
		return site{}, err
	}
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "wasm: ") {
			s.optNote = strings.TrimPrefix(line, "wasm: ")
		}
	}
	return s, nil
}

// readSite finds the files a built index.html loads and reads its module and that
// module's precompressed forms.
func readSite(dir string) (site, error) {
	html, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return site{}, err
	}
	s := site{dir: dir, refs: pageRefs(html)}
	for _, r := range s.refs {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(r))); err != nil {
			return site{}, fmt.Errorf("index.html in %s loads %s, which is missing", dir, r)
		}
		if path.Ext(r) == ".wasm" {
			s.wasmName = r
		}
	}
	if s.wasmName == "" {
		return site{}, fmt.Errorf("index.html in %s loads no .wasm file", dir)
	}
	p := filepath.Join(dir, filepath.FromSlash(s.wasmName))
	if s.wasm, err = os.ReadFile(p); err != nil {
		return site{}, err
	}
	s.wasmGz, _ = os.ReadFile(p + ".gz")
	s.wasmBr, _ = os.ReadFile(p + ".br")
	return s, nil
}

// floorPage is the floor's page: the minimum markup and loader around the floor module.
//
//go:embed floorpage
var floorPage embed.FS

// buildFloor compiles ./build/bench/floor with the playground's flags, runs it through the
// same wasm-opt rule, and writes a dist-like directory: index.html, the module, the
// playground's own wasm_exec.js (byte for byte) and the loader, each with .gz and .br
// forms like the build writes them.
func buildFloor(ctx context.Context, root, dir, mode string, wasmExecName string, wasmExec []byte) (site, error) {
	tmp, err := os.MkdirTemp("", "cvq-bench-floor-")
	if err != nil {
		return site{}, err
	}
	defer os.RemoveAll(tmp)
	raw, err := goBuildWasm(ctx, root, filepath.Join(tmp, "floor.wasm"), "./build/bench/floor")
	if err != nil {
		return site{}, err
	}
	module, br, note, err := optimize(ctx, mode, raw)
	if err != nil {
		return site{}, fmt.Errorf("floor: %v", err)
	}
	tmpl, err := floorPage.ReadFile("floorpage/index.html")
	if err != nil {
		return site{}, err
	}
	loader, err := floorPage.ReadFile("floorpage/loader.js")
	if err != nil {
		return site{}, err
	}
	wasmName := hashedName("floor", ".wasm", module)
	loaderName := hashedName("loader", ".js", loader)
	html := strings.NewReplacer("{{WASM}}", wasmName, "{{WASM_EXEC}}", wasmExecName, "{{LOADER}}", loaderName).
		Replace(string(tmpl))
	if strings.Contains(html, "{{") {
		return site{}, errors.New("floorpage/index.html has a placeholder buildFloor does not fill")
	}
	if err := os.RemoveAll(dir); err != nil {
		return site{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return site{}, err
	}
	for _, f := range []struct {
		name string
		data []byte
		br   []byte // already computed, or nil
	}{
		{"index.html", []byte(html), nil},
		{wasmName, module, br},
		{wasmExecName, wasmExec, nil},
		{loaderName, loader, nil},
	} {
		if err := writeWithForms(dir, f.name, f.data, f.br); err != nil {
			return site{}, err
		}
	}
	s, err := readSite(dir)
	if err != nil {
		return site{}, err
	}
	s.optNote = note
	return s, nil
}

// withFloorModule writes a copy of the playground's page into dir with the floor's module
// in place of its own (same file name, so the page loads it unchanged). The page then
// compiles and instantiates the floor's module and stops at the bridge check; timing it
// tells what the page itself costs before any Go runs, apart from the bigger module.
func withFloorModule(pg, fl site, dir string) (string, error) {
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	entries, err := os.ReadDir(pg.dir)
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, pg.wasmName) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(pg.dir, name))
		if err != nil {
			return "", err
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", err
		}
	}
	if err := writeWithForms(dir, pg.wasmName, fl.wasm, fl.wasmBr); err != nil {
		return "", err
	}
	return dir, nil
}

// writeWithForms writes name and, where smaller, its .gz and .br forms, as the build does.
func writeWithForms(dir, name string, data, br []byte) error {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return err
	}
	var gz []byte
	var err error
	if br == nil {
		gz, br, err = compressBoth(data)
	} else {
		gz, err = gzip9(data)
	}
	if err != nil {
		return err
	}
	for _, v := range []struct {
		ext  string
		data []byte
	}{{".gz", gz}, {".br", br}} {
		if len(v.data) < len(data) {
			if err := os.WriteFile(p+v.ext, v.data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// goBuildFlags are the flags the build compiles the module with; the floor
// and the variant builds use the same ones.
var goBuildFlags = wasmtool.GoBuildFlags

// goBuildWasm compiles pkg for js/wasm with goBuildFlags and returns the module. extra goes
// before the package (e.g. -modfile, -overlay).
func goBuildWasm(ctx context.Context, root, out, pkg string, extra ...string) ([]byte, error) {
	return goBuildWasmFlags(ctx, root, out, pkg, true, extra...)
}

// goBuildWasmFlags is goBuildWasm, optionally without the -ldflags that strip the names
// (the investigation reads function names from the module).
func goBuildWasmFlags(ctx context.Context, root, out, pkg string, strip bool, extra ...string) ([]byte, error) {
	args := []string{"build"}
	for _, f := range goBuildFlags {
		if !strip && strings.HasPrefix(f, "-ldflags=") {
			continue
		}
		args = append(args, f)
	}
	args = append(args, extra...)
	args = append(args, "-o", out, pkg)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var msg bytes.Buffer
	cmd.Stdout, cmd.Stderr = &msg, &msg
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("GOOS=js GOARCH=wasm go %s: %v\n%s", strings.Join(args, " "), err, lastLines(msg.String(), 20))
	}
	return os.ReadFile(out)
}

// goBuildWrote reads the size of Go's output from the build's log line
// "wasm: go build wrote N bytes (…)".
var goBuildWrote = regexp.MustCompile(`go build wrote (\d+) bytes`)

// checkFlags builds ./wasm with goBuildFlags and compares its size with what the build
// reported for its own go build: a difference means the floor would not be built the way
// the playground is, and the size ratio would mean nothing.
func checkFlags(ctx context.Context, root string, buildNote string) error {
	m := goBuildWrote.FindStringSubmatch(buildNote)
	if m == nil {
		return fmt.Errorf("cannot find Go's output size in the build's log (%q) to check the floor's flags against", buildNote)
	}
	want, err := strconv.Atoi(m[1])
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "cvq-bench-flags-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	mod, err := goBuildWasm(ctx, root, filepath.Join(tmp, "check.wasm"), "./wasm")
	if err != nil {
		return err
	}
	if len(mod) != want {
		return fmt.Errorf("go build %s ./wasm writes %d bytes but the build's own go build wrote %d: "+
			"build/gotool.go compiles with other flags, so the floor would not be comparable; "+
			"update goBuildFlags in build/bench/sites.go to match it", strings.Join(goBuildFlags, " "), len(mod), want)
	}
	return nil
}

// hashedName names a file after its content the way the build does (build/hash.go).
func hashedName(stem, ext string, data []byte) string {
	sum := sha256.Sum256(data)
	return stem + "-" + base32.StdEncoding.EncodeToString(sum[:])[:8] + ext
}

func fileSize(dir, name string) (int, error) {
	info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		return 0, err
	}
	return int(info.Size()), nil
}
