package main

import "testing"

// withStatic adds what staticFiles reads to a test root's files: one file in site/static
// and a stand-in for the share image, so a whole-pipeline test builds like the real tree.
func withStatic(files map[string]string) map[string]string {
	files[staticDir+"/favicon.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"
	files[shareImage] = "not a real PNG: published as it is\n"
	return files
}

// TestStaticFiles: site/static's files and the share image are published under their own
// names, in name order; a root without site/static fails naming the folder.
func TestStaticFiles(t *testing.T) {
	got, err := staticFiles(siteRoot(t, withStatic(map[string]string{})))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].name != "favicon.svg" || got[1].name != "og-image.png" {
		t.Fatalf("files %+v", got)
	}
	if _, err := staticFiles(siteRoot(t, map[string]string{})); err == nil {
		t.Error("a root without site/static built")
	}
}
