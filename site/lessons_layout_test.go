package site_test

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestLessonsDocked checks where the open lessons panel sits in the
// answer-first layout: at 1280×800 at the top of the side column, beside
// the request and the reply, so the goal, the line and the answer are on
// the first screen together, the panel scrolled to the lesson; at 360 px above the request; and back at the
// foot of the work column once closed, with the keyboard focus kept on
// the toggle through both moves.
func TestLessonsDocked(t *testing.T) {
	tb := openTab(t, "/", false)
	tb.do("sizing the viewport", chromedp.EmulateViewport(1280, 800))
	tb.navigate("/#v=1&lesson=2", true)
	tb.waitJS(`document.getElementById("lesson-goal") !== null && !document.getElementById("lessons-body").hidden`, 10*time.Second)
	tb.eval(`new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(""), 50)))`)
	got := tb.eval(`(() => { const l = document.getElementById("lessons").getBoundingClientRect();
const goal = document.getElementById("lesson-goal").getBoundingClientRect();
const req = document.getElementById("request").getBoundingClientRect(), rep = document.getElementById("reply").getBoundingClientRect();
const cards = document.getElementById("cards").getBoundingClientRect();
if (document.getElementById("lessons").parentElement.className.indexOf("layout") < 0) return "the panel is not docked";
if (l.left < req.right) return "the panel (left " + l.left + ") is not beside the request (right " + req.right + ")";
if (cards.top < l.bottom - 1) return "the cards (top " + cards.top + ") are not below the panel (bottom " + l.bottom + ")";
if (req.bottom > innerHeight || rep.bottom > innerHeight) return "the request or reply is below the first screen";
if (goal.top < l.top || goal.top > Math.min(l.bottom, innerHeight) - 20) return "the goal (top " + goal.top + ") is not in view in the panel (" + l.top + ".." + l.bottom + ")";
return ""; })()`)
	if got != "" {
		t.Errorf("at 1280×800 with a lesson open: %s", got)
	}
	// Closing it with the keyboard puts it back and keeps focus on the toggle.
	tb.eval(`document.getElementById("lessons-toggle").focus(); ""`)
	tb.do("Enter on the toggle", chromedp.KeyEvent(kb.Enter))
	tb.waitJS(`document.getElementById("lessons-body").hidden`, 5*time.Second)
	if got := tb.eval(`document.getElementById("lessons").parentElement.className + " " + document.activeElement.id + " " +
document.querySelector(".layout").classList.contains("has-lesson")`); got != "work lessons-toggle false" {
		t.Errorf("closed: parent, focus, docked = %q, want the work column, the toggle, false", got)
	}
	tb.do("Enter on the toggle", chromedp.KeyEvent(kb.Enter))
	tb.waitJS(`!document.getElementById("lessons-body").hidden`, 5*time.Second)
	if got := tb.eval(`document.activeElement.id`); got != "lesson-title" && got != "lessons-toggle" {
		t.Errorf("after reopening, focus is on #%s", got)
	}
	// One column: the lesson comes first, above the request.
	tb.do("sizing the viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
	tb.eval(`new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(""), 50)))`)
	if got := tb.eval(`String(document.getElementById("lessons").getBoundingClientRect().bottom <= document.getElementById("request").getBoundingClientRect().top)`); got != "true" {
		t.Errorf("at 360 px the open lesson is not above the request")
	}
}
