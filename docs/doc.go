// Package docs holds what a learner reads about the protocol but the simulator never
// decides with: the bibliography behind every source key the codec cites (SEED, YW-CVR …)
// and the explanation of every diagnostic code. The Markdown pages of the reference sit
// beside this file; the build renders them, and these tables, to HTML in dist/reference/.
//
// This package is native only by intent: the command-line tool imports it to print the
// titles and addresses of the sources it cites, while the WebAssembly module must not (its
// page links to the rendered bibliography by key instead; wasm/deps_test.go checks).
package docs
