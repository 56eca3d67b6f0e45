package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// templatePath is the page template, relative to the module root.
const templatePath = "site/index.html"

// buildOnce produces a complete dist/ and swaps it into place, printing progress and a size
// table to cfg.log. On any error the previous dist/ is untouched. memo carries results over
// from earlier builds; nil starts afresh.
func buildOnce(ctx context.Context, cfg config, memo *memo) ([]file, error) {
	start := time.Now()
	if memo == nil {
		memo = newMemo()
	}
	memo.disk = cfg.cache
	in, err := buildInputs(ctx, cfg, memo)
	if err != nil {
		return nil, err
	}
	files, err := assemble(cfg, in)
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	if err := compressAll(files, memo); err != nil {
		return nil, err
	}
	fmt.Fprintf(cfg.log, "compressed (gzip -9, brotli -q 11) in %.1fs\n", time.Since(t0).Seconds())
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err := publish(cfg.out, files); err != nil {
		return nil, err
	}
	memo.forget(files)
	printSummary(cfg.log, files)
	fmt.Fprintf(cfg.log, "built %s in %.1fs\n", cfg.outName, time.Since(start).Seconds())
	return files, nil
}

// inputs is what a build is made from: the page's bundle (and the lazy lessons
// files), the WebAssembly module, Go's wasm_exec.js and the page template.
type inputs struct {
	site           siteBundle
	lazyFiles      []file
	module, execJS []byte
	tmpl           []byte
}

// buildInputs makes the inputs side by side (the Go compile dominates) and reports every
// failing one at once: a TypeScript error should not hide a Go error.
func buildInputs(ctx context.Context, cfg config, memo *memo) (*inputs, error) {
	var (
		in                        inputs
		wg                        sync.WaitGroup
		optNote                   string
		siteErr, wasmErr, execErr error
		tmplErr, lazyErr          error
	)
	wg.Add(3)
	go func() {
		defer wg.Done()
		// The page's code names the lazy files (lessons, views), so they are built first.
		define, warnings := map[string]string(nil), []string(nil)
		in.lazyFiles, define, warnings, lazyErr = lazyBundles(cfg.root, cfg.out)
		in.site, siteErr = bundleSite(cfg.root, cfg.out, define)
		in.site.warnings = append(warnings, in.site.warnings...)
	}()
	go func() {
		defer wg.Done()
		t0 := time.Now()
		raw, err := compileWasm(ctx, cfg.root)
		if err != nil {
			wasmErr = err
			return
		}
		t1 := time.Now()
		in.module, optNote, wasmErr = memo.optimize(ctx, cfg.wasmOpt, raw)
		if wasmErr == nil {
			optNote = fmt.Sprintf("wasm: go build wrote %d bytes (%.1fs); %s (%.1fs)",
				len(raw), t1.Sub(t0).Seconds(), optNote, time.Since(t1).Seconds())
		}
	}()
	go func() {
		defer wg.Done()
		in.execJS, execErr = wasmExecJS(ctx, cfg.root)
	}()
	in.tmpl, tmplErr = os.ReadFile(filepath.Join(cfg.root, filepath.FromSlash(templatePath)))
	if tmplErr != nil {
		tmplErr = fmt.Errorf("%s: cannot read the page template: %v", templatePath, errors.Unwrap(tmplErr))
	}
	wg.Wait()

	for _, w := range in.site.warnings {
		fmt.Fprintln(cfg.log, w)
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	if err := errors.Join(siteErr, wasmErr, execErr, tmplErr, lazyErr); err != nil {
		return nil, err
	}
	fmt.Fprintln(cfg.log, optNote)
	return &in, nil
}

// assemble lays out every file of dist/: the bundle, the static files, the hashed module
// and wasm_exec.js, the lazy files, index.html filled in, the reference and, last, the
// service worker that lists them all.
func assemble(cfg config, in *inputs) ([]file, error) {
	static, err := staticFiles(cfg.root)
	if err != nil {
		return nil, err
	}
	files := append(append([]file{}, in.site.files...), static...)
	wasmName := hashedName("cvq", ".wasm", in.module)
	execName := hashedName("wasm_exec", ".js", in.execJS)
	files = append(files, file{name: wasmName, data: in.module}, file{name: execName, data: in.execJS})
	files = append(files, in.lazyFiles...)
	meta, texts, err := metaJSON()
	if err != nil {
		return nil, err
	}
	files = append(files, texts)
	page, err := fillTemplate(templatePath, in.tmpl, map[string]string{
		placeholderCSS:      in.site.css,
		placeholderJS:       in.site.js,
		placeholderBoot:     in.site.boot,
		placeholderWasmExec: execName,
		placeholderWasm:     wasmName,
		placeholderMeta:     string(meta),
	})
	if err != nil {
		return nil, err
	}
	if page, err = compactHTML(templatePath, page); err != nil {
		return nil, err
	}
	files = append(files, file{name: "index.html", data: page})
	ref, err := buildReference(cfg.root, in.site.css, in.site.refJS)
	if err != nil {
		return nil, err
	}
	files = append(files, ref...)
	// The service worker lists every file of the build, so it comes after all of them.
	sw, err := readServiceWorker(cfg.root, files)
	if err != nil {
		return nil, err
	}
	return append(files, sw), nil
}
