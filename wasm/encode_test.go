package main

import (
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// utf8Cases mix ASCII, two-, three- and four-byte characters with every kind of bad
// UTF-8: a stray continuation byte, a cut sequence, an overlong form, a surrogate and a
// byte that never starts a character.
var utf8Cases = []string{"", "a", "é", "€", "😀", "a😀b€é", "\x80", "a\xffb", "\xe2\x82", "\xc0\xaf",
	"\xed\xa0\x80", "😀\xf0\x9f\x98", "\ufffd", "x\xe2\x82\xacy\xf4\x90\x80\x80z"}

// decodeRune stands in for utf8.DecodeRuneInString, which the module does not link.
func TestDecodeRuneMatchesUTF8(t *testing.T) {
	for _, s := range utf8Cases {
		for i := 0; i < len(s); i++ {
			r, n := decodeRune(s[i:])
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Errorf("decodeRune(%q) = %U, %d; want %U, %d", s[i:], r, n, wr, wn)
			}
		}
	}
	if r, n := decodeRune(""); r != 0 || n != 0 {
		t.Errorf("decodeRune(\"\") = %U, %d", r, n)
	}
}

// A byte offset maps to the UTF-16 offset of the character it falls in, as JavaScript
// counts a string decoded with one U+FFFD per bad byte.
func TestUTF16MapMatchesUTF16(t *testing.T) {
	for _, s := range utf8Cases {
		m := newUTF16Map(s)
		u := 0
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			for k := i; k < i+n; k++ {
				if got := m.at(k); got != u {
					t.Errorf("%q: byte %d at UTF-16 %d, want %d", s, k, got, u)
				}
			}
			u += len(utf16.Encode([]rune{r}))
			i += n
		}
		if got := m.at(len(s)); got != u {
			t.Errorf("%q: the end at UTF-16 %d, want %d", s, got, u)
		}
	}
}
