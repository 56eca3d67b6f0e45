package main

import (
	"bytes"
	"fmt"
	"regexp"
)

// indentation is the whitespace that starts a line.
var indentation = regexp.MustCompile(`\n[ \t]+`)

// compactHTML removes the indentation at the start of each line of a page: whitespace
// that the browser collapses anyway, but that every visitor downloads (about 80 bytes of
// the page's brotli). Text where whitespace shows, the content of <pre> and <textarea>,
// must then not continue over a line break, or removing indentation would change it: such
// a page is an error, naming the line, rather than a page that silently differs.
func compactHTML(name string, page []byte) ([]byte, error) {
	lower := bytes.ToLower(page)
	for _, tag := range []string{"pre", "textarea"} {
		for at := 0; ; {
			i := bytes.Index(lower[at:], []byte("<"+tag))
			if i < 0 {
				break
			}
			open := at + i
			start := bytes.IndexByte(lower[open:], '>')
			end := bytes.Index(lower[open:], []byte("</"+tag))
			if start < 0 || end < start {
				return nil, fmt.Errorf("%s: %s: <%s> is not closed", name, position(page, open), tag)
			}
			if bytes.IndexByte(page[open+start:open+end], '\n') >= 0 {
				return nil, fmt.Errorf("%s: %s: the text of <%s> continues over a line break; keep it on one line", name, position(page, open), tag)
			}
			at = open + end
		}
	}
	return indentation.ReplaceAll(page, []byte("\n")), nil
}
