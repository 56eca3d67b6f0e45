package main

import (
	"bytes"
	"compress/gzip"

	"github.com/andybalholm/brotli"
)

// The compression the build (build/compress.go) precompresses dist/ with, so sizes computed
// here for the floor compare with the playground's .gz and .br files.

// gzip9 returns data compressed with gzip at level 9.
func gzip9(data []byte) ([]byte, error) {
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// brotli11 returns data compressed with brotli at quality 11 (andybalholm/brotli). On two
// cores this takes tens of seconds for a 3 MB module, which is why results are reused.
func brotli11(data []byte) ([]byte, error) {
	var b bytes.Buffer
	bw := brotli.NewWriterLevel(&b, brotli.BestCompression)
	if _, err := bw.Write(data); err != nil {
		return nil, err
	}
	if err := bw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// compressBoth runs gzip and brotli side by side (brotli is the slow one).
func compressBoth(data []byte) (gz, br []byte, err error) {
	done := make(chan error, 1)
	go func() {
		var e error
		gz, e = gzip9(data)
		done <- e
	}()
	br, err = brotli11(data)
	if e := <-done; err == nil {
		err = e
	}
	return gz, br, err
}
