package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// withLessons adds stubs of the lessons panel's two entry points, which every build
// bundles, to a test root's files.
func withLessons(files map[string]string) map[string]string {
	files[lessonsJSEntry] = "document.title = 'lessons';\n"
	files[lessonsCSSEntry] = "p { margin: 0 }\n"
	return files
}

// TestLessonsData: the real lessons become one lazy, hashed JSON file in
// the format the page reads; a missing folder or a lesson whose solution
// misses its goal fails the build with the file's name.
func TestLessonsData(t *testing.T) {
	f, err := lessonsData("..")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(f.name, "lessons-") || !strings.HasSuffix(f.name, ".json") || !f.lazy {
		t.Errorf("file %q lazy=%v", f.name, f.lazy)
	}
	var got struct {
		Format  int `json:"format"`
		Lessons []struct {
			N     int    `json:"n"`
			Title string `json:"title"`
			Goal  []struct {
				S, O, V, T string
			} `json:"goal"`
		} `json:"lessons"`
	}
	if err := json.Unmarshal(f.data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Format != lessonsFormat || len(got.Lessons) < 10 || got.Lessons[0].N != 1 || got.Lessons[0].Title == "" {
		t.Errorf("data: format %d, %d lessons, first %+v", got.Format, len(got.Lessons), got.Lessons[0])
	}
	if g := got.Lessons[0].Goal; len(g) == 0 || g[0].S == "" || g[0].O == "" || g[0].T == "" {
		t.Errorf("first goal %+v", g)
	}

	links := siteRoot(t, map[string]string{"docs/lessons/01-links.md": "---\ntitle: T\ntask: Get 731.\ndialect: MSNP8\nprofile: reference\n" +
		"start: CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\nsolution: CVQ 1 x\nwrong: CVQ x\n" +
		"hint: h\ngoal: reply starts 731\n---\n[ok](reference/sources.html#src-SEED) [no id](reference/sources.html#src-NOPE) " +
		"[no page](reference/nothere.html) [outside](index.html)\n"})
	_, err = lessonsData(links)
	for _, want := range []string{`"reference/sources.html#src-NOPE": reference/sources.html has no id "src-NOPE"`,
		`"reference/nothere.html": the reference has no page nothere.html`, `"index.html": lessons link into the reference`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("broken links: error %v lacks %s", err, want)
		}
	}
	if err != nil && strings.Contains(err.Error(), "src-SEED") {
		t.Errorf("a good link is reported: %v", err)
	}

	if _, err := lessonsData(t.TempDir()); err == nil || !strings.Contains(err.Error(), "docs/lessons") {
		t.Errorf("missing folder: %v", err)
	}
	root := siteRoot(t, map[string]string{"docs/lessons/01-bad.md": "---\ntitle: T\ntask: Get 731.\ndialect: MSNP8\nprofile: reference\n" +
		"start: CVQ 1 x\nsolution: CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\nwrong: CVQ x\n" +
		"hint: h\ngoal: reply starts 731\n---\nA lesson.\n"})
	if _, err := lessonsData(root); err == nil || !strings.Contains(err.Error(), "docs/lessons/01-bad.md: the start already meets") ||
		!strings.Contains(err.Error(), "the solution does not meet") {
		t.Errorf("broken lesson: %v", err)
	}
}
