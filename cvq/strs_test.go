package cvq

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// The hand-written helpers of strs.go and ascii.go stand in for package
// strings and strconv in the module; they must answer as those do.
func TestStringHelpersMatchStrings(t *testing.T) {
	words := []string{"", " ", "a", "ab", "abc", "   ", "C:", "\\r\\n", ") ", "x   y", "  lead", "@", "héllo"}
	for _, s := range words {
		for _, sub := range words {
			if got, want := hasPrefix(s, sub), strings.HasPrefix(s, sub); got != want {
				t.Errorf("hasPrefix(%q, %q) = %v, want %v", s, sub, got, want)
			}
			if got, want := hasSuffix(s, sub), strings.HasSuffix(s, sub); got != want {
				t.Errorf("hasSuffix(%q, %q) = %v, want %v", s, sub, got, want)
			}
			if got, want := trimSuffix(s, sub), strings.TrimSuffix(s, sub); got != want {
				t.Errorf("trimSuffix(%q, %q) = %q, want %q", s, sub, got, want)
			}
			if got, want := index(s, sub), strings.Index(s, sub); got != want {
				t.Errorf("index(%q, %q) = %d, want %d", s, sub, got, want)
			}
		}
		for _, c := range []byte{' ', '@', 'a', 'y', 0xa9} {
			if got, want := indexByte(s, c), strings.IndexByte(s, c); got != want {
				t.Errorf("indexByte(%q, %q) = %d, want %d", s, c, got, want)
			}
			if got, want := trimLeftByte(s, c), strings.TrimLeft(s, string(rune(c))); c < 0x80 && got != want {
				t.Errorf("trimLeftByte(%q, %q) = %q, want %q", s, c, got, want)
			}
		}
	}
}

func TestBuilderMatchesStringsBuilder(t *testing.T) {
	var b builder
	var want strings.Builder
	b.grow(3)
	var got []string
	for i, s := range []string{"CVQ", " ", "1", "", "a longer piece that outgrows the first allocation"} {
		b.writeString(s)
		want.WriteString(s)
		b.writeByte(byte('0' + i))
		want.WriteByte(byte('0' + i))
		if b.len() != want.Len() {
			t.Fatalf("len() = %d, want %d", b.len(), want.Len())
		}
		got = append(got, b.String())
		if got[i] != want.String() {
			t.Fatalf("String() = %q, want %q", got[i], want.String())
		}
	}
	// Strings handed out earlier do not change as the builder grows.
	if got[0] != "CVQ0" || got[1] != "CVQ0 1" {
		t.Errorf("earlier strings changed: %q", got[:2])
	}
}

func TestFormatIntMatchesStrconv(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 42, -1, -731, 4294967295, math.MaxInt, math.MinInt} {
		if got, want := formatInt(n), strconv.Itoa(n); got != want {
			t.Errorf("formatInt(%d) = %q, want %q", n, got, want)
		}
	}
	if got := formatUint(math.MaxUint64); got != strconv.FormatUint(math.MaxUint64, 10) {
		t.Errorf("formatUint(max) = %q", got)
	}
}
