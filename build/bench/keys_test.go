package main

import (
	"strings"
	"testing"
)

const seedNew = "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"

func TestKeystrokes(t *testing.T) {
	for _, total := range []int{71, 72, 73, 300, 301, 1000} {
		keys, final, err := keystrokes(seedNew, total)
		if err != nil {
			t.Fatalf("%d: %v", total, err)
		}
		if len(keys) != total {
			t.Errorf("%d: %d keys", total, len(keys))
		}
		want := seedNew
		if (total-len(seedNew))%2 == 1 {
			want = strings.TrimSuffix(seedNew, "m")
		}
		if final != want {
			t.Errorf("%d: final %q, want %q", total, final, want)
		}
		if got := typed(keys); got != final {
			t.Errorf("%d: typing the keys leaves %q, keystrokes says %q", total, got, final)
		}
		if strings.Join(keys[:len(seedNew)], "") != seedNew {
			t.Errorf("%d: the first pass does not type the line", total)
		}
	}
}

func TestKeystrokesVariesDepth(t *testing.T) {
	keys, _, _ := keystrokes(seedNew, 300)
	// Runs of backspaces show how far back each correction went.
	depths := map[int]bool{}
	run := 0
	for _, k := range append(keys, "x") {
		if k == backspace {
			run++
			continue
		}
		if run > 0 {
			depths[run] = true
		}
		run = 0
	}
	if len(depths) < 4 {
		t.Errorf("corrections all go back the same few distances: %v", depths)
	}
}

func TestKeystrokesMultibyte(t *testing.T) {
	keys, final, err := keystrokes("CVQ ü€", 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := typed(keys); got != "CVQ ü€" || final != got || len(keys) != 10 {
		t.Errorf("%d keys leave %q (final %q)", len(keys), got, final)
	}
}

func TestKeystrokesErrors(t *testing.T) {
	for _, c := range []struct {
		line  string
		total int
	}{{"", 10}, {seedNew, 10}} {
		if _, _, err := keystrokes(c.line, c.total); err == nil {
			t.Errorf("keystrokes(%q, %d): no error", c.line, c.total)
		}
	}
}
