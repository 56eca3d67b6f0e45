package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// The two entry points of the page, relative to the module root. esbuild reports them (and
// every other input) in this form, which is also what messages print.
const (
	jsEntry  = "site/src/main.ts"
	cssEntry = "site/src/style.css"
	// bootEntry is the page's first script: it starts the module's download and
	// compile from the head, before main.ts is fetched (site/src/boot.ts).
	bootEntry = "site/src/boot.ts"
	// refEntry is the small script of the reference pages (theme only).
	refEntry = "site/src/reference.ts"
)

// siteBundle is esbuild's output for the page.
type siteBundle struct {
	files    []file   // bundles, their source maps and any assets CSS pulled in
	js, css  string   // names of the page's two entry bundles, relative to dist/
	boot     string   // name of the page's first script, relative to dist/
	refJS    string   // name of the reference pages' script, relative to dist/
	warnings []string // esbuild warnings, one formatted message each
}

// bundleSite bundles the TypeScript and CSS entry points. out is where dist/ will end up:
// esbuild needs it to write correct relative paths into the source maps, but nothing is
// written there (Write is false); the caller decides where the bytes go. define maps
// identifiers the page's code reads (the hashed names of lazy chunks) to their values.
func bundleSite(root, out string, define map[string]string) (siteBundle, error) {
	r, err := bundle(root, out, []string{jsEntry, cssEntry, refEntry, bootEntry}, define)
	if err != nil {
		return siteBundle{}, err
	}
	return siteBundle{files: r.files, js: r.names[jsEntry], css: r.names[cssEntry], refJS: r.names[refEntry],
		boot: r.names[bootEntry], warnings: r.warnings}, nil
}

// bundled is esbuild's output for some entry points.
type bundled struct {
	files    []file            // bundles, their source maps and any assets CSS pulled in, by name
	names    map[string]string // each entry point's bundle, relative to dist/
	warnings []string          // esbuild warnings, one formatted message each
}

// bundle bundles entry points (.ts or .css, relative to the module root), each into a file
// named after it with a content hash.
func bundle(root, out string, entryPoints []string, define map[string]string) (bundled, error) {
	if err := checkEntries(root, entryPoints); err != nil {
		return bundled{}, err
	}
	result := api.Build(api.BuildOptions{
		AbsWorkingDir: root,
		EntryPoints:   entryPoints,
		Bundle:        true,
		Write:         false,
		Outdir:        out,
		EntryNames:    "[name]-[hash]",
		AssetNames:    "[name]-[hash]",
		// Images and fonts referenced from CSS are copied next to the bundle with hashed names.
		Loader: map[string]api.Loader{
			".png": api.LoaderFile, ".svg": api.LoaderFile, ".ico": api.LoaderFile,
			".woff": api.LoaderFile, ".woff2": api.LoaderFile,
		},
		Sourcemap: api.SourceMapLinked,
		// The language the page's TypeScript is checked against (site/tsconfig.json): class
		// fields stay class fields instead of a helper call each, about 250 bytes less to load.
		Target:            api.ES2022,
		Format:            api.FormatIIFE,
		Platform:          api.PlatformBrowser,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Metafile:          true,
		Define:            define,
		// Messages are printed by us, in the file:line:col form editors jump to.
		LogLevel: api.LogLevelSilent,
	})
	warnings := formatMessages("warning", result.Warnings)
	if len(result.Errors) > 0 {
		lines := append(formatMessages("error", result.Errors), warnings...)
		return bundled{}, errors.New(strings.Join(lines, "\n"))
	}

	entries, cssBundles, err := metafileEntries(result.Metafile)
	if err != nil {
		return bundled{}, err
	}
	if len(cssBundles) > 0 {
		// esbuild turns CSS imported from TS into a second stylesheet that the page
		// template has no placeholder for, so its rules would silently never apply.
		var scripts []string
		for _, e := range entryPoints {
			if strings.HasSuffix(e, ".ts") {
				scripts = append(scripts, e)
			}
		}
		return bundled{}, fmt.Errorf("%s: imports CSS, which would become a stylesheet no page loads; @import it from %s instead",
			strings.Join(scripts, " or "), cssEntry)
	}
	b := bundled{names: map[string]string{}, warnings: warnings}
	for _, f := range result.OutputFiles {
		name, err := distName(out, f.Path)
		if err != nil {
			return bundled{}, err
		}
		b.files = append(b.files, file{name: name, data: f.Contents})
		entry := entries[name]
		want := ".js"
		if strings.HasSuffix(entry, ".css") {
			want = ".css"
		}
		if entry != "" && strings.HasSuffix(name, want) {
			b.names[entry] = name
		}
	}
	for _, entry := range entryPoints {
		if b.names[entry] == "" {
			return bundled{}, fmt.Errorf("esbuild produced no bundle for %s", entry)
		}
	}
	sort.Slice(b.files, func(i, j int) bool { return b.files[i].name < b.files[j].name })
	return b, nil
}

// checkEntries reports every entry point that is not there, one per line.
func checkEntries(root string, entryPoints []string) error {
	var missing []string
	for _, entry := range entryPoints {
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(entry))); err != nil {
			missing = append(missing, entry+": entry point missing")
		}
	}
	if len(missing) > 0 {
		return errors.New(strings.Join(missing, "\n"))
	}
	return nil
}

// metafileEntries maps each output (as a dist-relative name) to the entry point it was
// built from, read from esbuild's metafile. Outputs that are not entry bundles map to "".
// It also returns the stylesheets esbuild split off from JS entries (CSS imported from
// TypeScript), by the same kind of name.
func metafileEntries(metafile string) (entries map[string]string, cssBundles []string, err error) {
	var meta struct {
		Outputs map[string]struct {
			EntryPoint string `json:"entryPoint"`
			CSSBundle  string `json:"cssBundle"`
		} `json:"outputs"`
	}
	if err := json.Unmarshal([]byte(metafile), &meta); err != nil {
		return nil, nil, fmt.Errorf("reading esbuild's metafile: %v", err)
	}
	// Paths in the metafile are relative to the working directory and all outputs sit
	// directly in the output directory, so base names identify them.
	base := func(p string) string { return path.Base(filepath.ToSlash(p)) }
	entries = make(map[string]string, len(meta.Outputs))
	for p, o := range meta.Outputs {
		entries[base(p)] = o.EntryPoint
		if o.CSSBundle != "" {
			cssBundles = append(cssBundles, base(o.CSSBundle))
		}
	}
	return entries, cssBundles, nil
}

// distName turns an absolute output path from esbuild into a slash-separated name inside
// dist/, refusing anything esbuild would have put outside it.
func distName(out, path string) (string, error) {
	rel, err := filepath.Rel(out, path)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return "", fmt.Errorf("esbuild wrote %s outside the output directory", path)
	}
	return filepath.ToSlash(rel), nil
}

// minifyJS minifies a stand-alone script (Go's wasm_exec.js). Top-level names are left
// alone because this is a classic script, so the global it defines (Go) keeps its name.
func minifyJS(src []byte, path string) ([]byte, error) {
	result := api.Transform(string(src), api.TransformOptions{
		Sourcefile:        path,
		Loader:            api.LoaderJS,
		Target:            api.ES2020,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		LogLevel:          api.LogLevelSilent,
	})
	if len(result.Errors) > 0 {
		return nil, errors.New(strings.Join(formatMessages("error", result.Errors), "\n"))
	}
	return result.Code, nil
}
