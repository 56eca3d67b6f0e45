package main

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// pageWidth is the width human output is laid out for.
const pageWidth = 100

// cellOf returns how the character at s[i] is drawn on the terminal and how
// many bytes of s it takes. Control bytes become visible escapes (\t, \r,
// \x1b) so a pasted log cannot move the cursor or recolour the terminal;
// invisible and direction-changing characters become \uXXXX so the line
// cannot look like something it is not. Everything else is itself.
func cellOf(s string, i int) (show string, n int) {
	if c := s[i]; c >= 0x20 && c < 0x7f {
		return s[i : i+1], 1 // printable ASCII, the common case
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		return `\x` + hex2(s[i]), 1
	case r == '\t':
		return `\t`, n
	case r == '\r':
		return `\r`, n
	case r == '\n':
		return `\n`, n
	case r < 0x20 || invisible(r):
		return `\u` + strconv.FormatInt(int64(r)+0x10000, 16)[1:], n
	}
	return s[i : i+n], n
}

// cellWidth is the number of columns a drawn character takes: one for a
// character shown as itself, one per letter of an escape.
func cellWidth(show, orig string) int {
	if show == orig {
		return 1
	}
	return len(show)
}

// lineCells maps the bytes of a line to the columns cells would draw them
// in without drawing them all: it keeps the column of one character every
// cellStep bytes and walks from the nearest one. Diagnostics on a 16 MiB
// line then need a few kilobytes besides the line itself, where a table per
// byte and one per column (cells, now the model in the tests) took about 40
// bytes per byte.
type lineCells struct {
	s     string
	marks []cellMark // checkpoints, in byte order (and so in column order)
	total int        // columns of the whole line
}

// cellMark is a character that starts at byte pos and is drawn at column col.
type cellMark struct{ pos, col int }

// cellStep is the distance in bytes between checkpoints.
const cellStep = 4096

func newLineCells(s string) *lineCells {
	lc := &lineCells{s: s}
	col, next := 0, 0
	for i := 0; i < len(s); {
		if i >= next {
			lc.marks = append(lc.marks, cellMark{i, col})
			next = i + cellStep
		}
		show, n := cellOf(s, i)
		col += cellWidth(show, s[i:i+n])
		i += n
	}
	lc.total = col
	return lc
}

// colOf is the 0-based column of byte offset i: the column of the character
// that holds it. A position past the end of the line counts on one column
// per byte.
func (lc *lineCells) colOf(i int) int {
	switch {
	case i <= 0:
		return 0
	case i >= len(lc.s):
		return lc.total + i - len(lc.s)
	}
	m := lc.marks[sort.Search(len(lc.marks), func(k int) bool { return lc.marks[k].pos > i })-1]
	col := m.col
	for p := m.pos; p < i; {
		show, n := cellOf(lc.s, p)
		if p+n > i {
			break // i is inside this character
		}
		col += cellWidth(show, lc.s[p:p+n])
		p += n
	}
	return col
}

// window draws columns [lo, hi) of the line (an escape may be cut at
// either end, as a slice of cells would cut it).
func (lc *lineCells) window(lo, hi int) string {
	if lo >= hi || len(lc.marks) == 0 {
		return ""
	}
	m := lc.marks[sort.Search(len(lc.marks), func(k int) bool { return lc.marks[k].col > lo })-1]
	var b strings.Builder
	col := m.col
	for p := m.pos; p < len(lc.s) && col < hi; {
		show, n := cellOf(lc.s, p)
		w := cellWidth(show, lc.s[p:p+n])
		if col+w > lo {
			if w > 1 {
				show = show[max(lo-col, 0):min(hi-col, w)]
			}
			b.WriteString(show)
		}
		col += w
		p += n
	}
	return b.String()
}

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&0xF]})
}

// clean returns s safe to print: see cellOf. It builds the result in one
// pass, so cleaning a long line costs about the line's size.
func clean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		show, n := cellOf(s, i)
		b.WriteString(show)
		i += n
	}
	return b.String()
}

// width is the number of terminal columns s takes (one per rune: wide
// East Asian characters are counted as one, an accepted approximation).
func width(s string) int { return utf8.RuneCountInString(s) }

// pad right-pads s with spaces to n columns.
func pad(s string, n int) string {
	if w := width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// wrap breaks text into lines of at most w columns at spaces; a word longer
// than w is cut.
func wrap(text string, w int) []string {
	if w < 10 {
		w = 10
	}
	var lines []string
	var cur []rune
	for _, word := range strings.Fields(text) {
		rw := []rune(word)
		for len(rw) > w {
			if len(cur) > 0 {
				lines = append(lines, string(cur))
				cur = cur[:0]
			}
			lines = append(lines, string(rw[:w]))
			rw = rw[w:]
		}
		switch {
		case len(cur) == 0:
			cur = append(cur, rw...)
		case len(cur)+1+len(rw) <= w:
			cur = append(append(cur, ' '), rw...)
		default:
			lines = append(lines, string(cur))
			cur = append(cur[:0], rw...)
		}
	}
	if len(cur) > 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

// chunk cuts an unbreakable value (a URL, a long token) into pieces of w
// columns, slicing s rather than copying it as runes.
func chunk(s string, w int) []string {
	var out []string
	for {
		cut, n := 0, 0
		for cut < len(s) && n < w {
			_, size := utf8.DecodeRuneInString(s[cut:])
			cut += size
			n++
		}
		if cut == len(s) {
			return append(out, s)
		}
		out = append(out, s[:cut])
		s = s[cut:]
	}
}

// caret renders s (cleaned) with a line of carets under the byte range
// [start, end), or a single caret for an empty range. A line wider than
// max is shown as a window around the range, with … marking the cuts.
func caret(s string, start, end, max int) (line, marks string) {
	return caretCells(newLineCells(s), start, end, max)
}

// caretCells is caret on a line already mapped by newLineCells, so many
// diagnostics on one long line do not map it again each time.
func caretCells(lc *lineCells, start, end, max int) (line, marks string) {
	n := len(lc.s)
	start = clampInt(start, 0, n)
	end = clampInt(end, start, n)
	from, to := lc.colOf(start), lc.colOf(end)
	if to == from {
		to = from + 1
	}
	lo, hi := 0, lc.total
	if hi > max {
		// Show the start of the range with some context before it.
		lo = from - max/4
		if lo < 0 {
			lo = 0
		}
		hi = lo + max
		if hi > lc.total {
			hi = lc.total
			lo = hi - max
		}
	}
	var b strings.Builder
	shift := lo
	if lo > 0 {
		b.WriteString("…")
		shift--
	}
	b.WriteString(lc.window(lo, hi))
	if hi < lc.total {
		b.WriteString("…")
	}
	a := clampInt(from-shift, 0, max+2)
	z := clampInt(to-shift, a+1, max+2)
	return b.String(), strings.Repeat(" ", a) + strings.Repeat("^", z-a)
}

func clampInt(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// colRange writes the byte range [start, end) of a line as the 1-based
// columns it takes when the line is drawn (lc maps it), so the numbers agree
// with the carets: "col 7-15", or "col 7" for a range of at most one column
// (or a position between tokens). A position past the end of the line
// counts on one column per byte.
func colRange(lc *lineCells, start, end int) string {
	from := lc.colOf(start)
	to := max(lc.colOf(end), from)
	if to-from <= 1 {
		return "col " + strconv.Itoa(from+1)
	}
	return "col " + strconv.Itoa(from+1) + "-" + strconv.Itoa(to)
}

// palette paints text with ANSI colours when they are wanted, and leaves it
// alone otherwise.
type palette bool

const (
	red    = "31"
	green  = "32"
	yellow = "33"
	cyan   = "36"
	bold   = "1"
	dim    = "2"
)

func (p palette) paint(code, s string) string {
	if !p || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

// level colours a status or severity name by how bad it is.
func (p palette) level(name string) string {
	switch name {
	case "error", "differ":
		return p.paint(red, name)
	case "warning", "unchecked":
		return p.paint(yellow, name)
	case "note":
		return p.paint(cyan, name)
	}
	return p.paint(green, name)
}
