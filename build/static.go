package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// staticDir holds files published as they are, under their own names: names a browser or a
// host asks for by convention (favicon.svg linked from the page, 404.html that static
// hosts serve for a missing path) cannot carry a content hash.
const staticDir = "site/static"

// shareImage is the picture shared links show (Open Graph and Twitter cards): the light
// screenshot the browser tests take (CVQ_SCREENSHOT=1 make test), so it shows the page as
// it is rather than a drawing that could drift from it.
const shareImage = "site/testdata/screenshot-light.png"

// staticFiles reads site/static and the share image, in name order.
func staticFiles(root string) ([]file, error) {
	entries, err := os.ReadDir(filepath.Join(root, filepath.FromSlash(staticDir)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", staticDir, err)
	}
	var out []file
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(staticDir), e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, file{name: e.Name(), data: data})
	}
	img, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(shareImage)))
	if err != nil {
		return nil, fmt.Errorf("the share image: %w", err)
	}
	out = append(out, file{name: "og-image.png", data: img})
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}
