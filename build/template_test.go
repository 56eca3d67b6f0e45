package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/build/distserve"
)

var testValues = map[string]string{
	placeholderCSS:      "style-AAAAAAAA.css",
	placeholderJS:       "main-BBBBBBBB.js",
	placeholderWasmExec: "wasm_exec-CCCCCCCC.js",
	placeholderWasm:     "cvq-DDDDDDDD.wasm",
}

func TestFillTemplate(t *testing.T) {
	tmpl := `<link rel="stylesheet" href="{{CSS}}">
<link rel="preload" href="{{WASM}}" as="fetch" crossorigin>
<script src="{{WASM_EXEC}}"></script><script src="{{JS}}" data-wasm="{{WASM}}"></script>`
	got, err := fillTemplate("site/index.html", []byte(tmpl), testValues)
	if err != nil {
		t.Fatal(err)
	}
	want := `<link rel="stylesheet" href="style-AAAAAAAA.css">
<link rel="preload" href="cvq-DDDDDDDD.wasm" as="fetch" crossorigin>
<script src="wasm_exec-CCCCCCCC.js"></script><script src="main-BBBBBBBB.js" data-wasm="cvq-DDDDDDDD.wasm"></script>`
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestFillTemplateErrors(t *testing.T) {
	all := "{{CSS}}{{JS}}{{WASM_EXEC}}{{WASM}}"
	cases := []struct {
		name, tmpl string
		want       []string // substrings the error must contain
	}{
		{"unknown", all + "\n  {{FAVICON}}", []string{"site/index.html: 2:3: unknown placeholder {{FAVICON}}"}},
		{"spaces are not ignored", all + "{{ JS }}", []string{"unknown placeholder {{ JS }}"}},
		{"lower case", all + "{{css}}", []string{"unknown placeholder {{css}}"}},
		{"unclosed", all + "\n\n{{JS", []string{"3:1: \"{{\" is never closed"}},
		{"missing", "{{CSS}}{{JS}}{{WASM_EXEC}}", []string{"placeholder {{WASM}} is missing"}},
		{"several at once", "{{CSS}}{{NOPE}}", []string{
			"unknown placeholder {{NOPE}}", "{{JS}} is missing", "{{WASM}} is missing", "{{WASM_EXEC}} is missing",
		}},
		{"empty template", "", []string{"{{CSS}} is missing"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, err := fillTemplate("site/index.html", []byte(c.tmpl), testValues)
			if err == nil {
				t.Fatalf("no error; output %q", out)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestHashedName(t *testing.T) {
	// Expected values computed independently (Python: base32(sha256(data))[:8]).
	if got := hashedName("cvq", ".wasm", nil); got != "cvq-4OYMIQUY.wasm" {
		t.Errorf("empty input: %s", got)
	}
	if got := hashedName("wasm_exec", ".js", []byte("hello wasm")); got != "wasm_exec-CNXQ33DX.js" {
		t.Errorf("hello wasm: %s", got)
	}
	a1 := hashedName("cvq", ".wasm", []byte("module A"))
	a2 := hashedName("cvq", ".wasm", []byte("module A"))
	b := hashedName("cvq", ".wasm", []byte("module B"))
	if a1 != a2 {
		t.Errorf("same bytes, different names: %s %s", a1, a2)
	}
	if a1 == b {
		t.Errorf("different bytes, same name: %s", a1)
	}
	// The server must recognize the name as hashed, or it would not let browsers cache it.
	if !distserve.IsHashed(a1) || distserve.CacheControl(a1) != "public, max-age=31536000, immutable" {
		t.Errorf("%s is not cached as a hashed asset", a1)
	}
}

// TestTemplateRequestsFirst: the page's template names every file of the
// first load before its first parser-blocking script (wasm_exec.js, then
// boot.js). Traced in Chromium, files named after a blocking script were
// not requested until it had run: the stylesheet and main.js went out
// ~130 ms late, once boot.js and the start of the module's compile had
// run, and boot.js only once wasm_exec.js had run.
func TestTemplateRequestsFirst(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "site", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	blocking := strings.Index(page, `<script src="{{WASM_EXEC}}"></script>`)
	if blocking < 0 || blocking > strings.Index(page, `<script src="{{BOOT}}"></script>`) {
		t.Fatalf("the template lacks wasm_exec.js's blocking script before boot.js's")
	}
	for _, tag := range []string{
		`<link rel="preload" href="{{WASM}}"`,
		`<link rel="preload" href="{{BOOT}}" as="script">`,
		`<link rel="stylesheet" href="{{CSS}}">`,
		`<script src="{{JS}}" defer></script>`,
	} {
		if i := strings.Index(page, tag); i < 0 || i > blocking {
			t.Errorf("%s is not named before the first blocking script", tag)
		}
	}
}
