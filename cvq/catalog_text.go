//go:build !js

package cvq

// languageText returns the tag and name of languageIDs[i].
func languageText(i int) (tag, name string) { return languageNames[i][0], languageNames[i][1] }

// releaseText returns the product, date, source keys and note of releases[i].
func releaseText(i int) (product, date, source, note string) {
	t := &releaseTexts[i]
	return t[0], t[1], t[2], t[3]
}
