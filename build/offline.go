package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base32"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// swTemplatePath is the service worker's source, relative to the module root.
const swTemplatePath = "site/sw.js"

// swName is the service worker's name in dist/. It is not hashed: the page
// registers it by this name, and a new build is noticed because the bytes
// under the same name change.
const swName = "sw.js"

// serviceWorker fills the service worker's template with the files it keeps
// for offline use and a build id derived from their content, so any change
// to any of them is a new service worker. It must see every other file of
// the build. Source maps stay out: only developers open them, online.
func serviceWorker(tmpl []byte, files []file) (file, error) {
	var names []string
	sum := sha256.New()
	for _, f := range files {
		if strings.HasSuffix(f.name, ".map") || f.name == swName {
			continue
		}
		name := f.name
		if name == "index.html" {
			name = "./" // the page is opened as the directory, and cached under it
		} else if path.Base(name) == "index.html" {
			name = strings.TrimSuffix(name, "index.html")
		}
		names = append(names, name)
		sum.Write([]byte(f.name + "\x00"))
		sum.Write(f.data)
	}
	sort.Strings(names)
	list, err := json.Marshal(names)
	if err != nil {
		return file{}, err
	}
	id := base32.StdEncoding.EncodeToString(sum.Sum(nil))[:12]
	out, err := fillTemplate(swTemplatePath, tmpl, map[string]string{"BUILD": id, "FILES": string(list)})
	if err != nil {
		return file{}, err
	}
	if bytes.Contains(out, []byte("{{")) {
		return file{}, fmt.Errorf("%s: a placeholder is left after filling", swTemplatePath)
	}
	return file{name: swName, data: out}, nil
}

// readServiceWorker reads the service worker's template under root and fills it for files.
func readServiceWorker(root string, files []file) (file, error) {
	tmpl, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(swTemplatePath)))
	if err != nil {
		return file{}, fmt.Errorf("%s: cannot read the service worker: %v", swTemplatePath, err)
	}
	return serviceWorker(tmpl, files)
}
