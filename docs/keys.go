package docs

import "strings"

// CitedKeys returns the source keys a text of the codec cites, in order of first
// appearance and without repeats. Two forms are recognised: a list of keys separated by
// commas (a Source field: "SEED, YW-CVR") and keys in square brackets anywhere in prose
// ("Seed document, \"Old\" example [SEED]").
func CitedKeys(s string) []string {
	var keys []string
	add := func(k string) {
		for _, seen := range keys {
			if seen == k {
				return
			}
		}
		keys = append(keys, k)
	}
	if list, ok := keyList(s); ok {
		for _, k := range list {
			add(k)
		}
		return keys
	}
	for rest := s; ; {
		i := strings.IndexByte(rest, '[')
		if i < 0 {
			return keys
		}
		rest = rest[i+1:]
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			return keys
		}
		if IsKey(rest[:j]) {
			add(rest[:j])
		}
		rest = rest[j+1:]
	}
}

// keyList splits "SEED, YW-CVR" into its keys; false when any part is not a key.
func keyList(s string) ([]string, bool) {
	if strings.TrimSpace(s) == "" {
		return nil, false
	}
	parts := strings.Split(s, ",")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
		if !IsKey(parts[i]) {
			return nil, false
		}
	}
	return parts, true
}

// IsKey reports whether s has the shape of a source key: an upper-case letter, then
// upper-case letters and digits, then any number of "-" parts of letters and digits
// (SEED, YW-P8, MS-LCID, CAP-MSNP8-doc).
func IsKey(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	head, rest, _ := strings.Cut(s, "-")
	for i := 0; i < len(head); i++ {
		if c := head[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	if rest == "" {
		return !strings.HasSuffix(s, "-")
	}
	for _, part := range strings.Split(rest, "-") {
		if part == "" {
			return false
		}
		for i := 0; i < len(part); i++ {
			if c := part[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				return false
			}
		}
	}
	return true
}
