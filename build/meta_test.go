package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// TestMetaJSON: the page's metadata lists every dialect, profile, example and parameter
// cvq knows and is safe inside a <script> element; the texts file it names carries the
// parameters' prose, the language and the release names (which the module does not carry)
// and the session examples' transcripts, and is a lazy file, so the first load goes without it.
func TestMetaJSON(t *testing.T) {
	raw, textsF, err := metaJSON()
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(string(raw), "<>&\n") {
		t.Errorf("the metadata contains <, >, & or a newline; it must not be able to close its <script>")
	}
	var doc metaDoc
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Dialects) != len(cvq.Dialects()) || len(doc.Profiles) != len(cvq.Profiles()) ||
		len(doc.Examples) != len(cvq.Examples()) {
		t.Errorf("counts: %d dialects, %d profiles, %d examples", len(doc.Dialects), len(doc.Profiles), len(doc.Examples))
	}
	if doc.Texts != textsF.name || !textsF.lazy || !strings.HasPrefix(textsF.name, "texts-") || !strings.HasSuffix(textsF.name, ".json") {
		t.Errorf("the metadata names texts file %q; the file is %q (lazy %v)", doc.Texts, textsF.name, textsF.lazy)
	}
	if strings.Contains(string(raw), "English (United States)") || strings.Contains(string(raw), "Windows language ID") {
		t.Errorf("the metadata in index.html still carries a language name or a parameter's prose")
	}
	var texts textsDoc
	if err := json.Unmarshal(textsF.data, &texts); err != nil {
		t.Fatal(err)
	}
	params := cvq.Params()
	if texts.Version != doc.Version || len(texts.Params) != len(params) {
		t.Errorf("texts version %q (metadata %q), %d params (cvq has %d)", texts.Version, doc.Version, len(texts.Params), len(params))
	}
	for i, p := range texts.Params {
		if p.About == "" || i >= len(params) || p.Name != params[i].Name {
			t.Errorf("texts param %d is %q with about %q", i, p.Name, p.About)
		}
	}
	if len(texts.Releases) != len(cvq.Releases()) || texts.Releases[0].Product == "" {
		t.Errorf("releases: %d, first %+v", len(texts.Releases), texts.Releases[0])
	}
	if len(texts.Languages) < 400 {
		t.Errorf("%d languages", len(texts.Languages))
	}
	for _, l := range texts.Languages {
		if l.ID == "0x0409" && (l.Name != "English (United States)" || l.Tag != "en-US") {
			t.Errorf("0x0409 is %+v", l)
		}
	}
	// The dialect line's shapes (rules §2): 6, 7, 8, a CVR's 9th from MSNP21, none in MSNP24+.
	shapes := ""
	for _, d := range doc.Dialects {
		shapes += fmt.Sprintf(" %s:%d/%d", d.Value, d.Cvq, d.Cvr)
	}
	for _, want := range []string{" MSNP2:6/6 ", " MSNP4:7/7 ", " MSNP8:8/8 ", " MSNP21:8/9 ", " MSNP24:0/0"} {
		if !strings.Contains(shapes+" ", want) {
			t.Errorf("dialect shapes%s lack%s", shapes, want)
		}
	}
	if len(doc.Request) != 9 || doc.Request[0] != "locale" || doc.Request[8] != "hop-blob" {
		t.Errorf("request parameters %q", doc.Request)
	}
	// A session example's transcript is in the texts file, not in index.html; a line
	// example's input stays in the metadata (the menu loads it at once).
	sessions := map[string]string{}
	for _, s := range texts.Sessions {
		sessions[s.ID] = s.Input
	}
	for i, ex := range cvq.Examples() {
		got := doc.Examples[i]
		switch {
		case ex.Session && (got.Kind != "session" || got.Input != "" || sessions[ex.ID] != ex.Input):
			t.Errorf("session example %s: metadata input %q, texts input %q", ex.ID, got.Input, sessions[ex.ID])
		case !ex.Session && (got.Kind != "line" || got.Input != ex.Input || sessions[ex.ID] != ""):
			t.Errorf("line example %s: metadata input %q, texts input %q", ex.ID, got.Input, sessions[ex.ID])
		}
	}
	if len(sessions) == 0 {
		t.Errorf("no session example in the texts file")
	}
	if doc.Dialects[len(doc.Dialects)-1].Label != "MSNP24+" || doc.Examples[0].ID != "seed-old" || doc.Examples[0].Kind != "line" {
		t.Errorf("unexpected content: %+v %+v", doc.Dialects[len(doc.Dialects)-1], doc.Examples[0])
	}
}
