package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/cvq-playground/cvq-playground/build/lessons"
)

// The lessons panel's own script and stylesheet: bundled apart from the page, fetched on
// first use, never part of the first load.
const (
	lessonsJSEntry  = "site/src/lessons/lessons.ts"
	lessonsCSSEntry = "site/src/lessons/lessons.css"
)

// The identifiers the lessons files' hashed names are defined as: the script's for the
// page's code (declared in site/src/lessondoor.ts), the stylesheet's and the data's for the
// script (site/src/lessons/lessons.ts).
const (
	defineLessonsJS   = "CVQ_LESSONS_JS"
	defineLessonsCSS  = "CVQ_LESSONS_CSS"
	defineLessonsData = "CVQ_LESSONS_DATA"
)

// lessonsBundle builds everything the lessons panel loads on first use: the lessons data,
// the panel's stylesheet and its script, which finds the other two by the names defined
// into it. It returns those files (all lazy), the define that hands the script's name to
// the page's code, and esbuild's warnings. On failure the define is still complete
// (naming nothing), so the page can be bundled too and report its own errors beside these.
func lessonsBundle(root, out string) ([]file, map[string]string, []string, error) {
	define := map[string]string{defineLessonsJS: `""`}
	data, dataErr := lessonsData(root)
	css, cssErr := bundle(root, out, []string{lessonsCSSEntry}, nil)
	if err := errors.Join(dataErr, cssErr); err != nil {
		return nil, define, css.warnings, err
	}
	js, err := bundle(root, out, []string{lessonsJSEntry}, map[string]string{
		defineLessonsCSS: quoteJS(css.names[lessonsCSSEntry]), defineLessonsData: quoteJS(data.name),
	})
	warnings := append(css.warnings, js.warnings...)
	if err != nil {
		return nil, define, warnings, err
	}
	files := append(append(css.files, js.files...), data)
	for i := range files {
		files[i].lazy = true
	}
	define[defineLessonsJS] = quoteJS(js.names[lessonsJSEntry])
	return files, define, warnings, nil
}

// quoteJS writes a file name as a JavaScript string literal for esbuild's define.
func quoteJS(s string) string {
	q, _ := json.Marshal(s) // a string always marshals
	return string(q)
}

// checkLessonLinks verifies that every link of a lesson leads into the reference the build
// writes (dist/reference/…, relative to the page the lessons panel is in) and that the page
// and the id after "#" exist there.
func checkLessonLinks(l lessons.Lesson, ids map[string]map[string]bool) error {
	var errs []error
	for _, h := range l.Links() {
		page, frag, _ := strings.Cut(h, "#")
		name, ok := strings.CutPrefix(page, refDir+"/")
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("%s: link %q: lessons link into the reference (%s/…)", l.File, h, refDir))
		case ids[name] == nil:
			errs = append(errs, fmt.Errorf("%s: link %q: the reference has no page %s", l.File, h, name))
		case frag != "" && !ids[name][frag]:
			errs = append(errs, fmt.Errorf("%s: link %q: %s/%s has no id %q", l.File, h, refDir, name, frag))
		}
	}
	return errors.Join(errs...)
}

// lessonsFormat is the version of the lessons data the page reads; the page
// refuses data of another version rather than misreading it.
const lessonsFormat = 1

// lessonsData reads docs/lessons, checks every lesson against the codec
// (each start and wrong setup leaves its goal unmet, each solution meets
// it) and writes them as the JSON file the page's lessons panel fetches on
// first use, under a content-hashed name. It is never part of the first
// load, and nothing of it goes into the WebAssembly module.
func lessonsData(root string) (file, error) {
	ls, err := lessons.Load(root)
	if err != nil {
		return file{}, err
	}
	pages, err := referencePages(root)
	if err != nil {
		return file{}, err
	}
	ids := pageIDs(pages)
	var errs []error
	for _, l := range ls {
		errs = append(errs, lessons.Check(l), checkLessonLinks(l, ids))
	}
	if err := errors.Join(errs...); err != nil {
		return file{}, err
	}
	data, err := json.Marshal(struct {
		Format  int              `json:"format"`
		Lessons []lessons.Lesson `json:"lessons"`
	}{lessonsFormat, ls})
	if err != nil {
		return file{}, err
	}
	return file{name: hashedName("lessons", ".json", data), data: data, lazy: true}, nil
}
