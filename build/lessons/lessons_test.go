package lessons

import (
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// lesson builds a lesson file from front matter lines and a body.
func lesson(front, body string) []byte {
	return []byte("---\n" + front + "\n---\n" + body)
}

const validFront = `title: T
task: Make it 710.
dialect: MSNP8
profile: reference
start: CVQ 5 0x0409 winnt 5.1 i386 YCOMM 0.1.0023 MSMSGS a@b.c
solution: CVQ 5 0x1111 winnt 5.1 i386 YCOMM 0.1.0023 MSMSGS a@b.c
wrong: CVQ 5 0x1111 winnt
hint: One.
hint: Two.
goal: reply is "710 5"`

func TestParseValid(t *testing.T) {
	l, err := Parse("docs/lessons/07-some-thing.md", lesson(validFront, "See [the seed](reference/sources.html#src-SEED) and `CVQ`.\n\n- a\n- *b*\n"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Number != 7 || l.Slug != "some-thing" || l.Start.Mode != "line" || len(l.Hints) != 2 || len(l.Wrong) != 1 {
		t.Errorf("parsed %+v", l)
	}
	if len(l.Body) != 2 || l.Body[0].Tag != "p" || l.Body[1].Tag != "ul" {
		t.Fatalf("body %+v", l.Body)
	}
	a := l.Body[0].Kids[1]
	if a.Tag != "a" || a.Href != "reference/sources.html#src-SEED" || plain(a.Kids) != "the seed" {
		t.Errorf("link %+v", a)
	}
	if got := l.Body[0].Kids[3]; got.Tag != "code" || got.Text != "CVQ" {
		t.Errorf("code %+v", got)
	}
	if err := Check(l); err != nil {
		t.Error(err)
	}
}

// TestParseErrors: every malformed lesson is refused with the file, the
// line and what is wrong.
func TestParseErrors(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(validFront, old, new, 1) }
	cases := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"no front matter", "01-a.md", []byte("# hi\n"), "01-a.md:1: a lesson starts"},
		{"unclosed", "01-a.md", []byte("---\ntitle: x\n"), "no closing"},
		{"bad name", "1-a.md", lesson(validFront, "x"), "NN-name.md"},
		{"zero", "00-a.md", lesson(validFront, "x"), "from 01"},
		{"unknown key", "01-a.md", lesson(validFront+"\ncolour: red", "x"), `:12: unknown key "colour"`},
		{"twice", "01-a.md", lesson(validFront+"\ntitle: again", "x"), `"title" is given twice`},
		{"missing", "01-a.md", lesson(replace("task: Make it 710.\n", ""), "x"), `no "task"`},
		{"bad mode", "01-a.md", lesson(validFront+"\nmode: chat", "x"), "mode is line, session or transcript"},
		{"bad dialect", "01-a.md", lesson(replace("MSNP8", "MSNP1"), "x"), `unknown dialect "MSNP1"`},
		{"bad profile", "01-a.md", lesson(replace("profile: reference", "profile: nowhere"), "x"), `unknown profile "nowhere"`},
		{"date profile", "01-a.md", lesson(replace("profile: reference", "profile: microsoft@2008-06-15"), "x"), "selector offers"},
		{"bad goal", "01-a.md", lesson(replace(`goal: reply is "710 5"`, "goal: replies is 3"), "x"), `:11: goal: unknown goal subject "replies"`},
		{"bad op", "01-a.md", lesson(replace(`goal: reply is "710 5"`, "goal: outcome starts rej"), "x"), "takes is or is-not"},
		{"bad value", "01-a.md", lesson(replace(`goal: reply is "710 5"`, "goal: outcome is happy"), "x"), "not \"happy\""},
		{"bad count", "01-a.md", lesson(replace(`goal: reply is "710 5"`, "goal: errors is none"), "x"), "must be a number"},
		{"bad code", "01-a.md", lesson(replace(`goal: reply is "710 5"`, "goal: diagnostics lacks no-such-code"), "x"), `"no-such-code" is not a diagnostic code`},
		{"bad param", "01-a.md", lesson(replace(`goal: reply is "710 5"`, "goal: field minimum is 1"), "x"), `"minimum" is not a parameter name`},
		{"quote", "01-a.md", lesson(replace(`goal: reply is "710 5"`, `goal: reply is "710 5`), "x"), "malformed quoted"},
		{"no body", "01-a.md", lesson(validFront, "\n  \n"), "no text after the front matter"},
		{"heading", "01-a.md", lesson(validFront, "para\n\n# Title\n"), ":15: Heading is not allowed"},
		{"raw html", "01-a.md", lesson(validFront, "a <b>bold</b> word\n"), "RawHTML is not allowed"},
		{"image", "01-a.md", lesson(validFront, "![x](a.png)\n"), "Image is not allowed"},
		{"scheme", "01-a.md", lesson(validFront, "[x](javascript:alert(1))\n"), "has a scheme"},
		{"absolute", "01-a.md", lesson(validFront, "[x](/reference/a.html)\n"), "is absolute"},
		{"two-line line", "01-a.md", lesson(replace("start: CVQ 5 0x0409 winnt 5.1 i386 YCOMM 0.1.0023 MSMSGS a@b.c", "start:\n  CVQ 1\n  CVQ 2"), "x"), "one line"},
		{"stray indent", "01-a.md", lesson("  oops\n"+validFront, "x"), ":2: an indented line"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse("docs/lessons/"+c.file, c.data)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one containing %q", err, c.want)
			}
		})
	}
}

// TestCheckCatchesBrokenLessons: Check fails a lesson whose start already
// meets the goal, whose solution misses it, or whose wrong line meets it.
func TestCheckCatchesBrokenLessons(t *testing.T) {
	for name, front := range map[string]string{
		"start met":    strings.Replace(validFront, "start: CVQ 5 0x0409", "start: CVQ 5 0x1111", 1),
		"solution bad": strings.Replace(validFront, "solution: CVQ 5 0x1111", "solution: CVQ 5 0x0409", 1),
		"wrong met":    strings.Replace(validFront, "wrong: CVQ 5 0x1111 winnt", "wrong: CVQ 5 0x1111 winnt 5.1 i386 YCOMM 0.1.0023 MSMSGS a@b.c", 1),
	} {
		l, err := Parse("docs/lessons/01-a.md", lesson(front, "x"))
		if err != nil {
			t.Fatal(err)
		}
		if Check(l) == nil {
			t.Errorf("%s: Check passed", name)
		}
	}
}

func TestBlockValues(t *testing.T) {
	f := "title: T\ntask: x\nmode: session\ndialect: MSNP7\nprofile: reference\nstart:\n  VER 1 MSNP7 CVR0\n\n" +
		"solution:\n  VER 1 MSNP7 CVR0\n  CVQ 2 0x0409 win 4.10 i386 MSMSGS 4.6.0083 MSMSGS\nwrong:\n  VER 1 MSNP8 CVR0\nhint: h\ngoal: mode is CVR0\ngoal: connection is closed"
	l, err := Parse("docs/lessons/01-a.md", lesson(f, "x"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Solution.Input != "VER 1 MSNP7 CVR0\nCVQ 2 0x0409 win 4.10 i386 MSMSGS 4.6.0083 MSMSGS" || l.Start.Input != "VER 1 MSNP7 CVR0" {
		t.Errorf("inputs %q, %q", l.Start.Input, l.Solution.Input)
	}
	if err := Check(l); err != nil {
		t.Error(err)
	}
}

// TestHolds: each subject and operator against a known answer.
func TestHolds(t *testing.T) {
	a := Answer{Reply: "710 5", Outcome: "rejected", Codes: []string{"locale-unassigned"}, Errors: 1, Mode: "CVR0",
		Matches: 2, Fields: []cvq.Field{{Param: "locale", Value: "0x1111", Status: cvq.StatusError}}}
	cases := map[string]bool{
		`reply is "710 5"`:                    true,
		`reply is-not "710 5"`:                false,
		`reply starts "710"`:                  true,
		`reply starts "420"`:                  false,
		"outcome is rejected":                 true,
		"outcome is-not rejected":             false,
		"diagnostics has locale-unassigned":   true,
		"diagnostics lacks locale-unassigned": false,
		"diagnostics lacks missing-param":     true,
		"errors is 1":                         true,
		"errors is 01":                        true,
		"warnings is 1":                       false,
		"connection is open":                  true,
		"connection is closed":                false,
		"mode is CVR0":                        true,
		"matches is 2":                        true,
		"differs is 0":                        true,
		"field locale is 0x1111":              true,
		"field locale starts 0x":              true,
		"field locale is-not 0x1111":          false,
		"field user-handle is x":              false,
		"field user-handle is-not x":          true,
		"status locale is error":              true,
		"status user-handle is missing":       true,
		"status user-handle is-not missing":   false,
	}
	for goal, want := range cases {
		c, err := parseCondition(goal)
		if err != nil {
			t.Errorf("%s: %v", goal, err)
			continue
		}
		if got := c.Holds(a); got != want {
			t.Errorf("%s: Holds = %v, want %v", goal, got, want)
		}
		if c.Text == "" {
			t.Errorf("%s: no text", goal)
		}
	}
}

// TestOutcomeKindsMatchTheCodec: the goal vocabulary names every outcome
// the codec can report, and nothing else.
func TestOutcomeKindsMatchTheCodec(t *testing.T) {
	var names []string
	for k := cvq.OutcomeNone; k <= cvq.OutcomeNegotiated; k++ {
		names = append(names, k.String())
	}
	if strings.Join(names, " ") != strings.Join(outcomeKinds, " ") {
		t.Errorf("codec outcomes %v, goal outcomes %v", names, outcomeKinds)
	}
}
