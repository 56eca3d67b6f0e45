package cvq

// VersionShape says how well a client-version string fits the documented
// "{M}M.m.pppp" format (plus the fourth part of WLM 2009 and later builds).
type VersionShape uint8

// The shapes CheckVersion tells apart.
const (
	// VersionMalformed is not a dotted list of decimal numbers at all.
	VersionMalformed VersionShape = iota
	// VersionLoose is dotted decimal numbers, but not in the documented
	// widths (e.g. "8.0.1" from Messenger for Mac, "14.0.8117.416").
	VersionLoose
	// VersionExact matches {M}M.m.pppp, optionally with a fourth part of
	// one to four digits.
	VersionExact
)

// maxVersionParts bounds how many dotted parts a version may have.
const maxVersionParts = 4

// CheckVersion classifies a client-version string.
func CheckVersion(s string) VersionShape {
	var widths [maxVersionParts]int
	n := 0
	w := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if w == 0 || n == maxVersionParts {
				return VersionMalformed
			}
			widths[n] = w
			n++
			w = 0
			continue
		}
		if s[i] < '0' || s[i] > '9' {
			return VersionMalformed
		}
		w++
		if w > 9 {
			return VersionMalformed
		}
	}
	if n < 2 {
		return VersionMalformed
	}
	if n >= 3 && widths[0] <= 2 && widths[1] == 1 && widths[2] == 4 && (n == 3 || widths[3] <= 4) {
		return VersionExact
	}
	return VersionLoose
}

// CompareVersions compares two dotted decimal versions part by part
// numerically ("6.0.0602" < "6.2.0205"; "14.0.8064.0206" > "14.0.8064").
// A missing part counts as zero. It returns -1, 0 or +1, and false when
// either string is malformed.
func CompareVersions(a, b string) (int, bool) {
	// One pass over both strings: parts are compared as they are read,
	// and the shape is checked on the way (the simulator compares
	// versions several times per keystroke).
	i, j := 0, 0
	na, nb := 0, 0 // parts read so far
	cmp := 0
	for i < len(a) || j < len(b) {
		var x, y int
		var ok bool
		if i < len(a) || i == 0 {
			if x, i, ok = versionPart(a, i); !ok {
				return 0, false
			}
			na++
		}
		if j < len(b) || j == 0 {
			if y, j, ok = versionPart(b, j); !ok {
				return 0, false
			}
			nb++
		}
		if cmp == 0 && x != y {
			cmp = 1
			if x < y {
				cmp = -1
			}
		}
	}
	if na < 2 || nb < 2 || na > maxVersionParts || nb > maxVersionParts ||
		len(a) > 0 && a[len(a)-1] == '.' || len(b) > 0 && b[len(b)-1] == '.' {
		return 0, false
	}
	return cmp, true
}

// versionPart reads the decimal number at s[i:] up to the next dot and
// returns it with the index after that dot; false for an empty or
// non-decimal part.
func versionPart(s string, i int) (int, int, bool) {
	n, start := 0, i
	for i < len(s) && s[i] != '.' {
		c := s[i]
		if c < '0' || c > '9' || i-start >= 9 {
			return 0, i, false
		}
		n = n*10 + int(c-'0')
		i++
	}
	if i == start {
		return 0, i, false
	}
	if i < len(s) {
		i++
	}
	return n, i, true
}
