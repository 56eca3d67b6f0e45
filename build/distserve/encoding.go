package distserve

import (
	"strconv"
	"strings"
)

// coding is a content coding we can serve from a precompressed sibling file.
type coding struct {
	name   string // the Content-Encoding value; "" for the raw file
	suffix string // the sibling's file name suffix
}

var (
	codingBr   = coding{name: "br", suffix: ".br"}
	codingGzip = coding{name: "gzip", suffix: ".gz"}
)

// acceptedEncodings reads Accept-Encoding header values (RFC 9110 §12.5.3) and returns the
// codings we have that the client accepts, most preferred first. A coding is accepted when
// it is listed, or covered by "*", with a q-value above zero; on equal q-values brotli wins
// because it is the smaller of the two.
func acceptedEncodings(values []string) []coding {
	q := map[string]float64{}
	for _, v := range values {
		for _, item := range strings.Split(v, ",") {
			name, weight, ok := parseItem(item)
			if !ok {
				continue
			}
			if name == "x-gzip" {
				name = "gzip"
			}
			// If a coding is listed twice, the stricter entry counts.
			if old, seen := q[name]; !seen || weight < old {
				q[name] = weight
			}
		}
	}
	weight := func(name string) float64 {
		if w, ok := q[name]; ok {
			return w
		}
		return q["*"] // zero when "*" is absent too
	}
	br, gz := weight("br"), weight("gzip")
	var out []coding
	switch {
	case br > 0 && br >= gz:
		out = append(out, codingBr)
		if gz > 0 {
			out = append(out, codingGzip)
		}
	case gz > 0:
		out = append(out, codingGzip)
		if br > 0 {
			out = append(out, codingBr)
		}
	}
	return out
}

// parseItem splits one list member such as "gzip;q=0.5" into its lower-cased coding name
// and weight (1 when no q parameter is given). It reports false for empty members and for
// weights that do not parse, which are then ignored rather than guessed at.
func parseItem(item string) (string, float64, bool) {
	parts := strings.Split(item, ";")
	name := strings.ToLower(strings.TrimSpace(parts[0]))
	if name == "" {
		return "", 0, false
	}
	weight := 1.0
	for _, p := range parts[1:] {
		k, v, found := strings.Cut(strings.TrimSpace(p), "=")
		if !found || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || f < 0 || f > 1 {
			return "", 0, false
		}
		weight = f
	}
	return name, weight, true
}
