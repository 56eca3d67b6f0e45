//go:build js && wasm

// Command floor is the smallest useful Go WebAssembly program: it registers one JavaScript
// function and waits for calls. `make bench` (build/bench) builds it with the playground's
// flags and weighs and times the playground against it, so the figures separate what Go's
// runtime costs anyway from what the playground adds.
package main

import "syscall/js"

func main() {
	// The page's loader calls go.run, which returns once main blocks; by then the function
	// is registered, and the loader takes its presence as "ready".
	js.Global().Set("cvqFloor", js.FuncOf(func(js.Value, []js.Value) any { return nil }))
	select {}
}
