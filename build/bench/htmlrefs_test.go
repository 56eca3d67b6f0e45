package main

import (
	"reflect"
	"testing"
)

func TestPageRefs(t *testing.T) {
	html := `<!doctype html><html><head>
<meta charset="utf-8">
<meta name="cvq-wasm" content="cvq-ABCDEFGH.wasm">
<link rel="preload" href="cvq-ABCDEFGH.wasm" as="fetch" type="application/wasm" crossorigin>
<link rel="stylesheet" href="style-QRSTUVWX.css">
<link rel="alternate" href="feed.xml">
<link rel="icon" href="./favicon.svg">
<script src="wasm_exec-BJ3DEQNX.js" defer></script>
<SCRIPT SRC="main-SIIIFEMH.js?v=1" defer></SCRIPT>
<script src="https://example.com/x.js"></script>
<script src="//cdn.example.com/y.js"></script>
</head><body>
<a class="skip" href="#request">Skip</a>
<a href="other.html">other page</a>
<img src="data:image/png;base64,AAAA">
<img src="shot.png" alt="">
</body></html>`
	got := pageRefs([]byte(html))
	want := []string{"cvq-ABCDEFGH.wasm", "style-QRSTUVWX.css", "favicon.svg", "wasm_exec-BJ3DEQNX.js", "main-SIIIFEMH.js", "shot.png"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pageRefs = %q\nwant %q", got, want)
	}
}

func TestPageRefsEmpty(t *testing.T) {
	if got := pageRefs([]byte("<p>no refs</p>")); len(got) != 0 {
		t.Errorf("got %q", got)
	}
}
