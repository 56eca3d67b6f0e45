package cvq

import "unsafe"

// The string helpers the codec needs, written here instead of imported
// from package strings. Importing strings links its Unicode-aware code and
// runs package unicode's start-up (case-folding tables) in the WebAssembly
// module: about 8 KB of brotli over Go's floor, measured with
// build/bench -only size, for what these few loops do. Files built only
// for the command line (//go:build !js) may use strings freely; the wasm
// package's dependency test fails if the module links it again.

// hasPrefix reports whether s begins with prefix.
func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// hasSuffix reports whether s ends with suffix.
func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// trimSuffix returns s without suffix when s ends with it.
func trimSuffix(s, suffix string) string {
	if hasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// trimLeftByte returns s without the copies of c it starts with.
func trimLeftByte(s string, c byte) string {
	for len(s) > 0 && s[0] == c {
		s = s[1:]
	}
	return s
}

// indexByte is the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// index is the index of the first sub in s, or -1. The codec looks for
// substrings of two or three bytes, so the plain scan is as good as a
// clever one.
func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// builder gathers a string piece by piece, as strings.Builder does: String
// hands out the gathered bytes without copying them, which is safe because
// the builder only ever appends (bytes a string already covers are never
// written again).
type builder struct {
	b []byte
}

// grow makes room for n more bytes.
func (b *builder) grow(n int) {
	if cap(b.b)-len(b.b) < n {
		nb := make([]byte, len(b.b), 2*cap(b.b)+n)
		copy(nb, b.b)
		b.b = nb
	}
}

func (b *builder) writeString(s string) { b.b = append(b.b, s...) }
func (b *builder) writeByte(c byte)     { b.b = append(b.b, c) }

// len is the number of bytes gathered so far.
func (b *builder) len() int { return len(b.b) }

// String returns the bytes gathered so far. A slice header starts with a
// string header (data, length), so the string is read from it directly:
// unsafe.String would link the runtime's checks for a bad length, about
// 400 bytes of brotli for a length that is a slice's own.
func (b *builder) String() string {
	return *(*string)(unsafe.Pointer(&b.b))
}
