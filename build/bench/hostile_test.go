package main

import (
	"errors"
	"strings"
	"testing"
)

func TestHostileLinksUnder2MB(t *testing.T) {
	links, err := hostileLinks()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range links {
		if len(l.frag) > 2<<20 {
			t.Errorf("%s: %d characters, over 2 MB", l.name, len(l.frag))
		}
	}
}

func TestHostileTable(t *testing.T) {
	r := &results{hostile: []hostileResult{
		{name: "a", chars: 2000, firstMs: 900, longMs: 120, floorMs: 300},
		{name: "b", chars: 10, firstMs: 1600, floorMs: 400},
		{name: "c", chars: 10, firstMs: 2000, floorMs: 1600},
		{name: "d", chars: 10, firstMs: 1800, floorMs: -1},
		{name: "e", chars: 10, firstMs: 2500, floorMs: 1700},
		// The floor makes 1.5 s, but by less than the load budget's allowance
		// (1.5 × 250 − 300 = 75 ms): judged as re-based.
		{name: "f", chars: 10, firstMs: 1600, floorMs: 1450},
		{name: "g", chars: 10, firstMs: 2100, floorMs: 1450},
		// By more than the allowance: the 1.5 s budget stands.
		{name: "h", chars: 10, firstMs: 1600, floorMs: 1400},
	}}
	// A plain link: our first reply 600 ms, the floor ready and painted at 300 ms, so
	// 300 ms over it (the floor's ready alone is not what the links are judged against).
	r.load.pgFirst = []float64{600, 590, 610}
	r.load.floorPainted = []float64{300, 310, 290}
	r.load.floorReady = []float64{250, 260, 240}
	got := r.hostileTable().text()
	for _, want := range []string{"900 ms", "120 ms", "300 ms", "met", "MISSED ", "not ready in 30 s", "600 ms",
		"ours − floor ≤ 300 + 200 = 500 ms", "allows it 75.0 ms"} {
		if !strings.Contains(got, want) {
			t.Errorf("the table lacks %q:\n%s", want, got)
		}
	}
	rows := map[string]string{}
	for _, row := range r.hostileTable().rows {
		rows[row[0]] = row[len(row)-1]
	}
	for name, want := range map[string]string{
		"a": "met",
		"b": "MISSED",
		"c": "met, re-based (the floor misses 1.5 s too)", // 400 ms over the floor: under 500, over 200
		"d": "MISSED (so did the floor; re-based budget not measurable)",
		"e": "MISSED, re-based (the floor misses 1.5 s too)", // 800 ms over the floor
		"f": "met, re-based (the floor + the load budget's allowance pass 1.5 s)",
		"g": "MISSED, re-based (the floor + the load budget's allowance pass 1.5 s)",
		"h": "MISSED",
	} {
		if rows[name] != want {
			t.Errorf("link %s: verdict %q, want %q", name, rows[name], want)
		}
	}
	// Without the cold loads there is no plain link to re-base on.
	r.loadErr = errors.New("no loads")
	if v := hostileVerdict(r.hostile[2], rebase{}); !strings.Contains(v, "not measurable") {
		t.Errorf("without a plain link, link c's verdict is %q", v)
	}
	if v := hostileVerdict(r.hostile[5], rebase{}); v != "MISSED" {
		t.Errorf("without a plain link, link f's verdict is %q, want the 1.5 s budget", v)
	}
	r.hostileErr = errors.New("no browser")
	if got := r.hostileTable().text(); !strings.Contains(got, "no browser") {
		t.Errorf("the error table: %s", got)
	}
}
