package cvq

// SyntaxError is a line the codec cannot read, with the byte range at fault.
type SyntaxError struct {
	// Start and End are 0-based byte offsets into the line, [Start, End);
	// Error() prints Start+1 as a 1-based column. Equal for a position
	// (a missing TrID is located at the end of the line).
	Start, End int
	Msg        string // what is wrong, without the location
}

// Error reports the message with its 1-based byte column.
func (e *SyntaxError) Error() string {
	return "column " + formatInt(e.Start+1) + ": " + e.Msg
}

// Request is a parsed client line of the handshake: CVQ, CVR or VER.
type Request struct {
	Command string // "CVQ", "CVR" or "VER", as sent (case kept)
	TrID    uint32 // the transaction ID, canonical decimal on the wire
	// Params are the tokens after the TrID, empty parameters included;
	// for VER they are the offered dialects.
	Params []string
	Term   Terminator // how the line ended: CRLF, LF alone, or not at all
}

// Reply is a parsed server line of the handshake: a CVQ/CVR answer, a VER
// answer, or an error (NNN TrID).
type Reply struct {
	Command string // "CVQ", "CVR" or "VER"; "" for an error reply
	Code    int    // the error code when Command is ""
	TrID    uint32 // the transaction ID of the request it answers
	// Fields are the tokens after the TrID: the five CVQ/CVR fields
	// (recommended, recommended-2, minimum, download URL, fallback URL) or
	// the VER dialects. Error replies have none.
	Fields []string
	Term   Terminator // how the line ended: CRLF, LF alone, or not at all
}

// head reads the command and TrID common to requests and replies. TrIDs
// must be canonical decimal (no sign, no leading zeros) so that encoding a
// parsed line gives its bytes back.
func head(line string) (Line, uint32, error) {
	l := Tokenize(line)
	if l.Rest < len(l.Text) {
		return l, 0, &SyntaxError{l.Rest, len(l.Text), "more than one line"}
	}
	if len(l.Tokens) == 0 || l.Tok(0) == "" {
		return l, 0, &SyntaxError{0, 0, "empty line"}
	}
	if len(l.Tokens) < 2 {
		return l, 0, &SyntaxError{len(l.Body), len(l.Body), "missing TrID"}
	}
	t := l.Tokens[1]
	s := l.Tok(1)
	id, ok := parseTrID(s)
	if !ok {
		return l, 0, &SyntaxError{t.Start, t.End, "TrID must be a decimal number below 2^32"}
	}
	if len(s) > 1 && s[0] == '0' {
		return l, 0, &SyntaxError{t.Start, t.End, "TrID has leading zeros"}
	}
	return l, id, nil
}

func rest(l *Line) []string {
	if len(l.Tokens) <= 2 {
		return nil
	}
	out := make([]string, len(l.Tokens)-2)
	for i := range out {
		out[i] = l.Tok(i + 2)
	}
	return out
}

// ParseRequest reads a CVQ, CVR or VER line. It checks only the syntax
// every such line shares (command, TrID); judging the parameters against
// a dialect is Simulate's job.
func ParseRequest(line string) (Request, error) {
	l, id, err := head(line)
	if err != nil {
		return Request{}, err
	}
	switch cmd := l.Tok(0); cmd {
	case "CVQ", "CVR", "VER":
		return Request{Command: cmd, TrID: id, Params: rest(&l), Term: l.Term}, nil
	}
	return Request{}, &SyntaxError{0, l.Tokens[0].End, "not a handshake command (CVQ, CVR or VER; case matters)"}
}

// Encode writes the request back; for a parsed request it reproduces the
// parsed bytes exactly.
func (r Request) Encode() string {
	return encode(r.Command, r.TrID, r.Params, r.Term)
}

func encode(cmd string, id uint32, params []string, term Terminator) string {
	var b []byte
	b = append(b, cmd...)
	b = append(b, ' ')
	b = append(b, formatUint(uint64(id))...)
	for _, p := range params {
		b = append(b, ' ')
		b = append(b, p...)
	}
	return string(append(b, term.String()...))
}

// ParseReply reads a server line: CVQ/CVR with exactly five fields, VER
// with at least one dialect (or 0), or a three-digit error code and TrID.
func ParseReply(line string) (Reply, error) {
	l, id, err := head(line)
	if err != nil {
		return Reply{}, err
	}
	cmd := l.Tok(0)
	switch {
	case cmd == "CVQ" || cmd == "CVR":
		if n := len(l.Tokens) - 2; n != numReplyParams {
			at := len(l.Body)
			if n > numReplyParams {
				at = l.Tokens[2+numReplyParams].Start
			}
			return Reply{}, &SyntaxError{at, len(l.Body), "a " + cmd + " reply has five fields after the TrID, not " + formatUint(uint64(n))}
		}
		return Reply{Command: cmd, TrID: id, Fields: rest(&l), Term: l.Term}, nil
	case cmd == "VER":
		if len(l.Tokens) < 3 {
			return Reply{}, &SyntaxError{len(l.Body), len(l.Body), "a VER reply names at least one dialect, or 0"}
		}
		return Reply{Command: cmd, TrID: id, Fields: rest(&l), Term: l.Term}, nil
	case len(cmd) == 3 && isDigits(cmd) && cmd[0] != '0':
		if len(l.Tokens) != 2 {
			return Reply{}, &SyntaxError{l.Tokens[2].Start, len(l.Body), "an error reply carries only the code and the TrID"}
		}
		code := int(cmd[0]-'0')*100 + int(cmd[1]-'0')*10 + int(cmd[2]-'0') // three digits, checked above
		return Reply{Code: code, TrID: id, Term: l.Term}, nil
	}
	return Reply{}, &SyntaxError{0, l.Tokens[0].End, "not a handshake reply (CVQ, CVR, VER or a three-digit error code)"}
}

// Encode writes the reply back; for a parsed reply it reproduces the
// parsed bytes exactly.
func (r Reply) Encode() string {
	if r.Command == "" {
		return encode(formatInt(r.Code), r.TrID, nil, r.Term)
	}
	return encode(r.Command, r.TrID, r.Fields, r.Term)
}
