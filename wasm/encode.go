package main

import "github.com/cvq-playground/cvq-playground/cvq"

// The functions here turn cvq's results into the JSON the page parses
// (shapes in API.md). They speak the command's vocabulary (cvq -json):
// a line's fields are "tokens" and "replyTokens", each named by "name";
// "line" is always a 1-based line of the paste and "index" always a
// position in an array. What the bridge adds for JavaScript is from/to
// beside every start/end, and a transcript's "lines" with the "index" of
// each step and check in them. TestCommandJSONMatchesBridge compares the
// two. The functions are plain Go, so they are tested natively too.

// utf16Map converts byte offsets of one string to UTF-16 offsets, which
// are what JavaScript indexes strings by. ASCII strings need no table.
type utf16Map struct {
	table []int // nil when byte and UTF-16 offsets coincide
}

func newUTF16Map(s string) utf16Map {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return utf16Map{}
	}
	// A range loop decodes with the runtime's own decoder (an invalid byte is one
	// U+FFFD, as JavaScript reads it); package unicode/utf8 would add its tables to
	// the module. A byte inside a character maps to where the character starts.
	t := make([]int, len(s)+1)
	u, start := 0, 0
	for i, r := range s {
		for k := start + 1; k < i; k++ {
			t[k] = t[start]
		}
		t[i], start = u, i
		u++
		if r >= 0x10000 {
			u++ // a surrogate pair
		}
	}
	for k := start + 1; k < len(s); k++ {
		t[k] = t[start]
	}
	t[len(s)] = u
	return utf16Map{t}
}

// decodeRune is utf8.DecodeRuneInString by way of a range loop, for the reason
// above: the first character of s (U+FFFD for an invalid byte) and its length in
// bytes; 0, 0 for "".
func decodeRune(s string) (r rune, size int) {
	for i, c := range s {
		if i > 0 {
			return r, i
		}
		r = c
	}
	return r, len(s)
}

func (m utf16Map) at(b int) int {
	if m.table == nil {
		return b
	}
	if b < 0 {
		return 0
	}
	if b >= len(m.table) {
		return m.table[len(m.table)-1]
	}
	return m.table[b]
}

func sinceText(d cvq.Dialect) string {
	if d == 0 {
		return ""
	}
	return d.String()
}

// span writes start/end (bytes) and from/to (UTF-16 units).
func (w *jsonWriter) span(start, end int, m utf16Map) {
	w.knum("start", start)
	w.knum("end", end)
	w.knum("from", m.at(start))
	w.knum("to", m.at(end))
}

// tokens writes a line's fields; reply fields also carry their rule.
func (w *jsonWriter) tokens(fs []cvq.Field, m utf16Map, reply bool) {
	w.arr()
	for i := range fs {
		f := &fs[i]
		w.obj()
		w.kstr("name", f.Param)
		w.knum("index", f.Index)
		w.span(f.Start, f.End, m)
		w.kstr("value", f.Value)
		w.kstr("status", f.Status.String())
		w.kstr("meaning", f.Meaning)
		w.kstr("detail", f.Detail)
		w.kstr("since", sinceText(f.Since))
		w.kstr("source", f.Source)
		w.kstr("note", f.Note)
		if reply {
			w.key("rule")
			w.rule(&f.Rule)
		}
		w.endObj()
	}
	w.endArr()
}

// rule writes how a reply field got its value; reads lists the indexes of
// the request tokens the rule read.
func (w *jsonWriter) rule(r *cvq.Rule) {
	w.obj()
	w.kstr("id", r.ID)
	w.knum("step", r.Step)
	w.key("reads")
	w.arr()
	for i := 0; i < 64; i++ {
		if r.ReadsToken(i) {
			w.num(i)
		}
	}
	w.endArr()
	w.knum("row", r.Row)
	w.kstr("text", r.Text)
	w.endObj()
}

// diagnostic writes one diagnostic's members (the caller opens the object,
// so transcripts can put a line number first).
func (w *jsonWriter) diagnostic(d *cvq.Diagnostic, m utf16Map) {
	w.kstr("severity", d.Severity.String())
	w.span(d.Start, d.End, m)
	w.kstr("code", d.Code)
	w.kstr("text", d.Text)
	w.key("notes")
	w.arr()
	for _, n := range d.Notes {
		w.str(n)
	}
	w.endArr()
}

func (w *jsonWriter) result(r *cvq.Result) {
	w.obj()
	w.resultMembers(r)
	w.endObj()
}

// resultMembers writes a Result's members, in the order cvq -json prints
// them.
func (w *jsonWriter) resultMembers(r *cvq.Result) {
	w.kstr("input", r.Input)
	w.kstr("command", r.Command)
	w.kstr("dialect", r.Dialect.String())
	w.kstr("profile", r.Profile)
	w.kstr("reply", r.Reply)
	w.kbool("disconnect", r.Disconnect)
	w.kstr("suggest", sinceText(r.Suggest))
	w.key("outcome")
	w.obj()
	w.kstr("kind", r.Outcome.Kind.String())
	w.kstr("text", r.Outcome.Text)
	w.kstr("reason", r.Outcome.Reason)
	w.endObj()
	in := newUTF16Map(r.Input)
	fields, reply := r.Fields, r.ReplyFields
	if w.lean {
		fields, reply = nil, nil
	}
	w.key("tokens")
	w.tokens(fields, in, false)
	w.key("replyTokens")
	w.tokens(reply, newUTF16Map(r.Reply), true)
	w.key("diagnostics")
	w.arr()
	for i := range r.Diagnostics {
		w.obj()
		w.diagnostic(&r.Diagnostics[i], in)
		w.endObj()
	}
	w.endArr()
}

func (w *jsonWriter) state(s cvq.SessionState) {
	w.obj()
	w.kstr("dialect", s.Dialect.String())
	w.kstr("mode", s.Mode)
	w.kbool("closed", s.Closed)
	w.kstr("closedBy", s.ClosedBy)
	w.endObj()
}

// sent writes the answer to a line sent on a live connection.
func (w *jsonWriter) sent(r *cvq.Result, s cvq.SessionState) {
	w.obj()
	w.key("result")
	w.result(r)
	w.key("state")
	w.state(s)
	w.endObj()
}

// pasteLine is the 1-based line of the paste transcript line i starts on.
func pasteLine(t *cvq.Transcript, i int) int {
	if i < 0 || i >= len(t.Lines) {
		return 0
	}
	return t.Lines[i].Line
}

func (w *jsonWriter) checks(t *cvq.Transcript, cs []cvq.Check) {
	w.arr()
	for i := range cs {
		w.check(t, &cs[i])
	}
	w.endArr()
}

// check writes one server line of a transcript compared with the profile.
func (w *jsonWriter) check(t *cvq.Transcript, c *cvq.Check) {
	m := newUTF16Map(c.Observed)
	w.obj()
	w.knum("line", pasteLine(t, c.Line))
	w.knum("index", c.Line)
	w.kstr("expected", c.Expected)
	w.kstr("observed", c.Observed)
	w.kstr("status", c.Status.String())
	w.kstr("note", c.Note)
	w.key("diffs")
	w.arr()
	for _, d := range c.Diffs {
		w.obj()
		w.knum("index", d.Index)
		w.kstr("name", d.Param)
		w.kstr("expected", d.Expected)
		w.kstr("observed", d.Observed)
		w.span(d.Start, d.End, m)
		w.endObj()
	}
	w.endArr()
	w.key("state")
	w.state(t.States[c.Line])
	w.endObj()
}

// transcript writes a checked transcript. A step holds its result's
// members itself, as each line of cvq -json does; offsets of lines and
// diagnostics are inside their line of the paste.
func (w *jsonWriter) transcript(t *cvq.Transcript) {
	w.obj()
	w.transcriptPart(t, 0, len(t.Lines))
	w.endObj()
}

// transcriptPart writes the members of a transcript that holds protocol
// lines [from, to) of t: those lines, the steps of its client lines, its
// server lines paired with no client line, and the diagnostics on the
// lines of the paste it covers (the first part also those before its first
// line, the last part those after its last). A step's checks are all the
// server lines paired with it, in this part or a later one. Parts of one
// transcript, joined in order, are the whole transcript.
func (w *jsonWriter) transcriptPart(t *cvq.Transcript, from, to int) {
	w.key("lines")
	w.arr()
	for _, l := range t.Lines[from:to] {
		w.obj()
		w.kstr("dir", string(rune(l.Dir)))
		w.kstr("text", l.Text)
		w.knum("line", l.Line)
		w.span(l.Start, l.End, newUTF16Map(t.PasteLine(l.Line)))
		w.endObj()
	}
	w.endArr()
	w.key("steps")
	w.arr()
	for i := range t.Steps {
		st := &t.Steps[i]
		if st.Client < from || st.Client >= to {
			continue
		}
		w.obj()
		w.resultMembers(&st.Result)
		w.knum("line", pasteLine(t, st.Client))
		w.knum("index", st.Client)
		w.key("checks")
		w.checks(t, st.Checks)
		w.key("state")
		w.state(t.States[st.Client])
		w.endObj()
	}
	w.endArr()
	w.key("unpaired")
	w.arr()
	for i := range t.Unpaired {
		if c := t.Unpaired[i].Line; c >= from && c < to {
			w.check(t, &t.Unpaired[i])
		}
	}
	w.endArr()
	// The paste lines the part covers: from its first line's to the next
	// part's first line's.
	lo, hi := 0, int(^uint(0)>>1)
	if from > 0 {
		lo = t.Lines[from].Line
	}
	if to < len(t.Lines) {
		hi = t.Lines[to].Line
	}
	w.key("diagnostics")
	w.arr()
	for i := range t.Diagnostics {
		d := &t.Diagnostics[i]
		if d.Line < lo || d.Line >= hi {
			continue
		}
		w.obj()
		w.knum("line", d.Line)
		w.diagnostic(&d.Diagnostic, newUTF16Map(t.PasteLine(d.Line)))
		w.endObj()
	}
	w.endArr()
	w.key("state")
	w.state(t.State)
}

// version identifies the bridge's API revision (see API.md).
const version = "5"
