package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// This file answers "what does the playground link that the floor does not, and what does
// each part cost": the packages, the code per package and the largest functions (cheap,
// always run), and with -explain the brotli bytes of the LCID table and the release table,
// found by building the bridge without each. The checkout is never changed: the variants
// are made with go build -overlay (a catalog file with its table emptied).

// goListDeps lists the packages pkg links for js/wasm, with extra go flags.
func goListDeps(ctx context.Context, root, pkg string, extra ...string) ([]string, error) {
	args := append(append([]string{"list", "-deps"}, extra...), pkg)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, lastLines(stderr.String(), 10))
	}
	return strings.Fields(string(out)), nil
}

// without returns the elements of a that are not in b, sorted.
func without(a, b []string) []string {
	in := map[string]bool{}
	for _, x := range b {
		in[x] = true
	}
	var out []string
	for _, x := range a {
		if !in[x] {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// variants holds the -overlay arguments of the variant builds, written into tmp.
type variants struct {
	noLCIDArgs []string // languages emptied
	noRelArgs  []string // releases emptied
	noneArgs   []string // both
}

func prepareVariants(root, tmp string) (variants, error) {
	var v variants
	emptied := map[string]string{}
	for _, t := range []struct{ file, table string }{
		{"catalog_lcid.go", "languageIDs"},
		{"catalog_releases.go", "releases"},
	} {
		orig := filepath.Join(root, "cvq", t.file)
		text, err := os.ReadFile(orig)
		if err != nil {
			return v, err
		}
		out, err := emptyTable(string(text), t.table)
		if err != nil {
			return v, fmt.Errorf("cvq/%s: %v", t.file, err)
		}
		p := filepath.Join(tmp, t.file)
		if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
			return v, err
		}
		emptied[orig] = p
	}
	overlay := func(name string, files ...string) ([]string, error) {
		repl := map[string]string{}
		for _, f := range files {
			repl[f] = emptied[f]
		}
		b, err := json.Marshal(map[string]any{"Replace": repl})
		if err != nil {
			return nil, err
		}
		p := filepath.Join(tmp, name)
		return []string{"-overlay=" + p}, os.WriteFile(p, b, 0o644)
	}
	lcid, rel := filepath.Join(root, "cvq", "catalog_lcid.go"), filepath.Join(root, "cvq", "catalog_releases.go")
	var err error
	if v.noLCIDArgs, err = overlay("no-lcid.json", lcid); err != nil {
		return v, err
	}
	if v.noRelArgs, err = overlay("no-releases.json", rel); err != nil {
		return v, err
	}
	v.noneArgs, err = overlay("no-tables.json", lcid, rel)
	return v, err
}

// emptyTable rewrites the Go source of one package-level array or slice literal,
// `var name = [...]T{ ... }` with its closing brace alone on a line, into `var name =
// [...]T{}`, so the program still compiles but carries none of the table's data.
func emptyTable(src, name string) (string, error) {
	start := strings.Index(src, "\nvar "+name+" = ")
	if start < 0 {
		return "", fmt.Errorf("no `var %s = ` at the start of a line", name)
	}
	start++
	eol := strings.IndexByte(src[start:], '\n')
	if eol < 0 || !strings.HasSuffix(src[start:start+eol], "{") {
		return "", fmt.Errorf("var %s does not open a literal at the end of its line", name)
	}
	bodyStart := start + eol + 1
	end := strings.Index(src[bodyStart:], "\n}\n")
	if end < 0 {
		return "", fmt.Errorf("the literal of %s has no closing brace alone on a line", name)
	}
	return src[:bodyStart-1] + "}\n" + src[bodyStart+end+3:], nil
}

// variantSize is the module of one variant build.
type variantSize struct {
	label  string
	raw    int
	brotli int
	err    error
}

// buildVariants builds each variant (no wasm-opt: the point is what each part adds to Go's
// output) and brotli-compresses them two at a time, one per core.
func buildVariants(ctx context.Context, root, tmp string, specs []variantSpec) []variantSize {
	out := make([]variantSize, len(specs))
	mods := make([][]byte, len(specs))
	for i, s := range specs {
		out[i].label = s.label
		mods[i], out[i].err = goBuildWasm(ctx, root, filepath.Join(tmp, fmt.Sprintf("v%d.wasm", i)), s.pkg, s.args...)
		out[i].raw = len(mods[i])
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i := range specs {
		if out[i].err != nil {
			continue
		}
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			br, err := brotli11(mods[i])
			out[i].brotli, out[i].err = len(br), err
		}(i)
	}
	wg.Wait()
	return out
}

// variantSpec is one build of the attribution.
type variantSpec struct {
	label string
	pkg   string
	args  []string
}

// codeTable compares the code bytes per package of the two modules, built without -s so
// the function names are there. Packages are listed by what the playground adds.
type pkgDelta struct {
	pkg               string
	playground, floor int
}

func compareCode(pg, fl []wasmFunc, n symbolNamer) []pkgDelta {
	f := map[string]int{}
	for _, p := range codeByPackage(fl, n) {
		f[p.pkg] = p.bytes
	}
	var out []pkgDelta
	seen := map[string]bool{}
	for _, p := range codeByPackage(pg, n) {
		out = append(out, pkgDelta{p.pkg, p.bytes, f[p.pkg]})
		seen[p.pkg] = true
	}
	for pkg, n := range f {
		if !seen[pkg] {
			out = append(out, pkgDelta{pkg, 0, n})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		di, dj := out[i].playground-out[i].floor, out[j].playground-out[j].floor
		if di != dj {
			return di > dj
		}
		return out[i].pkg < out[j].pkg
	})
	return out
}

// explainResult gathers the investigation's findings.
type explainResult struct {
	extraPkgs  []string // linked by the playground, not by the floor
	pkgCode    []pkgDelta
	topFuncs   []wasmFunc
	pgLayout   wasmLayout
	flLayout   wasmLayout
	variants   []variantSize // nil without -explain
	floorBrRaw int           // brotli of the floor as Go built it, for the attribution
}

// explain runs the investigation. full adds the variant builds and their brotli sizes.
func explain(ctx context.Context, root string, full bool) (explainResult, error) {
	var r explainResult
	tmp, err := os.MkdirTemp("", "cvq-bench-explain-")
	if err != nil {
		return r, err
	}
	defer os.RemoveAll(tmp)
	v, err := prepareVariants(root, tmp)
	if err != nil {
		return r, err
	}
	pgDeps, err := goListDeps(ctx, root, "./wasm")
	if err != nil {
		return r, err
	}
	flDeps, err := goListDeps(ctx, root, "./build/bench/floor")
	if err != nil {
		return r, err
	}
	r.extraPkgs = without(pgDeps, flDeps)

	pgSyms, err := goBuildWasmFlags(ctx, root, filepath.Join(tmp, "pg-syms.wasm"), "./wasm", false)
	if err != nil {
		return r, err
	}
	flSyms, err := goBuildWasmFlags(ctx, root, filepath.Join(tmp, "fl-syms.wasm"), "./build/bench/floor", false)
	if err != nil {
		return r, err
	}
	if r.pgLayout, err = parseWasm(pgSyms); err != nil {
		return r, fmt.Errorf("reading the playground module: %v", err)
	}
	if r.flLayout, err = parseWasm(flSyms); err != nil {
		return r, fmt.Errorf("reading the floor module: %v", err)
	}
	namer := newSymbolNamer(append(append([]string{}, pgDeps...), flDeps...))
	r.pkgCode = compareCode(r.pgLayout.funcs, r.flLayout.funcs, namer)
	for _, f := range largestFuncs(r.pgLayout.funcs, 12) {
		r.topFuncs = append(r.topFuncs, wasmFunc{name: namer.pretty(f.name), size: f.size})
	}

	if !full {
		return r, nil
	}
	r.variants = buildVariants(ctx, root, tmp, []variantSpec{
		{"playground (Go's output)", "./wasm", nil},
		{"without the LCID table", "./wasm", v.noLCIDArgs},
		{"without the release table", "./wasm", v.noRelArgs},
		{"without both tables", "./wasm", v.noneArgs},
		{"floor (Go's output)", "./build/bench/floor", nil},
	})
	for _, x := range r.variants {
		if x.err != nil {
			return r, errors.New(x.label + ": " + x.err.Error())
		}
	}
	return r, nil
}
