package lessons

import (
	"path/filepath"
	"testing"
)

// minLessons is how many lessons issue 13 asks for at least.
const minLessons = 10

// TestLessonsMeetTheirGoals validates every lesson in docs/lessons against
// the codec: each parses, each start and wrong setup leaves its goal
// unmet under its dialect and profile, each solution meets it.
func TestLessonsMeetTheirGoals(t *testing.T) {
	ls, err := Load(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) < minLessons {
		t.Errorf("%d lessons; the path needs at least %d", len(ls), minLessons)
	}
	for _, l := range ls {
		t.Run(l.Slug, func(t *testing.T) {
			if err := Check(l); err != nil {
				t.Error(err)
			}
		})
	}
}
