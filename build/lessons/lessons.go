// Package lessons reads the playground's lessons, docs/lessons/NN-name.md,
// checks them, and turns them into the data the page's lessons panel
// loads on first use.
//
// A lesson is a Markdown file with a front matter between "---" lines:
//
//	---
//	title: The three errors
//	task: Make the server answer 710.
//	mode: line
//	dialect: MSNP8
//	profile: reference
//	start: CVQ 5 0x0409 winnt 5.1 i386 YCOMM 0.1.0023 MSMSGS example@hotmail.com
//	solution: CVQ 5 0x1111 winnt 5.1 i386 YCOMM 0.1.0023 MSMSGS example@hotmail.com
//	wrong: CVQ 5 0x1111 winnt
//	hint: The server checks the locale before the library.
//	goal: reply starts "710 "
//	---
//	A few paragraphs in our own words, linking into the reference
//	([the decision order](docs/rules.html#decision-order)).
//
// title, task, start, solution, at least one wrong, at least one hint and
// at least one goal are required. mode is line (the default), session
// (client lines, one per line, sent on one connection) or transcript (a
// pasted log whose server lines are checked). start, solution and wrong
// use dialect and profile unless solution-dialect, solution-profile,
// wrong-dialect or wrong-profile say otherwise. Multi-line values are
// written as "key:" followed by lines indented by two spaces. Goals are
// conditions on the simulator's answer (see Condition), never on the text
// typed. Check runs every lesson through the codec: the start and every
// wrong setup leave the goal unmet, the solution meets it.
package lessons

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Dir is where the lessons live, relative to the module root.
const Dir = "docs/lessons"

// Lesson is one checked lesson.
type Lesson struct {
	Number   int         `json:"n"`    // NN from the file name, 1 for the first lesson
	Slug     string      `json:"slug"` // the file name without NN- and .md
	Title    string      `json:"title"`
	Task     string      `json:"task"` // the challenge in one or two sentences
	Body     []Node      `json:"body"`
	Start    Setup       `json:"start"`
	Solution Setup       `json:"solution"`
	Wrong    []Setup     `json:"wrong"`
	Hints    []string    `json:"hints"`
	Goal     []Condition `json:"goal"`
	File     string      `json:"-"` // path relative to the module root, for messages
}

// fileName is NN-name.md: two digits, a dash, lower-case words.
var fileName = regexp.MustCompile(`^([0-9]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$`)

// Load reads and parses every lesson in root/docs/lessons, in order, and
// checks that they are numbered 01, 02 … without gaps. Every problem of
// every file is reported, each prefixed with the file's path.
func Load(root string) ([]Lesson, error) {
	ents, err := os.ReadDir(filepath.Join(root, filepath.FromSlash(Dir)))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the lessons: %v", Dir, errors.Unwrap(err))
	}
	var out []Lesson
	var errs []error
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		name := Dir + "/" + e.Name()
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", name, errors.Unwrap(err)))
			continue
		}
		l, err := Parse(name, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, l)
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b Lesson) int { return a.Number - b.Number })
	for i, l := range out {
		if l.Number != i+1 {
			return nil, fmt.Errorf("%s: numbered %02d, but lesson %02d is missing or numbered twice (lessons are 01, 02 … with no gap)", l.File, l.Number, i+1)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no lessons (files named NN-name.md)", Dir)
	}
	return out, nil
}

// Parse reads one lesson; name is its path (docs/lessons/NN-name.md) and
// gives the lesson its number and slug. Errors name the file and line.
func Parse(name string, data []byte) (Lesson, error) {
	l, err := parse(name, data)
	if err != nil {
		return Lesson{}, fmt.Errorf("%s:%v", name, err)
	}
	return l, nil
}

func parse(name string, data []byte) (Lesson, error) {
	m := fileName.FindStringSubmatch(filepath.Base(name))
	if m == nil {
		return Lesson{}, fmt.Errorf("1: the file name must be NN-name.md (two digits, a dash, lower-case words)")
	}
	n, _ := strconv.Atoi(m[1])
	if n == 0 {
		return Lesson{}, fmt.Errorf("1: lessons are numbered from 01")
	}
	entries, body, bodyLine, err := splitFrontMatter(string(data))
	if err != nil {
		return Lesson{}, err
	}
	l := Lesson{Number: n, Slug: m[2], File: name}
	f, err := collect(entries)
	if err != nil {
		return Lesson{}, err
	}
	l.Title, l.Task = f.one("title"), f.one("task")
	mode := "line"
	if f.has("mode") {
		mode = f.one("mode")
		if !slices.Contains([]string{"line", "session", "transcript"}, mode) {
			return Lesson{}, fmt.Errorf("%d: mode is line, session or transcript, not %q", f["mode"][0].line, mode)
		}
	}
	setup := func(input, prefix string) (Setup, error) {
		s := Setup{Mode: mode, Dialect: f.or(prefix+"-dialect", f.one("dialect")), Profile: f.or(prefix+"-profile", f.one("profile")), Input: input}
		if mode == "line" && strings.ContainsAny(input, "\r\n") {
			return s, fmt.Errorf("%d: a line lesson's %s is one line", f[prefix][0].line, prefix)
		}
		_, err := Run(s) // checks the dialect, profile and mode
		if err != nil {
			return s, fmt.Errorf("%d: %s: %v", f[prefix][0].line, prefix, err)
		}
		return s, nil
	}
	if l.Start, err = setup(f.one("start"), "start"); err != nil {
		return Lesson{}, err
	}
	if l.Solution, err = setup(f.one("solution"), "solution"); err != nil {
		return Lesson{}, err
	}
	for _, w := range f["wrong"] {
		s, err := setup(w.value, "wrong")
		if err != nil {
			return Lesson{}, err
		}
		l.Wrong = append(l.Wrong, s)
	}
	for _, h := range f["hint"] {
		l.Hints = append(l.Hints, h.value)
	}
	for _, g := range f["goal"] {
		c, err := parseCondition(g.value)
		if err != nil {
			return Lesson{}, fmt.Errorf("%d: goal: %v", g.line, err)
		}
		l.Goal = append(l.Goal, c)
	}
	if strings.TrimSpace(body) == "" {
		return Lesson{}, fmt.Errorf("%d: the lesson has no text after the front matter", bodyLine)
	}
	if l.Body, err = convert([]byte(body), bodyLine); err != nil {
		return Lesson{}, err
	}
	return l, nil
}

// collect checks the front matter's entries (known keys, each once unless repeatable, each
// with a value, the required ones present) and groups them by key.
func collect(entries []entry) (fields, error) {
	f := fields{}
	for _, e := range entries {
		if !slices.Contains(known, e.key) {
			return nil, fmt.Errorf("%d: unknown key %q (known: %s)", e.line, e.key, strings.Join(known, ", "))
		}
		if _, seen := f[e.key]; seen && !repeatable[e.key] {
			return nil, fmt.Errorf("%d: %q is given twice", e.line, e.key)
		}
		if e.value == "" {
			return nil, fmt.Errorf("%d: %q has no value", e.line, e.key)
		}
		f[e.key] = append(f[e.key], e)
	}
	for _, k := range []string{"title", "task", "start", "solution", "wrong", "hint", "goal", "dialect", "profile"} {
		if len(f[k]) == 0 {
			return nil, fmt.Errorf("1: the front matter has no %q", k)
		}
	}
	return f, nil
}

// fields holds the front matter entries by key.
type fields map[string][]entry

func (f fields) has(k string) bool   { return len(f[k]) > 0 }
func (f fields) one(k string) string { return f[k][0].value }
func (f fields) or(k, d string) string {
	if f.has(k) {
		return f.one(k)
	}
	return d
}

// Check runs a lesson through the codec: its start and every wrong setup
// must leave the goal unmet, its solution must meet it. The error says
// which setup fails which condition.
func Check(l Lesson) error {
	var errs []error
	try := func(what string, s Setup, want bool) {
		a, err := Run(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %s: %v", l.File, what, err))
			return
		}
		if Met(l.Goal, a) == want {
			return
		}
		if want {
			for _, c := range l.Goal {
				if !c.Holds(a) {
					errs = append(errs, fmt.Errorf("%s: the solution does not meet the goal: %s (reply %q, outcome %s, diagnostics %v)",
						l.File, c.Text, a.Reply, a.Outcome, a.Codes))
				}
			}
			return
		}
		errs = append(errs, fmt.Errorf("%s: the %s already meets the goal (reply %q, outcome %s); it must leave it unmet", l.File, what, a.Reply, a.Outcome))
	}
	try("start", l.Start, false)
	try("solution", l.Solution, true)
	for i, w := range l.Wrong {
		try(fmt.Sprintf("wrong line %d", i+1), w, false)
	}
	return errors.Join(errs...)
}
