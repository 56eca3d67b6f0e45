package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// placeholderMeta is replaced by the page's metadata (metaJSON) inside a JSON data block
// of index.html; it is text, not a file name like the other placeholders.
const placeholderMeta = "META"

// metaFormat is the version of the metadata document's shape (wasm/API.md, Meta). Version
// 2 moved the languages, the releases and the parameters' prose to the texts file, and
// dropped the parameters' list, which the page no longer reads. Version 3 moved the session
// examples' transcripts to the texts file too: the menu needs only their names, and a
// transcript is read only when its example is chosen.
const metaFormat = "3"

// The metadata document: what the page shows about dialects, profiles, examples and
// parameters. It is learner-facing text rendered from cvq's Go tables at build time and
// shipped in index.html, not in the WebAssembly module, whose size has a budget
// (DESIGN.md: what a learner reads never grows the module).
//
// What only an open card or a spoken field description reads (language and release names,
// what each parameter is for and how it changed) is most of that text and nothing of the
// first screen, so it goes to a lazy file of its own (textsDoc), which the page fetches on
// first use: the first load does not carry it (issue 15's first-load bytes).
type (
	metaDoc struct {
		Version  string        `json:"version"`
		Dialects []metaDialect `json:"dialects"`
		// Request names the parameters after the TrID in wire order; a
		// dialect's CVQ and CVR have the first Cvq and Cvr of them.
		Request  []string      `json:"request"`
		Profiles []metaProfile `json:"profiles"`
		Examples []metaExample `json:"examples"`
		// Texts is the name of the lazy texts file (textsDoc) beside the page.
		Texts string `json:"texts"`
	}
	// textsDoc is the texts file.
	textsDoc struct {
		Version string `json:"version"`
		// Languages are the [MS-LCID] names, which the module leaves out
		// (cvq/catalog_text_js.go): the page names a locale from here.
		Languages []metaLanguage `json:"languages"`
		// Releases are the release catalog's texts, which the module leaves
		// out too: the page names a build from here.
		Releases []metaRelease `json:"releases"`
		// Params are the parameters' prose, in cvq.Params' order. (Since when
		// each exists and its sources come with every token from the bridge.)
		Params []textsParam `json:"params"`
		// Sessions are the session examples' transcripts, by example ID; the
		// metadata's examples carry an empty input for them.
		Sessions []textsSession `json:"sessions"`
	}
	textsSession struct {
		ID    string `json:"id"`
		Input string `json:"input"`
	}
	textsParam struct {
		Name    string `json:"name"`
		About   string `json:"about"`
		Changes string `json:"changes"`
	}
	metaRelease struct {
		Build   string `json:"build"`
		Product string `json:"product"`
		Date    string `json:"date"`
		Note    string `json:"note"`
	}
	metaLanguage struct {
		ID   string `json:"id"` // "0x0409"
		Tag  string `json:"tag"`
		Name string `json:"name"`
	}
	metaDialect struct {
		Value string `json:"value"`
		Label string `json:"label"`
		Cvq   int    `json:"cvq"` // parameters after the TrID in this dialect's CVQ
		Cvr   int    `json:"cvr"` // and in its CVR
	}
	metaProfile struct {
		Name        string `json:"name"`
		Title       string `json:"title"`
		Description string `json:"description"`
		Source      string `json:"source"`
	}
	metaExample struct {
		ID      string `json:"id"`
		Title   string `json:"title"`
		Group   string `json:"group"`
		Source  string `json:"source"`
		Dialect string `json:"dialect"`
		Profile string `json:"profile"`
		Kind    string `json:"kind"`
		Input   string `json:"input"`
	}
)

// metaJSON renders the metadata document and the texts file it names. encoding/json
// escapes <, > and &, so the text cannot close the <script type="application/json">
// element it is placed in.
func metaJSON() ([]byte, file, error) {
	texts, err := textsFile()
	if err != nil {
		return nil, file{}, err
	}
	doc := metaDoc{Version: metaFormat, Texts: texts.name}
	for _, d := range cvq.Dialects() {
		doc.Dialects = append(doc.Dialects, metaDialect{d.String(), d.Label(),
			len(cvq.RequestParamNames(d, false)), len(cvq.RequestParamNames(d, true))})
	}
	doc.Request = cvq.RequestParamNames(cvq.MSNP21, true)
	for _, p := range cvq.Profiles() {
		doc.Profiles = append(doc.Profiles, metaProfile{p.Name, p.Title, p.Description, p.Source})
	}
	for _, ex := range cvq.Examples() {
		kind := "line"
		if ex.Session {
			kind = "session"
		}
		input := ex.Input
		if ex.Session {
			input = "" // in the texts file (textsDoc.Sessions)
		}
		doc.Examples = append(doc.Examples, metaExample{ex.ID, ex.Title, ex.Group, ex.Source, ex.Dialect.String(), ex.Profile, kind, input})
	}
	b, err := compactJSON(doc)
	return b, texts, err
}

// textsFile renders the texts file (textsDoc), a lazy file named by its content.
func textsFile() (file, error) {
	doc := textsDoc{Version: metaFormat}
	for _, l := range cvq.Languages() {
		doc.Languages = append(doc.Languages, metaLanguage{fmt.Sprintf("0x%04x", l.ID), l.Tag, l.Name})
	}
	for _, r := range cvq.Releases() {
		doc.Releases = append(doc.Releases, metaRelease{r.Build, r.Product, r.Date, r.Note})
	}
	for _, p := range cvq.Params() {
		doc.Params = append(doc.Params, textsParam{p.Name, p.About, p.Changes})
	}
	for _, ex := range cvq.Examples() {
		if ex.Session {
			doc.Sessions = append(doc.Sessions, textsSession{ex.ID, ex.Input})
		}
	}
	b, err := compactJSON(doc)
	if err != nil {
		return file{}, err
	}
	return file{name: hashedName("texts", ".json", b), data: b, lazy: true}, nil
}

// compactJSON encodes v without the encoder's trailing newline.
func compactJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
