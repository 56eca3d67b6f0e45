package main

import (
	"strings"
	"testing"
)

func TestCompactHTML(t *testing.T) {
	in := "<body>\n  <p>Two\n    lines</p>\n\t<pre class=\"x\"><code>a  b</code></pre>\n  <textarea rows=1\n    disabled>  kept  </textarea>\n</body>\n"
	want := "<body>\n<p>Two\nlines</p>\n<pre class=\"x\"><code>a  b</code></pre>\n<textarea rows=1\ndisabled>  kept  </textarea>\n</body>\n"
	got, err := compactHTML("page.html", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("compactHTML =\n%q\nwant\n%q", got, want)
	}
	for bad, line := range map[string]string{"<pre>one\n  two</pre>\n": "1:1:", "<p>x</p>\n<TEXTAREA rows=2>a\n  b</TEXTAREA>\n": "2:1:", "<p>\n <pre>x": "2:2:"} {
		_, err := compactHTML("page.html", []byte(bad))
		if err == nil || !strings.Contains(err.Error(), "page.html: "+line) || !strings.Contains(err.Error(), "<") {
			t.Errorf("compactHTML(%q) error = %v, want one naming %s", bad, err, line)
		}
	}
}
