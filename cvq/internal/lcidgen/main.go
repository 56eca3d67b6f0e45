// Command lcidgen writes cvq/catalog_lcid.go, the table of Windows language
// IDs that package cvq accepts as a CVR/CVQ locale, from the JSON data file
// of the npm package windows-locale 1.1.3 (which was extracted from the
// [MS-LCID] PDF).
//
// Regenerate from the repository root with:
//
//	tmp=$(mktemp -d) && (cd "$tmp" && npm pack windows-locale@1.1.3 && tar xzf windows-locale-1.1.3.tgz)
//	go run ./cvq/internal/lcidgen -in "$tmp/package/index.json" -out cvq/catalog_lcid.go
//	rm -rf "$tmp"
//
// Only the tarball is fetched: nothing is installed, and neither the
// tarball nor node_modules belongs in the repository.
//
// The generator keeps entries with a 16-bit language ID (sort ID 0), drops
// the meta values that name no locale (0x0000 neutral, 0x0400, 0x0800,
// 0x0C00, 0x1000, 0x1400 and 0x007F), and drops entries without a tag.
// 0x1000 matters most: windows-locale gives it to every language that has
// no LCID of its own, hundreds of them. The few defects that the PDF
// extraction left in the data are repaired by the fixes table below, each
// with its reason; anything else that looks wrong stops the generator
// rather than slipping into the table.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"sort"
	"strings"
)

// entry is one record of windows-locale's index.json, keyed there by the
// lower-cased tag.
type entry struct {
	Language string  `json:"language"`
	Location *string `json:"location"`
	ID       int     `json:"id"`
	Tag      string  `json:"tag"`
	Version  string  `json:"version"`
}

// language is one output row.
type language struct {
	id   uint16
	tag  string
	name string
}

// metaIDs are the language IDs that MAKELANGID reserves for "no particular
// locale": they must never be accepted as a client's locale.
var metaIDs = map[int]bool{
	0x0000: true, // neutral
	0x0400: true, // user default
	0x0800: true, // system default
	0x0C00: true, // custom default
	0x1000: true, // LOCALE_CUSTOM_UNSPECIFIED, also "has no LCID"
	0x1400: true, // user interface custom default
	0x007F: true, // invariant
}

// fix repairs one record. Keyed by language ID: the repairs are about
// specific rows of the PDF, not about patterns.
type fix struct {
	wantTag  string // the defective value we expect, so a new release of the data is noticed
	tag      string // replacement tag, "" to keep
	location string // replacement location, "" to keep
	name     string // replacement full name, "" to build it as usual
}

var fixes = map[uint16]fix{
	// The PDF breaks "ca-ES-valencia" across a line and the extractor kept
	// only the first part; MS-LCID's table reads ca-ES-valencia (Valencian).
	0x0803: {wantTag: "ca-ES-", tag: "ca-ES-valencia"},
	// Lost space in the extracted location.
	0x540A: {wantTag: "es-US", location: "United States"},
	// MS-LCID calls both of these plain "Spanish, Spain"; the two IDs differ
	// only in their sort order, which [MS-OE376] spells out. Without it the
	// table would hold two identical names.
	0x040A: {wantTag: "es-ES_tradnl", name: "Spanish (Spain, traditional sort)"},
	0x0C0A: {wantTag: "es-ES", name: "Spanish (Spain, modern sort)"},
}

func main() {
	in := flag.String("in", "", "path to windows-locale's index.json (required)")
	out := flag.String("out", "cvq/catalog_lcid.go", "Go file to write")
	flag.Parse()
	if *in == "" {
		fmt.Fprintln(os.Stderr, "lcidgen: -in is required (see the package comment)")
		os.Exit(2)
	}
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "lcidgen:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	raw, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	rows, err := convert(raw)
	if err != nil {
		return err
	}
	ids, names, err := render(rows)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, ids, 0o644); err != nil {
		return err
	}
	return os.WriteFile(strings.TrimSuffix(out, ".go")+"_names.go", names, 0o644)
}

// convert decodes the JSON and returns the kept rows sorted by ID.
func convert(raw []byte) ([]language, error) {
	var data map[string]entry
	if err := json.Unmarshal(raw, &data); err != nil {
		return nil, fmt.Errorf("decoding: %w", err)
	}
	byID := make(map[uint16]language)
	used := make(map[uint16]bool)
	for key, e := range data {
		if e.ID < 0 || e.ID > 0xFFFF || metaIDs[e.ID] || e.Tag == "" {
			continue
		}
		id := uint16(e.ID)
		loc := ""
		if e.Location != nil {
			loc = *e.Location
		}
		tag := e.Tag
		name := ""
		if f, ok := fixes[id]; ok {
			if tag != f.wantTag {
				return nil, fmt.Errorf("0x%04X: expected defective tag %q, found %q: review the fixes table", id, f.wantTag, tag)
			}
			used[id] = true
			if f.tag != "" {
				tag = f.tag
			}
			if f.location != "" {
				loc = f.location
			}
			name = f.name
		}
		if name == "" {
			name = fullName(e.Language, loc)
		}
		if err := checkTag(tag); err != nil {
			return nil, fmt.Errorf("0x%04X (key %q): %w", id, key, err)
		}
		if old, dup := byID[id]; dup {
			return nil, fmt.Errorf("0x%04X appears twice: %q and %q", id, old.tag, tag)
		}
		byID[id] = language{id: id, tag: tag, name: name}
	}
	for id := range fixes {
		if !used[id] {
			return nil, fmt.Errorf("fix for 0x%04X matched nothing: review the fixes table", id)
		}
	}
	rows := make([]language, 0, len(byID))
	for _, l := range byID {
		rows = append(rows, l)
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].id < rows[j].id })
	return rows, nil
}

// fullName joins language and location the way the table shows them:
// "Arabic (Saudi Arabia)"; a language that already carries a qualifier
// keeps one pair of parentheses: "Chinese (Traditional, Taiwan)".
func fullName(lang, loc string) string {
	lang = strings.TrimSpace(lang)
	loc = strings.TrimSpace(loc)
	if loc == "" {
		return lang
	}
	if strings.HasSuffix(lang, ")") {
		if i := strings.LastIndex(lang, " ("); i > 0 {
			return lang[:i] + " (" + lang[i+2:len(lang)-1] + ", " + loc + ")"
		}
	}
	return lang + " (" + loc + ")"
}

// checkTag accepts the shapes MS-LCID uses: letters and digits in
// hyphen-separated subtags, plus Windows' "_tradnl"-style sort suffix.
func checkTag(tag string) error {
	base, sortSuffix, _ := strings.Cut(tag, "_")
	if strings.Contains(sortSuffix, "_") {
		return errors.New("tag " + tag + " has two sort suffixes")
	}
	for i, sub := range strings.Split(base, "-") {
		if sub == "" || len(sub) > 8 || (i == 0 && (len(sub) < 2 || len(sub) > 3)) {
			return errors.New("malformed tag " + tag)
		}
		for _, c := range sub {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return errors.New("malformed tag " + tag)
			}
		}
	}
	return nil
}

// render writes the gofmt'ed Go source of the two tables: the IDs, which the
// simulator decides with, and their tags and names, which only the native
// build carries (the WebAssembly module leaves learner text out; the page
// gets it from the build's metadata).
func render(rows []language) (ids, names []byte, err error) {
	var a, b bytes.Buffer
	writeIDs(&a, rows)
	writeNames(&b, rows)
	if ids, err = format.Source(a.Bytes()); err != nil {
		return nil, nil, err
	}
	names, err = format.Source(b.Bytes())
	return ids, names, err
}

const header = "// Code generated by lcidgen from windows-locale 1.1.3 (MS-LCID data); DO NOT EDIT.\n\n"

func writeIDs(w io.Writer, rows []language) {
	fmt.Fprint(w, header+"package cvq\n\n")
	fmt.Fprintf(w, "// languageIDs holds the %d assigned Windows language IDs (sort ID 0) of\n", len(rows))
	fmt.Fprintln(w, "// [MS-LCID], sorted for binary search. The meta values (neutral,")
	fmt.Fprintln(w, "// defaults, custom, invariant) are left out: they name no locale.")
	fmt.Fprintln(w, "// languageNames gives their tags and names, in the same order.")
	fmt.Fprintln(w, "var languageIDs = [...]uint16{")
	for i, l := range rows {
		sep := " "
		switch {
		case i%8 == 0:
			sep = "\t"
		}
		fmt.Fprintf(w, "%s0x%04X,", sep, l.id)
		if i%8 == 7 || i == len(rows)-1 {
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w, "}")
}

func writeNames(w io.Writer, rows []language) {
	fmt.Fprint(w, header+"//go:build !js\n\npackage cvq\n\n")
	fmt.Fprintln(w, "// languageNames holds the BCP 47 tag and English name of each ID in")
	fmt.Fprintln(w, "// languageIDs, in the same order. It is text a learner reads, so the")
	fmt.Fprintln(w, "// WebAssembly build leaves it out (see catalog_text_js.go).")
	fmt.Fprintln(w, "var languageNames = [...][2]string{")
	for _, l := range rows {
		fmt.Fprintf(w, "\t{%q, %q}, // 0x%04X\n", l.tag, l.name, l.id)
	}
	fmt.Fprintln(w, "}")
}
