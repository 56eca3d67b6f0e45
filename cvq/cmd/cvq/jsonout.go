package main

import (
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// The JSON Lines format: one jsonLine per client line, and after a
// transcript one jsonTail. Slices are always present ([] rather than null)
// so scripts can iterate without checking. The names and shapes are the
// bridge's too (wasm/API.md, which adds only UTF-16 ranges and the
// positions of transcript lines): wasm's TestCommandJSONMatchesBridge
// runs this command and compares.

// jsonLine is one client line and what the server did with it.
type jsonLine struct {
	Input       string           `json:"input"`
	Command     string           `json:"command"`
	Dialect     string           `json:"dialect"`
	Profile     string           `json:"profile"`
	Reply       string           `json:"reply"`
	Disconnect  bool             `json:"disconnect"`
	Suggest     string           `json:"suggest"` // a dialect that fits the line better ("" when the selected one fits)
	Outcome     jsonOutcome      `json:"outcome"`
	Tokens      []jsonToken      `json:"tokens"`
	ReplyTokens []jsonReplyToken `json:"replyTokens"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
}

// jsonStep is a client line of a transcript: the line of the paste it
// starts on, the server lines paired with it, and the connection after it.
type jsonStep struct {
	jsonLine
	Line   int         `json:"line"`
	Checks []jsonCheck `json:"checks"`
	State  jsonState   `json:"state"`
}

type jsonOutcome struct {
	Kind   string `json:"kind"`
	Text   string `json:"text"`
	Reason string `json:"reason"`
}

// jsonToken is one annotated field; start and end are byte offsets.
type jsonToken struct {
	Name    string `json:"name"`
	Index   int    `json:"index"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Value   string `json:"value"`
	Status  string `json:"status"`
	Meaning string `json:"meaning"`
	Detail  string `json:"detail"`
	Since   string `json:"since"` // "" when the parameter was always there
	Changes string `json:"changes"`
	About   string `json:"about"`
	Source  string `json:"source"`
	Note    string `json:"note"`
}

// jsonReplyToken is a reply field with the rule that produced it.
type jsonReplyToken struct {
	jsonToken
	Rule jsonRule `json:"rule"`
}

// jsonRule is cvq.Rule: reads lists the indexes of the request tokens the
// rule read.
type jsonRule struct {
	ID    string `json:"id"`
	Step  int    `json:"step"`
	Reads []int  `json:"reads"`
	Row   int    `json:"row"`
	Text  string `json:"text"`
}

func toJSONRule(r *cvq.Rule) jsonRule {
	j := jsonRule{ID: r.ID, Step: r.Step, Reads: []int{}, Row: r.Row, Text: r.Text}
	for i := 0; i < 64; i++ {
		if r.ReadsToken(i) {
			j.Reads = append(j.Reads, i)
		}
	}
	return j
}

type jsonDiagnostic struct {
	Severity string   `json:"severity"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Code     string   `json:"code"`
	Text     string   `json:"text"`
	Notes    []string `json:"notes"`
}

// jsonCheck is a server line of the paste compared with the profile.
type jsonCheck struct {
	Line     int        `json:"line"` // 1-based line of the paste
	Expected string     `json:"expected"`
	Observed string     `json:"observed"`
	Status   string     `json:"status"`
	Note     string     `json:"note"`
	Diffs    []jsonDiff `json:"diffs"`
	State    jsonState  `json:"state"` // the connection after this server line
}

// jsonDiff is one field that differs; start and end locate it in observed.
type jsonDiff struct {
	Index    int    `json:"index"`
	Name     string `json:"name"`
	Expected string `json:"expected"`
	Observed string `json:"observed"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// jsonTail closes a transcript: what belongs to no client line.
type jsonTail struct {
	Transcript jsonTranscript `json:"transcript"`
}

type jsonTranscript struct {
	Unpaired    []jsonCheck          `json:"unpaired"`
	Diagnostics []jsonLineDiagnostic `json:"diagnostics"`
	State       jsonState            `json:"state"`
}

type jsonLineDiagnostic struct {
	Line int `json:"line"` // 1-based line of the paste
	jsonDiagnostic
}

type jsonState struct {
	Dialect  string `json:"dialect"`
	Mode     string `json:"mode"`
	Closed   bool   `json:"closed"`
	ClosedBy string `json:"closedBy"`
}

// jsonRenderer writes JSON Lines.
type jsonRenderer struct {
	enc *json.Encoder
}

func newJSONRenderer(w io.Writer) *jsonRenderer {
	j := &jsonRenderer{enc: json.NewEncoder(invisibleEscaper{w})}
	// Lines carry URLs; keep & < > readable instead of \u0026.
	j.enc.SetEscapeHTML(false)
	return j
}

// emit writes one object as a line. Encoding these plain structs cannot
// fail; a write error is kept by the bufio.Writer underneath and reported
// when it is flushed.
func (j *jsonRenderer) emit(v any) {
	j.enc.Encode(v)
}

// invisibleEscaper rewrites the characters encoding/json leaves raw but a
// terminal may act on or hide (DEL, C1 controls, bidirectional overrides,
// zero-width characters) as \u escapes on their way to w. In JSON text they
// can only occur inside strings, where the escape means the same character,
// so `cvq -json | cat` cannot reorder or recolour what a reader sees. The
// encoder writes each object in one call, so no character is split between
// calls; writing through, rather than into a buffer first, keeps one copy of
// an object in memory instead of two (on a 16 MiB line each is 2× the input).
type invisibleEscaper struct{ w io.Writer }

func (e invisibleEscaper) Write(b []byte) (int, error) {
	last := 0
	var err error
	write := func(p []byte) {
		if err == nil {
			_, err = e.w.Write(p)
		}
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if invisible(r) {
			write(b[last:i])
			write([]byte(`\u` + strconv.FormatInt(int64(r)+0x10000, 16)[1:]))
			last = i + n
		}
		i += n
	}
	write(b[last:])
	if err != nil {
		return 0, err
	}
	return len(b), nil
}

// invisible reports whether r is printed as an escape rather than itself:
// it either controls the terminal or changes how the text around it looks.
// C0 controls are left to the callers: encoding/json escapes them itself,
// and its line ends must stay.
func invisible(r rune) bool {
	return r == 0x7f || r >= 0x80 && r < 0xa0 ||
		r >= 0x200b && r <= 0x200f || r >= 0x202a && r <= 0x202e ||
		r >= 0x2066 && r <= 0x2069 || r == 0x2028 || r == 0x2029 || r == 0xfeff
}

func (j *jsonRenderer) result(r *cvq.Result, st *stepInfo) {
	l := toJSONLine(r)
	if st == nil {
		j.emit(&l)
		return
	}
	j.emit(&jsonStep{jsonLine: l, Line: st.line, Checks: toJSONChecks(st.t, st.checks), State: toJSONState(st.t.States[st.t.Steps[st.step].Client])})
}

// A stdin session has nothing to add after its lines.
func (j *jsonRenderer) sessionEnd(cvq.SessionState) {}

func (j *jsonRenderer) transcriptEnd(t *cvq.Transcript) {
	tail := jsonTail{Transcript: jsonTranscript{
		Unpaired:    toJSONChecks(t, t.Unpaired),
		Diagnostics: make([]jsonLineDiagnostic, 0, len(t.Diagnostics)),
		State:       toJSONState(t.State),
	}}
	for _, d := range t.Diagnostics {
		tail.Transcript.Diagnostics = append(tail.Transcript.Diagnostics,
			jsonLineDiagnostic{Line: d.Line, jsonDiagnostic: toJSONDiagnostic(d.Diagnostic)})
	}
	j.emit(&tail)
}

func toJSONLine(r *cvq.Result) jsonLine {
	l := jsonLine{
		Input: r.Input, Command: r.Command, Dialect: r.Dialect.String(), Profile: r.Profile,
		Reply: r.Reply, Disconnect: r.Disconnect, Suggest: suggestText(r.Suggest),
		Outcome:     jsonOutcome{Kind: r.Outcome.Kind.String(), Text: r.Outcome.Text, Reason: r.Outcome.Reason},
		Tokens:      make([]jsonToken, 0, len(r.Fields)),
		ReplyTokens: make([]jsonReplyToken, 0, len(r.ReplyFields)),
		Diagnostics: make([]jsonDiagnostic, 0, len(r.Diagnostics)),
	}
	for i := range r.Fields {
		l.Tokens = append(l.Tokens, toJSONToken(&r.Fields[i]))
	}
	for i := range r.ReplyFields {
		f := &r.ReplyFields[i]
		l.ReplyTokens = append(l.ReplyTokens, jsonReplyToken{jsonToken: toJSONToken(f), Rule: toJSONRule(&f.Rule)})
	}
	for _, d := range r.Diagnostics {
		l.Diagnostics = append(l.Diagnostics, toJSONDiagnostic(d))
	}
	return l
}

func toJSONToken(f *cvq.Field) jsonToken {
	since := ""
	if f.Since != 0 {
		since = f.Since.String()
	}
	info, _ := cvq.ParamInfo(f.Param)
	return jsonToken{Name: f.Param, Index: f.Index, Start: f.Start, End: f.End, Value: f.Value,
		Status: f.Status.String(), Meaning: f.Meaning, Detail: f.Detail, Since: since,
		Changes: info.Changes, About: info.About, Source: f.Source, Note: f.Note}
}

func toJSONDiagnostic(d cvq.Diagnostic) jsonDiagnostic {
	notes := make([]string, 0, len(d.Notes))
	notes = append(notes, d.Notes...)
	return jsonDiagnostic{Severity: d.Severity.String(), Start: d.Start, End: d.End,
		Code: d.Code, Text: d.Text, Notes: notes}
}

func toJSONChecks(t *cvq.Transcript, cs []cvq.Check) []jsonCheck {
	out := make([]jsonCheck, 0, len(cs))
	for _, c := range cs {
		jc := jsonCheck{Line: pasteLineOf(t, c.Line), Expected: c.Expected, Observed: c.Observed,
			Status: c.Status.String(), Note: c.Note, Diffs: make([]jsonDiff, 0, len(c.Diffs)), State: toJSONState(t.States[c.Line])}
		for _, d := range c.Diffs {
			jc.Diffs = append(jc.Diffs, jsonDiff{Index: d.Index, Name: d.Param,
				Expected: d.Expected, Observed: d.Observed, Start: d.Start, End: d.End})
		}
		out = append(out, jc)
	}
	return out
}

func toJSONState(s cvq.SessionState) jsonState {
	return jsonState{Dialect: s.Dialect.String(), Mode: s.Mode, Closed: s.Closed, ClosedBy: s.ClosedBy}
}

// suggestText names Result.Suggest, "" for none.
func suggestText(d cvq.Dialect) string {
	if d == 0 {
		return ""
	}
	return d.String()
}
