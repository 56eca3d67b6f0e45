package main

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cvq-playground/cvq-playground/build/lessons"
)

// The lessons panel's own script and stylesheet: bundled apart from the page, fetched on
// first use, never part of the first load.
const (
	lessonsJSEntry  = "site/src/lessons/lessons.ts"
	lessonsCSSEntry = "site/src/lessons/lessons.css"
)

// The identifiers the page's code reads the lessons files' hashed names from (declared in
// site/src/lessondoor.ts).
const (
	defineLessonsJS   = "CVQ_LESSONS_JS"
	defineLessonsCSS  = "CVQ_LESSONS_CSS"
	defineLessonsData = "CVQ_LESSONS_DATA"
)

// lessonsBundle builds everything the lessons panel loads on first use: the lessons data
// and the panel's script and stylesheet. It returns those files (all lazy) and the defines
// that hand their names to the page's code. On failure the defines are still complete
// (naming nothing), so the page can be bundled too and report its own errors beside these.
func lessonsBundle(root, out string) ([]file, map[string]string, error) {
	define := map[string]string{defineLessonsJS: `""`, defineLessonsCSS: `""`, defineLessonsData: `""`}
	data, dataErr := lessonsData(root)
	b, bundleErr := bundlePair(root, out, lessonsJSEntry, lessonsCSSEntry, nil)
	if err := errors.Join(dataErr, bundleErr); err != nil {
		return nil, define, err
	}
	files := append(b.files, data)
	for i := range files {
		files[i].lazy = true
	}
	for k, name := range map[string]string{defineLessonsJS: b.js, defineLessonsCSS: b.css, defineLessonsData: data.name} {
		q, err := json.Marshal(name)
		if err != nil {
			return nil, define, fmt.Errorf("lessons: %v", err)
		}
		define[k] = string(q)
	}
	return files, define, nil
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
	var errs []error
	for _, l := range ls {
		errs = append(errs, lessons.Check(l))
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
