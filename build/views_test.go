package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// withViews adds stubs of the views' entry points and of the one-entry chunks'
// (chunkEntries), which every build bundles, to a test root's files.
func withViews(files map[string]string) map[string]string {
	for _, c := range chunkEntries {
		files[c.entry] = "document.title = 'chunk';\n"
	}
	for _, e := range []string{compareJSEntry, sequenceJSEntry, exportJSEntry} {
		files[e] = "document.title = 'view';\n"
	}
	files[viewsCSSEntry] = "p { margin: 0 }\n"
	return files
}

// TestViewsBundle: the real views become three lazy scripts and one lazy stylesheet, the
// define names each script as the page's code will load it, and each script names the
// stylesheet by its hashed name.
func TestViewsBundle(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	files, define, _, err := viewsBundle(root, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]file{}
	for _, f := range files {
		if !f.lazy {
			t.Errorf("%s is not marked lazy: it would count as part of the first load", f.name)
		}
		byName[f.name] = f
	}
	var css string
	for n := range byName {
		if strings.HasPrefix(n, "views-") && strings.HasSuffix(n, ".css") {
			css = n
		}
	}
	if css == "" {
		t.Fatalf("no views-*.css among %d files", len(files))
	}
	for _, d := range []string{defineCompareJS, defineSequenceJS, defineExportJS} {
		name := strings.Trim(define[d], `"`)
		f, ok := byName[name]
		if !ok || !strings.HasSuffix(name, ".js") {
			t.Errorf("%s = %s, which is not a script of the bundle", d, define[d])
			continue
		}
		if !strings.Contains(string(f.data), css) {
			t.Errorf("%s does not name the stylesheet %s", name, css)
		}
	}
}

// TestChunkBundles: the card chunk (an open card's body and its Why section), the
// console chunk (session and transcript) and the notice chunk are each one lazy script, named by its define for
// the page's door, and each brings its own code, not the page.
func TestChunkBundles(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		entry, define, prefix string
		want                  []string
	}{
		{cardsJSEntry, defineCardChunk, "cardchunk-", []string{"cvqCardBody", "Step 6 of the decision order"}},
		{consoleJSEntry, defineConsoleJS, "consolechunk-", []string{"cvqConsole", "The pasted transcript was put away", "Checking the paste: "}},
		{noticeJSEntry, defineNoticeJS, "noticechunk-", []string{"cvqNotice", "Bring back your previous work", "Another tab saved newer work"}},
	} {
		files, define, _, err := chunkBundle(root, t.TempDir(), c.entry, c.define)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.Trim(define[c.define], `"`)
		var js *file
		for i, f := range files {
			if !f.lazy {
				t.Errorf("%s is not marked lazy: it would count as part of the first load", f.name)
			}
			if f.name == name {
				js = &files[i]
			}
		}
		if js == nil || !strings.HasPrefix(name, c.prefix) || !strings.HasSuffix(name, ".js") {
			t.Fatalf("%s = %s, which is not a script of the bundle", c.define, define[c.define])
		}
		for _, want := range c.want {
			if !strings.Contains(string(js.data), want) {
				t.Errorf("%s lacks %q", name, want)
			}
		}
	}
}

// TestViewsBundleMissing: a missing entry point fails the build by name, and the define
// still names all three scripts (as "") so the page can be bundled beside the error.
func TestViewsBundleMissing(t *testing.T) {
	root := siteRoot(t, map[string]string{viewsCSSEntry: "p{}"})
	_, define, _, err := viewsBundle(root, t.TempDir())
	if err == nil || !strings.Contains(err.Error(), compareJSEntry+": entry point missing") {
		t.Errorf("err = %v, want the missing %s named", err, compareJSEntry)
	}
	if len(define) != 3 || define[defineExportJS] != `""` {
		t.Errorf("define = %v, want three empty names", define)
	}
}
