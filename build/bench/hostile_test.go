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
		{name: "c", chars: 10, firstMs: 1700, floorMs: 1600},
		{name: "d", chars: 10, firstMs: 1800, floorMs: -1},
	}}
	got := r.hostileTable().text()
	for _, want := range []string{"900 ms", "120 ms", "300 ms", "met", "MISSED ", "MISSED (so did the floor)", "not ready in 30 s"} {
		if !strings.Contains(got, want) {
			t.Errorf("the table lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "so did the floor"); n != 2 {
		t.Errorf("%d rows blame the floor, want 2 (c and d):\n%s", n, got)
	}
	r.hostileErr = errors.New("no browser")
	if got := r.hostileTable().text(); !strings.Contains(got, "no browser") {
		t.Errorf("the error table: %s", got)
	}
}
