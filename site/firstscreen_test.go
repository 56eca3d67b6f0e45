package site_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// shareLinkPath is a share link as a learner receives it: a 731 answer, with
// diagnostics, so every part of the first screen has something in it.
const shareLinkPath = "/#v=1&d=MSNP8&p=reference&q=CVQ%202%200x0409%20winnt%205.1%20i386%20MSNMSGR%206.0.0602%20MSMSGS%20example%40hotmail.com"

// box is an element's place on the first screen, in CSS pixels.
type box struct{ Top, Bottom, Line float64 }

func (tb *tab) box(sel string) box {
	tb.t.Helper()
	var b box
	got := tb.eval(fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (!e) return "";
const r = e.getBoundingClientRect(); const lh = parseFloat(getComputedStyle(e).lineHeight) || 20;
return JSON.stringify({ Top: r.top + scrollY, Bottom: r.bottom + scrollY, Line: lh }); })()`, sel))
	if got == "" || jsonUnmarshal(got, &b) != nil {
		tb.t.Fatalf("no %s on the page (%q)", sel, got)
	}
	return b
}

// TestAnswerFirst opens a share link at a laptop's 1280×660 and a phone's
// 390×705 and checks that what a learner came for is on the first screen
// without scrolling: at 1280 the request, the reply and the client's next
// step whole; at 390 the reply whole and the next step's first line. The
// problem count sits beside the reply.
func TestAnswerFirst(t *testing.T) {
	for _, vp := range []struct {
		name         string
		w, h         int64
		mobile       bool
		wholeOutcome bool
		requestShown bool
	}{
		{"1280x660", 1280, 660, false, true, true},
		{"390x705", 390, 705, true, false, false},
	} {
		t.Run(vp.name, func(t *testing.T) {
			tb := openTab(t, "/", true)
			opts := []chromedp.EmulateViewportOption{}
			if vp.mobile {
				opts = append(opts, chromedp.EmulateMobile)
			}
			tb.do("sizing the viewport", chromedp.EmulateViewport(vp.w, vp.h, opts...))
			// A first visit: the link opens in a fresh page with nothing stored.
			tb.eval(`(() => { localStorage.clear(); return ""; })()`)
			// Another path than the tab's: a new document, not a hash change.
			tb.navigate("/?first"+shareLinkPath[1:], true)
			tb.eval(`new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(""), 100)))`)
			if y := tb.eval(`String(scrollY)`); y != "0" {
				t.Fatalf("the page opened scrolled to %s", y)
			}
			h := float64(vp.h)
			if vp.requestShown {
				if b := tb.box("#request"); b.Bottom > h {
					t.Errorf("#request ends at %.0f px, below the %0.f px screen", b.Bottom, h)
				}
			}
			if b := tb.box(".reply-line"); b.Bottom > h {
				t.Errorf("the reply ends at %.0f px, below the %0.f px screen", b.Bottom, h)
			}
			o := tb.box("#outcome")
			if vp.wholeOutcome && o.Bottom > h {
				t.Errorf("the next step (#outcome) ends at %.0f px, below the %0.f px screen", o.Bottom, h)
			}
			if first := tb.box("#outcome .outcome-line"); first.Top+first.Line > h {
				t.Errorf("the next step's first line starts at %.0f px: not readable on the %0.f px screen", first.Top, h)
			}
			p := tb.box("#problems")
			r := tb.box(".reply-line")
			if p.Bottom > r.Top+4 || p.Bottom < r.Top-60 {
				t.Errorf("the problem count (%.0f–%.0f px) is not beside the reply (from %.0f px)", p.Top, p.Bottom, r.Top)
			}
			if got := tb.text("#problems"); got == "" {
				t.Errorf("#problems is empty for a line with diagnostics")
			}
		})
	}
}

// TestPhoneHeight checks that the default page at 360 px is at most three
// screens tall: cards fold to one line each until one is chosen.
func TestPhoneHeight(t *testing.T) {
	tb := openTab(t, "/", false)
	tb.do("sizing the viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
	tb.navigate("/", true)
	tb.eval(`(() => { localStorage.setItem("cvq-intro-seen", "1"); return ""; })()`)
	tb.navigate("/?again", true)
	tb.eval(`new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(""), 100)))`)
	var hgt float64
	if err := jsonUnmarshal(tb.eval(`String(document.documentElement.scrollHeight)`), &hgt); err != nil {
		t.Fatal(err)
	}
	if hgt > 3*740 {
		t.Errorf("at 360×740 the default page is %.0f px tall, more than three screens (%d px)", hgt, 3*740)
	}
	// Choosing a field opens its card right below the request line, with
	// the other cards one line each.
	tb.eval(`(() => { document.querySelector('#request-tokens [data-key="q2"]').click(); return ""; })()`)
	// The body's rows come in the card chunk, fetched when the first card opens.
	tb.waitJS(`document.querySelector('[data-key="q2"].card .card-rows') !== null`, 10*time.Second)
	got := tb.eval(`(() => { const c = document.querySelector('[data-key="q2"].card');
const rows = c?.querySelector(".card-rows"); if (!rows) return "no open card body";
if (c.parentElement.id !== "card-slot-request") return "the card is in #" + c.parentElement.id;
const line = document.querySelector(".line-stack").getBoundingClientRect(), r = c.getBoundingClientRect();
if (r.top < line.bottom || r.top > line.bottom + 80) return "the card starts at " + r.top + ", the line ends at " + line.bottom;
if (rows.getBoundingClientRect().height === 0) return "the card's rows are folded";
const open = [...document.querySelectorAll("#cards .card")].filter((x) => x.querySelector(".card-body") !== null ||
	getComputedStyle(x.querySelector(".card-value")).display !== "none").map((x) => x.dataset.key);
return open.length ? "cards not folded to their name: " + open.join(" ") : ""; })()`)
	if got != "" {
		t.Errorf("at 360 px, the chosen field's card: %s", got)
	}
	// Choosing it again closes it, back in its place in the list.
	tb.eval(`(() => { document.querySelector('#request-tokens [data-key="q2"]').click(); return ""; })()`)
	if got := tb.eval(`(() => { const c = document.querySelector('[data-key="q2"].card');
return c.parentElement.id + " " + (c.querySelector(".card-body") !== null) + " " + document.getElementById("card-slot-request").hidden; })()`); got != "cards-request false true" {
		t.Errorf("after choosing q2 again: parent, body, slot hidden = %s", got)
	}
}

// TestBelowFirstScreenSkipped: the panels below the first screen (the
// lessons, the diagnostics, the footer) are skipped by the browser's
// rendering until the first reply is on screen (content-visibility: auto),
// so the first frame, which a share link's reply is drawn in, lays out
// less. Once the page is set up they are laid out like the rest: a skipped
// panel changes size as it nears the screen, which moved the views' buttons
// out from under a click that scrolled to them (TestSingleFileLazy).
func TestBelowFirstScreenSkipped(t *testing.T) {
	link := linkFor("MSNP8", "reference", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	below := []string{"#lessons", ".panel:has(#diagnostics)", ".foot", "#views"}
	// Without main.js (/nomain/), boot.js draws the reply and the page is never set up.
	tb := openTab(t, "/nomain/"+link, false)
	tb.waitJS(`performance.getEntriesByName("cvq-first-reply").length > 0`, 30*time.Second)
	for _, sel := range below {
		if got := tb.eval(`getComputedStyle(document.querySelector("` + sel + `")).contentVisibility`); got != "auto" {
			t.Errorf("before the page is set up, %s: content-visibility %q, want auto", sel, got)
		}
	}
	for _, sel := range []string{".panel--request", ".panel--reply", "#cards"} {
		if got := tb.eval(`getComputedStyle(document.querySelector("` + sel + `")).contentVisibility`); got != "visible" {
			t.Errorf("%s (on the first screen): content-visibility %q, want visible", sel, got)
		}
	}
	tb = openTab(t, "/"+link, true)
	tb.settled()
	for _, sel := range below {
		if got := tb.eval(`getComputedStyle(document.querySelector("` + sel + `")).contentVisibility`); got != "visible" {
			t.Errorf("once the page is set up, %s: content-visibility %q, want visible", sel, got)
		}
	}
	for _, sel := range []string{"#h-lessons", "#lessons-toggle", ".foot p", "#view-compare"} {
		if !tb.evalBool(`document.querySelector("` + sel + `").checkVisibility({ contentVisibilityAuto: true }) &&
  document.querySelector("` + sel + `").getBoundingClientRect().height > 10`) {
			t.Errorf("%s is not rendered while off the screen", sel)
		}
	}
}
