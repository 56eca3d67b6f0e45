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
	if CheckVersion(a) == VersionMalformed || CheckVersion(b) == VersionMalformed {
		return 0, false
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var x, y int
		x, i = versionPart(a, i)
		y, j = versionPart(b, j)
		if x != y {
			if x < y {
				return -1, true
			}
			return 1, true
		}
	}
	return 0, true
}

// versionPart reads the number at s[i:] up to the next dot and returns it
// with the index after that dot. Past the end it yields zero.
func versionPart(s string, i int) (int, int) {
	n := 0
	for i < len(s) && s[i] != '.' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i < len(s) {
		i++
	}
	return n, i
}
