package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// catalogMarkdown writes every profile's catalog, one section per row with the id a
// reply field's rule names it by (catalogRowID): Rule.Row numbers a profile's rows as
// Profile.Row does, and the playground links "row N" here. The rows are the simulator's
// own tables, so this page cannot drift from what it answers.
func catalogMarkdown() []byte {
	var b bytes.Buffer
	b.WriteString("# Server catalogs\n\nEach profile answers CVQ and CVR from a catalog: the row " +
		"that matches the request best gives the five reply fields (see [the decision order]" +
		"(rules.md#decision-order) and [why each field has its value](rules.md#field-rules)). " +
		"A reply field's rule names its row by number; the rows are listed here in that order.\n\n")
	for _, p := range cvq.Profiles() {
		fmt.Fprintf(&b, "## %s {#catalog-%s}\n\n", escapeMD(p.Title), anchorName(p.Name))
		fmt.Fprintf(&b, "Profile `%s`; sources: %s.", p.Name, sourceLinks(p.Source))
		if p.EchoVersion {
			b.WriteString(" It has no catalog: it copies the client's own version into the three version fields.")
		}
		b.WriteString("\n\n")
		for n := 1; ; n++ {
			e, ok := p.Row(n)
			if !ok {
				break
			}
			catalogRow(&b, p, n, e)
		}
	}
	return b.Bytes()
}

// catalogRow writes row n of p's catalog: what it answers, the five values, its rule and
// its sources.
func catalogRow(b *bytes.Buffer, p *cvq.Profile, n int, e *cvq.Entry) {
	title := "Row " + fmt.Sprint(n)
	if e == p.Unknown {
		title += ": requesting-libraries the catalog does not know"
	}
	fmt.Fprintf(b, "### %s {#%s}\n\n", title, catalogRowID(p.Name, n))
	var keys []string
	add := func(name, v string) {
		if v != "" {
			keys = append(keys, name+" `"+v+"`")
		}
	}
	add("command", e.Command)
	add("requesting-library", e.Library)
	add("system-type", e.SystemType)
	if e.Locale != 0 {
		add("locale", fmt.Sprintf("0x%04x", e.Locale))
	}
	switch {
	case e.MinDialect != 0 && e.MinDialect == e.MaxDialect:
		add("dialect", e.MinDialect.String())
	case e.MinDialect != 0 && e.MaxDialect != 0:
		add("dialects", e.MinDialect.String()+"–"+e.MaxDialect.String())
	case e.MinDialect != 0:
		add("dialects from", e.MinDialect.String())
	case e.MaxDialect != 0:
		add("dialects up to", e.MaxDialect.String())
	}
	add("client-version below", e.Before)
	if len(keys) == 0 {
		keys = append(keys, "any request")
	}
	fmt.Fprintf(b, "- **Answers:** %s\n", strings.Join(keys, ", "))
	fmt.Fprintf(b, "- **Reply:** `%s` `%s` `%s` `%s` `%s`\n", e.Recommended, e.Recommended2, e.Minimum, e.DownloadURL, e.FallbackURL)
	if e.Client != "" {
		fmt.Fprintf(b, "- **Seen answering:** client-version `%s`\n", e.Client)
	}
	fmt.Fprintf(b, "- **Why:** %s\n- **Sources:** %s\n\n", escapeMD(e.Rule), sourceLinks(e.Source))
}

// catalogRowID is the element id of row n of the profile named name: "row-reference-2",
// "row-microsoft-2008-05-1" (an @ becomes -).
func catalogRowID(name string, n int) string {
	return "row-" + anchorName(name) + "-" + fmt.Sprint(n)
}

func anchorName(name string) string { return strings.ReplaceAll(name, "@", "-") }

// sourceLinks turns a list of source keys ("SEED, YW-CVR0") into links to the bibliography.
func sourceLinks(list string) string {
	var out []string
	for _, k := range strings.Split(list, ",") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, "["+k+"](sources.md#src-"+k+")")
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}
