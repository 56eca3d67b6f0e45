package main

import "strings"

// lazyList is the content of dist/'s list of lazy files (inline.LazyList): the name of
// every file the page loads only on first use (the lessons' and the views' scripts,
// stylesheets and data, and any chunk added later with file.lazy set), one per line.
// `make single` reads it to carry each of them inside the one file, so a lazy part added
// to the build is carried without anyone touching build/inline. Source maps stay out.
func lazyList(files []file) []byte {
	var b strings.Builder
	for _, f := range files {
		if f.lazy && !strings.HasSuffix(f.name, ".map") {
			b.WriteString(f.name + "\n")
		}
	}
	return []byte(b.String())
}
