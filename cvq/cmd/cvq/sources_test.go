package main

import (
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/docs"
)

// TestVerboseSources: -v ends each result with the title and address of every source it
// cites, from the bibliography; without -v there is no such list.
func TestVerboseSources(t *testing.T) {
	_, out, _ := cli(t, "", "-v", "-example", "seed-new")
	_, list, ok := strings.Cut(out, "sources cited (the reference's bibliography):\n")
	if !ok {
		t.Fatalf("no source list in -v output:\n%s", out)
	}
	for _, k := range []string{"SEED", "YW-CVR", "MS-LCID"} {
		s, _ := docs.Lookup(k)
		if !strings.Contains(list, "  "+k+" ") || !strings.Contains(list, s.URL+"\n") {
			t.Errorf("the list lacks %s with its address %s:\n%s", k, s.URL, list)
		}
	}
	if strings.Contains(list, "not in the bibliography") {
		t.Errorf("a cited key is missing from the bibliography:\n%s", list)
	}
	_, plain, _ := cli(t, "", "-example", "seed-new")
	if strings.Contains(plain, "sources cited") {
		t.Errorf("sources listed without -v:\n%s", plain)
	}
	// A capture with no known address says why instead of printing one.
	_, capture, _ := cli(t, "", "-v", "-example", "cap-2008-01")
	if !strings.Contains(capture, "CAP-2008-01") || !strings.Contains(capture, "The original post was not found") {
		t.Errorf("cap-2008-01 -v lacks its capture's entry:\n%s", capture)
	}
}

func TestCitedSources(t *testing.T) {
	r := cvqResult()
	got := strings.Join(citedSources(&r), " ")
	if got != "SEED YW-CVR HYP-MISC" {
		t.Errorf("citedSources = %q", got)
	}
}

// cvqResult is a result with citations in every place citedSources reads, and a dialect
// list in prose that is not a citation.
func cvqResult() cvq.Result {
	return cvq.Result{
		Fields:      []cvq.Field{{Source: "SEED, YW-CVR", Note: "MSNP8, MSNP9 differ"}},
		Diagnostics: []cvq.Diagnostic{{Text: "see [SEED]", Notes: []string{"and [HYP-MISC]"}}},
	}
}
