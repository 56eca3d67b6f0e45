package lessons

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Node is a piece of a lesson's text as the page builds it with DOM calls
// (never from an HTML string): a text node when Tag is empty, else an
// element from a short allowed list. The JSON names are short because the
// page loads them.
type Node struct {
	Tag  string `json:"t,omitempty"` // p, a, code, em, strong, ul, ol, li, pre, blockquote; "" for text
	Text string `json:"x,omitempty"` // a text node's text, or the whole content of code and pre
	Href string `json:"h,omitempty"` // a link's target, relative to the page
	Kids []Node `json:"c,omitempty"`
}

// markdown parses CommonMark; lessons use no extensions.
var markdown = goldmark.New()

// convert turns a lesson's Markdown body into nodes. Only what the page can
// show safely is accepted: paragraphs, lists, block quotes, code, emphasis
// and links to a relative address (the in-product reference). Headings,
// images and raw HTML are refused, with the body line they are on.
func convert(src []byte, firstLine int) ([]Node, error) {
	doc := markdown.Parser().Parse(text.NewReader(src))
	c := converter{src: src, firstLine: firstLine}
	out := c.children(doc)
	return out, c.err
}

type converter struct {
	src       []byte
	firstLine int // file line of src's first line
	err       error
}

func (c *converter) children(n ast.Node) []Node {
	var out []Node
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		out = append(out, c.node(k)...)
	}
	return out
}

func (c *converter) node(n ast.Node) []Node {
	el := func(tag string) []Node { return []Node{{Tag: tag, Kids: c.children(n)}} }
	switch n := n.(type) {
	case *ast.Paragraph:
		return el("p")
	case *ast.TextBlock: // a tight list item's text
		return c.children(n)
	case *ast.List:
		if n.IsOrdered() {
			return el("ol")
		}
		return el("ul")
	case *ast.ListItem:
		return el("li")
	case *ast.Blockquote:
		return el("blockquote")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		var b strings.Builder
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			b.Write(seg.Value(c.src))
		}
		return []Node{{Tag: "pre", Text: strings.TrimSuffix(b.String(), "\n")}}
	case *ast.Text:
		s := string(n.Value(c.src))
		if n.SoftLineBreak() || n.HardLineBreak() {
			s += " "
		}
		return []Node{{Text: s}}
	case *ast.String:
		return []Node{{Text: string(n.Value)}}
	case *ast.CodeSpan:
		var b strings.Builder
		for k := n.FirstChild(); k != nil; k = k.NextSibling() {
			if t, ok := k.(*ast.Text); ok {
				b.Write(t.Value(c.src))
			}
		}
		return []Node{{Tag: "code", Text: b.String()}}
	case *ast.Emphasis:
		if n.Level >= 2 {
			return el("strong")
		}
		return el("em")
	case *ast.Link:
		href := string(n.Destination)
		if err := checkHref(href); err != nil {
			c.fail(n, err.Error())
			return nil
		}
		return []Node{{Tag: "a", Href: href, Kids: c.children(n)}}
	}
	c.fail(n, fmt.Sprintf("%s is not allowed in a lesson (use paragraphs, lists, quotes, code, emphasis and relative links)", n.Kind()))
	return nil
}

// fail records the first problem with the body line it is on.
func (c *converter) fail(n ast.Node, msg string) {
	if c.err != nil {
		return
	}
	c.err = fmt.Errorf("%d: %s", c.firstLine+c.lineOf(n), msg)
}

// lineOf is the 0-based line of n's first text in the body, found through
// the nearest block with lines or text with a segment.
func (c *converter) lineOf(n ast.Node) int {
	for p := n; p != nil; p = p.Parent() {
		pos := -1
		if t, ok := p.(*ast.Text); ok {
			pos = t.Segment.Start
		} else if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			pos = p.Lines().At(0).Start
		} else if k := p.FirstChild(); k != nil {
			if t, ok := k.(*ast.Text); ok {
				pos = t.Segment.Start
			}
		}
		if pos >= 0 {
			return strings.Count(string(c.src[:pos]), "\n")
		}
	}
	return 0
}

// checkHref accepts a relative address (a docs page, maybe with a
// fragment) and refuses schemes, protocol-relative and absolute paths: a
// lesson links into the playground's own reference, which works under any
// path of any static host.
func checkHref(h string) error {
	switch {
	case h == "":
		return fmt.Errorf("a link has no target")
	case strings.Contains(h, ":"):
		return fmt.Errorf("link %q has a scheme: link to the in-product reference (docs/…) instead", h)
	case strings.HasPrefix(h, "/"):
		return fmt.Errorf("link %q is absolute: write it relative to the page (docs/…) so it works under any path", h)
	case strings.ContainsAny(h, " \t\\<>\"'"):
		return fmt.Errorf("link %q has a character a relative address should not", h)
	}
	return nil
}

// plain is a node list's text, for a title or a message.
func plain(ns []Node) string {
	var b strings.Builder
	for _, n := range ns {
		b.WriteString(n.Text)
		b.WriteString(plain(n.Kids))
	}
	return b.String()
}

// Links lists the targets of every link in a lesson's text, in order.
func (l Lesson) Links() []string {
	var out []string
	var walk func([]Node)
	walk = func(ns []Node) {
		for _, n := range ns {
			if n.Tag == "a" {
				out = append(out, n.Href)
			}
			walk(n.Kids)
		}
	}
	walk(l.Body)
	return out
}
