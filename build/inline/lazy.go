package inline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
)

// LazyList names the file in dist/ that lists the page's lazy files (those it loads only on
// first use: the views' and the lessons' scripts, stylesheets and data), one name per line.
// The build writes it (build/lazylist.go); Page carries every file it names. It starts with
// a dot because distserve never serves dot files: it is not part of the site.
const LazyList = ".cvq-lazy"

// lazyName is what a lazy file's name may look like: a hashed name beside the page. The
// name goes into an attribute and a CSS selector unescaped, so nothing else is let through.
var lazyName = regexp.MustCompile(`^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$`)

// addLazy puts every lazy file of dist into page, each as a <script data-chunk="NAME">
// of a type that never runs, which the page's loader (site/src/chunk.ts) reads instead of
// fetching NAME: a script is run and a stylesheet applied as an inline element with that
// text, so their hashes join the policy's; data is parsed. A kind the loader cannot use is
// an error, so a new kind of lazy file is noticed here and not by a user of the file.
func addLazy(page []byte, dist string, scriptHashes, styleHashes *[]string, errs *[]error) []byte {
	list, err := os.ReadFile(filepath.Join(dist, LazyList))
	if err != nil {
		*errs = append(*errs, fmt.Errorf("reading the list of lazy files: %v (build the page again: go run ./build)", err))
		return page
	}
	var b strings.Builder
	for _, name := range strings.Fields(string(list)) {
		if !lazyName.MatchString(name) {
			*errs = append(*errs, fmt.Errorf("%s names %q, which is not a file beside the page", LazyList, name))
			continue
		}
		held, err := holder(dist, name)
		if err != nil {
			*errs = append(*errs, err)
			continue
		}
		switch path.Ext(name) {
		case ".js":
			*scriptHashes = append(*scriptHashes, hash([]byte(held)))
		case ".css":
			*styleHashes = append(*styleHashes, hash([]byte(held)))
		}
		kind := "text/plain"
		if path.Ext(name) == ".json" {
			kind = "application/json"
		}
		fmt.Fprintf(&b, "<script type=\"%s\" data-chunk=\"%s\">%s</script>\n", kind, name, held)
	}
	return insertBefore(page, "</body>", b.String(), errs)
}

// holder reads the lazy file name as the text its holder element carries: exactly what
// the page will read back as the element's text, so a hash of it is the hash of the
// inline script or style the page makes from it.
func holder(dist, name string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dist, name))
	if err != nil {
		return "", fmt.Errorf("%s names %s, which cannot be read: %v", LazyList, name, err)
	}
	switch path.Ext(name) {
	case ".js":
		b = sourceMap.ReplaceAll(b, nil)
	case ".css":
		b = sourceMap.ReplaceAll(b, nil)
		b = bytes.TrimSuffix(bytes.TrimRight(b, "\n"), []byte("/*# sourceMappingURL="+name+".map */"))
	case ".json":
		if !json.Valid(b) {
			return "", fmt.Errorf("lazy file %s is not valid JSON", name)
		}
	default:
		return "", fmt.Errorf("lazy file %s: the single file can carry scripts (.js), stylesheets (.css) and data (.json), not %s; teach build/inline and site/src/chunk.ts the new kind", name, path.Ext(name))
	}
	// The HTML parser turns CR LF and CR into LF and NUL into U+FFFD in the text it reads,
	// which would change the text and its hash; the parts of a script element that end it
	// early or change how it is read are refused, as they are for the page's own scripts.
	b = bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	lower := bytes.ToLower(b)
	if bytes.Contains(lower, []byte("</script")) || bytes.Contains(b, []byte("<!--")) || bytes.IndexByte(b, 0) >= 0 {
		return "", fmt.Errorf("lazy file %s contains </script, <!-- or a NUL byte, which the single file cannot carry inside a script element", name)
	}
	return string(b), nil
}
