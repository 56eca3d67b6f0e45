package site_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestScriptLoadingComments keeps the comments that explain when the
// bundle runs (theme.ts: the theme is set before the first paint; go.d.ts:
// whether Go exists when main.ts starts) in step with how index.html
// loads the bundle and wasm_exec.js. It reads files only; no browser.
func TestScriptLoadingComments(t *testing.T) {
	html, err := os.ReadFile("index.html")
	if err != nil {
		t.Fatal(err)
	}
	how := func(src string) string {
		m := regexp.MustCompile(`<script src="` + regexp.QuoteMeta(src) + `"\s*(async|defer)?\s*>`).FindSubmatch(html)
		if m == nil {
			t.Fatalf("index.html has no script tag for %s", src)
		}
		return string(m[1])
	}
	if bundle, exec := how("{{JS}}"), how("{{WASM_EXEC}}"); bundle != "async" || exec != "defer" {
		t.Fatalf("index.html loads the bundle with %q and wasm_exec.js with %q; update this test and the comments it checks", bundle, exec)
	}
	for _, c := range []struct{ file, must, mustNot string }{
		{"theme.ts", "the bundle is an async script", "the bundle is a deferred"},
		{"go.d.ts", "the bundle async", "both deferred"},
	} {
		b, err := os.ReadFile(filepath.Join("src", c.file))
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ToLower(commentText(string(b)))
		if !strings.Contains(text, c.must) || strings.Contains(text, c.mustNot) {
			t.Errorf("src/%s describes the script loading wrongly (want %q, not %q): %s", c.file, c.must, c.mustNot, short(text))
		}
	}
}

// commentText joins the // comments of a file into one line of words.
func commentText(src string) string {
	var words []string
	for _, line := range strings.Split(src, "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "//"); ok {
			words = append(words, strings.Fields(rest)...)
		}
	}
	return strings.Join(words, " ")
}
