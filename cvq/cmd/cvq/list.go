package main

import (
	"bufio"
	"strings"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// writeList prints what -profile, -dialect and -example accept.
func writeList(w *bufio.Writer) {
	h := &human{w: w}
	h.line("Profiles (-profile):")
	for _, p := range cvq.Profiles() {
		h.para("  "+pad(p.Name, 20)+" ", 23, p.Title)
	}
	h.para("  ", 2, "microsoft alone is the newest Microsoft era; microsoft@YYYY-MM-DD (or YYYY-MM, YYYY) picks the era in force on that date.")
	h.line()
	h.line("Dialects (-dialect):")
	var names []string
	for _, d := range cvq.Dialects() {
		names = append(names, d.Label())
	}
	h.para("  ", 2, strings.Join(names, " "))
	h.para("  ", 2, "A bare number works too (-dialect 8); MSNP24+ stands for MSNP24 and later, where VER, CVR0 and CVQ no longer exist.")
	h.line()
	h.line("Examples (-example ID):")
	for _, ex := range cvq.Examples() {
		kind := "line"
		if ex.Session {
			kind = "session"
		}
		h.para("  "+pad(ex.ID, 18)+" ", 21, ex.Title)
		h.para(strings.Repeat(" ", 21), 21, kind+", "+ex.Dialect.String()+", profile "+ex.Profile+"; source: "+ex.Source)
	}
}
