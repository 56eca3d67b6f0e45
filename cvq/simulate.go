package cvq

// Simulate answers one client line the way profile p would, for a client
// speaking dialect d. A nil profile is the reference server. CVQ is taken
// as sent after VER settled on CVR0, CVR as sent inside dialect d, and VER
// as the first command of a fresh connection; a Session tracks that state
// across lines instead. Simulate never panics and never fails: everything
// wrong with the line is in the result's diagnostics.
func Simulate(line string, d Dialect, p *Profile) Result {
	if p == nil {
		p = DefaultProfile()
	}
	return simulateLine(line, d, p, nil)
}

// connState is what a connection remembers between lines.
type connState struct {
	_       noCompare
	verDone bool    // a VER has been answered
	mode    Dialect // dialect VER settled on; 0 with cvr0 for the fallback
	cvr0    bool    // VER settled on CVR0
	closed  bool    // the server has closed the connection
	closer  string  // who closed it: "server" or "client"
	offered Dialect // the newest real dialect the client offered in VER (0: none)
}

// sim carries one line through the simulator. It holds no pointer to
// itself (the token buffer lives outside it and the connection state is
// copied in and out), so it can stay on the caller's stack.
type sim struct {
	l   Line
	d   Dialect
	p   *Profile
	st  connState
	res Result
}

// maxFields bounds the tokens Simulate annotates one by one; the longest
// real line (CVR in MSNP21) has eleven.
const maxFields = 40

func simulateLine(line string, d Dialect, p *Profile, st *connState) Result {
	var buf [12]Token
	s := sim{d: d, p: p, l: tokenizeInto(line, buf[:0], maxFields+1),
		res: Result{Input: line, Dialect: d, Profile: p.Name}}
	if st != nil {
		s.st = *st
	}
	s.run()
	if st != nil {
		*st = s.st
	}
	return s.res
}

func (s *sim) diag(sev Severity, start, end int, code, text string, notes ...string) {
	if s.res.Diagnostics == nil {
		s.res.Diagnostics = make([]Diagnostic, 0, 2)
	}
	s.res.Diagnostics = append(s.res.Diagnostics, Diagnostic{Severity: sev, Start: start, End: end, Code: code, Text: text, Notes: notes})
}

// field appends the annotation of token i under parameter p.
func (s *sim) field(i int, p *Param) *Field {
	t := s.l.Tokens[i]
	s.res.Fields = append(s.res.Fields, Field{
		Param: p.Name, Index: i, Start: t.Start, End: t.End, Value: s.l.Body[t.Start:t.End],
		Since: p.Since, Source: p.Source, Note: p.Note,
	})
	return &s.res.Fields[len(s.res.Fields)-1]
}

// mark sets a field's status and files a diagnostic on its range.
func (s *sim) mark(f *Field, st Status, code, text string, notes ...string) {
	if st > f.Status || f.Status == StatusUnchecked {
		f.Status = st
	}
	sev := Warning
	if st == StatusError {
		sev = Error
	}
	s.diag(sev, f.Start, f.End, code, text, notes...)
}

func (s *sim) run() {
	l := &s.l
	if l.Term == TermLF {
		s.diag(Warning, len(l.Body), len(l.Body)+1, CodeBareLF,
			"The line ends with LF alone; MSNP lines end with CR LF. Servers differ on whether they accept it.")
	}
	if l.Rest < len(l.Text) {
		s.diag(Warning, l.Rest, len(l.Text), CodeAfterLine,
			"Text after the first line break is a separate line and is not simulated here (use the console or paste it as a transcript).")
	}
	s.hidden()
	if n := len(l.Tokens); n > maxFields {
		// A pasted wall of tokens: annotate the first ones and fold the
		// rest into one token, so a hostile line costs what a long one does.
		l.Tokens[maxFields] = Token{l.Tokens[maxFields].Start, l.Tokens[n-1].End}
		l.Tokens = l.Tokens[:maxFields+1]
		s.diag(Error, l.Tokens[maxFields].Start, l.Tokens[maxFields].End, CodeTooManyTokens,
			"Far more tokens than any handshake line has: from here on the rest of the line is shown as one.")
	}
	if len(l.Tokens) == 0 {
		s.res.Outcome = Outcome{Kind: OutcomeNone, Text: "Type a client line such as CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com."}
		return
	}
	if s.p.DateNote != "" {
		s.diag(Note, 0, l.Tokens[0].End, CodeEraUncovered, s.p.DateNote)
	}
	if s.st.closed {
		s.diag(Error, 0, len(l.Body), CodeClosed,
			"The connection is closed: the server reads nothing more. Start a new connection.")
		// The server reads nothing, but every token keeps its range
		// (docs/rules.md §1) so the page can still point at it.
		s.res.Fields = make([]Field, 0, len(l.Tokens))
		s.field(0, &paramCommand).Status = StatusUnchecked
		for i := 1; i < len(l.Tokens); i++ {
			p := &paramExtra
			if i == 1 {
				p = &paramTrID
			}
			s.field(i, p).Status = StatusUnchecked
		}
		s.res.Command = l.Tok(0)
		s.res.Outcome = Outcome{Kind: OutcomeClosed, Text: "Nothing happens: the connection was already closed by the " + s.st.closer + "."}
		return
	}
	s.res.Fields = make([]Field, 0, len(l.Tokens))
	cmd := l.Tok(0)
	s.res.Command = cmd
	f := s.field(0, &paramCommand)
	for i := 1; i < len(l.Tokens); i++ {
		if l.Tokens[i].Start == l.Tokens[i].End {
			s.diag(Note, l.Tokens[i].Start, l.Tokens[i].End, CodeEmptyParam,
				"Empty parameter: two spaces in a row, or a trailing space, make an empty parameter here.")
		}
	}
	switch cmd {
	case "CVQ", "CVR":
		f.Meaning = "client version query"
		if cmd == "CVR" {
			f.Meaning = "client version report"
		}
		s.cv(cmd == "CVR")
	case "VER":
		f.Meaning = "protocol version negotiation"
		s.ver()
	default:
		s.unknownCommand(f, cmd)
	}
}

// unknownCommand handles a line no profile has a handler for.
func (s *sim) unknownCommand(f *Field, cmd string) {
	switch {
	case equalFold(cmd, "CVQ"), equalFold(cmd, "CVR"), equalFold(cmd, "VER"):
		s.mark(f, StatusError, CodeCommandCase,
			"Command names are case-sensitive: the server does not know "+cmd+"; write "+upperASCII(cmd)+".")
	default:
		s.mark(f, StatusError, CodeUnknownCommand,
			"This playground simulates VER, CVQ and CVR only.")
	}
	for i := 1; i < len(s.l.Tokens); i++ {
		s.field(i, &paramExtra).Status = StatusUnchecked
	}
	s.res.Outcome = Outcome{Kind: OutcomeIgnored, Text: "The simulated server does not answer.",
		Reason: "Assumption of the playground: an unknown command gets no reply here; real servers differed."}
}

// parseTrID reads a 32-bit unsigned decimal TrID.
func parseTrID(s string) (uint32, bool) {
	if s == "" || len(s) > 10 {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	return uint32(n), n <= 0xFFFFFFFF
}

// trid annotates token 1 and reports whether it is a usable TrID. When it
// is not, the server closes the connection without answering.
func (s *sim) trid() bool {
	l := &s.l
	if len(l.Tokens) < 2 {
		s.diag(Error, len(l.Body), len(l.Body), CodeMissingTrID,
			"The TrID is missing: the server cannot answer a line without one and closes the connection.")
	} else {
		f := s.field(1, &paramTrID)
		if _, ok := parseTrID(f.Value); ok {
			f.Meaning = "copied into the reply"
			if len(f.Value) > 1 && f.Value[0] == '0' {
				s.mark(f, StatusWarning, CodeTrIDZeros,
					"Leading zeros: the server reads the number and answers with "+s.replyTrID()+".")
			}
			return true
		}
		s.mark(f, StatusError, CodeBadTrID,
			"The TrID must be a decimal number that fits in 32 bits; without one the server closes the connection.")
	}
	s.close("server")
	s.res.Outcome = Outcome{Kind: OutcomeClosed, Text: "The server closes the connection without a reply.",
		Reason: "No usable TrID (the VER documentation states this for a missing TrID)."}
	return false
}

func (s *sim) close(by string) {
	s.res.Disconnect = true
	s.st.closed = true
	s.st.closer = by
}

// replyTrID is the TrID as the server writes it back: the number in
// canonical decimal. For the usual canonical TrID that is the client's own
// text, so nothing is allocated.
func (s *sim) replyTrID() string {
	t := s.l.Tok(1)
	if len(t) <= 1 || t[0] != '0' {
		return t
	}
	n, _ := parseTrID(t)
	return formatUint(uint64(n))
}
