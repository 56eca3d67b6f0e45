package cvq

// Checking a transcript: each client line simulated on a connection, each
// server line compared with what the profile answers.

// CheckTranscript parses a pasted transcript, sends every client line
// through a simulated connection of profile p, and compares each server
// line with what the profile answers, field by field. Server lines are
// paired with client lines by TrID, so pipelined logs (several client
// lines before the answers) check correctly.
//
// A VER after a completed one starts a new connection when the transcript
// shows the first one moving on (a USR or XFR line, or TrIDs skipped by
// lines the log left out), as clients reconnect to the Notification Server
// after an XFR, or when its TrID is not above the previous client line's
// (documentation examples restart at 1); otherwise it is a second VER on
// the same connection. A client line after the connection closed starts a
// new one too: a log goes on only on a fresh connection. Each such start
// gets a "new-connection" note.
//
// Where the log's server answered otherwise than the profile, the
// connection goes on as the log's server said (see follow), so the lines
// after it are judged on the connection the log really had.
func CheckTranscript(text string, d Dialect, p *Profile) Transcript {
	c := NewTranscriptCheck(text, d, p)
	return *c.Finish()
}

// TranscriptCheck is a transcript being checked a few lines at a time, so
// a caller with a time budget per task (the page checks a 256 KiB paste of
// thousands of lines) can stop between slices and go on later, or drop it.
// Checking a transcript in slices of any size gives the same Transcript as
// CheckTranscript.
type TranscriptCheck struct {
	t        Transcript
	d        Dialect
	p        *Profile
	sess     *Session // the connection the next client line goes on
	next     int      // the next protocol line to check: an index into t.Lines
	lastTrID uint32   // the newest numeric TrID of a client line so far
	movedOn  bool     // the log moved on from the last VER (an XFR, a USR, skipped TrIDs)
}

// NewTranscriptCheck parses text and readies a check of it against
// profile p (nil: the reference server) as a dialect d client; Next checks
// its lines.
func NewTranscriptCheck(text string, d Dialect, p *Profile) *TranscriptCheck {
	if p == nil {
		p = DefaultProfile()
	}
	paste := newLineTable(text)
	lines, diags := parseTranscript(paste)
	return &TranscriptCheck{t: Transcript{Lines: lines, Diagnostics: diags, paste: paste}, d: d, p: p, sess: NewSession(d, p)}
}

// Progress returns how many of the transcript's protocol lines are
// checked, and how many it has.
func (c *TranscriptCheck) Progress() (checked, total int) { return c.next, len(c.t.Lines) }

// Next checks up to n more protocol lines and reports whether every line
// is now checked.
func (c *TranscriptCheck) Next(n int) (done bool) {
	for ; n > 0 && c.next < len(c.t.Lines); n-- {
		c.line(c.next)
		c.t.States = append(c.t.States, c.sess.State())
		c.next++
	}
	c.t.State = c.sess.State()
	return c.next == len(c.t.Lines)
}

// Finish checks whatever lines are left and returns the checked
// transcript, which later calls of Next leave alone.
func (c *TranscriptCheck) Finish() *Transcript {
	c.Next(len(c.t.Lines))
	return &c.t
}

// line checks protocol line i: a client line goes on the connection (a new
// one where the log starts one), a server line is paired with the client
// line it answers and compared.
func (c *TranscriptCheck) line(i int) {
	t := &c.t
	ln := &t.Lines[i]
	// Only the command and the TrID matter here: three tokens (the
	// third folding the rest) keep a line of millions of tokens cheap.
	var buf [3]Token
	toks := tokenizeInto(ln.Text, buf[:0], 3)
	cmd, trid := "", ""
	if len(toks.Tokens) > 0 {
		cmd = toks.Tok(0)
	}
	if len(toks.Tokens) > 1 {
		trid = toks.Tok(1)
	}
	if ln.Dir == 'S' {
		if cmd == "XFR" {
			c.movedOn = true
		}
		// Where the log's server answered the newest client line otherwise
		// than the profile, the connection follows what it said.
		if k := t.pair(i, trid); k >= 0 && k == len(t.Steps)-1 && handshake(t.Steps[k].Result.Command) {
			if ch := t.Steps[k].Checks; len(ch) == 1 && ch[0].Status == CheckDiffer {
				c.sess.follow(ch[0].Expected, ch[0].Observed)
			}
		}
		return
	}
	id, okID := parseTrID(trid)
	if okID && c.lastTrID != 0 && id > c.lastTrID+1 {
		c.movedOn = true
	}
	again := okID && c.lastTrID != 0 && id <= c.lastTrID
	if okID {
		c.lastTrID = id
	}
	if !handshake(cmd) {
		if cmd == "USR" {
			c.movedOn = true
		}
		t.addStep(Step{Client: i, Result: Result{Input: ln.Text, Command: cmd, Dialect: c.d, Profile: c.p.Name,
			Outcome: Outcome{Kind: OutcomeNone, Text: cmd + " is not part of the handshake: not simulated."}}}, trid)
		return
	}
	why := ""
	if c.sess.st.closed {
		why = "Read as a new connection: the last one was closed."
	} else if cmd == "VER" && (again || c.sess.st.verDone && c.movedOn) {
		why = "Read as a new connection: the log moved on after the first VER (as after an XFR to the Notification Server)."
		if again {
			why = "Read as a new connection: the TrIDs start again."
		}
	}
	if why != "" {
		c.sess = NewSession(c.d, c.p)
		t.Diagnostics = append(t.Diagnostics, LineDiagnostic{ln.Line, Diagnostic{Severity: Note, Start: ln.Start, End: ln.Start + len(cmd), Code: CodeNewConnection,
			Text: why}})
		c.movedOn = false
	}
	t.addStep(Step{Client: i, Result: c.sess.Send(ln.Text)}, trid)
}

// follow sets the connection's state to what the log's server line
// observed says where it differs from the profile's answer expected: a VER
// reply settles on the newest real dialect it lists (CVR0 when it lists
// none but CVR0) or, as "VER n 0", closes; an answer that is not an error
// code where the profile sent an error or nothing leaves the connection
// open.
func (s *Session) follow(expected, observed string) {
	cmd, rest := word(observed)
	if cmd == "VER" {
		_, rest = word(rest) // the TrID
		best, cvr0 := Dialect(0), false
		for rest != "" {
			var v string
			v, rest = word(rest)
			d, c, ok := offeredDialect(v)
			cvr0 = cvr0 || c
			if ok && d > best {
				best = d
			}
		}
		s.st.verDone, s.st.mode, s.st.cvr0 = best != 0 || cvr0, best, best == 0 && cvr0
		s.st.closed, s.st.closer = !s.st.verDone, ""
		if s.st.closed {
			s.st.closer = "server"
		}
		return
	}
	if e, _ := word(expected); cmd != "" && !isDigits(cmd) && (e == "" || isDigits(e)) {
		s.st.closed, s.st.closer = false, ""
	}
}

// word splits s at its first space: the first parameter and the rest.
func word(s string) (first, rest string) {
	if i := indexByte(s, ' '); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// pair attaches server line i to the newest client step with the same
// TrID that has no answer yet (or, failing that, any step with that TrID),
// and returns that step (-1 when there is none).
func (t *Transcript) pair(i int, trid string) int {
	obs := t.Lines[i].Text
	t.emptyParams(i)
	target := -1
	steps := t.stepsFor(trid)
	for n := len(steps) - 1; n >= 0; n-- {
		k := steps[n]
		if target < 0 || len(t.Steps[k].Checks) == 0 {
			target = k
		}
		if len(t.Steps[k].Checks) == 0 {
			break
		}
	}
	if target < 0 {
		t.Unpaired = append(t.Unpaired, Check{Line: i, Observed: obs, Status: CheckUnchecked,
			Note: "No client line with this TrID comes before it."})
		return -1
	}
	st := &t.Steps[target]
	c := Check{Line: i, Observed: obs, Expected: st.Result.Reply}
	switch {
	case !handshake(st.Result.Command):
		c.Status, c.Expected = CheckUnchecked, ""
		c.Note = "Answer to " + st.Result.Command + ", which the playground does not simulate."
	case len(st.Checks) > 0:
		c.Status, c.Expected = CheckUnchecked, ""
		c.Note = "A further server line for the same TrID; the profile sends one line."
	default:
		c.Diffs = diffFields(st.Result.Reply, obs, st.Result.ReplyFields)
		c.Status = CheckMatch
		if len(c.Diffs) > 0 {
			c.Status = CheckDiffer
			if sameSet(st.Result.Reply, obs) {
				c.Status = CheckMatch
				c.Diffs = nil
				c.Note = "Same dialects in another order: MSNPiki says the server may list them in any order."
			}
		}
	}
	st.Checks = append(st.Checks, c)
	return target
}

// diffFields compares two lines parameter by parameter. An empty token in
// the observed line where the expected one has a value (a doubled or a
// trailing space, as in real 2010 replies, facts §1.4) is one difference of
// its own, named "empty", and does not shift the comparison of the tokens
// after it.
func diffFields(expected, observed string, fields []Field) []FieldDiff {
	if expected == observed {
		return nil
	}
	e, o := Tokenize(expected), Tokenize(observed)
	if expected == "" {
		e.Tokens = nil
	}
	var diffs []FieldDiff
	for i, j := 0, 0; i < len(e.Tokens) || j < len(o.Tokens); {
		var ev, ov string
		d := FieldDiff{Index: j, Start: len(observed), End: len(observed)}
		if i < len(e.Tokens) {
			ev = e.Tok(i)
		}
		if j < len(o.Tokens) {
			ov = o.Tok(j)
			d.Start, d.End = o.Tokens[j].Start, o.Tokens[j].End
		}
		switch {
		case j < len(o.Tokens) && ov == "" && (ev != "" || i >= len(e.Tokens)):
			d.Param, d.Observed = "empty", ""
			j++ // the expected token is compared with the next observed one
		case i < len(e.Tokens) && j < len(o.Tokens) && ev == ov:
			i, j = i+1, j+1
			continue
		default:
			if i < len(fields) {
				d.Param = fields[i].Param
			}
			d.Expected, d.Observed = ev, ov
			i, j = i+1, j+1
		}
		if len(diffs) == maxFields {
			// Fold the rest of a runaway line into one difference.
			d.Expected, d.Observed = "", observed[d.Start:]
			if d.Start == len(observed) {
				d.Observed = ""
			}
			d.End = len(observed)
			return append(diffs, d)
		}
		diffs = append(diffs, d)
	}
	return diffs
}

// emptyParams files the tokenizer's note on each empty parameter of
// server line i, as client lines get (PROTOCOL.md §1).
func (t *Transcript) emptyParams(i int) {
	ln := &t.Lines[i]
	l := Tokenize(ln.Text)
	for k, tok := range l.Tokens {
		if k > 0 && k < maxFields && tok.Start == tok.End {
			t.Diagnostics = append(t.Diagnostics, LineDiagnostic{ln.Line, Diagnostic{Severity: Note,
				Start: ln.Start + tok.Start, End: ln.Start + tok.End, Code: CodeEmptyParam,
				Text: "Empty parameter in a server line: two spaces in a row, or a trailing space (real replies of 2010 had both)."}})
		}
	}
}

// maxReorderedDialects bounds the VER replies sameSet compares; the
// longest real one lists about twenty dialects.
const maxReorderedDialects = 64

// sameSet reports whether two VER replies list the same dialects in some
// order: whether the dialects of one are a permutation of the other's.
//
// They are compared as multisets, not as sets. MSNPiki lets a server list
// the dialects it supports in any order, which is what makes another order
// a match; nothing lets it repeat one or drop a repeat. A reply that
// lists a dialect a different number of times is a different reply (and
// a server that echoes the client's list repeats exactly what the client
// repeated), so it is left to the field by field comparison, which shows
// where it differs.
func sameSet(a, b string) bool {
	x, y := Tokenize(a), Tokenize(b)
	if len(x.Tokens) != len(y.Tokens) || len(x.Tokens) < 3 || x.Tok(0) != "VER" || y.Tok(0) != "VER" || x.Tok(1) != y.Tok(1) {
		return false
	}
	// Each dialect must occur as often in one as in the other. Replies
	// list a handful of dialects, so counting by scanning beats sorting
	// (and keeps a generic sort out of the WebAssembly module: 7 KB gzip);
	// a pasted line longer than any real reply is simply not called a
	// reordering, which keeps the quadratic scan bounded.
	if len(x.Tokens) > maxReorderedDialects+2 {
		return false
	}
	count := func(l *Line, v string) int {
		n := 0
		for i := 2; i < len(l.Tokens); i++ {
			if l.Tok(i) == v {
				n++
			}
		}
		return n
	}
	for i := 2; i < len(x.Tokens); i++ {
		if v := x.Tok(i); count(&x, v) != count(&y, v) {
			return false
		}
	}
	return true
}

// oddStep is a client step whose TrID is not a number.
type oddStep struct {
	trid string
	step int
}

// addStep records a client step and indexes it by TrID for pairing: as a
// number when it is one ("007" answers "7"), else by its text.
func (t *Transcript) addStep(st Step, trid string) {
	if n, ok := parseTrID(trid); ok {
		if t.byTrID == nil {
			t.byTrID = map[uint32][]int{}
		}
		t.byTrID[n] = append(t.byTrID[n], len(t.Steps))
	} else {
		t.oddTrID = append(t.oddTrID, oddStep{trid, len(t.Steps)})
	}
	t.Steps = append(t.Steps, st)
}

// stepsFor lists the client steps a server line with this TrID may answer.
func (t *Transcript) stepsFor(trid string) []int {
	if n, ok := parseTrID(trid); ok {
		return t.byTrID[n]
	}
	var out []int
	for _, o := range t.oddTrID {
		if o.trid == trid {
			out = append(out, o.step)
		}
	}
	return out
}
