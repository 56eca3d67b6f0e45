package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// TestMetaJSON: the page's metadata lists every dialect, profile, example and parameter
// cvq knows, with the parameters' prose (which the module no longer carries), and is safe
// inside a <script> element.
func TestMetaJSON(t *testing.T) {
	raw, err := metaJSON()
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
		len(doc.Examples) != len(cvq.Examples()) || len(doc.Params) != len(cvq.Params()) {
		t.Errorf("counts: %d dialects, %d profiles, %d examples, %d params", len(doc.Dialects), len(doc.Profiles), len(doc.Examples), len(doc.Params))
	}
	for _, p := range doc.Params {
		if p.About == "" {
			t.Errorf("param %s has no about text", p.Name)
		}
	}
	if len(doc.Releases) != len(cvq.Releases()) || doc.Releases[0].Product == "" {
		t.Errorf("releases: %d, first %+v", len(doc.Releases), doc.Releases[0])
	}
	if len(doc.Languages) < 400 {
		t.Errorf("%d languages", len(doc.Languages))
	}
	for _, l := range doc.Languages {
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
	if doc.Dialects[len(doc.Dialects)-1].Label != "MSNP24+" || doc.Examples[0].ID != "seed-old" || doc.Examples[0].Kind != "line" {
		t.Errorf("unexpected content: %+v %+v", doc.Dialects[len(doc.Dialects)-1], doc.Examples[0])
	}
}
