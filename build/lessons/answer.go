package lessons

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// Setup is what the page shows when a lesson loads a line: the mode, the
// client's dialect, the server profile and the input (one line, client
// lines joined by LF for a session, or a pasted log for a transcript).
type Setup struct {
	Mode    string `json:"mode"` // line, session or transcript
	Dialect string `json:"dialect"`
	Profile string `json:"profile"`
	Input   string `json:"input"`
}

// Answer is what a goal can look at: the simulator's answer to a setup,
// reduced to plain values. For a session or transcript the reply, outcome,
// diagnostics and fields are those of the last client line.
type Answer struct {
	Reply       string
	Outcome     string
	Codes       []string // diagnostic codes
	Errors      int      // diagnostics of severity error
	Warnings    int      // diagnostics of severity warning
	Closed      bool     // the connection is closed afterwards
	Mode        string   // what VER settled on: "CVR0", "MSNP8" …; "" before VER
	Matches     int      // transcript server lines that match the profile
	Differs     int      // transcript server lines that differ from it
	Fields      []cvq.Field
	ReplyFields []cvq.Field
}

// Run answers a setup with the codec, as the page's bridge would.
func Run(s Setup) (Answer, error) {
	d, ok := cvq.ParseDialect(s.Dialect)
	if !ok {
		return Answer{}, fmt.Errorf("unknown dialect %q", s.Dialect)
	}
	p, ok := cvq.LookupProfile(s.Profile)
	if !ok || p.Name != s.Profile {
		return Answer{}, fmt.Errorf("unknown profile %q (use a name the page's selector offers)", s.Profile)
	}
	switch s.Mode {
	case "line":
		r := cvq.Simulate(s.Input, d, p)
		a := answerOf(r)
		a.Closed = r.Disconnect
		return a, nil
	case "session":
		sess := cvq.NewSession(d, p)
		var r cvq.Result
		for _, line := range strings.Split(s.Input, "\n") {
			r = sess.Send(line)
		}
		a := answerOf(r)
		st := sess.State()
		a.Closed, a.Mode = st.Closed, st.Mode
		return a, nil
	case "transcript":
		t := cvq.CheckTranscript(s.Input, d, p)
		var a Answer
		if n := len(t.Steps); n > 0 {
			a = answerOf(t.Steps[n-1].Result)
		}
		a.Closed, a.Mode = t.State.Closed, t.State.Mode
		for _, st := range t.Steps {
			for _, c := range st.Checks {
				a.count(c.Status)
			}
		}
		for _, c := range t.Unpaired {
			a.count(c.Status)
		}
		return a, nil
	}
	return Answer{}, fmt.Errorf("unknown mode %q (line, session or transcript)", s.Mode)
}

func (a *Answer) count(s cvq.CheckStatus) {
	switch s {
	case cvq.CheckMatch:
		a.Matches++
	case cvq.CheckDiffer:
		a.Differs++
	}
}

func answerOf(r cvq.Result) Answer {
	a := Answer{Reply: r.Reply, Outcome: r.Outcome.Kind.String(), Fields: r.Fields, ReplyFields: r.ReplyFields}
	for _, d := range r.Diagnostics {
		a.Codes = append(a.Codes, d.Code)
		switch d.Severity {
		case cvq.Error:
			a.Errors++
		case cvq.Warning:
			a.Warnings++
		}
	}
	return a
}

// field finds the first field named param, request fields first.
func (a *Answer) field(param string) (cvq.Field, bool) {
	for _, fs := range [][]cvq.Field{a.Fields, a.ReplyFields} {
		for _, f := range fs {
			if f.Param == param {
				return f, true
			}
		}
	}
	return cvq.Field{}, false
}

// Holds reports whether the condition is true of the answer. It is the Go
// twin of site/src/lessons/goal.ts's holds: keep the two in step.
func (c Condition) Holds(a Answer) bool {
	var got string
	switch c.Subject {
	case "reply":
		got = a.Reply
	case "outcome":
		got = a.Outcome
	case "diagnostics":
		has := false
		for _, code := range a.Codes {
			has = has || code == c.Value
		}
		return has == (c.Op == "has")
	case "errors":
		got = strconv.Itoa(a.Errors)
	case "warnings":
		got = strconv.Itoa(a.Warnings)
	case "connection":
		got = map[bool]string{true: "closed", false: "open"}[a.Closed]
	case "mode":
		got = a.Mode
	case "matches":
		got = strconv.Itoa(a.Matches)
	case "differs":
		got = strconv.Itoa(a.Differs)
	case "field":
		f, ok := a.field(c.Param)
		if !ok {
			return c.Op == "is-not"
		}
		got = f.Value
	case "status":
		got = "missing"
		if f, ok := a.field(c.Param); ok {
			got = f.Status.String()
		}
	}
	switch c.Op {
	case "is":
		return got == c.Value
	case "is-not":
		return got != c.Value
	case "starts":
		return strings.HasPrefix(got, c.Value)
	}
	return false
}

// Met reports whether every condition holds.
func Met(goal []Condition, a Answer) bool {
	for _, c := range goal {
		if !c.Holds(a) {
			return false
		}
	}
	return true
}
