package main

import (
	"bufio"
	"strconv"
	"strings"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// human renders results for a person at a terminal: the exchange first,
// then a breakdown laid out for pageWidth columns.
type human struct {
	w       *bufio.Writer
	p       palette
	verbose bool
	n       int // results written so far, to separate them

	// The last line mapped to columns for carets, kept because a line
	// can carry many diagnostics.
	cells *lineCells
	// The request fields of the result being written, which -v names when
	// it says what a reply field's rule read.
	req []cvq.Field
}

// Column layout of the field tables.
const (
	colParam  = 23 // "minimum-allowed-version" is the longest name
	colStatus = 9  // "unchecked" is the longest status
	colSince  = 6
	// valueAt is where the value column starts: two spaces of indent and
	// the three columns before it, each followed by a space.
	valueAt = 2 + colParam + 1 + colStatus + 1 + colSince + 1
)

func (h *human) line(parts ...string) {
	for _, s := range parts {
		h.w.WriteString(s)
	}
	h.w.WriteByte('\n')
}

// para writes text wrapped to the page, the first line after head and the
// others indented by indent columns. The text is cleaned: it may quote the
// input.
func (h *human) para(head string, indent int, text string) {
	lines := wrap(clean(text), pageWidth-indent)
	if len(lines) == 0 {
		h.line(strings.TrimRight(head, " "))
		return
	}
	h.line(pad(head, indent), lines[0])
	for _, l := range lines[1:] {
		h.line(strings.Repeat(" ", indent), l)
	}
}

func (h *human) result(r *cvq.Result, st *stepInfo) {
	if h.n > 0 {
		h.line()
	}
	h.n++
	if st != nil {
		h.line(h.p.paint(dim, "--- paste line "+strconv.Itoa(st.line)+" ---"))
	}
	h.proto(h.p.paint(bold, "C:")+" ", "", r.Input)
	switch {
	case r.Reply != "":
		h.proto(h.p.paint(bold, "S:")+" ", "", r.Reply)
	case len(r.Fields) == 0 && r.Command != "":
		// A transcript's non-handshake line (USR …) is passed over.
		h.line(h.p.paint(bold, "S:"), " (not simulated)")
	default:
		h.line(h.p.paint(bold, "S:"), " (no reply)")
	}
	if r.Disconnect {
		h.line(h.p.paint(yellow, "connection closed by server"))
	}
	h.outcome(r.Outcome)
	if len(r.Fields) > 0 {
		h.line()
		h.line("request fields (", r.Dialect.String(), ", profile ", r.Profile, "):")
		h.fields(r.Fields, false)
	}
	if len(r.ReplyFields) > 0 {
		h.line()
		h.line("reply fields:")
		h.req = r.Fields
		h.fields(r.ReplyFields, true)
	}
	if len(r.Diagnostics) > 0 {
		h.line()
		h.line("diagnostics:")
		for _, d := range r.Diagnostics {
			h.diagnostic("  ", d, r.Input)
		}
	}
	if st != nil {
		h.checks(st)
	}
	if h.verbose {
		h.sources(r)
	}
}

func (h *human) outcome(o cvq.Outcome) {
	kind := o.Kind.String()
	h.hanging("outcome: "+h.p.paint(bold, kind)+": ", len("outcome: "+kind+": "), o.Text)
	if o.Reason != "" {
		h.para("  why: ", 7, o.Reason)
	}
}

// hanging writes text after head, wrapped to the page with its further
// lines indented by headWidth, the columns head takes without colour. The
// text is cleaned first: outcomes and diagnostics may quote the input (a
// transcript's command name, for one), and so can carry terminal escapes.
func (h *human) hanging(head string, headWidth int, text string) {
	lines := wrap(clean(text), pageWidth-headWidth)
	first := ""
	if len(lines) > 0 {
		first = lines[0]
	}
	h.line(head, first)
	for _, l := range lines[min(1, len(lines)):] {
		h.line(strings.Repeat(" ", headWidth), l)
	}
}

// proto writes a protocol line after head. A line too wide for the page
// is broken at single spaces into ".. " continuation lines, the seed
// document's own convention, so C:/S: output pasted back into cvq reads as
// the same line (a continuation is joined with one space).
func (h *human) proto(head, contIndent, s string) {
	text := clean(s)
	// head may carry colour codes: measure it without them.
	room := pageWidth - width(stripANSI(head))
	if width(text) <= room {
		h.line(head, text)
		return
	}
	first := true
	for text != "" {
		if !first {
			head = contIndent + ".. "
			room = pageWidth - width(head)
		}
		cut := breakAt(text, room)
		h.line(head, text[:cut])
		text = text[min(cut+1, len(text)):]
		first = false
	}
}

// breakAt returns where to end a piece of at most room columns: at the last
// space that has a non-space on both sides (breaking there loses nothing),
// or, when there is none, at the first such space after room, or the end.
// It reads no further than it must (about room columns when a break is
// found), so cutting a long line into pieces takes time linear in its
// length.
func breakAt(s string, room int) int {
	best, cols := -1, 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			cols++
		}
		if cols-1 > room && best >= 0 {
			// s does not fit, and no later space can be a better break.
			return best
		}
		if s[i] != ' ' || i == 0 || i+1 >= len(s) || s[i-1] == ' ' || s[i+1] == ' ' {
			continue
		}
		if cols-1 <= room || best < 0 {
			best = i
		}
	}
	if cols <= room || best < 0 {
		// All of s fits, or it has no space to break at.
		return len(s)
	}
	return best
}

// stripANSI removes colour escapes from s.
func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b {
			for i < len(s) && s[i] != 'm' {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// fields writes one row per field: name, status, the dialect it appeared
// in, the value and what it means; reply rows add the rule behind them.
func (h *human) fields(fs []cvq.Field, reply bool) {
	h.line(h.p.paint(dim, "  "+pad("param", colParam)+" "+pad("status", colStatus)+" "+pad("since", colSince)+" value — meaning"))
	lastRule := ""
	for i := range fs {
		f := &fs[i]
		since := ""
		if f.Since != 0 {
			since = f.Since.String()
		}
		st := f.Status.String()
		head := "  " + pad(f.Param, colParam) + " " + h.p.level(st) + strings.Repeat(" ", colStatus-len(st)+1) + pad(since, colSince) + " "
		indent := strings.Repeat(" ", valueAt)
		value := clean(f.Value)
		if f.Value == "" {
			value = "(empty)"
		}
		meaning := clean(joinMeaning(f.Meaning, f.Detail))
		room := pageWidth - valueAt
		vs := chunk(value, room)
		last := vs[len(vs)-1]
		if meaning != "" && width(last)+3+width(meaning) <= room {
			vs[len(vs)-1] = last + " — " + meaning
			meaning = ""
		}
		h.line(head, vs[0])
		for _, v := range vs[1:] {
			h.line(indent, v)
		}
		if meaning != "" {
			h.para(indent, valueAt, meaning)
		}
		if reply && f.Rule.Text != "" {
			if f.Rule.Text == lastRule {
				h.line(indent, h.p.paint(dim, "rule: as above"))
			} else {
				h.para(indent+"rule: ", valueAt+6, f.Rule.Text)
			}
			lastRule = f.Rule.Text
		}
		// A note is a documented disagreement or an assumption (issue 11.10):
		// shown without -v too.
		h.extra(indent, "note: ", f.Note)
		if h.verbose {
			info, _ := cvq.ParamInfo(f.Param)
			h.extra(indent, "about: ", info.About)
			h.extra(indent, "changes: ", info.Changes)
			h.extra(indent, "source: ", f.Source)
			if reply {
				h.extra(indent, "why: ", ruleFacts(&f.Rule, h.req))
			}
		}
	}
}

// ruleFacts says, for -v, which rule gave a reply field its value and what it read:
// "rule row, decision step 6, catalog row 2; read requesting-library MSNMSGR". The
// reference explains each rule id under rules.html#rule-ID and lists the rows in
// catalog.html.
func ruleFacts(r *cvq.Rule, req []cvq.Field) string {
	if r.ID == "" {
		return ""
	}
	s := "rule " + r.ID
	if r.Step != 0 {
		s += ", decision step " + strconv.Itoa(r.Step)
	}
	if r.Row != 0 {
		s += ", catalog row " + strconv.Itoa(r.Row)
	}
	var read []string
	for i := range req {
		if r.ReadsToken(i) {
			read = append(read, req[i].Param+" "+clean(req[i].Value))
		}
	}
	if len(read) > 0 {
		s += "; read " + strings.Join(read, ", ")
	}
	return s
}

func (h *human) extra(indent, label, text string) {
	if text != "" {
		h.para(indent+label, valueAt+len(label), text)
	}
}

// joinMeaning puts the secondary decoding after the meaning.
func joinMeaning(meaning, detail string) string {
	switch {
	case detail == "":
		return meaning
	case meaning == "":
		return detail
	}
	return meaning + " (" + detail + ")"
}

// diagnostic writes "col N-M: severity: text", its notes indented, and the
// input with carets under the range; N-M are the columns of the carets.
func (h *human) diagnostic(indent string, d cvq.Diagnostic, input string) {
	if h.cells == nil || h.cells.s != input {
		h.cells = newLineCells(input)
	}
	sev := d.Severity.String()
	at := indent + colRange(h.cells, d.Start, d.End) + ": "
	h.hanging(at+h.p.level(sev)+": ", width(at+sev+": "), d.Text)
	for _, n := range d.Notes {
		h.para(indent+"    ", len(indent)+4, n)
	}
	src, marks := caretCells(h.cells, d.Start, d.End, pageWidth-len(indent)-6)
	h.line(indent, "  | ", src)
	h.line(indent, "  | ", h.p.paint(red, marks))
}

// checks writes how the client line leaves the connection (as the profile
// answers it), then the verdict on each server line of the paste paired
// with it and how that line leaves the connection.
func (h *human) checks(st *stepInfo) {
	h.line()
	head := "connection after paste line " + strconv.Itoa(st.line) + " (the profile's answer): "
	h.para(head, len(head), stateText(st.t.States[st.t.Steps[st.step].Client]))
	if len(st.checks) == 0 {
		h.line("server lines in the paste: none answer this line")
		return
	}
	h.line("server lines in the paste:")
	for _, c := range st.checks {
		h.check(st.pasteLine(c.Line), c)
		h.para("      connection after it: ", len("      connection after it: "), stateText(st.t.States[c.Line]))
	}
}

func (h *human) check(line int, c cvq.Check) {
	status := c.Status.String()
	h.proto("  line "+strconv.Itoa(line)+": "+h.p.level(status)+": S: ", "      ", c.Observed)
	if c.Status == cvq.CheckDiffer && c.Expected != "" {
		h.proto("      profile sends: ", "      ", c.Expected)
	}
	for _, d := range c.Diffs {
		name := clean(d.Param)
		if name == "" {
			name = "(past the end of the profile's reply)"
		}
		h.para("      field "+strconv.Itoa(d.Index)+" "+name+": ", 8,
			"expected "+shown(d.Expected)+", observed "+shown(d.Observed))
	}
	if c.Note != "" {
		h.para("      ", 6, c.Note)
	}
}

// shown prints a token value, naming a missing one.
func shown(v string) string {
	if v == "" {
		return "(nothing)"
	}
	return clean(v)
}

func (h *human) sessionEnd(s cvq.SessionState) {
	if h.n > 0 {
		h.line()
	}
	h.line(h.p.paint(dim, "connection: "+stateText(s)))
}

// stateText sums a connection up in words.
func stateText(s cvq.SessionState) string {
	mode := "no VER answered yet"
	if s.Mode != "" {
		mode = "VER settled on " + s.Mode
	}
	if s.Closed {
		return s.Dialect.String() + " client, " + mode + ", closed by the " + s.ClosedBy
	}
	return s.Dialect.String() + " client, " + mode + ", still open"
}

func (h *human) transcriptEnd(t *cvq.Transcript) {
	if h.n > 0 {
		h.line()
	}
	h.line(h.p.paint(dim, "--- end of transcript ---"))
	if len(t.Unpaired) > 0 {
		h.line("server lines not paired with a client line:")
		for _, c := range t.Unpaired {
			h.check(pasteLineOf(t, c.Line), c)
		}
	}
	if len(t.Diagnostics) > 0 {
		h.line("about the paste:")
		for _, d := range t.Diagnostics {
			h.line("  line ", strconv.Itoa(d.Line), ":")
			h.diagnostic("    ", d.Diagnostic, t.PasteLine(d.Line))
		}
	}
	var match, differ, unchecked int
	count := func(cs []cvq.Check) {
		for _, c := range cs {
			switch c.Status {
			case cvq.CheckMatch:
				match++
			case cvq.CheckDiffer:
				differ++
			default:
				unchecked++
			}
		}
	}
	for i := range t.Steps {
		count(t.Steps[i].Checks)
	}
	count(t.Unpaired)
	h.line("client lines: ", strconv.Itoa(len(t.Steps)), "; server lines: ",
		strconv.Itoa(match), " match, ", strconv.Itoa(differ), " differ, ", strconv.Itoa(unchecked), " unchecked")
	h.line("connection: ", stateText(t.State))
}
