package cvq

// This file answers questions about the catalogs (languages, releases,
// libraries, operating systems). The lookups run on every keystroke of the
// playground, so the hot ones neither allocate nor read more of a hostile
// input than they need.

// LookupLanguage returns the assigned language with the 16-bit ID id. The
// meta values that metaLocale names are not languages and report false.
func LookupLanguage(id uint16) (Language, bool) {
	lo, hi := 0, len(languageIDs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch {
		case languageIDs[mid] < id:
			lo = mid + 1
		case languageIDs[mid] > id:
			hi = mid
		default:
			tag, name := languageText(mid)
			return Language{ID: id, Tag: tag, Name: name}, true
		}
	}
	return Language{}, false
}

// Languages returns every assigned language, sorted by ID, in a new slice.
// In the WebAssembly build the tags and names are empty (catalog_text_js.go).
func Languages() []Language {
	out := make([]Language, len(languageIDs))
	for i, id := range languageIDs {
		out[i].ID = id
		out[i].Tag, out[i].Name = languageText(i)
	}
	return out
}

// metaLocale names the language IDs that Windows reserves for "no
// particular locale" (neutral, the defaults, custom, invariant). A client
// sending one of them sends no real locale.
func metaLocale(id uint16) (string, bool) {
	switch id {
	case 0x0000:
		return "language neutral", true
	case 0x0400:
		return "user default", true
	case 0x0800:
		return "system default", true
	case 0x0C00:
		return "custom default", true
	case 0x1000:
		return "custom, unspecified (LOCALE_CUSTOM_UNSPECIFIED)", true
	case 0x1400:
		return "user interface custom default", true
	case 0x007F:
		return "invariant", true
	}
	return "", false
}

// parseLocale reads a locale parameter as it appears on the wire: "0x"
// followed by exactly four hex digits of either case ("0x0409", "0x0C0A"),
// the form docs/rules.md §4 calls valid. "0X" with a capital X is not that
// form and reports false (see upperXLocale). It does not check that the
// ID is assigned: that is LookupLanguage's job.
func parseLocale(s string) (id uint16, ok bool) {
	if len(s) != 6 || s[0] != '0' || s[1] != 'x' {
		return 0, false
	}
	return parseHex4(s[2:])
}

// upperXLocale reads "0X" and four hex digits, the one misspelling of a
// locale the simulator names: it returns the ID the digits would give.
func upperXLocale(s string) (id uint16, ok bool) {
	if len(s) != 6 || s[0] != '0' || s[1] != 'X' {
		return 0, false
	}
	return parseHex4(s[2:])
}

// parseHex4 reads exactly four hex digits of either case.
func parseHex4(s string) (id uint16, ok bool) {
	if len(s) != 4 {
		return 0, false
	}
	for i := 0; i < 4; i++ {
		v, ok := hexDigit(s[i])
		if !ok {
			return 0, false
		}
		id = id<<4 | uint16(v)
	}
	return id, true
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Releases returns every official client build the catalog knows, oldest
// first (Windows, then Mac), in a new slice.
func Releases() []Release {
	out := make([]Release, len(releases))
	for i := range releases {
		out[i] = release(i)
	}
	return out
}

// release is releases[i] with its text (releaseText) filled in.
func release(i int) Release {
	r := releases[i]
	r.Product, r.Date, r.Source, r.Note = releaseText(i)
	return r
}

// LookupRelease finds the build whose client-version string is exactly
// build. Spellings are distinct rows: "14.0.8117.416" (BitlBee) has a row
// of its own next to "14.0.8117.0416", rather than numeric matching that
// would also accept made-up spellings such as "6.0.602".
func LookupRelease(build string) (Release, bool) {
	lo, hi := 0, len(releasesByBuild)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if releases[releasesByBuild[m]].Build < build {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(releasesByBuild) && releases[releasesByBuild[lo]].Build == build {
		return release(releasesByBuild[lo]), true
	}
	return Release{}, false
}

// lookupBuild is LookupRelease, and for a three-part build as Microsoft
// wrote them in replies ("14.0.8064") the release whose four-part build
// starts with it ("14.0.8064.0206").
func lookupBuild(v string) (Release, bool) {
	if r, ok := LookupRelease(v); ok || countByte(v, '.') != 2 {
		return r, ok
	}
	p := v + "."
	lo, hi := 0, len(releasesByBuild)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if releases[releasesByBuild[m]].Build < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(releasesByBuild) && hasPrefix(releases[releasesByBuild[lo]].Build, p) {
		return release(releasesByBuild[lo]), true
	}
	return Release{}, false
}

// nearestRelease returns, for a well-formed build no release has, the
// newest Windows release not above it (the oldest when all are above). The
// Windows rows of the table are in version order (a test checks), so this
// is a binary search; the Mac rows follow them.
func nearestRelease(v string) (Release, bool) {
	if CheckVersion(v) == VersionMalformed {
		return Release{}, false
	}
	n := 0
	for n < len(releases) && !hasPrefix(releases[n].Library, "mac") {
		n++
	}
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c, _ := CompareVersions(releases[m].Build, v); c <= 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return release(max(lo-1, 0)), n > 0
}

// releasesByBuild indexes releases in build-string order for LookupRelease;
// built once, because the simulator looks builds up on every keystroke.
var releasesByBuild = func() []int {
	idx := make([]int, len(releases))
	for i := range idx {
		idx[i] = i
		for j := i; j > 0 && releases[idx[j]].Build < releases[idx[j-1]].Build; j-- {
			idx[j], idx[j-1] = idx[j-1], idx[j]
		}
	}
	return idx
}()

// latestRelease returns the newest build (by CompareVersions) whose
// requesting-library is exactly library; the comparison is case-sensitive
// because the wire is. It reports false for a library that no release row
// carries, such as MSGSTRST, which the sources only mention as an
// occasional alternative of MSMSGS builds.
func latestRelease(library string) (Release, bool) {
	for i, lib := range libraries {
		if lib == library && latestByLibrary[i] >= 0 {
			return release(latestByLibrary[i]), true
		}
	}
	return Release{}, false
}

// latestByLibrary holds, for each entry of libraries, the index of its
// newest release (-1 for none), worked out once at start-up.
var latestByLibrary = func() []int {
	out := make([]int, len(libraries))
	for li, lib := range libraries {
		best := -1
		for i := range releases {
			if releases[i].Library != lib {
				continue
			}
			if best < 0 {
				best = i
			} else if c, ok := CompareVersions(releases[i].Build, releases[best].Build); ok && c > 0 {
				best = i
			}
		}
		out[li] = best
	}
	return out
}()

// knownLibrary reports whether s is exactly (case-sensitively) one of the
// requesting-library values official clients send.
func knownLibrary(s string) bool {
	for _, lib := range libraries {
		if lib == s {
			return true
		}
	}
	return false
}

// maxFoldInput bounds how many bytes of an input closestLibrary compares.
// Every known library is far shorter, so no near match is lost.
const maxFoldInput = 32

// closestLibrary returns the known library nearest to s by edit distance,
// ignoring ASCII case: "MSNMSGRR" and "msnmsgr" both give MSNMSGR. A
// library counts as near when the distance is at most half its length;
// when none is, it reports false. Ties go to the library listed first in
// libraries (MSNMSGR before MSMSGS). An exact match is its own nearest.
func closestLibrary(s string) (string, bool) {
	if len(s) > maxFoldInput {
		s = s[:maxFoldInput]
	}
	// The input is the pattern of a bit-parallel edit distance: bit i of
	// peq[c] is set when the input's byte i, lowered, is c. Libraries are
	// ASCII, so bytes from 128 up can never match and have no entry.
	var peq [128]uint64
	for i := range len(s) {
		if c := lowerASCII(s[i]); c < 128 {
			peq[c] |= 1 << i
		}
	}
	best, bestDist := -1, 0
	for i, lib := range libraries {
		limit := len(lib) / 2
		if best >= 0 {
			// Only a strictly nearer library can win from here on.
			limit = min(limit, bestDist-1)
		}
		// The distance is at least the difference in length: this test
		// rejects huge inputs without reading them.
		if len(s) > len(lib)+limit || len(lib) > len(s)+limit {
			continue
		}
		if d := foldDistance(&peq, len(s), lib); d <= limit {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return "", false
	}
	return libraries[best], true
}

// foldDistance is the Levenshtein distance between a pattern of m bytes
// (at most 64, described by peq as in closestLibrary) and text, with text's
// ASCII letters lowered. It keeps one column of the distance table as bit
// vectors of +1/-1 steps (Myers 1999, in Hyyrö's form for whole-string
// distance), so each byte of text costs a dozen word operations.
func foldDistance(peq *[128]uint64, m int, text string) int {
	if m == 0 {
		return len(text)
	}
	top := uint64(1) << (m - 1)
	pv, mv := ^uint64(0), uint64(0)
	score := m
	for i := range len(text) {
		var eq uint64
		if c := lowerASCII(text[i]); c < 128 {
			eq = peq[c]
		}
		xv := eq | mv
		xh := (((eq & pv) + pv) ^ pv) | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		if ph&top != 0 {
			score++
		} else if mh&top != 0 {
			score--
		}
		ph = ph<<1 | 1
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
	}
	return score
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}

// knownSystemType reports whether s is a system-type official clients
// send: "win" (Windows 9x), "winnt" (NT family) or "mac".
func knownSystemType(s string) bool {
	return s == "win" || s == "winnt" || s == "mac"
}

// DescribeOS names the operating system of a system-type / system-ver
// pair. An exact catalog row wins. Otherwise a Windows version with a third
// part, the service-pack major that Miranda and MSNPSharp append ("6.1.1"),
// is the two-part row's name plus ", service pack 1" (".0" means none);
// and "mac" with any dotted version is "Mac OS X " and the version.
// Anything else reports false.
func DescribeOS(systemType, systemVer string) (name string, ok bool) {
	if !knownSystemType(systemType) {
		return "", false
	}
	if n, ok := lookupOS(systemType, systemVer); ok {
		return n, true
	}
	if systemType == "mac" {
		if CheckVersion(systemVer) == VersionMalformed {
			return "", false
		}
		return "Mac OS X " + systemVer, true
	}
	base, sp, ok := splitServicePack(systemVer)
	if !ok {
		return "", false
	}
	n, ok := lookupOS(systemType, base)
	if !ok {
		return "", false
	}
	if sp == "0" {
		return n, true
	}
	return n + ", service pack " + sp, true
}

func lookupOS(systemType, systemVer string) (string, bool) {
	for i := range osVersions {
		if osVersions[i].Type == systemType && osVersions[i].Ver == systemVer {
			return osVersions[i].Name, true
		}
	}
	return "", false
}

// splitServicePack splits "6.1.1" into "6.1" and "1". The service-pack part
// is one or two digits without a leading zero (Windows never shipped more
// than a handful of service packs); longer numbers are build numbers, not
// service packs.
func splitServicePack(v string) (base, sp string, ok bool) {
	dot := -1
	for i := len(v) - 1; i >= 0; i-- {
		if v[i] == '.' {
			dot = i
			break
		}
	}
	if dot <= 0 {
		return "", "", false
	}
	base, sp = v[:dot], v[dot+1:]
	switch {
	case len(sp) == 1 && sp[0] >= '0' && sp[0] <= '9':
	case len(sp) == 2 && sp[0] >= '1' && sp[0] <= '9' && sp[1] >= '0' && sp[1] <= '9':
	default:
		return "", "", false
	}
	return base, sp, true
}
