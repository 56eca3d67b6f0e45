package main

import (
	"strings"
	"testing"
)

func TestTableText(t *testing.T) {
	tb := table{
		title:  "Size",
		header: []string{"file", "raw", "brotli"},
		rows: [][]string{
			{"cvq.wasm", "3,170,423", "678,376"},
			{"floor.wasm", "1,923,072", "440,000"},
		},
		notes: []string{"measured once"},
	}
	want := "Size\n" +
		"  file              raw   brotli\n" +
		"  ------------------------------\n" +
		"  cvq.wasm    3,170,423  678,376\n" +
		"  floor.wasm  1,923,072  440,000\n" +
		"  measured once\n"
	if got := tb.text(); got != want {
		t.Errorf("text:\n%s\nwant:\n%s", got, want)
	}
}

func TestTableMarkdown(t *testing.T) {
	tb := table{
		title:  "Codec",
		header: []string{"benchmark", "ns/op"},
		rows:   [][]string{{"Simulate/new", "1,050"}, {"a|b *c* `d`", "2"}, {"short"}},
		notes:  []string{"run `make bench`; *not* a test"},
	}
	want := "### Codec\n\n" +
		"| benchmark | ns/op |\n" +
		"| --- | ---: |\n" +
		"| Simulate/new | 1,050 |\n" +
		"| a\\|b \\*c\\* \\`d\\` | 2 |\n" +
		"| short |  |\n" +
		"\nrun `make bench`; \\*not\\* a test\n\n"
	if got := tb.markdown(); got != want {
		t.Errorf("markdown:\n%s\nwant:\n%s", got, want)
	}
}

func TestTableTextUnicodeWidth(t *testing.T) {
	tb := table{title: "T", header: []string{"a", "ratio"}, rows: [][]string{{"x", "1.54×"}, {"y", "10.00×"}}}
	lines := strings.Split(strings.TrimRight(tb.text(), "\n"), "\n")
	// Every row ends at the same column although × takes two bytes.
	w := len([]rune(lines[1]))
	for _, l := range lines[3:] {
		if len([]rune(l)) != w {
			t.Errorf("row %q is %d runes wide, header %d", l, len([]rune(l)), w)
		}
	}
}

func TestCells(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 678376: "678,376", 3170423: "3,170,423", -1234: "-1,234"} {
		if got := bytesCell(n); got != want {
			t.Errorf("bytesCell(%d) = %q, want %q", n, got, want)
		}
	}
	if got := signedBytes(1234); got != "+1,234" {
		t.Errorf("signedBytes = %q", got)
	}
	if got := signedBytes(-5); got != "-5" {
		t.Errorf("signedBytes = %q", got)
	}
	if got := ratioCell(678376, 440000); got != "1.54×" {
		t.Errorf("ratioCell = %q", got)
	}
	if got := ratioCell(1, 0); got != "n/a" {
		t.Errorf("ratioCell by zero = %q", got)
	}
	for ms, want := range map[float64]string{0.123: "0.12", 12.34: "12.3", 1234.5: "1234"} {
		if got := msCell(ms); got != want {
			t.Errorf("msCell(%v) = %q, want %q", ms, got, want)
		}
	}
	if got := nsCell(2107.3); got != "2,107" {
		t.Errorf("nsCell = %q", got)
	}
	if got := nsCell(21.37); got != "21.4" {
		t.Errorf("nsCell = %q", got)
	}
}
