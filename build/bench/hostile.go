package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
)

// hostileBudgetMs is DESIGN.md's work budget for links: any link up to 2 MB reaches a
// ready page (its first reply painted) within 1.5 s of navigation.
const hostileBudgetMs = 1500

// hostileLink is one link made to cost the page as much as its kind can.
type hostileLink struct {
	name, frag string
}

// hostileResult is what loading one hostile link measured.
type hostileResult struct {
	name    string
	chars   int     // the fragment's length
	firstMs float64 // navigation start → first reply painted
	longMs  float64 // the longest main-thread task seen (0 when none over 50 ms)
}

// hostileLinks are the links of issue 12: unknown keys packed in z=, plain unknown keys,
// a 1.5 MB request, a transcript over its cap, and keys named like Object's properties
// (the same kinds site/boundedlinks_test.go opens).
func hostileLinks() ([]hostileLink, error) {
	var many, plain strings.Builder
	many.WriteString("v=1&d=MSNP9")
	for i := 0; many.Len() < 1000*1024; i++ {
		many.WriteString("&k" + strconv.Itoa(i) + "=")
	}
	z, err := deflateLink(many.String())
	if err != nil {
		return nil, err
	}
	plain.WriteString("v=1&d=MSNP9")
	for i := 0; i < 30000; i++ {
		plain.WriteString("&unknown" + strconv.Itoa(i) + "=x")
	}
	return []hostileLink{
		{"110,000 unknown keys in z=", z},
		{"30,000 plain unknown keys", plain.String()},
		{"a 1.5 MB q=", "v=1&q=CVQ%201%20" + strings.Repeat("A", 1500*1024)},
		{"a 2 MB t=", "v=1&t=" + strings.Repeat("C%3A%20VER%201%20MSNP8%0A", 2000*1024/25)},
		{"__proto__, constructor, toString keys", "v=1&d=MSNP9&__proto__=1&constructor=2&toString=3"},
	}, nil
}

// deflateLink packs a readable fragment as the page's compressed links are: raw
// deflate, unpadded base64url.
func deflateLink(readable string) (string, error) {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := w.Write([]byte(readable)); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return "v=1&z=" + base64.RawURLEncoding.EncodeToString(b.Bytes()), nil
}

// measureHostile loads each hostile link once, cold, from the playground served at base.
func (c *chromium) measureHostile(base string) ([]hostileResult, error) {
	links, err := hostileLinks()
	if err != nil {
		return nil, err
	}
	var out []hostileResult
	for _, l := range links {
		got, long, err := c.coldLoad(base+"/#"+l.frag, "cvq-first-reply")
		if err != nil {
			return nil, fmt.Errorf("%s: %v", l.name, err)
		}
		_, longest := longTasks(long)
		out = append(out, hostileResult{name: l.name, chars: len(l.frag), firstMs: got["cvq-first-reply"], longMs: longest})
	}
	return out, nil
}

// hostileTable reports the hostile links, one row each.
func (r *results) hostileTable() table {
	const title = "Hostile links (one cold load each)"
	if r.hostileErr != nil {
		return errTable(title, r.hostileErr)
	}
	t := table{title: title, header: []string{"link", "fragment", "navigation → first reply", "longest task", "budget ≤ 1.5 s"}}
	for _, h := range r.hostile {
		verdict := "met"
		if h.firstMs > hostileBudgetMs {
			verdict = "MISSED"
		}
		t.rows = append(t.rows, []string{h.name, bytesCell(h.chars) + " chars", msCell(h.firstMs) + " ms", msCell(h.longMs) + " ms", verdict})
	}
	t.notes = []string{"Longest task: the longest main-thread task the Long Tasks API saw (tasks over 50 ms) from navigation to the first reply; 0 when none."}
	return t
}
