// Package markdown renders the project's Markdown (the reference in docs/, and anything else
// the build publishes as a page) to HTML fragments with goldmark, configured once for the
// site: GitHub tables, headings with ids, relative links to .md files turned into links to
// the .html pages the build writes, and no raw HTML (the page's Content-Security-Policy and
// its "no HTML strings from data" rule apply to documents too).
//
// It renders fragments only; the page around them (stylesheet, theme, navigation) belongs
// to the caller.
package markdown

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Doc is one rendered document.
type Doc struct {
	Title string   // text of the first level-1 heading, "" when there is none
	HTML  []byte   // the body as an HTML fragment
	IDs   []string // every element id the fragment defines (headings), in document order
	Links []string // every link destination, after .md → .html rewriting, in document order
}

// md is shared: a goldmark.Markdown is safe for concurrent use once configured.
var md = goldmark.New(
	goldmark.WithExtensions(
		extension.Linkify, extension.Strikethrough,
		// GitHub tables, with alignment as an attribute, not style="…": the CSP forbids inline styles.
		extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute)),
	),
	goldmark.WithParserOptions(
		// "## Heading {#id}" sets a stable id; other headings get one from their text.
		parser.WithAttribute(),
		parser.WithAutoHeadingID(),
		parser.WithASTTransformers(util.Prioritized(mdLinks{}, 100)),
	),
	// No goldmark/renderer/html.WithUnsafe: raw HTML in a document is dropped, not passed on.
)

// Render turns Markdown source into a Doc. name is only used in error messages.
func Render(name string, src []byte) (Doc, error) {
	root := md.Parser().Parse(text.NewReader(src))
	var d Doc
	seen := map[string]bool{}
	var dup []string
	err := ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			if n.Level == 1 && d.Title == "" {
				d.Title = plainText(n, src)
			}
			if id, ok := n.AttributeString("id"); ok {
				s := string(id.([]byte))
				if seen[s] {
					dup = append(dup, s)
				}
				seen[s] = true
				d.IDs = append(d.IDs, s)
			}
		case *ast.Link:
			d.Links = append(d.Links, string(n.Destination))
		case *ast.AutoLink:
			d.Links = append(d.Links, string(n.URL(src)))
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return Doc{}, fmt.Errorf("%s: %v", name, err)
	}
	if len(dup) > 0 {
		return Doc{}, fmt.Errorf("%s: the id %s is used by more than one heading", name, strings.Join(dup, ", "))
	}
	var out bytes.Buffer
	if err := md.Renderer().Render(&out, src, root); err != nil {
		return Doc{}, fmt.Errorf("%s: %v", name, err)
	}
	d.HTML = out.Bytes()
	return d, nil
}

// plainText is the text of n's inline children, without markup.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			if t, ok := c.(*ast.Text); ok {
				b.Write(t.Segment.Value(src))
				if t.SoftLineBreak() {
					b.WriteByte(' ')
				}
			}
			if s, ok := c.(*ast.String); ok {
				b.Write(s.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// mdLinks rewrites relative links to Markdown files ("rules.md#decision-order") into links
// to the pages the build writes from them ("rules.html#decision-order"), so the sources read
// well on a code host and the rendered pages link to each other.
type mdLinks struct{}

// Transform implements parser.ASTTransformer.
func (mdLinks) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering {
			l.Destination = []byte(HTMLLink(string(l.Destination)))
		}
		return ast.WalkContinue, nil
	})
}

// HTMLLink returns dest with a relative ".md" page name replaced by ".html"; anything with
// a scheme, an absolute path or no .md page is returned unchanged.
func HTMLLink(dest string) string {
	if strings.Contains(dest, ":") || strings.HasPrefix(dest, "/") {
		return dest
	}
	page, frag, hasFrag := strings.Cut(dest, "#")
	if !strings.HasSuffix(page, ".md") {
		return dest
	}
	page = strings.TrimSuffix(page, ".md") + ".html"
	if hasFrag {
		return page + "#" + frag
	}
	return page
}
