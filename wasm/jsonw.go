package main

import "unicode/utf8"

// jsonWriter builds JSON text by hand. The bridge hands the page one JSON
// string per call, which the page's JSON.parse turns into objects far
// faster than hundreds of syscall/js property sets, and without linking
// encoding/json (and the reflect it needs) into the module.
type jsonWriter struct {
	b     []byte
	comma []bool // per open container: whether the next item needs a comma
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
	if n < 0 {
		w.b = append(w.b, '-')
		n = -n
	}
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	w.b = append(w.b, d[i:]...)
}

func (w *jsonWriter) boolean(v bool) {
	w.sep()
	if v {
		w.b = append(w.b, "true"...)
	} else {
		w.b = append(w.b, "false"...)
	}
}

// Key/value shorthands.
func (w *jsonWriter) kstr(k, v string)       { w.key(k); w.str(v) }
func (w *jsonWriter) knum(k string, v int)   { w.key(k); w.num(v) }
func (w *jsonWriter) kbool(k string, v bool) { w.key(k); w.boolean(v) }

// quote writes s as a JSON string. Invalid UTF-8 becomes U+FFFD, as it
// does when Go hands a string to JavaScript; U+2028 and U+2029 are escaped
// so the text is also safe as a JavaScript literal.
func (w *jsonWriter) quote(s string) {
	const hex = "0123456789abcdef"
	w.b = append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			w.b = append(w.b, s[start:i]...)
			switch c {
			case '"', '\\':
				w.b = append(w.b, '\\', c)
			case '\n':
				w.b = append(w.b, '\\', 'n')
			case '\r':
				w.b = append(w.b, '\\', 'r')
			case '\t':
				w.b = append(w.b, '\\', 't')
			default:
				w.b = append(w.b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.b = append(w.b, s[start:i]...)
			w.b = append(w.b, "\ufffd"...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			w.b = append(w.b, s[start:i]...)
			w.b = append(w.b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	w.b = append(w.b, s[start:]...)
	w.b = append(w.b, '"')
}

// String returns the JSON text written so far.
func (w *jsonWriter) String() string { return string(w.b) }
