package distserve

import (
	"net/http"
	"os"
	"strconv"
	"strings"
)

// serveFile answers with name, or with its precompressed sibling when the client takes it.
func serveFile(w http.ResponseWriter, r *http.Request, root *os.Root, name string) {
	hdr := w.Header()
	hdr.Set("Content-Type", ContentType(name))
	hdr.Set("Cache-Control", CacheControl(name))
	// Set even when no sibling exists: caches must not reuse a response chosen for one
	// Accept-Encoding for a client sending another.
	hdr.Add("Vary", "Accept-Encoding")

	f, info, enc := openVariant(root, name, acceptedEncodings(r.Header.Values("Accept-Encoding")))
	if f == nil {
		notFound(w)
		return
	}
	defer f.Close()
	if enc.name != "" {
		hdr.Set("Content-Encoding", enc.name)
	}
	// A strong validator has to differ per encoding, since the bytes differ.
	hdr.Set("ETag", `"`+strconv.FormatInt(info.ModTime().UnixNano(), 36)+"-"+
		strconv.FormatInt(info.Size(), 36)+enc.suffix+`"`)
	// ServeContent adds HEAD, Range and conditional-request handling on top of the bytes.
	http.ServeContent(w, r, name, info.ModTime(), f)
}

// openVariant opens the first acceptable precompressed sibling of name that exists, falling
// back to name itself. It returns a nil file when nothing can be opened.
func openVariant(root *os.Root, name string, accepted []coding) (*os.File, os.FileInfo, coding) {
	for _, c := range append(accepted, coding{}) {
		f, err := root.Open(name + c.suffix)
		if err != nil {
			continue
		}
		info, err := f.Stat()
		if err != nil || !info.Mode().IsRegular() {
			f.Close()
			continue
		}
		return f, info, c
	}
	return nil, nil, coding{}
}

// ContentType returns the Content-Type header value for a served file name. Types are fixed
// here instead of taken from the system's MIME database, which differs between machines
// (and WebAssembly streaming compilation refuses anything but application/wasm).
func ContentType(name string) string {
	ext := name[strings.LastIndexByte(name, '.')+1:]
	switch strings.ToLower(ext) {
	case "html", "htm":
		return "text/html; charset=utf-8"
	case "js", "mjs":
		return "text/javascript; charset=utf-8"
	case "css":
		return "text/css; charset=utf-8"
	case "wasm":
		return "application/wasm"
	case "map", "json":
		return "application/json"
	case "txt":
		return "text/plain; charset=utf-8"
	case "svg":
		return "image/svg+xml"
	case "png":
		return "image/png"
	case "ico":
		return "image/x-icon"
	case "webmanifest":
		return "application/manifest+json"
	case "woff2":
		return "font/woff2"
	}
	return "application/octet-stream"
}

// CacheControl returns the Cache-Control header value for a served file name. Files whose
// name carries a content hash never change under that name, so browsers may keep them for a
// year without asking; everything else (index.html above all, which names the current
// hashes) must be revalidated on every load.
func CacheControl(name string) string {
	if IsHashed(name) && !strings.HasSuffix(name, ".html") {
		return "public, max-age=31536000, immutable"
	}
	return "no-cache"
}

// IsHashed reports whether the base name of name carries a content hash in the form the
// build writes (the same as esbuild's): a dash, eight characters of the RFC 4648 base32
// alphabet, then a dot, as in "main-5MFOLW3K.js" or "main-5MFOLW3K.js.map".
func IsHashed(name string) bool {
	base := name[strings.LastIndexByte(name, '/')+1:]
	for i := 0; i+10 <= len(base); i++ {
		if base[i] != '-' || base[i+9] != '.' {
			continue
		}
		ok := true
		for _, c := range []byte(base[i+1 : i+9]) {
			if !(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7') {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
