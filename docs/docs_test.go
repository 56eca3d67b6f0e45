package docs

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// TestSourcesComplete: every entry of the bibliography is whole (title, author, date, use,
// an address unless it is a capture whose original was not found) and keys are unique.
func TestSourcesComplete(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range Sources {
		if !IsKey(s.Key) {
			t.Errorf("%q is not a key", s.Key)
		}
		if seen[s.Key] {
			t.Errorf("%s listed twice", s.Key)
		}
		seen[s.Key] = true
		if s.Title == "" || s.Author == "" || s.Date == "" || s.Use == "" {
			t.Errorf("%s: title, author, date and use are all required: %+v", s.Key, s)
		}
		if s.URL == "" && !strings.HasPrefix(s.Key, "CAP-") {
			t.Errorf("%s has no address", s.Key)
		}
		for _, u := range []string{s.URL, s.Archive} {
			if u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
				t.Errorf("%s: %q is not an http address", s.Key, u)
			}
		}
		if strings.Contains(s.URL, "msnfanatic.com") || strings.Contains(s.URL, "hypothetic.org") {
			if !strings.HasPrefix(s.Archive, "https://web.archive.org/") && !strings.Contains(s.Archive, "nina.chat") {
				t.Errorf("%s: the original site is gone, but no archived copy is given", s.Key)
			}
		}
	}
}

// TestCitedKeysInBibliography fails when the codec cites a source key the bibliography
// lacks. Citations are gathered twice: from the codec's source text (every Source: value
// and every [KEY] in a string literal), and from what the codec produces (parameters,
// profiles and their catalogs, releases, examples, and the results of simulating every
// example and a corpus of lines).
func TestCitedKeysInBibliography(t *testing.T) {
	cited := map[string][]string{} // key → where it was seen
	cite := func(where, text string, list bool) {
		keys := CitedKeys(text)
		if !list {
			keys = bracketed(text)
		}
		for _, k := range keys {
			cited[k] = append(cited[k], where)
		}
	}
	scanSource(t, "../cvq", cite)
	for _, p := range cvq.Params() {
		cite("param "+p.Name, p.Source, true)
		cite("param "+p.Name, p.Note, false)
	}
	for _, p := range cvq.Profiles() {
		cite("profile "+p.Name, p.Source, true)
		cite("profile "+p.Name, p.Description+" "+p.VERNote, false)
		entries := p.Entries
		if p.Unknown != nil {
			entries = append(entries[:len(entries):len(entries)], *p.Unknown)
		}
		for _, e := range entries {
			cite("profile "+p.Name+" row "+e.Library, e.Source, true)
			cite("profile "+p.Name+" row "+e.Library, e.Rule, false)
		}
	}
	for _, r := range cvq.Releases() {
		cite("release "+r.Build, r.Source, true)
		cite("release "+r.Build, r.Note, false)
	}
	for _, e := range cvq.Examples() {
		cite("example "+e.ID, e.Source, false)
	}
	for _, r := range corpusResults(t) {
		where := "result of " + strconv.Quote(r.Input)
		for _, f := range append(r.Fields, r.ReplyFields...) {
			cite(where, f.Source, true)
			cite(where, f.Note+" "+f.Rule.Text+" "+f.Meaning+" "+f.Detail, false)
		}
		for _, d := range r.Diagnostics {
			cite(where, d.Text+" "+strings.Join(d.Notes, " "), false)
		}
		cite(where, r.Outcome.Text+" "+r.Outcome.Reason, false)
	}
	if len(cited) < 20 {
		t.Fatalf("only %d keys found: the scan is broken", len(cited))
	}
	for _, k := range sortedKeys(cited) {
		if _, ok := Lookup(k); !ok {
			t.Errorf("the codec cites %s (%s), which the bibliography lacks", k, strings.Join(firstFew(cited[k]), "; "))
		}
	}
}

// corpusResults simulates every example and a few lines that reach every kind of answer:
// the seed's exchanges under every profile and dialect family, and sessions.
func corpusResults(t *testing.T) []cvq.Result {
	t.Helper()
	seed, err := vectors.SeedRequests()
	if err != nil {
		t.Fatal(err)
	}
	var out []cvq.Result
	lines := append(seed,
		"CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com",
		"CVR 2 0x0c0a winnt 5.1 i386 MSNMSGR 8.0.0792 msmsgs a@b.c",
		"CVR 2 0x0409 win 4.10 i386 MSGSTRST 3.6.0025 MSMSGS",
		"VER 1 MSNP8 CVR0", "VER 1 MSNP2 CVR0", "VER 1 NOPE",
	)
	for _, p := range cvq.Profiles() {
		for _, d := range []cvq.Dialect{cvq.MSNP2, 5, cvq.MSNP8, 13, cvq.MSNP21, cvq.MSNP24} {
			for _, l := range lines {
				out = append(out, cvq.Simulate(l, d, p))
			}
		}
	}
	for _, e := range cvq.Examples() {
		p, ok := cvq.LookupProfile(e.Profile)
		if !ok {
			p = cvq.DefaultProfile()
		}
		tr := cvq.CheckTranscript(e.Input, e.Dialect, p)
		for _, s := range tr.Steps {
			out = append(out, s.Result)
		}
		out = append(out, cvq.Simulate(e.Input, e.Dialect, p))
	}
	return out
}

// scanSource reads the Go files of dir (tests excluded) and reports every Source: value
// as a key list and every [KEY] in any string literal.
func scanSource(t *testing.T, dir string, cite func(where, text string, list bool)) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no Go files in %s: %v", dir, err)
	}
	fset := token.NewFileSet()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "Source" {
					ast.Inspect(n.Value, func(v ast.Node) bool {
						if s, ok := stringLit(v); ok {
							for _, part := range strings.Split(s, ",") {
								if part = strings.TrimSpace(part); IsKey(part) {
									cite(fset.Position(v.Pos()).String(), part, true)
								}
							}
						}
						return true
					})
				}
			default:
				if s, ok := stringLit(n); ok {
					cite(fset.Position(n.Pos()).String(), s, false)
				}
			}
			return true
		})
	}
}

func stringLit(n ast.Node) (string, bool) {
	lit, ok := n.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// bracketed returns only the [KEY] citations of text (not a bare key list).
func bracketed(text string) []string {
	if _, ok := keyList(text); ok {
		return nil
	}
	return CitedKeys(text)
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func firstFew(s []string) []string {
	if len(s) > 3 {
		return append(s[:3:3], "…")
	}
	return s
}

// TestCitedKeys covers the two forms a citation takes.
func TestCitedKeys(t *testing.T) {
	for in, want := range map[string]string{
		"SEED, YW-CVR":                          "SEED YW-CVR",
		"HYP-MISC, CAP-2003, HYP-MISC":          "HYP-MISC CAP-2003",
		`Seed document, "Old" example [SEED]`:   "SEED",
		"hypothetic [HYP-MISC] [CAP-MSNP8-doc]": "HYP-MISC CAP-MSNP8-doc",
		"see [not a key] or [x] [A-] [-B] [":    "",
		"":                                      "",
		"MSNP8, then CVR":                       "",
	} {
		if got := strings.Join(CitedKeys(in), " "); got != want {
			t.Errorf("CitedKeys(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParamPages: every parameter the codec annotates has its page in docs/params/.
func TestParamPages(t *testing.T) {
	names := []string{"extra"}
	for _, p := range cvq.Params() {
		names = append(names, p.Name)
	}
	for _, n := range names {
		if _, err := os.Stat(filepath.Join("params", n+".md")); err != nil {
			t.Errorf("parameter %s has no page: %v", n, err)
		}
	}
}

// TestRuleSections: the page links "rules §N" to the N-th section of rules.md through the
// list of section ids in site/src/cite.ts; the list and the page must agree.
func TestRuleSections(t *testing.T) {
	rules, err := os.ReadFile("rules.md")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range regexp.MustCompile(`(?m)^## §(\d+) .*\{#([a-z0-9-]+)\}$`).FindAllStringSubmatch(string(rules), -1) {
		if m[1] != strconv.Itoa(len(ids)+1) {
			t.Fatalf("rules.md: section §%s follows §%d", m[1], len(ids))
		}
		ids = append(ids, m[2])
	}
	cite, err := os.ReadFile("../site/src/cite.ts")
	if err != nil {
		t.Fatal(err)
	}
	list := regexp.MustCompile(`(?s)ruleSections = \[(.*?)\]`).FindSubmatch(cite)
	if list == nil {
		t.Fatal("site/src/cite.ts has no ruleSections list")
	}
	var page []string
	for _, m := range regexp.MustCompile(`"([a-z0-9-]+)"`).FindAllSubmatch(list[1], -1) {
		page = append(page, string(m[1]))
	}
	if strings.Join(page, " ") != strings.Join(ids, " ") || len(ids) < 10 {
		t.Errorf("cite.ts ruleSections = %q, rules.md sections = %q", page, ids)
	}
}

// TestDiagnosticsDocumented: docs.Diagnostics explains exactly the codes of cvq/codes.go,
// each once and with some text.
func TestDiagnosticsDocumented(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "../cvq/codes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if v, ok := n.(*ast.ValueSpec); ok {
			for _, e := range v.Values {
				if s, ok := stringLit(e); ok {
					listed[s] = true
				}
			}
		}
		return true
	})
	if len(listed) < 40 {
		t.Fatalf("cvq/codes.go lists %d codes: the parse is broken", len(listed))
	}
	documented := map[string]bool{}
	for _, d := range Diagnostics {
		if documented[d.Code] {
			t.Errorf("%s documented twice", d.Code)
		}
		documented[d.Code] = true
		if !listed[d.Code] {
			t.Errorf("%s is documented but cvq/codes.go has no such code", d.Code)
		}
		if len(d.About) < 30 {
			t.Errorf("%s: explanation %q is too short to help", d.Code, d.About)
		}
	}
	for code := range listed {
		if !documented[code] {
			t.Errorf("%s (cvq/codes.go) has no explanation in docs.Diagnostics", code)
		}
	}
}
