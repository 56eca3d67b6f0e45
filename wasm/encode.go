package main

import (
	"unicode/utf8"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// The functions here turn cvq's results into the JSON the page parses
// (shapes in API.md). They are plain Go, so they are tested natively too.

// utf16Map converts byte offsets of one string to UTF-16 offsets, which
// are what JavaScript indexes strings by. ASCII strings need no table.
type utf16Map struct {
	table []int // nil when byte and UTF-16 offsets coincide
}

func newUTF16Map(s string) utf16Map {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return utf16Map{}
	}
	t := make([]int, len(s)+1)
	u := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < size; k++ {
			t[i+k] = u
		}
		if r >= 0x10000 {
			u += 2
		} else {
			u++
		}
		i += size
	}
	t[len(s)] = u
	return utf16Map{t}
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

func (w *jsonWriter) fields(fs []cvq.Field, m utf16Map) {
	w.arr()
	for i := range fs {
		f := &fs[i]
		w.obj()
		w.kstr("param", f.Param)
		w.knum("index", f.Index)
		w.span(f.Start, f.End, m)
		w.kstr("value", f.Value)
		w.kstr("meaning", f.Meaning)
		w.kstr("detail", f.Detail)
		w.kstr("status", f.Status.String())
		w.kstr("since", sinceText(f.Since))
		w.kstr("source", f.Source)
		w.kstr("note", f.Note)
		w.kstr("rule", f.Rule)
		w.endObj()
	}
	w.endArr()
}

// diagnostic writes one diagnostic's members (the caller opens the object,
// so transcripts can add a line number).
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
	m := newUTF16Map(r.Input)
	w.obj()
	w.kstr("input", r.Input)
	w.kstr("command", r.Command)
	w.kstr("dialect", r.Dialect.String())
	w.kstr("profile", r.Profile)
	w.key("fields")
	w.fields(r.Fields, m)
	w.kstr("reply", r.Reply)
	w.key("replyFields")
	w.fields(r.ReplyFields, newUTF16Map(r.Reply))
	w.kbool("disconnect", r.Disconnect)
	w.kstr("suggest", sinceText(r.Suggest))
	w.key("outcome")
	w.obj()
	w.kstr("kind", r.Outcome.Kind.String())
	w.kstr("text", r.Outcome.Text)
	w.kstr("reason", r.Outcome.Reason)
	w.endObj()
	w.key("diagnostics")
	w.arr()
	for i := range r.Diagnostics {
		w.obj()
		w.diagnostic(&r.Diagnostics[i], m)
		w.endObj()
	}
	w.endArr()
	w.endObj()
}

func (w *jsonWriter) state(s cvq.SessionState) {
	w.obj()
	w.kstr("dialect", s.Dialect.String())
	w.kstr("mode", s.Mode)
	w.kbool("closed", s.Closed)
	w.kstr("closedBy", s.ClosedBy)
	w.endObj()
}

func (w *jsonWriter) checks(cs []cvq.Check) {
	w.arr()
	for i := range cs {
		c := &cs[i]
		m := newUTF16Map(c.Observed)
		w.obj()
		w.knum("line", c.Line)
		w.kstr("expected", c.Expected)
		w.kstr("observed", c.Observed)
		w.kstr("status", c.Status.String())
		w.kbool("match", c.Status != cvq.CheckDiffer)
		w.kstr("note", c.Note)
		w.key("diffs")
		w.arr()
		for _, d := range c.Diffs {
			w.obj()
			w.knum("index", d.Index)
			w.kstr("param", d.Param)
			w.kstr("expected", d.Expected)
			w.kstr("observed", d.Observed)
			w.span(d.Start, d.End, m)
			w.endObj()
		}
		w.endArr()
		w.endObj()
	}
	w.endArr()
}

// transcript writes a checked transcript; offsets of lines and
// diagnostics are inside their physical line of text.
func (w *jsonWriter) transcript(text string, t *cvq.Transcript) {
	phys := lineStarts(text)
	w.obj()
	w.key("lines")
	w.arr()
	for _, l := range t.Lines {
		w.obj()
		w.kstr("dir", string(rune(l.Dir)))
		w.kstr("text", l.Text)
		w.knum("line", l.Line)
		w.span(l.Start, l.End, newUTF16Map(phys.line(text, l.Line)))
		w.endObj()
	}
	w.endArr()
	w.key("steps")
	w.arr()
	for i := range t.Steps {
		st := &t.Steps[i]
		w.obj()
		w.knum("client", st.Client)
		w.key("result")
		w.result(&st.Result)
		w.key("checks")
		w.checks(st.Checks)
		w.endObj()
	}
	w.endArr()
	w.key("unpaired")
	w.checks(t.Unpaired)
	w.key("diagnostics")
	w.arr()
	for i := range t.Diagnostics {
		d := &t.Diagnostics[i]
		w.obj()
		w.knum("line", d.Line)
		w.diagnostic(&d.Diagnostic, newUTF16Map(phys.line(text, d.Line)))
		w.endObj()
	}
	w.endArr()
	w.kstr("dialect", t.State.Dialect.String())
	w.kstr("mode", t.State.Mode)
	w.kbool("closed", t.State.Closed)
	w.endObj()
}

// lineIndex holds where each physical line of a text starts, so that
// locating a transcript's lines is linear in the text, not quadratic.
type lineIndex []int

func lineStarts(text string) lineIndex {
	starts := lineIndex{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// line returns the 1-based line n of text, without its LF.
func (idx lineIndex) line(text string, n int) string {
	if n < 1 || n > len(idx) {
		return ""
	}
	end := len(text)
	if n < len(idx) {
		end = idx[n] - 1
	}
	return text[idx[n-1]:end]
}

// version identifies the bridge's API revision (see API.md).
const version = "2"
