package site_test

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// lessonSetup and lessonData mirror the parts of the built lessons file
// (dist/lessons-HASH.json, build/lessons) the tests drive the page with.
type lessonSetup struct {
	Mode, Dialect, Profile, Input string
}

type lessonData struct {
	N        int
	Title    string
	Start    lessonSetup
	Solution lessonSetup
	Wrong    []lessonSetup
	Hints    []string
}

// builtLessons reads the lessons the build wrote into dist/.
func builtLessons(t *testing.T) []lessonData {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(suite.dist, "lessons-*.json"))
	if len(names) != 1 {
		t.Fatalf("dist has %d lessons-*.json files, want 1 (run go run ./build)", len(names))
	}
	raw, err := os.ReadFile(names[0])
	if err != nil {
		t.Fatal(err)
	}
	var d struct{ Lessons []lessonData }
	if err := jsonUnmarshal(string(raw), &d); err != nil {
		t.Fatal(err)
	}
	if len(d.Lessons) < 10 {
		t.Fatalf("%d lessons in the build, want at least 10", len(d.Lessons))
	}
	return d.Lessons
}

// fragment is a share link showing setup s inside lesson n, written as
// linkwrite.ts writes one.
func fragment(n int, s lessonSetup) string {
	enc := func(v string) string { return strings.ReplaceAll(url.QueryEscape(v), "+", "%20") }
	f := "#v=1&lesson=" + strconv.Itoa(n) + "&d=" + enc(s.Dialect) + "&p=" + enc(s.Profile)
	switch s.Mode {
	case "line":
		return f + "&q=" + enc(s.Input)
	case "session":
		return f + "&s=" + enc(s.Input)
	}
	return f + "&t=" + enc(s.Input)
}

// goalState waits for the lessons panel to show lesson n and returns its
// goal's data-state once the page has settled on it.
func (tb *tab) goalState(n int) string {
	tb.t.Helper()
	tb.waitJS(fmt.Sprintf(`(() => { const t = document.getElementById("lesson-title");
return t !== null && t.textContent.startsWith("Lesson %d:"); })()`, n), 10*time.Second)
	return tb.eval(`document.getElementById("lesson-goal").dataset.state`)
}

// waitGoal waits until #lesson-goal's data-state is want.
func (tb *tab) waitGoal(want, what string) {
	tb.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := tb.eval(`(document.getElementById("lesson-goal") || {dataset: {}}).dataset.state || "none"`)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("%s: #lesson-goal is %q, want %q (%s)", what, got, want, tb.text("#lesson-goal"))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitSetup waits until the page shows setup s: its dialect, profile and
// mode, and its line in #request or its last client line in the console.
func (tb *tab) waitSetup(s lessonSetup) {
	tb.t.Helper()
	var clients []string
	for _, ln := range strings.Split(s.Input, "\n") {
		switch {
		case s.Mode == "session":
			clients = append(clients, ln)
		case strings.HasPrefix(ln, ">>> "):
			clients = append(clients, strings.TrimPrefix(ln, ">>> "))
		}
	}
	want := map[string]any{"d": s.Dialect, "p": s.Profile, "line": s.Mode == "line", "q": s.Input, "clients": clients}
	js, err := jsonMarshal(want)
	if err != nil {
		tb.t.Fatal(err)
	}
	tb.waitJS(`(() => { const w = `+js+`; const v = (id) => document.getElementById(id).value;
if (v("dialect") !== w.d || v("profile") !== w.p) return false;
const line = document.getElementById("mode-line").getAttribute("aria-pressed") === "true";
if (line !== w.line) return false;
if (line) return v("request") === w.q;
const cs = [...document.querySelectorAll('#console-log > li[data-kind="c"]')]
  .map((li) => (li.querySelector(".log-text") || li).textContent);
return JSON.stringify(cs) === JSON.stringify(w.clients); })()`, 5*time.Second)
}

// openLessons clicks the lessons toggle and waits for the panel.
func (tb *tab) openLessons() {
	tb.t.Helper()
	tb.do("clicking #lessons-toggle", chromedp.Click(chromedp.ID("lessons-toggle")))
	tb.waitJS(`document.querySelectorAll("#lessons [data-lesson]").length > 0`, 10*time.Second)
}

// TestLessonsLoadOnFirstUse: the first load fetches nothing of the lessons;
// opening the panel fetches its script, style and data once and shows one
// [data-lesson] per lesson.
func TestLessonsLoadOnFirstUse(t *testing.T) {
	ls := builtLessons(t)
	tb := openTab(t, "/", true)
	fetched := `performance.getEntriesByType("resource").filter((e) => /\/lessons-/.test(e.name)).length`
	if n := tb.eval(`String(` + fetched + `)`); n != "0" {
		t.Errorf("the first load fetched %s lessons files", n)
	}
	if tb.evalBool(`document.getElementById("lessons-body").hidden === false`) {
		t.Error("the lessons panel is open before it is asked for")
	}
	tb.openLessons()
	if n := tb.eval(`String(document.querySelectorAll("#lessons [data-lesson]").length)`); n != strconv.Itoa(len(ls)) {
		t.Errorf("%s [data-lesson] elements, want %d", n, len(ls))
	}
	if n := tb.eval(`String(` + fetched + `)`); n != "3" {
		t.Errorf("opening the panel fetched %s lessons files, want 3 (script, style, data)", n)
	}
	if got := tb.eval(`document.getElementById("lessons-toggle").getAttribute("aria-expanded")`); got != "true" {
		t.Errorf("toggle aria-expanded=%s", got)
	}
	// The first lesson opens at its starting line, unmet.
	if st := tb.goalState(1); st != "unmet" {
		t.Errorf("lesson 1 opens %s", st)
	}
	if got := tb.eval(`document.getElementById("request").value`); got != ls[0].Start.Input {
		t.Errorf("#request holds %q, want lesson 1's start %q", got, ls[0].Start.Input)
	}
	// Hiding and showing again needs no new fetch.
	tb.do("hiding", chromedp.Click(chromedp.ID("lessons-toggle")))
	tb.do("showing", chromedp.Click(chromedp.ID("lessons-toggle")))
	if n := tb.eval(`String(` + fetched + `)`); n != "3" {
		t.Errorf("showing the panel again fetched more (%s files in all)", n)
	}
}

// TestLessonsEveryGoal loads every lesson through its link: its goal starts
// unmet; every wrong setup leaves it unmet; "Show me" (#lesson-solve) loads
// the solution and meets it; the list marks the lesson.
func TestLessonsEveryGoal(t *testing.T) {
	ls := builtLessons(t)
	tb := openTab(t, "/", true)
	tb.openLessons()
	for _, l := range ls {
		link := tb.eval(fmt.Sprintf(`document.querySelector('#lessons [data-lesson="%d"] a').getAttribute("href")`, l.N))
		if !strings.HasPrefix(link, "#v=1&lesson="+strconv.Itoa(l.N)+"&") {
			t.Errorf("lesson %d's link is %q", l.N, link)
		}
		// A click event on the link, as a mouse click or Enter gives.
		tb.eval(fmt.Sprintf(`document.querySelector('#lessons [data-lesson="%d"] a').click(); ""`, l.N))
		if st := tb.goalState(l.N); st != "unmet" {
			t.Errorf("lesson %d (%s) starts %s", l.N, l.Title, st)
		}
		for i, w := range l.Wrong {
			tb.eval(`location.hash = ` + strconv.Quote(fragment(l.N, w)) + `; ""`)
			tb.waitSetup(w)
			if st := tb.goalState(l.N); st != "unmet" {
				t.Errorf("lesson %d: wrong setup %d (%q) meets the goal", l.N, i+1, w.Input)
			}
		}
		tb.do("clicking #lesson-solve", chromedp.Click(chromedp.ID("lesson-solve")))
		tb.waitGoal("met", fmt.Sprintf("lesson %d after Show me", l.N))
		if got := tb.eval(fmt.Sprintf(`document.querySelector('#lessons [data-lesson="%d"]').dataset.done`, l.N)); got != "shown" {
			t.Errorf("lesson %d: list marks it %q after Show me, want shown", l.N, got)
		}
	}
}

// TestLessonGoalFollowsKeystrokes types lesson 1's fix over its start key
// by key: the goal is unmet until the key that makes the server answer,
// met then, unmet again when a key breaks it; meeting it by typing marks
// the lesson done, which a reload remembers.
func TestLessonGoalFollowsKeystrokes(t *testing.T) {
	tb := openTab(t, "/#v=1&lesson=1", true)
	if st := tb.goalState(1); st != "unmet" {
		t.Fatalf("lesson 1 opens %s", st)
	}
	start := tb.eval(`document.getElementById("request").value`)
	if !strings.HasPrefix(start, "cvq 7 ") {
		t.Fatalf("a bare lesson link loads the start: #request holds %q", start)
	}
	// "cvq" → "CVQ" one key at a time, typed over the selected command.
	tb.eval(`(() => { const r = document.getElementById("request"); r.focus(); r.setSelectionRange(0, 3); return ""; })()`)
	var states []string
	for _, k := range "CVQ" {
		tb.do("typing", chromedp.SendKeys(chromedp.ID("request"), string(k)))
		tb.settled()
		states = append(states, tb.eval(`document.getElementById("lesson-goal").dataset.state`))
	}
	if strings.Join(states, " ") != "unmet unmet met" {
		t.Errorf("after C, V, Q the goal is %v, want unmet unmet met (reply %q)", states, tb.text("#reply"))
	}
	if got := tb.text("#lesson-announce"); !strings.Contains(got, "Goal met") {
		t.Errorf("the met goal is not announced: %q", got)
	}
	tb.do("backspace", chromedp.SendKeys(chromedp.ID("request"), kb.Backspace))
	tb.settled()
	if st := tb.eval(`document.getElementById("lesson-goal").dataset.state`); st != "unmet" {
		t.Errorf("after Backspace the goal is %s", st)
	}
	if got := tb.eval(`document.querySelector('#lessons [data-lesson="1"]').dataset.done`); got != "done" {
		t.Errorf("lesson 1 is marked %q after meeting its goal by typing, want done", got)
	}
	// The address names the lesson; a reload brings it and the progress back.
	tb.waitJS(`location.hash.startsWith("#v=1&lesson=1&")`, 3*time.Second)
	tb.navigate("/", true)
	tb.waitJS(`document.querySelector('#lessons [data-lesson="1"]') !== null`, 10*time.Second)
	if got := tb.eval(`document.querySelector('#lessons [data-lesson="1"]').dataset.done`); got != "done" {
		t.Errorf("after a reload lesson 1 is marked %q", got)
	}
	if got := tb.eval(`document.getElementById("request").value`); got != strings.Replace(start, "cvq", "CV", 1) {
		t.Errorf("after a reload #request holds %q, the learner's last line was lost", got)
	}
}

// TestLessonHintsAndKeyboard: hints come one at a time, and the panel
// works from the keyboard alone.
func TestLessonHintsAndKeyboard(t *testing.T) {
	ls := builtLessons(t)
	tb := openTab(t, "/", true)
	tb.eval(`document.getElementById("lessons-toggle").focus(); ""`)
	tb.do("Enter on the toggle", chromedp.KeyEvent(kb.Enter))
	tb.waitJS(`document.querySelectorAll("#lessons [data-lesson]").length > 0`, 10*time.Second)
	tb.goalState(1)
	if got := tb.eval(`document.activeElement.id`); got != "lesson-title" {
		t.Errorf("focus after opening is on #%s, want the lesson's title", got)
	}
	hints := ls[0].Hints
	for i := range hints {
		tb.eval(`document.getElementById("lesson-hint").focus(); ""`)
		tb.do("Enter on the hint button", chromedp.KeyEvent(kb.Enter))
		if n := tb.eval(`String(document.querySelectorAll("#lesson-hints li").length)`); n != strconv.Itoa(i+1) {
			t.Fatalf("after %d hint presses %s hints are shown", i+1, n)
		}
	}
	if got := tb.text("#lesson-hints li:last-child"); got != hints[len(hints)-1] {
		t.Errorf("last hint %q, want %q", got, hints[len(hints)-1])
	}
	if !tb.evalBool(`document.getElementById("lesson-hint").disabled`) {
		t.Error("the hint button stays enabled after the last hint")
	}
	tb.eval(`document.getElementById("lesson-solve").focus(); ""`)
	tb.do("Enter on Show me", chromedp.KeyEvent(kb.Enter))
	tb.waitGoal("met", "after Enter on Show me")
	if got := tb.eval(`document.getElementById("request").value`); got != ls[0].Solution.Input {
		t.Errorf("#request holds %q after Show me, want %q", got, ls[0].Solution.Input)
	}
}

// TestLessonBadLinks: a lesson number that is not one, or names no lesson,
// still opens the page and says what was wrong.
func TestLessonBadLinks(t *testing.T) {
	tb := openTab(t, "/#v=1&lesson=abc&q=CVQ%206%20spaghetti", true)
	if got := tb.text("#link-notice"); !strings.Contains(got, "not a lesson number") {
		t.Errorf("#link-notice says %q", got)
	}
	if got := tb.eval(`document.getElementById("request").value`); got != "CVQ 6 spaghetti" {
		t.Errorf("the link's line was not kept: %q", got)
	}
	if !tb.evalBool(`document.getElementById("lessons-body").hidden`) {
		t.Error("a bad lesson number opened the lessons")
	}
	tb.navigate("/#v=1&lesson=99", true)
	tb.waitJS(`document.getElementById("lessons-status").textContent.includes("no lesson")`, 10*time.Second)
	if got := tb.text("#lessons-status"); !strings.Contains(got, "There is no lesson 99") {
		t.Errorf("#lessons-status says %q", got)
	}
	if st := tb.goalState(1); st != "unmet" {
		t.Errorf("lesson 1 instead of 99 opens %s", st)
	}
}

// TestLessonsNarrow: on a 360 px phone every lesson's panel fits the width
// (nothing scrolls sideways) and its controls stay usable, in both themes.
func TestLessonsNarrow(t *testing.T) {
	ls := builtLessons(t)
	tb := openTab(t, "/", true)
	tb.do("sizing the viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
	tb.openLessons()
	for _, theme := range []string{"light", "dark"} {
		tb.eval(`document.documentElement.dataset.theme = "` + theme + `"; ""`)
		for _, l := range ls {
			tb.eval(fmt.Sprintf(`document.querySelector('#lessons [data-lesson="%d"] a').click(); ""`, l.N))
			tb.goalState(l.N)
			wide := tb.eval(`(() => { const out = []; const w = document.documentElement.clientWidth;
for (const e of document.querySelectorAll("#lessons *")) { const r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > w + 1) out.push(e.tagName + "." + e.className + " " + Math.round(r.right)); }
return out.slice(0, 5).join(", "); })()`)
			if wide != "" {
				t.Errorf("%s theme, lesson %d: wider than the 360 px window: %s", theme, l.N, wide)
			}
		}
	}
	for _, id := range []string{"lesson-hint", "lesson-solve", "lesson-restart"} {
		if h := tb.eval(`String(Math.round(document.getElementById("` + id + `").getBoundingClientRect().height))`); atoi(h) < 24 {
			t.Errorf("#%s is %s px tall on a phone, under the 24 px target size", id, h)
		}
	}
}

// TestLessonInTheConsole does lesson 3 as a learner would, in the live
// console: a new connection, VER, then CVQ, with the goal following each
// line sent.
func TestLessonInTheConsole(t *testing.T) {
	tb := openTab(t, "/#v=1&lesson=3", true)
	if st := tb.goalState(3); st != "unmet" {
		t.Fatalf("lesson 3 opens %s", st)
	}
	tb.do("New connection", chromedp.Click(chromedp.ID("console-reset")))
	tb.consoleType("VER 1 MSNP7 CVR0")
	if st := tb.eval(`document.getElementById("lesson-goal").dataset.state`); st != "unmet" {
		t.Errorf("after VER alone the goal is %s", st)
	}
	tb.consoleType("CVQ 2 0x0409 win 4.10 i386 MSMSGS 4.6.0083 MSMSGS")
	tb.waitGoal("met", "after VER and CVQ in the console")
}
