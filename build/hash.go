package main

import (
	"crypto/sha256"
	"encoding/base32"
)

// hashedName returns stem-HASH+ext, where HASH is derived from data alone: the same bytes
// always get the same name (so browsers keep their cached copy across rebuilds) and changed
// bytes a new one (so they never use a stale copy). HASH has the form esbuild gives its own
// outputs, eight RFC 4648 base32 characters, so one rule (distserve.IsHashed) recognizes
// every hashed file in dist/.
func hashedName(stem, ext string, data []byte) string {
	sum := sha256.Sum256(data)
	return stem + "-" + base32.StdEncoding.EncodeToString(sum[:])[:8] + ext
}
