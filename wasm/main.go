//go:build js && wasm

// Command wasm is the bridge between the page and package cvq: it
// registers globalThis.cvq (see API.md), hands cvq's results to the page
// as JSON text that one JSON.parse turns into plain objects, and keeps the
// Go program alive. It converts types and nothing else; all protocol
// knowledge stays in cvq.
package main

import "syscall/js"

func main() {
	if err := register(js.Global()); err != nil {
		// Nothing else can report it: the page's start-up timeout will.
		println("cvq bridge:", err.Error())
		return
	}
	announceReady()
	select {} // keep serving calls from the page
}

// announceReady calls the page's globalThis.cvqReady({version}) if it set
// one. A page-side exception there must not end the Go program.
func announceReady() {
	defer func() { _ = recover() }()
	ready := js.Global().Get("cvqReady")
	if ready.Type() == js.TypeFunction {
		info := js.Global().Get("Object").New()
		info.Set("version", version)
		ready.Invoke(info)
	}
}
