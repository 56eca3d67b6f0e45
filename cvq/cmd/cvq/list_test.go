package main

import (
	"github.com/cvq-playground/cvq-playground/cvq"
	"strings"
	"testing"
)

func TestList(t *testing.T) {
	code, out, errs := cli(t, "", "-list")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, p := range cvq.Profiles() {
		if !strings.Contains(out, "  "+p.Name+" ") || !strings.Contains(out, p.Title) {
			t.Errorf("profile %s (%s) not listed", p.Name, p.Title)
		}
	}
	for _, d := range cvq.Dialects() {
		if !strings.Contains(out, d.Label()) {
			t.Errorf("dialect %s not listed", d.Label())
		}
	}
	for _, ex := range cvq.Examples() {
		if !strings.Contains(out, "  "+ex.ID+" ") || !strings.Contains(out, ex.Title) {
			t.Errorf("example %s not listed", ex.ID)
		}
		// Sources may be wrapped: compare with white space folded.
		if !strings.Contains(strings.Join(strings.Fields(out), " "), ex.Source) {
			t.Errorf("source of %s not listed", ex.ID)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if width(l) > pageWidth {
			t.Errorf("line wider than %d: %q", pageWidth, l)
		}
	}
}
