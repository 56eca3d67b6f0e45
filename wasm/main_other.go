//go:build !(js && wasm)

package main

import "os"

// The bridge only makes sense inside a browser; built for another
// platform (go build ./... does that) it says so instead of failing to
// link. The JSON writer it shares is tested natively.
func main() {
	os.Stderr.WriteString("wasm: build with GOOS=js GOARCH=wasm; the page loads it (go run ./build)\n")
	os.Exit(2)
}
