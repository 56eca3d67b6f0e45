package main

import "errors"

// The page's three extra views (compare, sequence diagram, export): each its own script,
// bundled apart from the page and fetched on first use, with one stylesheet they share.
// None of them is part of the first load.
const (
	compareJSEntry  = "site/src/views/compare.ts"
	sequenceJSEntry = "site/src/views/sequence.ts"
	exportJSEntry   = "site/src/views/export.ts"
	viewsCSSEntry   = "site/src/views/views.css"
)

// The identifiers the views' hashed names are defined as: each script's for the page's code
// (declared in site/src/viewdoor.ts), the stylesheet's for the scripts (site/src/views/load.ts).
const (
	defineCompareJS  = "CVQ_VIEW_COMPARE"
	defineSequenceJS = "CVQ_VIEW_SEQUENCE"
	defineExportJS   = "CVQ_VIEW_EXPORT"
	defineViewsCSS   = "CVQ_VIEWS_CSS"
)

// viewsBundle builds the views' scripts and stylesheet (all lazy) and returns them with the
// define that hands the scripts' names to the page's code. On failure the define is still
// complete (naming nothing), so the page can be bundled and report its own errors too.
func viewsBundle(root, out string) ([]file, map[string]string, []string, error) {
	define := map[string]string{defineCompareJS: `""`, defineSequenceJS: `""`, defineExportJS: `""`}
	css, err := bundle(root, out, []string{viewsCSSEntry}, nil)
	if err != nil {
		return nil, define, css.warnings, err
	}
	entries := []string{compareJSEntry, sequenceJSEntry, exportJSEntry}
	js, err := bundle(root, out, entries, map[string]string{defineViewsCSS: quoteJS(css.names[viewsCSSEntry])})
	warnings := append(css.warnings, js.warnings...)
	if err != nil {
		return nil, define, warnings, err
	}
	files := append(css.files, js.files...)
	for i := range files {
		files[i].lazy = true
	}
	define[defineCompareJS] = quoteJS(js.names[compareJSEntry])
	define[defineSequenceJS] = quoteJS(js.names[sequenceJSEntry])
	define[defineExportJS] = quoteJS(js.names[exportJSEntry])
	return files, define, warnings, nil
}

// lazyBundles builds every part of the page fetched on first use (the lessons panel, the
// views, the cards' bodies, the console and the notices) and merges the defines that name
// them for the page's code.
func lazyBundles(root, out string) ([]file, map[string]string, []string, error) {
	files, define, warnings, err := lessonsBundle(root, out)
	errs := []error{err}
	add := func(fs []file, d map[string]string, ws []string, err error) {
		files = append(files, fs...)
		for k, v := range d {
			define[k] = v
		}
		warnings = append(warnings, ws...)
		errs = append(errs, err)
	}
	add(viewsBundle(root, out))
	for _, c := range chunkEntries {
		add(chunkBundle(root, out, c.entry, c.define))
	}
	return files, define, warnings, errors.Join(errs...)
}

// Lazy scripts of one entry each, so the first load goes without them: the body of an
// open card with its "Why this value?" section, fetched when the first card opens
// (site/src/cardbody.ts is its door); the console (live session and pasted transcript),
// fetched on its first use (site/src/consoledoor.ts); and the link and tab notices,
// fetched the first time one is due (site/src/noticedoor.ts).
const (
	cardsJSEntry    = "site/src/cardchunk.ts"
	defineCardChunk = "CVQ_CARD_CHUNK"
	consoleJSEntry  = "site/src/consolechunk.ts"
	defineConsoleJS = "CVQ_CONSOLE_JS"
	noticeJSEntry   = "site/src/noticechunk.ts"
	defineNoticeJS  = "CVQ_NOTICE_JS"
)

// chunkEntries lists the lazy scripts of one entry with the define naming each.
var chunkEntries = []struct{ entry, define string }{
	{cardsJSEntry, defineCardChunk},
	{consoleJSEntry, defineConsoleJS},
	{noticeJSEntry, defineNoticeJS},
}

// chunkBundle builds the lazy script entry and returns it with the define that names it
// for the page's code (naming nothing on failure, so the page can still be bundled).
func chunkBundle(root, out, entry, name string) ([]file, map[string]string, []string, error) {
	define := map[string]string{name: `""`}
	js, err := bundle(root, out, []string{entry}, nil)
	if err != nil {
		return nil, define, js.warnings, err
	}
	for i := range js.files {
		js.files[i].lazy = true
	}
	define[name] = quoteJS(js.names[entry])
	return js.files, define, js.warnings, nil
}
