package markdown

import (
	"reflect"
	"strings"
	"testing"
)

func TestRender(t *testing.T) {
	src := "# The *rules*\n\nSee [sources](sources.md#src-SEED), [the page](../index.html) and https://example.org/x.\n\n" +
		"## Decision order {#decision-order}\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n<script>alert(1)</script>\n\n<b onclick=x>raw</b>\n"
	d, err := Render("t.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "The rules" {
		t.Errorf("Title = %q, want %q", d.Title, "The rules")
	}
	if want := []string{"the-rules", "decision-order"}; !reflect.DeepEqual(d.IDs, want) {
		t.Errorf("IDs = %q, want %q", d.IDs, want)
	}
	if want := []string{"sources.html#src-SEED", "../index.html", "https://example.org/x"}; !reflect.DeepEqual(d.Links, want) {
		t.Errorf("Links = %q, want %q", d.Links, want)
	}
	html := string(d.HTML)
	for _, want := range []string{`<a href="sources.html#src-SEED">`, `<h2 id="decision-order">`, `<table>`, `align="left"`, `<a href="https://example.org/x">`} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %s:\n%s", want, html)
		}
	}
	for _, bad := range []string{"<script", "onclick", "style="} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains %s (raw HTML or inline style must not pass):\n%s", bad, html)
		}
	}
}

func TestRenderDuplicateID(t *testing.T) {
	_, err := Render("dup.md", []byte("## A {#x}\n\n## B {#x}\n"))
	if err == nil || !strings.Contains(err.Error(), "dup.md") || !strings.Contains(err.Error(), "x") {
		t.Fatalf("err = %v, want a duplicate-id error naming the file", err)
	}
}

func TestHTMLLink(t *testing.T) {
	for in, want := range map[string]string{
		"rules.md":              "rules.html",
		"params/locale.md#hist": "params/locale.html#hist",
		"https://x.org/a.md":    "https://x.org/a.md",
		"/abs.md":               "/abs.md",
		"#frag":                 "#frag",
		"style.css":             "style.css",
	} {
		if got := HTMLLink(in); got != want {
			t.Errorf("HTMLLink(%q) = %q, want %q", in, got, want)
		}
	}
}
