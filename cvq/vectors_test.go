package cvq

import (
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// loadVectorGlob reads every file of cvq/testdata matching pattern.
func loadVectorGlob(t *testing.T, pattern string) []*vectors.File {
	t.Helper()
	files, err := vectors.LoadGlob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// recordProfile is the profile a record names (the reference when none).
func recordProfile(t *testing.T, r vectors.Record) *Profile {
	t.Helper()
	name := r.Profile
	if name == "" {
		name = "reference"
	}
	p, ok := LookupProfile(name)
	if !ok || p.Name != name {
		t.Fatalf("record %s (line %d): profile %q is not one of Profiles()", r.Name, r.Line, name)
	}
	return p
}

// The documentation examples (cvq/testdata/docs) that the reference profile
// claims: every server line is answered exactly, and a single exchange's
// request is not flagged as an error.
func TestDocumentationExamples(t *testing.T) {
	for _, f := range loadVectorGlob(t, "docs/*.txt") {
		for _, rec := range f.Records {
			t.Run(f.Source.Key+"/"+rec.Name, func(t *testing.T) {
				d, p := recordDialect(t, rec), recordProfile(t, rec)
				replays(t, rec.Text(), d, p)
				if request, reply, ok := rec.Exchange(); ok {
					r := Simulate(request, d, p)
					if r.Reply != reply {
						t.Errorf("%s\n got %q\nwant %q", request, r.Reply, reply)
					}
					if w, ok := r.Worst(); ok && w == Error {
						t.Errorf("the documented request is flagged as an error: %+v", r.Diagnostics)
					}
				}
			})
		}
	}
}

// The dated captures (cvq/testdata/captures): the era profile each names
// answers every server line of the log exactly, and no handshake line is
// left unpaired.
func TestCapturesReplay(t *testing.T) {
	for _, f := range loadVectorGlob(t, "captures/*.txt") {
		for _, rec := range f.Records {
			t.Run(f.Source.Key+"/"+rec.Name, func(t *testing.T) {
				if rec.Profile == "" {
					t.Fatalf("a capture must name the era profile that reproduces it")
				}
				tr := replays(t, rec.Text(), recordDialect(t, rec), recordProfile(t, rec))
				for _, u := range tr.Unpaired {
					if l := Tokenize(u.Observed); handshake(l.Tok(0)) {
						t.Errorf("unpaired handshake line %q", u.Observed)
					}
				}
			})
		}
	}
}

// The page's examples (examples.go) of the seed, the documentation and the
// captures are the test data's lines, with the same dialect, profile and
// source key, so the menu cannot drift from the vectors the tests check.
// Escargot's examples are built from its server code, not copied from a
// page or a log, so they have no test-data file.
func TestExamplesMatchTestData(t *testing.T) {
	var files []*vectors.File
	for _, pattern := range []string{"seed.txt", "docs/*.txt", "captures/*.txt"} {
		files = append(files, loadVectorGlob(t, pattern)...)
	}
	for _, ex := range Examples() {
		if strings.HasPrefix(ex.ID, "escargot-") {
			continue
		}
		t.Run(ex.ID, func(t *testing.T) {
			for _, f := range files {
				for _, rec := range f.Records {
					text := rec.Text()
					if !ex.Session {
						text, _, _ = rec.Exchange()
					}
					if text != ex.Input {
						continue
					}
					want := rec.Profile
					if want == "" {
						want = "reference"
					}
					if recordDialect(t, rec) != ex.Dialect || want != ex.Profile {
						t.Errorf("%s %s: %s %s in the test data, %s %s in examples.go", f.Path, rec.Name, rec.Dialect, want, ex.Dialect, ex.Profile)
					}
					if !strings.Contains(ex.Source, "["+f.Source.Key+"]") {
						t.Errorf("source %q does not cite [%s] (%s)", ex.Source, f.Source.Key, f.Path)
					}
					return
				}
			}
			t.Errorf("input %q is in no file of cvq/testdata: copy it there with its source, or fix the example", ex.Input)
		})
	}
}
