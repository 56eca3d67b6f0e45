package main

import (
	"strconv"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// formatMessages renders esbuild messages one per entry, each as
// "file:line:col: kind: text" (the form compilers use, so editors and terminals can jump to
// it), with any notes on following lines, indented.
func formatMessages(kind string, msgs []api.Message) []string {
	out := make([]string, 0, len(msgs))
	for _, m := range msgs {
		var b strings.Builder
		writeMessage(&b, m.Location, kind, m.Text)
		for _, n := range m.Notes {
			b.WriteString("\n\t")
			writeMessage(&b, n.Location, "note", n.Text)
		}
		out = append(out, b.String())
	}
	return out
}

func writeMessage(b *strings.Builder, loc *api.Location, kind, text string) {
	if loc != nil && loc.File != "" {
		b.WriteString(loc.File)
		if loc.Line > 0 {
			// esbuild counts lines from 1 but columns from 0; editors count both from 1.
			b.WriteString(":" + strconv.Itoa(loc.Line) + ":" + strconv.Itoa(loc.Column+1))
		}
		b.WriteString(": ")
	}
	b.WriteString(kind + ": " + text)
}
