package cvq

import (
	"slices"
	"testing"
)

func TestLineTable(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"", nil},
		{"\n", []string{""}},
		{"a", []string{"a"}},
		{"a\n", []string{"a"}},
		{"a\nb", []string{"a", "b"}},
		{"a\r\nb\r\n", []string{"a", "b"}},
		{"a\r\r\nb\r", []string{"a\r", "b"}}, // one CR, the one before the LF or at the end, is the line end's
		{"\n\nc\n\n", []string{"", "", "c", ""}},
		{"é😀\nx", []string{"é😀", "x"}},
	} {
		lt := newLineTable(c.text)
		var got []string
		for n := 1; n <= len(lt.starts); n++ {
			got = append(got, lt.line(n))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: lines %q, want %q", c.text, got, c.want)
		}
		if lt.line(0) != "" || lt.line(len(lt.starts)+1) != "" {
			t.Errorf("%q: a line outside the table is not empty", c.text)
		}
	}
}

// A transcript keeps the table its lines were numbered with, so
// PasteLine(Line) is the physical line that Start and End index.
func TestPasteLineLocatesTranscriptLines(t *testing.T) {
	text := "prose\r\n(12:00:00) msn: C: NS 000: VER 1 MSNP8 CVR0\n\nS: VER 1 MSNP8\r\n"
	tr := CheckTranscript(text, MSNP8, nil)
	if len(tr.Lines) != 2 || len(tr.Diagnostics) == 0 {
		t.Fatalf("%d lines, %d diagnostics", len(tr.Lines), len(tr.Diagnostics))
	}
	for _, l := range tr.Lines {
		if got := tr.PasteLine(l.Line)[l.Start:l.End]; got != l.Text {
			t.Errorf("line %d [%d:%d] is %q, want %q", l.Line, l.Start, l.End, got, l.Text)
		}
	}
	if d := tr.Diagnostics[0]; d.Line != 1 || tr.PasteLine(d.Line) != "prose" {
		t.Errorf("diagnostic on line %d, %q", d.Line, tr.PasteLine(d.Line))
	}
}
