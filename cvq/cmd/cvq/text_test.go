package main

import (
	"bufio"
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestCaret(t *testing.T) {
	cases := []struct {
		s          string
		start, end int
		line, mark string
	}{
		{"CVQ 6 spaghetti", 6, 15, "CVQ 6 spaghetti", "      ^^^^^^^^^"},
		{"CVQ 6", 5, 5, "CVQ 6", "     ^"},   // a position just past the end
		{"CVQ 6", 3, 99, "CVQ 6", "   ^^"},   // a range past the end is clamped
		{"a\tb c", 4, 5, `a\tb c`, "     ^"}, // an escape is two columns wide
		{"é x", 3, 4, "é x", "  ^"},          // a two-byte rune is one column
		{"\x1b[1m x", 5, 6, `\u001b[1m x`, "          ^"},
	}
	for _, c := range cases {
		line, mark := caret(c.s, c.start, c.end, 90)
		if line != c.line || mark != c.mark {
			t.Errorf("caret(%q, %d, %d) = %q / %q, want %q / %q", c.s, c.start, c.end, line, mark, c.line, c.mark)
		}
	}
}

// A long line is shown as a window around the range, carets still under
// the right bytes.
func TestCaretWindow(t *testing.T) {
	s := strings.Repeat("a", 200) + " TARGET " + strings.Repeat("b", 200)
	line, mark := caret(s, 201, 207, 60)
	at := strings.Index(mark, "^")
	if width(line) > 62 || strings.Count(mark, "^") != 6 || string([]rune(line)[at:at+6]) != "TARGET" {
		t.Errorf("window %q\n       %q", line, mark)
	}
	if !strings.HasPrefix(line, "…") || !strings.HasSuffix(line, "…") {
		t.Errorf("cuts not marked: %q", line)
	}
}

// Columns count what the caret line draws: a character is one column
// however many bytes it takes, an escape such as \t as many as it shows.
func TestColRange(t *testing.T) {
	for _, c := range []struct {
		s          string
		start, end int
		want       string
	}{
		{"CVQ 6 spaghetti", 6, 15, "col 7-15"},
		{"CVQ 6 spaghetti", 0, 1, "col 1"},
		{"CVQ 6 spaghetti", 4, 4, "col 5"},
		{"CVQ 6", 5, 6, "col 6"}, // just past the end
		{"CVQ 6", 7, 9, "col 8-9"},
		{"CVQ 2 0x0409 wïnnt 5.1", 13, 19, "col 14-18"},
		{"é x", 0, 2, "col 1"},
		{"é x", 3, 4, "col 3"},
		{"a😀 bc", 0, 5, "col 1-2"},
		{"a😀 bc", 6, 8, "col 4-5"},
		{"CVQ 1 é😀ï x", 6, 14, "col 7-9"},
		{"a\tb c", 4, 5, "col 6"},
	} {
		if got := colRange(newLineCells(c.s), c.start, c.end); got != c.want {
			t.Errorf("colRange(%q, %d, %d) = %q, want %q", c.s, c.start, c.end, got, c.want)
		}
	}
}

// In the human output the columns named agree with the carets drawn.
func TestDiagnosticColumnsMatchCarets(t *testing.T) {
	for _, sys := range []string{"wïnnt", "é😀ïnt", "w\tinnt"} {
		line := "CVQ 2 0x0409 " + sys + " 5.1 i386 MSNMSGR 6.0.0602 MSMSGS é@😀.c"
		_, out, _ := cli(t, "", line)
		rows := strings.Split(out, "\n")
		found := false
		for i, r := range rows {
			if !strings.HasPrefix(r, "  col ") || !strings.Contains(r, "Official clients send") || i+2 >= len(rows) {
				continue
			}
			found = true
			marks := []rune(strings.TrimPrefix(rows[i+2], "    | "))
			from := strings.IndexRune(string(marks), '^')
			want := "  col " + strconv.Itoa(from+1) + "-" + strconv.Itoa(from+strings.Count(string(marks), "^")) + ":"
			if from != 13 || !strings.HasPrefix(r, want) {
				t.Errorf("%q: %q, carets %q (want %q)", sys, r, string(marks), want)
			}
		}
		if !found {
			t.Errorf("%q: no system-type warning in\n%s", sys, out)
		}
	}
}

func TestWrap(t *testing.T) {
	got := wrap("one two three four five six", 10)
	want := []string{"one two", "three four", "five six"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("wrap = %q", got)
	}
	got = wrap(strings.Repeat("x", 25), 10)
	if len(got) != 3 || got[2] != "xxxxx" {
		t.Errorf("long word: %q", got)
	}
}

// breakAt only breaks at a lone space, so joining the pieces with one
// space gives the line back.
func TestBreakAtRoundTrip(t *testing.T) {
	for _, s := range []string{
		"CVQ 2 7.0.0813 7.0.0813 6.2.0205 http://msgr.dlservice.microsoft.com/download/5/d/9/x.exe http://messenger.msn.com",
		"CVQ 1  two  spaces   here and a trailing one ",
		strings.Repeat("word ", 60),
		strings.Repeat("x", 300),
	} {
		var pieces []string
		rest := s
		for rest != "" {
			cut := breakAt(rest, 30)
			pieces = append(pieces, rest[:cut])
			if cut < len(rest) {
				if rest[cut] != ' ' {
					t.Fatalf("cut at %q", rest[cut:])
				}
				cut++
			}
			rest = rest[cut:]
		}
		if strings.Join(pieces, " ") != s {
			t.Errorf("pieces %q do not join back to %q", pieces, s)
		}
	}
}

func TestColor(t *testing.T) {
	if colorWanted(&bytes.Buffer{}) {
		t.Error("colour for a buffer")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if colorWanted(f) {
		t.Error("colour for a regular file")
	}
	// /dev/null is a character device, as a terminal is, but no terminal:
	// no colour (TestTerminal covers a real one).
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	os.Unsetenv("NO_COLOR")
	if colorWanted(null) {
		t.Error("colour for /dev/null")
	}
	if got := palette(true).level("error"); got != "\x1b[31merror\x1b[0m" {
		t.Errorf("painted %q", got)
	}
	if got := palette(false).level("error"); got != "error" {
		t.Errorf("unpainted %q", got)
	}
}

// With colour on, the table still lines up: codes are added after padding.
func TestColorKeepsLayout(t *testing.T) {
	var plain, painted bytes.Buffer
	for _, c := range []struct {
		b  *bytes.Buffer
		on bool
	}{{&plain, false}, {&painted, true}} {
		o := newOutput(c.b, &options{dialect: 8, profile: nil, color: c.on})
		o.single("CVQ 6 spaghetti")
		o.close()
	}
	if stripANSI(painted.String()) != plain.String() {
		t.Errorf("colour changes the text:\n%s\n---\n%s", stripANSI(painted.String()), plain.String())
	}
	if !strings.Contains(painted.String(), "\x1b[") {
		t.Error("no colour codes with colour on")
	}
}

// breakAtSpec is breakAt as specified, measuring the whole string first:
// simple, and quadratic when called piece after piece on a long line.
func breakAtSpec(s string, room int) int {
	if width(s) <= room {
		return len(s)
	}
	best, cols := -1, 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			cols++
		}
		if s[i] != ' ' || i == 0 || i+1 >= len(s) || s[i-1] == ' ' || s[i+1] == ' ' {
			continue
		}
		if cols-1 <= room || best < 0 {
			best = i
		}
		if cols-1 > room {
			break
		}
	}
	if best < 0 {
		return len(s)
	}
	return best
}

// breakAt stops reading early but cuts where the specification does.
func TestBreakAtMatchesSpec(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", " ", " ", "é", "世", "😀"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s, room := b.String(), rng.IntN(12)
		if got, want := breakAt(s, room), breakAtSpec(s, room); got != want {
			t.Fatalf("breakAt(%q, %d) = %d, want %d", s, room, got, want)
		}
	}
}

// A protocol line as long as standard input may be (16 MiB) is cut into
// continuation lines in linear time. The linear cut takes about a second;
// measuring the rest of the line for every piece took over ten minutes, so
// a one-minute bound tells the two apart on any machine that runs the
// tests at all.
func TestProtoLongLineIsLinear(t *testing.T) {
	line := "CVQ 1 " + strings.Repeat("token ", maxInput/6-1)
	done := make(chan int, 1)
	go func() {
		var b bytes.Buffer
		w := bufio.NewWriter(&b)
		(&human{w: w}).proto("C: ", "", line)
		w.Flush()
		done <- strings.Count(b.String(), "\n")
	}()
	select {
	case n := <-done:
		if n < len(line)/pageWidth {
			t.Errorf("%d-byte line cut into only %d lines", len(line), n)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("cutting a 16 MiB line took over a minute: breakAt is not linear")
	}
}

func BenchmarkProtoLongLine(b *testing.B) {
	line := "CVQ 1 " + strings.Repeat("token ", 1<<20/6)
	w := bufio.NewWriter(io.Discard)
	h := &human{w: w}
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		h.proto("C: ", "", line)
	}
}

// cells turns text from the user into printable terminal cells, one string
// per column, and maps every byte offset of s to its column (cols has
// len(s)+1 entries); see cellOf. It is the straightforward model that
// lineCells must agree with: tables of about 40 bytes per byte of s.
func cells(s string) (out []string, cols []int) {
	out = make([]string, 0, len(s))
	cols = make([]int, len(s)+1)
	for i := 0; i < len(s); {
		show, n := cellOf(s, i)
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

// lineCells gives the columns and the drawn text that the cell tables
// give, for every offset and window, checkpoints included.
func TestLineCellsMatchCells(t *testing.T) {
	long := strings.Repeat("ab\x1b é😀\t\xff ", cellStep/5) // crosses checkpoints mid-character
	for _, s := range []string{"", "CVQ 6 spaghetti", "a\tb\x00c\u202e d", "é😀ï\xc3", long} {
		c, cols := cells(s)
		lc := newLineCells(s)
		if lc.total != len(c) {
			t.Fatalf("%q: %d columns, cells says %d", s, lc.total, len(c))
		}
		for i := -1; i <= len(s)+2; i++ {
			want := 0
			switch {
			case i > len(s):
				want = cols[len(s)] + i - len(s)
			case i >= 0:
				want = cols[i]
			}
			if got := lc.colOf(i); got != want {
				t.Fatalf("%.20q: colOf(%d) = %d, want %d", s, i, got, want)
			}
		}
		for lo := 0; lo <= len(c); lo += 1 + lo/7 {
			for _, w := range []int{1, 2, 7, 90} {
				hi := min(lo+w, len(c))
				if got, want := lc.window(lo, hi), strings.Join(c[lo:hi], ""); got != want {
					t.Fatalf("%.20q: window(%d, %d) = %q, want %q", s, lo, hi, got, want)
				}
			}
		}
		if got, want := clean(s), strings.Join(c, ""); got != want {
			t.Errorf("clean(%.20q) = %.40q, want %.40q", s, got, want)
		}
	}
}

func TestChunk(t *testing.T) {
	for _, tc := range []struct {
		s    string
		w    int
		want []string
	}{
		{"", 3, []string{""}},
		{"abc", 3, []string{"abc"}},
		{"abcdefg", 3, []string{"abc", "def", "g"}},
		{"éé😀ab", 2, []string{"éé", "😀a", "b"}},
	} {
		if got := chunk(tc.s, tc.w); strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("chunk(%q, %d) = %q, want %q", tc.s, tc.w, got, tc.want)
		}
	}
}
