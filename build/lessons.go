package main

import (
	"encoding/json"
	"errors"

	"github.com/cvq-playground/cvq-playground/build/lessons"
)

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
