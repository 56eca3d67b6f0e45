package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/cvq-playground/cvq-playground/build/distserve"
)

// acceptEncoding is what Chromium sends for every request of a page.
const acceptEncoding = "gzip, deflate, br, zstd"

// servedFile is one file of a page's first load as the server sends it.
type servedFile struct {
	name     string
	raw      int    // bytes of the file itself
	sent     int    // bytes of the response body
	encoding string // Content-Encoding, "" for none
}

// firstLoad asks distserve, the handler `make serve` and the browser tests use, for the
// page and every file it loads, the way a browser accepting brotli would, and returns what
// came back. Headers are not counted: they are the same few hundred bytes for either page.
func firstLoad(s site) ([]servedFile, int, error) {
	h := distserve.Handler(s.dir)
	var files []servedFile
	total := 0
	for _, name := range append([]string{"index.html"}, s.refs...) {
		target := "/" + name
		if name == "index.html" {
			target = "/"
		}
		req := httptest.NewRequest(http.MethodGet, target, nil)
		req.Header.Set("Accept-Encoding", acceptEncoding)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			return nil, 0, fmt.Errorf("GET %s: HTTP %d", target, rec.Code)
		}
		raw, err := fileSize(s.dir, name)
		if err != nil {
			return nil, 0, err
		}
		f := servedFile{name: name, raw: raw, sent: rec.Body.Len(), encoding: rec.Header().Get("Content-Encoding")}
		files = append(files, f)
		total += f.sent
	}
	return files, total, nil
}
