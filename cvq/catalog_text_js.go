//go:build js

package cvq

// languageText returns no tag and no name in the WebAssembly build. The
// 411 language names are text a learner reads: the build writes them into
// the page's metadata (#cvq-meta), and the page fills in a locale field's
// meaning from there, so the module, which has a size budget (DESIGN.md),
// does not carry them (about 5 KB of brotli). Everything the simulator
// decides with, the set of assigned IDs, stays in languageIDs.
func languageText(int) (tag, name string) { return "", "" }

// releaseText returns no product, date, sources or note in the WebAssembly
// build, for the same reason: the page names a release from its metadata
// (about 2 KB of brotli).
func releaseText(int) (product, date, source, note string) { return "", "", "", "" }
