package cvq

import (
	"strings"
)

// TranscriptLine is one protocol line recovered from a pasted transcript.
type TranscriptLine struct {
	_    noCompare
	Dir  byte   // 'C' for a client line, 'S' for a server line
	Text string // the protocol line: prefixes removed, continuations joined
	Line int    // 1-based line number in the paste where it starts
	// Start and End locate the first part of Text inside that physical
	// line (continuations are joined from later lines).
	Start, End int
}

// FieldDiff is one field where a server line in a transcript differs from
// what the profile answers.
type FieldDiff struct {
	_        noCompare
	Index    int    // field position, 0 = command
	Param    string // the field's name in the expected reply ("" past its end)
	Expected string // the token the profile sends; "" past the end of its reply
	Observed string // the token in the transcript; "" past the end of the observed line
	Start    int    // byte range [Start, End) in the observed line; Start == End past its end
	End      int    // see Start
}

// CheckStatus is the verdict on one server line of a transcript.
type CheckStatus uint8

// The verdicts on server lines.
const (
	CheckMatch     CheckStatus = iota // the profile sends exactly this
	CheckDiffer                       // the profile sends something else
	CheckUnchecked                    // not a handshake line, or no client line to pair it with
)

// String returns "match", "differ" or "unchecked".
func (c CheckStatus) String() string {
	switch c {
	case CheckDiffer:
		return "differ"
	case CheckUnchecked:
		return "unchecked"
	}
	return "match"
}

// Check compares one server line of a transcript with the profile.
type Check struct {
	Line     int         // index into Transcript.Lines
	Expected string      // what the profile answers; "" for nothing
	Observed string      // the server line as the transcript has it
	Status   CheckStatus // match, differ or unchecked
	// Note says why a line is unchecked (no client line with its TrID, not
	// a handshake line), or remarks on a match; "" when there is nothing
	// to add.
	Note  string
	Diffs []FieldDiff // the fields that differ, in order; empty unless Status is CheckDiffer
}

// Step is one client line of a transcript with what the profile does with
// it and the server lines the transcript pairs with it.
type Step struct {
	Client int     // index into Transcript.Lines
	Result Result  // what the simulated connection did with the client line
	Checks []Check // the transcript's server lines paired with it by TrID
}

// LineDiagnostic is a diagnostic about the transcript itself, located by
// 1-based line number and a byte range inside that line.
type LineDiagnostic struct {
	Line int // 1-based line number in the paste
	Diagnostic
}

// Transcript is a pasted session, simulated and checked.
type Transcript struct {
	Lines       []TranscriptLine // the protocol lines recovered from the paste, in order
	Steps       []Step           // one per client line, in order
	Unpaired    []Check          // server lines with no client line to pair with
	Diagnostics []LineDiagnostic // about the paste itself: skipped prose, new connections, cuts
	// State of the last connection at the end of the transcript.
	State SessionState

	paste   lineTable        // the text checked, for PasteLine
	byTrID  map[uint32][]int // client steps by numeric TrID, for pairing server lines
	oddTrID []oddStep        // steps whose TrID is not a number (rare: searched in order)
}

// PasteLine returns line n (1-based, as Line counts them) of the text the
// transcript was checked from, without its line end (LF or CR LF); "" when
// there is no line n. The Start and End of a TranscriptLine or
// LineDiagnostic index the PasteLine of its Line.
func (t *Transcript) PasteLine(n int) string { return t.paste.line(n) }

// maxTranscriptLines bounds the work done on a paste.
const maxTranscriptLines = 5000

// maxSkippedDiagnostics bounds the diagnostics about lines a transcript
// skips (prose, continuations with nothing to continue): the first ones
// are reported line by line, and one "skipped-more" diagnostic at the next
// skipped line counts the rest. Without it a paste of prose yields one
// diagnostic per line, which only the protocol lines' limit does not
// bound.
const maxSkippedDiagnostics = 50

// ParseTranscript recovers the protocol lines of a transcript pasted from
// documentation or a log: C:/S:, >>>/<<<, ->/<- prefixes (also libpurple's
// "msn: C: NS 000:" with a timestamp, and aMSN's "->ns-sock7"), lines that
// begin with ".. " continuing the previous one, and a literal \r\n at the
// end of a line. Lines without a prefix are client lines when they start
// with a command name; other unprefixed lines are skipped as prose.
// Each skipped line gets a diagnostic ("prose", "orphan-continuation") up
// to the first 50; one "skipped-more" diagnostic, at the first skipped
// line after those, counts the rest.
func ParseTranscript(text string) ([]TranscriptLine, []LineDiagnostic) {
	return parseTranscript(newLineTable(text))
}

func parseTranscript(paste lineTable) ([]TranscriptLine, []LineDiagnostic) {
	var lines []TranscriptLine
	var diags []LineDiagnostic
	// Continuations of the newest line gather in cont and are joined into
	// its Text once, when the next line starts or the paste ends: adding
	// them to Text one by one would copy the line again for each, which is
	// quadratic in a paste of thousands of ".. " lines.
	var cont strings.Builder
	joining := false
	flush := func() {
		if joining {
			lines[len(lines)-1].Text = cont.String()
			cont = strings.Builder{}
			joining = false
		}
	}
	// skip reports a skipped line, or counts it in the summary once
	// maxSkippedDiagnostics have been reported.
	skipped, summary, lastSkipped := 0, -1, 0
	skip := func(d LineDiagnostic) {
		skipped++
		switch {
		case skipped <= maxSkippedDiagnostics:
			diags = append(diags, d)
			return
		case summary < 0:
			summary = len(diags)
			d.Code, d.Start, d.Notes = "skipped-more", 0, nil
			diags = append(diags, d)
		case d.Severity > diags[summary].Severity:
			diags[summary].Severity = d.Severity
		}
		lastSkipped = d.Line
	}
	for no := 1; no <= len(paste.starts); no++ {
		raw := paste.line(no)
		if isBlank(raw) {
			continue
		}
		if len(lines) >= maxTranscriptLines {
			diags = append(diags, LineDiagnostic{no, Diagnostic{Severity: Warning, End: len(raw), Code: CodeTooLong,
				Text: "The transcript is cut here: at most " + formatUint(maxTranscriptLines) + " protocol lines are checked."}})
			break
		}
		if strings.HasPrefix(raw, ".. ") {
			if len(lines) == 0 {
				skip(LineDiagnostic{no, Diagnostic{Severity: Warning, End: 2, Code: CodeOrphanContinuation,
					Text: "A continuation line (\".. \") with no line before it to continue."}})
				continue
			}
			if !joining {
				cont.WriteString(lines[len(lines)-1].Text)
				joining = true
			}
			cont.WriteByte(' ')
			cont.WriteString(strings.TrimSuffix(raw[3:], `\r\n`))
			continue
		}
		dir, start, ok := linePrefix(raw)
		body := raw[start:]
		if !ok {
			if !looksLikeCommand(body) {
				skip(LineDiagnostic{no, Diagnostic{Severity: Note, End: len(raw), Code: CodeProse,
					Text: "Skipped: no C:/S: (or >>>/<<<, ->/<-) prefix and no command name, so this reads as prose."}})
				continue
			}
			dir = 'C'
		}
		flush() // a new protocol line starts here
		if strings.HasSuffix(body, `\r\n`) {
			body = body[:len(body)-4]
		}
		// Documentation sometimes puts the answer on the same line, after
		// a wide gap: "C: VER 1 MSNP8 CVR0      S: VER 1 MSNP8".
		if dir == 'C' {
			if gap := strings.Index(body, "   "); gap > 0 {
				rest := strings.TrimLeft(body[gap:], " ")
				if d2, s2, ok2 := linePrefix(rest); ok2 && d2 == 'S' {
					lines = append(lines, TranscriptLine{Dir: 'C', Text: body[:gap], Line: no, Start: start, End: start + gap})
					off := start + len(body) - len(rest) + s2
					lines = append(lines, TranscriptLine{Dir: 'S', Text: rest[s2:], Line: no, Start: off, End: off + len(rest) - s2})
					continue
				}
			}
		}
		lines = append(lines, TranscriptLine{Dir: dir, Text: body, Line: no, Start: start, End: start + len(body)})
	}
	flush()
	if summary >= 0 {
		diags[summary].Text = skippedMoreText(skipped-maxSkippedDiagnostics, lastSkipped)
	}
	return lines, diags
}

// skippedMoreText is the summary of the skipped lines that are not
// reported one by one.
func skippedMoreText(n, last int) string {
	more := "1 more line is"
	if n > 1 {
		more = formatUint(uint64(n)) + " more lines are"
	}
	return "From here to line " + formatUint(uint64(last)) + ", " + more +
		" skipped as prose or as continuations with nothing to continue; only the first " +
		formatUint(maxSkippedDiagnostics) + " skipped lines are listed one by one."
}

// linePrefix finds a direction prefix and returns the offset where the
// protocol text starts.
func linePrefix(s string) (dir byte, start int, ok bool) {
	i := 0
	// libpurple debug timestamps: "(12:35:57) ".
	if strings.HasPrefix(s, "(") {
		if j := strings.Index(s, ") "); j > 0 && j < 24 {
			i = j + 2
		}
	}
	if strings.HasPrefix(s[i:], "msn: ") {
		i += 5
	}
	rest := s[i:]
	n := 0
	switch {
	case strings.HasPrefix(rest, "C:"), strings.HasPrefix(rest, "c:"):
		dir, n = 'C', 2
	case strings.HasPrefix(rest, "S:"), strings.HasPrefix(rest, "s:"):
		dir, n = 'S', 2
	case strings.HasPrefix(rest, ">>>"):
		dir, n = 'C', 3
	case strings.HasPrefix(rest, "<<<"):
		dir, n = 'S', 3
	case strings.HasPrefix(rest, "->"):
		dir, n = 'C', 2
	case strings.HasPrefix(rest, "<-"):
		dir, n = 'S', 2
	default:
		return 0, 0, false
	}
	i += n
	if i < len(s) && s[i] != ' ' && (n == 2 && s[i-1] == '>' || n == 2 && s[i-2] == '<') {
		// aMSN names the socket right after the arrow: "->ns-sock7 VER …".
		if j := strings.IndexByte(s[i:], ' '); j > 0 {
			i += j
		} else {
			i = len(s)
		}
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	// libpurple tags the connection: "NS 000: ".
	if len(s)-i >= 8 && (s[i:i+3] == "NS " || s[i:i+3] == "DS " || s[i:i+3] == "SB ") && isDigits(s[i+3:i+6]) && s[i+6:i+8] == ": " {
		i += 8
	}
	return dir, i, true
}

// looksLikeCommand: an unprefixed line that starts with three upper-case
// letters (or a known command in any case) followed by a space or the end.
func looksLikeCommand(s string) bool {
	if len(s) < 3 || len(s) > 3 && s[3] != ' ' {
		return false
	}
	w := s[:3]
	if equalFold(w, "CVQ") || equalFold(w, "CVR") || equalFold(w, "VER") {
		return true
	}
	for i := 0; i < 3; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// handshake reports whether the simulator answers this command.
func handshake(cmd string) bool {
	return equalFold(cmd, "CVQ") || equalFold(cmd, "CVR") || equalFold(cmd, "VER")
}

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
func CheckTranscript(text string, d Dialect, p *Profile) Transcript {
	if p == nil {
		p = DefaultProfile()
	}
	paste := newLineTable(text)
	lines, diags := parseTranscript(paste)
	t := Transcript{Lines: lines, Diagnostics: diags, paste: paste}
	sess := NewSession(d, p)
	lastTrID, movedOn := uint32(0), false
	for i := range lines {
		ln := &lines[i]
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
				movedOn = true
			}
			t.pair(i, trid)
			continue
		}
		id, okID := parseTrID(trid)
		if okID && lastTrID != 0 && id > lastTrID+1 {
			movedOn = true
		}
		again := okID && lastTrID != 0 && id <= lastTrID
		if okID {
			lastTrID = id
		}
		if !handshake(cmd) {
			if cmd == "USR" {
				movedOn = true
			}
			t.addStep(Step{Client: i, Result: Result{Input: ln.Text, Command: cmd, Dialect: d, Profile: p.Name,
				Outcome: Outcome{Kind: OutcomeNone, Text: cmd + " is not part of the handshake: not simulated."}}}, trid)
			continue
		}
		why := ""
		if sess.st.closed {
			why = "Read as a new connection: the last one was closed."
		} else if cmd == "VER" && (again || sess.st.verDone && movedOn) {
			why = "Read as a new connection: the log moved on after the first VER (as after an XFR to the Notification Server)."
			if again {
				why = "Read as a new connection: the TrIDs start again."
			}
		}
		if why != "" {
			sess = NewSession(d, p)
			t.Diagnostics = append(t.Diagnostics, LineDiagnostic{ln.Line, Diagnostic{Severity: Note, Start: ln.Start, End: ln.Start + len(cmd), Code: CodeNewConnection,
				Text: why}})
			movedOn = false
		}
		t.addStep(Step{Client: i, Result: sess.Send(ln.Text)}, trid)
	}
	t.State = sess.State()
	return t
}

// pair attaches server line i to the newest client step with the same
// TrID that has no answer yet (or, failing that, any step with that TrID).
func (t *Transcript) pair(i int, trid string) {
	obs := t.Lines[i].Text
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
		return
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
}

// diffFields compares two lines token by token.
func diffFields(expected, observed string, fields []Field) []FieldDiff {
	if expected == observed {
		return nil
	}
	e, o := Tokenize(expected), Tokenize(observed)
	if expected == "" {
		e.Tokens = nil
	}
	n := len(e.Tokens)
	if len(o.Tokens) > n {
		n = len(o.Tokens)
	}
	var diffs []FieldDiff
	for i := 0; i < n; i++ {
		var ev, ov string
		d := FieldDiff{Index: i, Start: len(observed), End: len(observed)}
		if i < len(e.Tokens) {
			ev = e.Tok(i)
		}
		if i < len(o.Tokens) {
			ov = o.Tok(i)
			d.Start, d.End = o.Tokens[i].Start, o.Tokens[i].End
		}
		if i < len(e.Tokens) && i < len(o.Tokens) && ev == ov {
			continue
		}
		if i < len(fields) {
			d.Param = fields[i].Param
		}
		d.Expected, d.Observed = ev, ov
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
