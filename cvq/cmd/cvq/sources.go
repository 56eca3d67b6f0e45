package main

import (
	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/docs"
)

// citedSources lists the source keys a result cites, in order of first appearance: the
// fields' source lists, and [KEY] citations in their notes and rules, in the diagnostics
// and in the outcome.
func citedSources(r *cvq.Result) []string {
	var keys []string
	seen := map[string]bool{}
	add := func(text string, list bool) {
		ks := docs.CitedKeys(text)
		if !list && !hasBracket(text) {
			ks = nil // a prose text names keys only in brackets ("MSNP8, MSNP9" is not a list of keys)
		}
		for _, k := range ks {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	for _, f := range append(r.Fields[:len(r.Fields):len(r.Fields)], r.ReplyFields...) {
		add(f.Source, true)
		add(f.Note, false)
		add(f.Rule.Text, false)
	}
	for _, d := range r.Diagnostics {
		add(d.Text, false)
		for _, n := range d.Notes {
			add(n, false)
		}
	}
	add(r.Outcome.Text, false)
	add(r.Outcome.Reason, false)
	return keys
}

func hasBracket(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			return true
		}
	}
	return false
}

// sources writes, for -v, the title, author and address of every source the result cites,
// from the bibliography the reference pages are built from. A key the bibliography lacks
// (a test keeps that from happening) is still listed, as unknown.
func (h *human) sources(r *cvq.Result) {
	keys := citedSources(r)
	if len(keys) == 0 {
		return
	}
	h.line()
	h.line("sources cited (the reference's bibliography):")
	for _, k := range keys {
		s, ok := docs.Lookup(k)
		if !ok {
			h.line("  ", k, ": not in the bibliography")
			continue
		}
		head := "  " + pad(k, 14) + " "
		h.para(head, len(head), s.Title+" ("+s.Author+", "+s.Date+")")
		// Addresses are never wrapped: a terminal should find and open them whole.
		indent := pad("", len(head))
		if s.URL != "" {
			h.line(indent, s.URL)
		} else {
			h.para(indent, len(head), docs.Elsewhere)
		}
		if s.Archive != "" {
			h.line(indent, "copy: ", s.Archive)
		}
	}
}
