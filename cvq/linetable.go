package cvq

// lineTable knows where each line of a pasted text starts. A paste is
// split into lines once, here, as go/token's File keeps its line starts:
// ParseTranscript walks it, and a Transcript keeps it so that the command
// and the bridge find the line a diagnostic points into (PasteLine)
// without splitting the text again.
//
// Lines end at LF; a CR just before the LF belongs to the line end, not
// to the line. A final LF ends the last line rather than starting an
// empty one, so "a\nb\n" has two lines, and "" none.
type lineTable struct {
	text   string
	starts []int // byte offset in text where line i+1 starts
}

func newLineTable(text string) lineTable {
	var starts []int
	for pos := 0; pos < len(text); {
		starts = append(starts, pos)
		end := indexByte(text[pos:], '\n')
		if end < 0 {
			break
		}
		pos += end + 1
	}
	return lineTable{text, starts}
}

// line returns line n (1-based) without its line end; "" when there is
// no line n.
func (lt lineTable) line(n int) string {
	if n < 1 || n > len(lt.starts) {
		return ""
	}
	end := len(lt.text)
	if n < len(lt.starts) {
		end = lt.starts[n] - 1 // the LF
	} else if hasSuffix(lt.text, "\n") {
		end--
	}
	s := lt.text[lt.starts[n-1]:end]
	return trimSuffix(s, "\r")
}
