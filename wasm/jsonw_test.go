package main

import (
	"encoding/json"
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
