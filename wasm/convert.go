//go:build js && wasm

package main

import (
	"unicode/utf8"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/hack-pad/safejs"
)

// Constructors are looked up once; every result builds many objects.
var objectCtor, arrayCtor = func() (safejs.Value, safejs.Value) {
	o, _ := safejs.Global().Get("Object")
	a, _ := safejs.Global().Get("Array")
	return o, a
}()

func newObject() (safejs.Value, error) { return objectCtor.New() }

func newArray(n int) (safejs.Value, error) {
	a, err := arrayCtor.New()
	if err != nil {
		return a, err
	}
	return a, a.Set("length", n)
}

// props sets several properties and returns the first error.
type props struct {
	v   safejs.Value
	err error
}

func (p *props) set(name string, x any) {
	if p.err == nil {
		p.err = p.v.Set(name, x)
	}
}

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

func fieldsArray(fs []cvq.Field, m utf16Map) (safejs.Value, error) {
	arr, err := newArray(len(fs))
	if err != nil {
		return arr, err
	}
	for i := range fs {
		f := &fs[i]
		o, err := newObject()
		if err != nil {
			return arr, err
		}
		p := props{v: o}
		p.set("param", f.Param)
		p.set("index", f.Index)
		p.set("start", f.Start)
		p.set("end", f.End)
		p.set("from", m.at(f.Start))
		p.set("to", m.at(f.End))
		p.set("value", f.Value)
		p.set("meaning", f.Meaning)
		p.set("detail", f.Detail)
		p.set("status", f.Status.String())
		p.set("since", sinceText(f.Since))
		p.set("changes", f.Changes)
		p.set("about", f.About)
		p.set("source", f.Source)
		p.set("note", f.Note)
		p.set("rule", f.Rule)
		if p.err != nil {
			return arr, p.err
		}
		if err := arr.SetIndex(i, o); err != nil {
			return arr, err
		}
	}
	return arr, nil
}

func diagnosticObject(d *cvq.Diagnostic, m utf16Map) (safejs.Value, error) {
	o, err := newObject()
	if err != nil {
		return o, err
	}
	notes, err := newArray(len(d.Notes))
	if err != nil {
		return o, err
	}
	for i, n := range d.Notes {
		if err := notes.SetIndex(i, n); err != nil {
			return o, err
		}
	}
	p := props{v: o}
	p.set("severity", d.Severity.String())
	p.set("start", d.Start)
	p.set("end", d.End)
	p.set("from", m.at(d.Start))
	p.set("to", m.at(d.End))
	p.set("code", d.Code)
	p.set("text", d.Text)
	p.set("notes", notes)
	return o, p.err
}

func diagnosticsArray(ds []cvq.Diagnostic, m utf16Map) (safejs.Value, error) {
	arr, err := newArray(len(ds))
	if err != nil {
		return arr, err
	}
	for i := range ds {
		o, err := diagnosticObject(&ds[i], m)
		if err != nil {
			return arr, err
		}
		if err := arr.SetIndex(i, o); err != nil {
			return arr, err
		}
	}
	return arr, nil
}

// resultObject converts a cvq.Result (see API.md, interface Result).
func resultObject(r *cvq.Result) (safejs.Value, error) {
	o, err := newObject()
	if err != nil {
		return o, err
	}
	m := newUTF16Map(r.Input)
	fields, err := fieldsArray(r.Fields, m)
	if err != nil {
		return o, err
	}
	reply, err := fieldsArray(r.ReplyFields, newUTF16Map(r.Reply))
	if err != nil {
		return o, err
	}
	diags, err := diagnosticsArray(r.Diagnostics, m)
	if err != nil {
		return o, err
	}
	out, err := newObject()
	if err != nil {
		return o, err
	}
	po := props{v: out}
	po.set("kind", r.Outcome.Kind.String())
	po.set("text", r.Outcome.Text)
	po.set("reason", r.Outcome.Reason)
	if po.err != nil {
		return o, po.err
	}
	p := props{v: o}
	p.set("input", r.Input)
	p.set("command", r.Command)
	p.set("dialect", r.Dialect.String())
	p.set("profile", r.Profile)
	p.set("fields", fields)
	p.set("reply", r.Reply)
	p.set("replyFields", reply)
	p.set("disconnect", r.Disconnect)
	p.set("outcome", out)
	p.set("diagnostics", diags)
	return o, p.err
}

func stateObject(s cvq.SessionState) (safejs.Value, error) {
	o, err := newObject()
	if err != nil {
		return o, err
	}
	p := props{v: o}
	p.set("dialect", s.Dialect.String())
	p.set("mode", s.Mode)
	p.set("closed", s.Closed)
	p.set("closedBy", s.ClosedBy)
	return o, p.err
}

func checkObject(c *cvq.Check) (safejs.Value, error) {
	o, err := newObject()
	if err != nil {
		return o, err
	}
	m := newUTF16Map(c.Observed)
	diffs, err := newArray(len(c.Diffs))
	if err != nil {
		return o, err
	}
	for i, d := range c.Diffs {
		dv, err := newObject()
		if err != nil {
			return o, err
		}
		p := props{v: dv}
		p.set("index", d.Index)
		p.set("param", d.Param)
		p.set("expected", d.Expected)
		p.set("observed", d.Observed)
		p.set("start", d.Start)
		p.set("end", d.End)
		p.set("from", m.at(d.Start))
		p.set("to", m.at(d.End))
		if p.err == nil {
			p.err = diffs.SetIndex(i, dv)
		}
		if p.err != nil {
			return o, p.err
		}
	}
	p := props{v: o}
	p.set("line", c.Line)
	p.set("expected", c.Expected)
	p.set("observed", c.Observed)
	p.set("status", c.Status.String())
	p.set("match", c.Status != cvq.CheckDiffer)
	p.set("note", c.Note)
	p.set("diffs", diffs)
	return o, p.err
}

func checksArray(cs []cvq.Check) (safejs.Value, error) {
	arr, err := newArray(len(cs))
	if err != nil {
		return arr, err
	}
	for i := range cs {
		c, err := checkObject(&cs[i])
		if err != nil {
			return arr, err
		}
		if err := arr.SetIndex(i, c); err != nil {
			return arr, err
		}
	}
	return arr, nil
}

// transcriptObject converts a checked transcript (API.md, Transcript).
func transcriptObject(text string, t *cvq.Transcript) (safejs.Value, error) {
	o, err := newObject()
	if err != nil {
		return o, err
	}
	lines, err := newArray(len(t.Lines))
	if err != nil {
		return o, err
	}
	phys := lineStarts(text)
	for i, l := range t.Lines {
		lv, err := newObject()
		if err != nil {
			return o, err
		}
		p := props{v: lv}
		p.set("dir", string(rune(l.Dir)))
		p.set("text", l.Text)
		p.set("line", l.Line)
		p.set("start", l.Start)
		p.set("end", l.End)
		// Offsets inside the first physical line; convert with that
		// line's own map.
		m := newUTF16Map(phys.line(text, l.Line))
		p.set("from", m.at(l.Start))
		p.set("to", m.at(l.End))
		if p.err == nil {
			p.err = lines.SetIndex(i, lv)
		}
		if p.err != nil {
			return o, p.err
		}
	}
	steps, err := newArray(len(t.Steps))
	if err != nil {
		return o, err
	}
	for i := range t.Steps {
		st := &t.Steps[i]
		sv, err := newObject()
		if err != nil {
			return o, err
		}
		res, err := resultObject(&st.Result)
		if err != nil {
			return o, err
		}
		checks, err := checksArray(st.Checks)
		if err != nil {
			return o, err
		}
		p := props{v: sv}
		p.set("client", st.Client)
		p.set("result", res)
		p.set("checks", checks)
		if p.err == nil {
			p.err = steps.SetIndex(i, sv)
		}
		if p.err != nil {
			return o, p.err
		}
	}
	unpaired, err := checksArray(t.Unpaired)
	if err != nil {
		return o, err
	}
	diags, err := newArray(len(t.Diagnostics))
	if err != nil {
		return o, err
	}
	for i := range t.Diagnostics {
		d := &t.Diagnostics[i]
		dv, err := diagnosticObject(&d.Diagnostic, newUTF16Map(phys.line(text, d.Line)))
		if err != nil {
			return o, err
		}
		if err := dv.Set("line", d.Line); err != nil {
			return o, err
		}
		if err := diags.SetIndex(i, dv); err != nil {
			return o, err
		}
	}
	p := props{v: o}
	p.set("lines", lines)
	p.set("steps", steps)
	p.set("unpaired", unpaired)
	p.set("diagnostics", diags)
	p.set("dialect", t.State.Dialect.String())
	p.set("mode", t.State.Mode)
	p.set("closed", t.State.Closed)
	return o, p.err
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

// metaObject lists dialects, profiles, examples and parameters.
func metaObject() (safejs.Value, error) {
	o, err := newObject()
	if err != nil {
		return o, err
	}
	ds := cvq.Dialects()
	dialects, err := newArray(len(ds))
	if err != nil {
		return o, err
	}
	for i, d := range ds {
		dv, _ := newObject()
		p := props{v: dv}
		p.set("value", d.String())
		p.set("label", d.Label())
		if p.err == nil {
			p.err = dialects.SetIndex(i, dv)
		}
		if p.err != nil {
			return o, p.err
		}
	}
	ps := cvq.Profiles()
	profiles, err := newArray(len(ps))
	if err != nil {
		return o, err
	}
	for i, pr := range ps {
		pv, _ := newObject()
		p := props{v: pv}
		p.set("name", pr.Name)
		p.set("title", pr.Title)
		p.set("description", pr.Description)
		p.set("source", pr.Source)
		if p.err == nil {
			p.err = profiles.SetIndex(i, pv)
		}
		if p.err != nil {
			return o, p.err
		}
	}
	exs := cvq.Examples()
	examples, err := newArray(len(exs))
	if err != nil {
		return o, err
	}
	for i, ex := range exs {
		ev, _ := newObject()
		p := props{v: ev}
		p.set("id", ex.ID)
		p.set("title", ex.Title)
		p.set("group", ex.Group)
		p.set("source", ex.Source)
		p.set("dialect", ex.Dialect.String())
		p.set("profile", ex.Profile)
		kind := "line"
		if ex.Session {
			kind = "session"
		}
		p.set("kind", kind)
		p.set("input", ex.Input)
		if p.err == nil {
			p.err = examples.SetIndex(i, ev)
		}
		if p.err != nil {
			return o, p.err
		}
	}
	prs := cvq.Params()
	params, err := newArray(len(prs))
	if err != nil {
		return o, err
	}
	for i, pr := range prs {
		pv, _ := newObject()
		p := props{v: pv}
		p.set("name", pr.Name)
		p.set("about", pr.About)
		p.set("since", sinceText(pr.Since))
		p.set("changes", pr.Changes)
		p.set("source", pr.Source)
		if p.err == nil {
			p.err = params.SetIndex(i, pv)
		}
		if p.err != nil {
			return o, p.err
		}
	}
	p := props{v: o}
	p.set("version", version)
	p.set("dialects", dialects)
	p.set("profiles", profiles)
	p.set("examples", examples)
	p.set("params", params)
	return o, p.err
}
