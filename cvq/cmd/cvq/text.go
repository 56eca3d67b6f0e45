package main

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// pageWidth is the width human output is laid out for.
const pageWidth = 100

// cells turns text from the user into printable terminal cells, one string
// per column, and maps every byte offset of s to its column (cols has
// len(s)+1 entries). Control bytes become visible escapes (\t, \r, \x1b)
// so a pasted log cannot move the cursor or recolour the terminal, and so
// carets still land under the byte they point at.
func cells(s string) (out []string, cols []int) {
	out = make([]string, 0, len(s))
	cols = make([]int, len(s)+1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		var show string
		switch {
		case r == utf8.RuneError && n == 1:
			show = `\x` + hex2(s[i])
		case r == '\t':
			show = `\t`
		case r == '\r':
			show = `\r`
		case r == '\n':
			show = `\n`
		case r < 0x20 || invisible(r):
			// Invisible or direction-changing characters would make the
			// line look like something it is not.
			show = `\u` + strconv.FormatInt(int64(r)+0x10000, 16)[1:]
		default:
			show = s[i : i+n]
		}
		for k := 0; k < n; k++ {
			cols[i+k] = len(out)
		}
		if show == s[i:i+n] {
			out = append(out, show)
		} else {
			for k := 0; k < len(show); k++ {
				out = append(out, show[k:k+1])
			}
		}
		i += n
	}
	cols[len(s)] = len(out)
	return out, cols
}

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&0xF]})
}

// clean returns s safe to print: see cells.
func clean(s string) string {
	c, _ := cells(s)
	return strings.Join(c, "")
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
// columns.
func chunk(s string, w int) []string {
	r := []rune(s)
	var out []string
	for len(r) > w {
		out = append(out, string(r[:w]))
		r = r[w:]
	}
	return append(out, string(r))
}

// caret renders s (cleaned) with a line of carets under the byte range
// [start, end), or a single caret for an empty range. A line wider than
// max is shown as a window around the range, with … marking the cuts.
func caret(s string, start, end, max int) (line, marks string) {
	c, cols := cells(s)
	return caretCells(c, cols, start, end, max)
}

// caretCells is caret on text already split by cells, so many diagnostics
// on one long line do not split it again each time.
func caretCells(c []string, cols []int, start, end, max int) (line, marks string) {
	n := len(cols) - 1
	start = clampInt(start, 0, n)
	end = clampInt(end, start, n)
	from, to := cols[start], cols[end]
	if to == from {
		to = from + 1
	}
	lo, hi := 0, len(c)
	if hi > max {
		// Show the start of the range with some context before it.
		lo = from - max/4
		if lo < 0 {
			lo = 0
		}
		hi = lo + max
		if hi > len(c) {
			hi = len(c)
			lo = hi - max
		}
	}
	var b strings.Builder
	shift := lo
	if lo > 0 {
		b.WriteString("…")
		shift--
	}
	b.WriteString(strings.Join(c[lo:hi], ""))
	if hi < len(c) {
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
// columns it takes when the line is drawn by cells (cols as cells returns
// it), so the numbers agree with the carets: "col 7-15", or "col 7" for a
// range of at most one column (or a position between tokens). A position
// past the end of the line counts on one column per byte.
func colRange(cols []int, start, end int) string {
	from := colOf(cols, start)
	to := max(colOf(cols, end), from)
	if to-from <= 1 {
		return "col " + strconv.Itoa(from+1)
	}
	return "col " + strconv.Itoa(from+1) + "-" + strconv.Itoa(to)
}

// colOf is the 0-based column of byte offset i.
func colOf(cols []int, i int) int {
	n := len(cols) - 1
	switch {
	case i < 0:
		return 0
	case i > n:
		return cols[n] + i - n
	}
	return cols[i]
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
