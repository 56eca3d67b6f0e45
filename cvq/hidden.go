package cvq

// hiddenRanges are the characters a display hides or draws as nothing, or
// that reorder the text around them, as inclusive [low, high] pairs. No
// client sends them; in a pasted or shared line they can disguise what
// the line says (a right-to-left override turns "exe.txt" into "txt.exe"
// on screen), so the simulator names each one it finds.
var hiddenRanges = [...]rune{
	0x00, 0x1f, // C0 controls (tab included)
	0x7f, 0x9f, // DEL and the C1 controls
	0xad, 0xad, // soft hyphen
	0x061c, 0x061c, // Arabic letter mark
	0x180e, 0x180e, // Mongolian vowel separator
	0x200b, 0x200f, // zero-width space and joiners, left-to-right and right-to-left marks
	0x2028, 0x202e, // line and paragraph separators, bidi embeddings and overrides
	0x2060, 0x206f, // word joiner, invisible operators, bidi isolates
	0xfeff, 0xfeff, // zero-width no-break space (byte order mark)
	0xfff9, 0xfffb, // interlinear annotation controls
	0xe0000, 0xe007f, // tag characters
}

// maxHiddenRuns bounds the diagnostics one line gets for hidden
// characters: a line made of them needs a few, not one per byte.
const maxHiddenRuns = 4

func isHidden(r rune) bool {
	for i := 0; i < len(hiddenRanges); i += 2 {
		if r < hiddenRanges[i] {
			return false
		}
		if r <= hiddenRanges[i+1] {
			return true
		}
	}
	return false
}

// hidden files a warning on each run of hidden characters in the line's
// body, at most maxHiddenRuns of them, naming the run's first code point.
func (s *sim) hidden() {
	start, first, runs := -1, rune(0), 0
	for i, r := range s.l.Body {
		if isHidden(r) {
			if start < 0 {
				start, first = i, r
			}
			continue
		}
		if start >= 0 {
			if runs++; runs > maxHiddenRuns {
				return
			}
			s.hiddenRun(start, i, first)
			start = -1
		}
	}
	if start >= 0 && runs < maxHiddenRuns {
		s.hiddenRun(start, len(s.l.Body), first)
	}
}

func (s *sim) hiddenRun(start, end int, first rune) {
	s.diag(Warning, start, end, CodeHiddenChar, "Invisible or control character "+codePoint(first)+
		": the server reads it as part of the token, but a display may draw it as nothing or reorder the text around it.")
}

// codePoint writes r as U+XXXX (at least four hex digits).
func codePoint(r rune) string {
	const hex = "0123456789ABCDEF"
	b := []byte("U+")
	for shift := 20; shift >= 0; shift -= 4 {
		if d := (r >> uint(shift)) & 0xf; d != 0 || shift < 16 || len(b) > 2 {
			b = append(b, hex[d])
		}
	}
	return string(b)
}
