//go:build js && wasm

// Command wasm is the bridge between the page and package cvq: it
// registers globalThis.cvq (see API.md), converts cvq's results into plain
// JavaScript objects and keeps the Go program alive. It converts types and
// nothing else; all protocol knowledge stays in cvq.
package main

import (
	"github.com/hack-pad/safejs"
)

func main() {
	if err := register(safejs.Global()); err != nil {
		// Nothing else can report it: the page's start-up timeout will.
		println("cvq bridge:", err.Error())
		return
	}
	if ready, err := safejs.Global().Get("cvqReady"); err == nil && ready.Type() == safejs.TypeFunction {
		info, _ := newObject()
		_ = info.Set("version", version)
		_, _ = ready.Invoke(info)
	}
	select {} // keep serving calls from the page
}
