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

	// The three inputs are independent; the Go compile dominates, so run them side by side.
	var (
		wg               sync.WaitGroup
		site             siteBundle
		module, execJS   []byte
		optNote          string
		siteErr, wasmErr error
		execErr, tmplErr error
		tmpl             []byte
		lazyFiles        []file
		lazyErr          error
	)
	wg.Add(3)
	go func() {
		defer wg.Done()
		// The page's code names the lazy files (lessons, views), so they are built first.
		define, warnings := map[string]string(nil), []string(nil)
		lazyFiles, define, warnings, lazyErr = lazyBundles(cfg.root, cfg.out)
		site, siteErr = bundleSite(cfg.root, cfg.out, define)
		site.warnings = append(warnings, site.warnings...)
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
		module, optNote, wasmErr = memo.optimize(ctx, cfg.wasmOpt, raw)
		if wasmErr == nil {
			optNote = fmt.Sprintf("wasm: go build wrote %d bytes (%.1fs); %s (%.1fs)",
				len(raw), t1.Sub(t0).Seconds(), optNote, time.Since(t1).Seconds())
		}
	}()
	go func() {
		defer wg.Done()
		execJS, execErr = wasmExecJS(ctx, cfg.root)
	}()
	tmpl, tmplErr = os.ReadFile(filepath.Join(cfg.root, filepath.FromSlash(templatePath)))
	if tmplErr != nil {
		tmplErr = fmt.Errorf("%s: cannot read the page template: %v", templatePath, errors.Unwrap(tmplErr))
	}
	wg.Wait()

	for _, w := range site.warnings {
		fmt.Fprintln(cfg.log, w)
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	// Report every failing part at once: a TypeScript error should not hide a Go error.
	if err := errors.Join(siteErr, wasmErr, execErr, tmplErr, lazyErr); err != nil {
		return nil, err
	}
	fmt.Fprintln(cfg.log, optNote)

	static, err := staticFiles(cfg.root)
	if err != nil {
		return nil, err
	}
	files := append(append([]file{}, site.files...), static...)
	wasmName := hashedName("cvq", ".wasm", module)
	execName := hashedName("wasm_exec", ".js", execJS)
	files = append(files, file{name: wasmName, data: module}, file{name: execName, data: execJS})
	files = append(files, lazyFiles...)
	meta, err := metaJSON()
	if err != nil {
		return nil, err
	}
	page, err := fillTemplate(templatePath, tmpl, map[string]string{
		placeholderCSS:      site.css,
		placeholderJS:       site.js,
		placeholderWasmExec: execName,
		placeholderWasm:     wasmName,
		placeholderMeta:     string(meta),
	})
	if err != nil {
		return nil, err
	}
	files = append(files, file{name: "index.html", data: page})
	ref, err := buildReference(cfg.root, site.css, site.refJS)
	if err != nil {
		return nil, err
	}
	files = append(files, ref...)
	// The service worker lists every file of the build, so it comes after all of them.
	sw, err := readServiceWorker(cfg.root, files)
	if err != nil {
		return nil, err
	}
	files = append(files, sw)

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
