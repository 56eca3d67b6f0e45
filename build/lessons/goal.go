package lessons

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/docs"
)

// Condition is one test a lesson's goal makes on the simulator's answer.
// A goal is met when all its conditions hold. Written in the front matter
// as one "goal:" line each:
//
//	goal: reply starts "710 "
//	goal: outcome is optional-upgrade
//	goal: diagnostics lacks missing-param
//	goal: errors is 0
//	goal: connection is closed
//	goal: mode is CVR0
//	goal: matches is 3
//	goal: field minimum-allowed-version is 8.1.0178
//	goal: status user-handle is missing
//
// The page evaluates the same conditions (site/src/lessons/goal.ts) on the
// bridge's answer; the JSON names are short because the page loads them.
type Condition struct {
	Subject string `json:"s"`           // what is looked at (see subjects)
	Param   string `json:"p,omitempty"` // the parameter, for "field" and "status"
	Op      string `json:"o"`           // is, is-not, starts, has, lacks
	Value   string `json:"v"`
	Text    string `json:"t"` // the condition in words, for the page
}

// subject describes one kind of condition: the operators it takes and,
// for closed sets, the values it accepts.
type subject struct {
	param  bool     // takes a parameter name after the subject
	ops    []string // allowed operators
	values []string // allowed values; nil: any string; {"#"}: a count
}

// subjects are the things a goal may look at.
var subjects = map[string]subject{
	"reply":       {ops: []string{"is", "is-not", "starts"}},
	"outcome":     {ops: []string{"is", "is-not"}, values: outcomeKinds},
	"diagnostics": {ops: []string{"has", "lacks"}},
	"errors":      {ops: []string{"is"}, values: []string{"#"}},
	"warnings":    {ops: []string{"is"}, values: []string{"#"}},
	"connection":  {ops: []string{"is"}, values: []string{"open", "closed"}},
	"mode":        {ops: []string{"is", "is-not"}},
	"matches":     {ops: []string{"is"}, values: []string{"#"}},
	"differs":     {ops: []string{"is"}, values: []string{"#"}},
	"field":       {param: true, ops: []string{"is", "is-not", "starts"}},
	"status":      {param: true, ops: []string{"is", "is-not"}, values: []string{"ok", "warning", "error", "missing"}},
}

// outcomeKinds are cvq.OutcomeKind's names (checked against the codec by
// TestOutcomeKindsMatchTheCodec).
var outcomeKinds = []string{"none", "forced-upgrade", "optional-upgrade", "up-to-date",
	"rejected", "closed", "ignored", "negotiated"}

// parseCondition reads one goal line.
func parseCondition(s string) (Condition, error) {
	words, err := splitWords(s)
	if err != nil {
		return Condition{}, err
	}
	if len(words) == 0 {
		return Condition{}, fmt.Errorf("the goal is empty")
	}
	c := Condition{Subject: words[0]}
	sub, ok := subjects[c.Subject]
	if !ok {
		return Condition{}, fmt.Errorf("unknown goal subject %q (known: %s)", c.Subject, strings.Join(subjectNames(), ", "))
	}
	rest := words[1:]
	if sub.param {
		if len(rest) == 0 {
			return Condition{}, fmt.Errorf("%q needs a parameter name, as in \"%s minimum-allowed-version is 1.0.0000\"", c.Subject, c.Subject)
		}
		c.Param, rest = rest[0], rest[1:]
	}
	if len(rest) != 2 {
		return Condition{}, fmt.Errorf("expected \"%s%s <%s> <value>\" (quote a value with spaces)",
			c.Subject, map[bool]string{true: " <param>"}[sub.param], strings.Join(sub.ops, "|"))
	}
	c.Op, c.Value = rest[0], rest[1]
	if !slices.Contains(sub.ops, c.Op) {
		return Condition{}, fmt.Errorf("%q takes %s, not %q", c.Subject, strings.Join(sub.ops, " or "), c.Op)
	}
	switch {
	case len(sub.values) == 1 && sub.values[0] == "#":
		n, err := strconv.Atoi(c.Value)
		if err != nil || n < 0 {
			return Condition{}, fmt.Errorf("%q counts: its value must be a number, not %q", c.Subject, c.Value)
		}
		c.Value = strconv.Itoa(n) // "03" is 3, as the page compares it
	case sub.values != nil && !slices.Contains(sub.values, c.Value):
		return Condition{}, fmt.Errorf("%q is one of %s, not %q", c.Subject, strings.Join(sub.values, ", "), c.Value)
	}
	if c.Subject == "diagnostics" {
		if _, ok := docs.LookupDiagnostic(c.Value); !ok {
			return Condition{}, fmt.Errorf("%q is not a diagnostic code the codec emits (see docs/diagnostics.go)", c.Value)
		}
	}
	if sub.param {
		if _, ok := cvq.ParamInfo(c.Param); !ok {
			return Condition{}, fmt.Errorf("%q is not a parameter name (locale, client-version, minimum-allowed-version …)", c.Param)
		}
	}
	c.Text = describe(c)
	return c, nil
}

// describe says a condition in words, as the page lists it under the task.
func describe(c Condition) string {
	q := "“" + c.Value + "”"
	not := map[bool]string{true: "not "}[c.Op == "is-not"]
	switch c.Subject {
	case "reply":
		if c.Op == "starts" {
			return "The reply starts with " + q + "."
		}
		return "The reply is " + not + q + "."
	case "outcome":
		return "The client's next step is " + not + strings.ReplaceAll(c.Value, "-", " ") + "."
	case "diagnostics":
		if c.Op == "has" {
			return "The diagnostics include " + c.Value + "."
		}
		return "No diagnostic is " + c.Value + "."
	case "errors", "warnings":
		kind := strings.TrimSuffix(c.Subject, "s")
		if c.Value == "0" {
			return "The diagnostics show no " + kind + "."
		}
		return "The diagnostics show " + c.Value + " " + kind + map[bool]string{true: "", false: "s"}[c.Value == "1"] + "."
	case "connection":
		return "The connection is " + c.Value + " afterwards."
	case "mode":
		return "VER has " + not + "settled on " + c.Value + "."
	case "matches", "differs":
		verb := map[string]string{"matches": "match", "differs": "differ from"}[c.Subject]
		return "Server lines of the log that " + verb + " the profile: " + c.Value + "."
	case "field":
		if c.Op == "starts" {
			return "The field " + c.Param + " starts with " + q + "."
		}
		return "The field " + c.Param + " is " + not + q + "."
	case "status":
		if c.Value == "missing" {
			return "The line has " + map[bool]string{true: "a ", false: "no "}[c.Op == "is-not"] + c.Param + "."
		}
		return "The field " + c.Param + " is " + not + "marked " + c.Value + "."
	}
	return c.Subject + " " + c.Param + " " + c.Op + " " + q
}

// splitWords splits a goal line at spaces; a word in double quotes may hold
// spaces and Go escapes ("710 ", "a\tb").
func splitWords(s string) ([]string, error) {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimLeft(s, " ") {
		if s[0] == '"' {
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return nil, fmt.Errorf("unterminated or malformed quoted value in %q", s)
			}
			v, _ := strconv.Unquote(q)
			out = append(out, v)
			s = s[len(q):]
			if s != "" && s[0] != ' ' {
				return nil, fmt.Errorf("a quoted value must be followed by a space or the end of the goal")
			}
			continue
		}
		w, rest, _ := strings.Cut(s, " ")
		out, s = append(out, w), rest
	}
	return out, nil
}

func subjectNames() []string {
	return slices.Sorted(maps.Keys(subjects))
}
