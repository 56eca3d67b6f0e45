package cvq

// Terminator is how a line ended.
type Terminator uint8

// The line endings Tokenize tells apart.
const (
	// TermNone: the text ended without a line break (typical for a line
	// typed into the playground; a real client always ends with CRLF).
	TermNone Terminator = iota
	// TermCRLF: the line ended with CR LF, as MSNP requires.
	TermCRLF
	// TermLF: the line ended with a bare LF; accepted and flagged.
	TermLF
)

// String returns "", "\r\n" or "\n": the bytes of the terminator.
func (t Terminator) String() string {
	switch t {
	case TermCRLF:
		return "\r\n"
	case TermLF:
		return "\n"
	}
	return ""
}

// Token is the byte range [Start, End) of one space-separated token.
// An empty parameter (two spaces in a row, or a trailing space) is a token
// with Start == End.
type Token struct {
	Start, End int // 0-based byte offsets into Line.Text; End is exclusive
}

// Line is a command line split into tokens. Tokens hold byte ranges into
// Text; every byte of Body belongs to exactly one token or is one of the
// single separating spaces.
type Line struct {
	Text   string     // the input as given
	Body   string     // Text up to its first line break
	Tokens []Token    // the tokens of Body, in order; none for an empty Body
	Term   Terminator // what ended Body: CRLF, LF alone, or nothing
	// Rest is the offset in Text where text after the first line break
	// starts, or len(Text) when there is none.
	Rest int
}

// Tok returns the text of token i.
func (l *Line) Tok(i int) string {
	t := l.Tokens[i]
	return l.Body[t.Start:t.End]
}

// Tokenize splits one command line as MSNP does: the line ends at the
// first LF (a CR right before it belongs to the terminator), and tokens
// are separated by exactly one space, so doubled and trailing spaces make
// empty tokens. Tabs and other white space are part of a token. Tokenize
// never fails; judging the tokens is the simulator's job.
func Tokenize(s string) Line {
	return tokenizeInto(s, nil, 0)
}

// tokenizeInto is Tokenize appending to buf, so hot paths can pass a
// stack array and avoid allocating. With limit > 0 it makes at most limit
// tokens, the last running to the end of the body: Simulate folds the
// tokens past its bound that way anyway, and a line of millions of tokens
// then costs no more memory than a short one.
func tokenizeInto(s string, buf []Token, limit int) Line {
	l := Line{Text: s, Body: s, Rest: len(s)}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			l.Rest = i + 1
			if i > 0 && s[i-1] == '\r' {
				l.Body = s[:i-1]
				l.Term = TermCRLF
			} else {
				l.Body = s[:i]
				l.Term = TermLF
			}
			break
		}
	}
	if l.Body == "" {
		l.Tokens = buf[:0]
		return l
	}
	toks := buf[:0]
	start := 0
	body := l.Body
	for i := 0; i < len(body); i++ {
		if body[i] == ' ' {
			if len(toks)+1 == limit {
				break
			}
			toks = append(toks, Token{start, i})
			start = i + 1
		}
	}
	toks = append(toks, Token{start, len(body)})
	l.Tokens = toks
	return l
}

// Encode writes the tokens back with single spaces and the original
// terminator. For any s, Encode(Tokenize(s)) == the first line of s with
// its terminator: the round trip is exact.
func (l *Line) Encode() string {
	n := len(l.Term.String())
	for i, t := range l.Tokens {
		n += t.End - t.Start
		if i > 0 {
			n++
		}
	}
	b := make([]byte, 0, n)
	for i := range l.Tokens {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, l.Tok(i)...)
	}
	return string(append(b, l.Term.String()...))
}
