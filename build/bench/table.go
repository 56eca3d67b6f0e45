package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// table is one section of the report, printed as aligned text on the terminal and as
// Markdown in bench-out/bench.md. The first column is a label and is left-aligned; the
// others hold figures and are right-aligned.
type table struct {
	title  string
	header []string
	rows   [][]string
	notes  []string // printed under the table, one paragraph each
}

// text renders t for a terminal.
func (t table) text() string {
	var b strings.Builder
	b.WriteString(t.title + "\n")
	widths := make([]int, len(t.header))
	for _, r := range append([][]string{t.header}, t.rows...) {
		for i := range widths {
			if i < len(r) {
				widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
			}
		}
	}
	line := func(r []string) {
		b.WriteString(" ")
		for i, w := range widths {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			pad := strings.Repeat(" ", w-utf8.RuneCountInString(cell))
			b.WriteString(" ")
			if i == 0 {
				b.WriteString(cell + pad)
			} else {
				b.WriteString(" " + pad + cell)
			}
		}
		b.WriteString("\n")
	}
	line(t.header)
	// The rule runs from the first column's start to the last column's end.
	rule := widths[0]
	for _, w := range widths[1:] {
		rule += w + 2
	}
	b.WriteString("  " + strings.Repeat("-", rule) + "\n")
	for _, r := range t.rows {
		line(r)
	}
	for _, n := range t.notes {
		b.WriteString("  " + n + "\n")
	}
	return b.String()
}

// markdown renders t as a GitHub-flavoured Markdown table under a level-3 heading.
func (t table) markdown() string {
	var b strings.Builder
	b.WriteString("### " + t.title + "\n\n")
	row := func(r []string) {
		b.WriteString("|")
		for i := range t.header {
			cell := ""
			if i < len(r) {
				cell = r[i]
			}
			b.WriteString(" " + mdEscape(cell) + " |")
		}
		b.WriteString("\n")
	}
	row(t.header)
	b.WriteString("|")
	for i := range t.header {
		if i == 0 {
			b.WriteString(" --- |")
		} else {
			b.WriteString(" ---: |")
		}
	}
	b.WriteString("\n")
	for _, r := range t.rows {
		row(r)
	}
	if len(t.notes) > 0 {
		b.WriteString("\n")
		for _, n := range t.notes {
			b.WriteString(mdEscapeText(n) + "\n\n")
		}
	}
	return b.String()
}

// mdEscape keeps a cell from ending early (|) or turning into markup (*, _, backquote).
func mdEscape(s string) string {
	r := strings.NewReplacer("|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;")
	return r.Replace(s)
}

// mdEscapeText escapes only what would break a paragraph into markup by accident. Notes
// may quote commands in backquotes on purpose, so those stay.
func mdEscapeText(s string) string {
	return strings.NewReplacer("*", `\*`, "_", `\_`, "<", "&lt;").Replace(s)
}

// bytesCell formats a byte count with thousands separators: 678,376.
func bytesCell(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// signedBytes formats a difference in bytes with its sign: +12,345 or -678.
func signedBytes(n int) string {
	if n > 0 {
		return "+" + bytesCell(n)
	}
	return bytesCell(n)
}

// ratioCell formats a/b as "1.54×"; a zero or missing denominator gives "n/a".
func ratioCell(a, b float64) string {
	if b <= 0 || math.IsNaN(a) || math.IsNaN(b) {
		return "n/a"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

// msCell formats milliseconds with a precision that suits their size.
func msCell(ms float64) string {
	switch {
	case math.IsNaN(ms):
		return "n/a"
	case ms >= 100:
		return fmt.Sprintf("%.0f", ms)
	case ms >= 10:
		return fmt.Sprintf("%.1f", ms)
	}
	return fmt.Sprintf("%.2f", ms)
}

// nsCell formats nanoseconds per operation.
func nsCell(ns float64) string {
	if ns >= 100 {
		return bytesCell(int(math.Round(ns)))
	}
	return fmt.Sprintf("%.1f", ns)
}
