package main

import (
	"strings"
	"testing"
)

// testSW stands in for site/sw.js in tests that build a whole site.
const testSW = "const build = \"{{BUILD}}\";\nconst files = {{FILES}};\n"

func TestServiceWorkerList(t *testing.T) {
	tmpl := []byte(testSW)
	files := []file{
		{name: "index.html", data: []byte("page")},
		{name: "main-ABCDEFGH.js", data: []byte("js")},
		{name: "main-ABCDEFGH.js.map", data: []byte("map")},
		{name: "docs/index.html", data: []byte("docs")},
		{name: "docs/rules.html", data: []byte("rules")},
	}
	sw, err := serviceWorker(tmpl, files)
	if err != nil {
		t.Fatal(err)
	}
	got := string(sw.data)
	if sw.name != "sw.js" || !strings.Contains(got, `const files = ["./","docs/","docs/rules.html","main-ABCDEFGH.js"];`+"\n") {
		t.Errorf("%s:\n%s", sw.name, got)
	}
	// Any changed byte of any file is a new build id, so browsers install the new worker.
	files[3].data = []byte("docs, edited")
	again, err := serviceWorker(tmpl, files)
	if err != nil {
		t.Fatal(err)
	}
	if string(again.data) == got {
		t.Errorf("a changed file left the service worker as it was")
	}
	if _, err := serviceWorker([]byte(`{{BUILD}}`), files); err == nil {
		t.Errorf("a template without {{FILES}} was accepted")
	}
}
