package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/docs"
)

// withReference adds the repository's own docs/ Markdown to a test module's files, so a
// tiny module builds the real reference (its pages link to each other, and the generated
// pages link into them). The real lessons come too unless files has lessons of its own.
func withReference(t *testing.T, files map[string]string) map[string]string {
	t.Helper()
	ownLessons := false
	for name := range files {
		ownLessons = ownLessons || strings.HasPrefix(name, docsDir+"/"+lessonsDirName+"/")
	}
	err := filepath.WalkDir(filepath.Join("..", docsDir), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == lessonsDirName && ownLessons {
			return filepath.SkipDir
		}
		if d.IsDir() || filepath.Ext(p) != ".md" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel("..", p)
		files[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestBuildReference renders the repository's reference and checks the promises others
// rely on: a page per Markdown file, an entry src-KEY per bibliography key and diag-CODE
// per diagnostic code, the site's stylesheet, theme script and CSP on every page.
func TestBuildReference(t *testing.T) {
	files, err := buildReference("..", "style-AAAAAAAA.css", "reference-BBBBBBBB.js")
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{}
	for _, f := range files {
		pages[f.name] = string(f.data)
	}
	for _, name := range []string{"reference/index.html", "reference/rules.html", "reference/sources.html",
		"reference/diagnostics.html", "reference/params/index.html", "reference/params/locale.html"} {
		if pages[name] == "" {
			t.Errorf("no page %s", name)
		}
	}
	for _, s := range docs.Sources {
		if !strings.Contains(pages["reference/sources.html"], ` id="src-`+s.Key+`"`) {
			t.Errorf("sources.html has no entry src-%s", s.Key)
		}
	}
	for _, d := range docs.Diagnostics {
		if !strings.Contains(pages["reference/diagnostics.html"], ` id="diag-`+d.Code+`"`) {
			t.Errorf("diagnostics.html has no entry diag-%s", d.Code)
		}
	}
	head := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';`)
	for name, html := range pages {
		up := strings.Repeat("../", strings.Count(name, "/"))
		for _, want := range []string{`href="` + up + `style-AAAAAAAA.css"`, `src="` + up + `reference-BBBBBBBB.js"`,
			`id="theme-toggle"`, `href="` + up + `index.html"`} {
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks %s", name, want)
			}
		}
		if !head.MatchString(html) {
			t.Errorf("%s lacks the Content-Security-Policy", name)
		}
		if strings.Contains(html, "style=") || strings.Contains(html, "<script>") {
			t.Errorf("%s has an inline style or script, which the CSP would block", name)
		}
	}
}

// TestReferenceBrokenLink: a link to a missing page or id fails the build, naming both.
func TestReferenceBrokenLink(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, docsDir)
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("# A\n\n[b](b.md) [gone](sources.md#src-NOPE) [c](c.md)\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte("# B\n"), 0o644)
	_, err := buildReference(root, "s.css", "r.js")
	if err == nil {
		t.Fatal("no error for broken links")
	}
	for _, want := range []string{`reference/a.html: link "sources.html#src-NOPE"`, `reference/a.html: link "c.html": no page c.html`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if strings.Contains(err.Error(), `"b.html"`) {
		t.Errorf("a working link reported:\n%v", err)
	}
}

// Every row of every profile's catalog has its section on the catalog page, under the id a
// reply field's rule (Rule.Row) leads to, with the values the row sends.
func TestCatalogPageHasEveryRow(t *testing.T) {
	md := string(catalogMarkdown())
	rows := 0
	for _, p := range cvq.Profiles() {
		for n := 1; ; n++ {
			e, ok := p.Row(n)
			if !ok {
				break
			}
			rows++
			id := catalogRowID(p.Name, n)
			at := strings.Index(md, "{#"+id+"}")
			if at < 0 {
				t.Errorf("%s row %d: no section {#%s}", p.Name, n, id)
				continue
			}
			section := md[at:]
			if next := strings.Index(section[1:], "\n### "); next >= 0 {
				section = section[:next+1]
			}
			if !strings.Contains(section, "`"+e.Minimum+"` `"+e.DownloadURL+"`") {
				t.Errorf("%s row %d: the section does not show the row's values:\n%s", p.Name, n, section)
			}
		}
	}
	if rows < 20 {
		t.Errorf("the catalogs have %d rows", rows)
	}
	if got := catalogRowID("microsoft@2008-05", 1); got != "row-microsoft-2008-05-1" {
		t.Errorf("catalogRowID = %q", got)
	}
}
