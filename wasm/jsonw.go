package main

// jsonWriter builds JSON text by hand. The bridge hands the page one JSON
// string per call, which the page's JSON.parse turns into objects far
// faster than hundreds of syscall/js property sets, and writing it by hand
// keeps encoding/json (and the reflect it needs) out of the module.
type jsonWriter struct {
	b     []byte
	comma []bool // per open container: whether the next item needs a comma
	// lean leaves results' tokens and replyTokens empty: most of a result's
	// JSON, which a transcript of thousands of lines fetches per line when
	// it is shown (transcriptFields).
	lean bool
}

func (w *jsonWriter) sep() {
	if n := len(w.comma); n > 0 {
		if w.comma[n-1] {
			w.b = append(w.b, ',')
		}
		w.comma[n-1] = true
	}
}

func (w *jsonWriter) open(c byte) {
	w.sep()
	w.b = append(w.b, c)
	w.comma = append(w.comma, false)
}

func (w *jsonWriter) close(c byte) {
	w.b = append(w.b, c)
	w.comma = w.comma[:len(w.comma)-1]
}

// obj and arr open a container; end closes the innermost one.
func (w *jsonWriter) obj()    { w.open('{') }
func (w *jsonWriter) arr()    { w.open('[') }
func (w *jsonWriter) endObj() { w.close('}') }
func (w *jsonWriter) endArr() { w.close(']') }

// key writes an object key; the value written next belongs to it.
func (w *jsonWriter) key(k string) {
	w.sep()
	w.quote(k)
	w.b = append(w.b, ':')
	w.comma[len(w.comma)-1] = false
}

func (w *jsonWriter) str(s string) {
	w.sep()
	w.quote(s)
}

func (w *jsonWriter) num(n int) {
	w.sep()
	w.b = appendInt(w.b, n)
}

func (w *jsonWriter) boolean(v bool) {
	w.sep()
	if v {
		w.b = append(w.b, "true"...)
	} else {
		w.b = append(w.b, "false"...)
	}
}

// appendInt appends n in decimal. It is hand-written, as cvq's number
// formatting is: strconv measured about 8 KB of brotli in the module
// (the errors and quoting tables its other functions bring), for
// integers that a dozen lines write.
func appendInt(b []byte, n int) []byte {
	u := uint64(n)
	if n < 0 {
		b = append(b, '-')
		u = uint64(-n) // right even for the smallest int, whose negation wraps to itself
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}

// itoa is n in decimal.
func itoa(n int) string { return string(appendInt(nil, n)) }

// Key/value shorthands.
func (w *jsonWriter) kstr(k, v string)       { w.key(k); w.str(v) }
func (w *jsonWriter) knum(k string, v int)   { w.key(k); w.num(v) }
func (w *jsonWriter) kbool(k string, v bool) { w.key(k); w.boolean(v) }

// quote writes s as a JSON string. Each byte that is not part of valid
// UTF-8 becomes U+FFFD, so every offset into a string that was valid stays
// right. The loop is written for size: Go's WebAssembly output turns each
// multi-byte append into a long sequence, so all escapes share one.
func (w *jsonWriter) quote(s string) {
	const hex = "0123456789abcdef"
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		var esc string
		switch {
		case c >= 0x20 && c < 0x80 && c != '"' && c != '\\':
			i++
			continue
		case c == '"' || c == '\\':
			esc = `\` + s[i:i+1]
		case c == '\n':
			esc = `\n`
		case c == '\r':
			esc = `\r`
		case c == '\t':
			esc = `\t`
		case c < 0x20:
			esc = `\u00` + hex[c>>4:c>>4+1] + hex[c&0xF:c&0xF+1]
		default:
			var r rune
			r, size = decodeRune(s[i:])
			if r != '\ufffd' || size != 1 {
				i += size
				continue
			}
			esc = "\ufffd"
		}
		b = append(b, s[start:i]...)
		b = append(b, esc...)
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

// String returns the JSON text written so far.
func (w *jsonWriter) String() string { return string(w.b) }
