package cvq

import (
	"strings"
	"testing"
)

func TestHiddenCharacters(t *testing.T) {
	for _, c := range []struct {
		line string
		want []Diagnostic // only Start, End and Text's code point are compared
		cps  []string
	}{
		{"CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", nil, nil},
		{"CVQ 1 \u202eexe.txt", []Diagnostic{{Start: 6, End: 9}}, []string{"U+202E"}},
		{"CVQ 1 a\x00\x01b \u200b", []Diagnostic{{Start: 7, End: 9}, {Start: 11, End: 14}}, []string{"U+0000", "U+200B"}},
		{"CVQ 1 x\U000E0041", []Diagnostic{{Start: 7, End: 11}}, []string{"U+E0041"}},
		{"CVQ\t1 \u2066a\u2069 \u00ad \ufeff \u0085 \u061c", []Diagnostic{{Start: 3, End: 4}, {Start: 6, End: 9}, {Start: 10, End: 13}, {Start: 14, End: 16}}, []string{"U+0009", "U+2066", "U+2069", "U+00AD"}},
		{"CVQ 1 é😀 שלום", nil, nil}, // visible non-ASCII is not hidden
	} {
		r := Simulate(c.line, MSNP8, nil)
		var got []Diagnostic
		for _, d := range r.Diagnostics {
			if d.Code == "hidden-char" {
				got = append(got, d)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: %d hidden-char diagnostics, want %d: %+v", c.line, len(got), len(c.want), got)
			continue
		}
		for i, d := range got {
			if d.Start != c.want[i].Start || d.End != c.want[i].End || d.Severity != Warning ||
				!strings.Contains(d.Text, c.cps[i]+":") {
				t.Errorf("%q: diagnostic %d is [%d,%d) %q, want [%d,%d) naming %s", c.line, i, d.Start, d.End, d.Text,
					c.want[i].Start, c.want[i].End, c.cps[i])
			}
		}
	}
}
