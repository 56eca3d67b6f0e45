package cvq

// ASCII-only helpers. Protocol tokens are ASCII; using these instead of
// the strings package's Unicode-aware versions keeps Unicode case and
// space tables out of the WebAssembly module. Numbers are formatted here
// too rather than with strconv: strconv (with the errors and quoting
// tables its parse functions bring) measured about 8 KB of brotli in a
// module of Go's floor, and the codec needs only decimal integers.

// equalFold reports whether a and b are equal ignoring ASCII case.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// upperASCII returns s with ASCII letters in upper case.
func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
	return string(b)
}

// hasLower and hasUpper report whether s has any ASCII lower- or
// upper-case letter.
func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// countByte counts c in s.
func countByte(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// isBlank reports whether s holds only ASCII white space.
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\r', '\n', '\v', '\f':
		default:
			return false
		}
	}
	return true
}

// formatUint writes n in decimal, for the reason above.
func formatUint(n uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}

// formatInt writes n in decimal, with a minus sign when negative.
func formatInt(n int) string {
	if n < 0 {
		// uint64(-n) is right even for the smallest int, whose negation wraps to itself.
		return "-" + formatUint(uint64(-n))
	}
	return formatUint(uint64(n))
}

// noCompare, as a struct's blank first field, makes the struct not
// comparable with ==. It costs no bytes in the struct, and it keeps the
// compiler from generating an equality function for the struct and for
// every array of it the tables use: about 3.4 KB of brotli in the
// WebAssembly module, which has a size budget (DESIGN.md). Compare such
// values field by field, or with reflect.DeepEqual in tests.
type noCompare [0]func()
