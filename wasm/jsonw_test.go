package main

import (
	"encoding/json"
	"math"
	"strconv"
	"testing"
)

// The hand-written writer must produce what encoding/json reads back
// unchanged (the test may use encoding/json; the module does not).
func TestJSONWriterRoundTrip(t *testing.T) {
	for _, s := range []string{"", "plain", "quote\" back\\slash", "ctl\x00\x01\x1f\n\r\t", "é😀", "\u2028\u2029", "<script>"} {
		var w jsonWriter
		w.obj()
		w.kstr("s", s)
		w.knum("n", -42)
		w.kbool("b", true)
		w.key("a")
		w.arr()
		w.str(s)
		w.num(7)
		w.endArr()
		w.endObj()
		var got struct {
			S string
			N int
			B bool
			A []any
		}
		if err := json.Unmarshal(w.b, &got); err != nil {
			t.Fatalf("%q: %v in %s", s, err, w.b)
		}
		if got.S != s || got.N != -42 || !got.B || len(got.A) != 2 || got.A[0] != s {
			t.Errorf("%q: got %+v from %s", s, got, w.b)
		}
	}
	// Each byte outside valid UTF-8 becomes one U+FFFD, as the command's
	// encoding/json does, so offsets agree between the two.
	for in, want := range map[string]string{
		"bad\xffutf8":      "bad\ufffdutf8",
		"cut \xe2\x82 off": "cut \ufffd\ufffd off",
		"\xc3":             "\ufffd",
	} {
		var w jsonWriter
		w.str(in)
		var got string
		if err := json.Unmarshal(w.b, &got); err != nil || got != want {
			t.Errorf("invalid UTF-8 %q: %q %v", in, got, err)
		}
	}
}

// appendInt and boolean stand in for strconv, which the module does not link.
func TestNumbersMatchStrconv(t *testing.T) {
	for _, n := range []int{0, 7, 10, -1, -42, 1 << 53, math.MaxInt, math.MinInt} {
		if got, want := itoa(n), strconv.Itoa(n); got != want {
			t.Errorf("itoa(%d) = %q, want %q", n, got, want)
		}
		if got, want := string(appendInt([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Errorf("appendInt(x, %d) = %q, want %q", n, got, want)
		}
	}
	var w jsonWriter
	w.arr()
	w.boolean(true)
	w.boolean(false)
	w.endArr()
	if got := w.String(); got != "[true,false]" {
		t.Errorf("booleans: %s", got)
	}
}
