//go:build !js

package cvq

// languageText returns the tag and name of languageIDs[i].
func languageText(i int) (tag, name string) { return languageNames[i][0], languageNames[i][1] }
