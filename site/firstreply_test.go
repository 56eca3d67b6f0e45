package site_test

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
)

// linkFor is a plain share link's fragment for line, as the page writes it.
func linkFor(dialect, profile, line string) string {
	return "#v=1&d=" + dialect + "&p=" + profile + "&q=" + strings.ReplaceAll(url.QueryEscape(line), "+", "%20")
}

// replyDOM describes #reply as drawn: its text, then each field span's
// class and data attributes.
const replyDOM = `(() => { const r = document.getElementById("reply");
  return [r.textContent, ...[...r.children].map((s) => [s.tagName, s.className, s.dataset.param, s.dataset.key, s.dataset.status, s.textContent].join("|"))].join("\n"); })()`

// TestFirstReplyBeforeMain loads plain share links with main.js missing
// (/nomain/): boot.js alone must draw the link's request and reply, with
// the very DOM the whole page draws for the same link, and mark the paint.
func TestFirstReplyBeforeMain(t *testing.T) {
	links := []string{
		linkFor("MSNP8", "reference", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"),
		linkFor("MSNP2", "microsoft@2003-01", "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS"),
		// The parts in another order, and an error reply.
		"#q=CVQ%205%200x1111%20winnt%205.1&p=reference&v=1&d=MSNP9",
		linkFor("MSNP8", "reference", "CVQ 6 spaghetti"),
		// Keys the page does not know change nothing: boot.js draws, and
		// main.js says it ignored them (TestFirstReplyUnknownKeysNotice).
		linkFor("MSNP8", "reference", "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS") + "&utm_source=x&__proto__=1&=2&toString&lessons=3",
		// No request and no profile: the page's own request, under the link's dialect.
		unknownKeys("#v=1&d=MSNP9", 3000),
		// Values linkread.ts refuses on their length alone (issue 12's hostile
		// links): the page shows what it shows without them, and so does boot.js.
		// A first z= longer than any link the page writes leaves nothing used.
		"#v=1&d=MSNP9&z=" + strings.Repeat("A", 8001),
		"#z=" + strings.Repeat("A", 8001) + "&v=2&q=CVQ%201",
		// An over-long q= or t= is dropped; the link's other parts still count.
		"#v=1&d=MSNP9&q=" + strings.Repeat("A", 3*64*1024+1),
		"#v=1&t=" + strings.Repeat("C", 3*256*1024+1) + "&p=microsoft@2003-01",
	}
	for _, link := range links {
		t.Run(link, func(t *testing.T) {
			whole := openTab(t, "/"+link, true)
			want := whole.eval(replyDOM)
			line := whole.eval(`document.getElementById("request").value`)

			tb := openTab(t, "/nomain/"+link, false)
			tb.mu.Lock()
			tb.expectErrors = true // the missing main.js is logged
			tb.mu.Unlock()
			tb.waitJS(`performance.getEntriesByName("cvq-first-reply", "mark").length > 0`, 30*time.Second)
			if got := tb.eval(replyDOM); got != want {
				t.Errorf("boot.js drew #reply as\n%s\nthe whole page draws\n%s", got, want)
			}
			if got := tb.eval(`document.getElementById("request").value`); got != line {
				t.Errorf("#request = %q, want the link's %q", got, line)
			}
			if got := tb.text("#request-mirror"); got != line {
				t.Errorf("#request-mirror (the visible line) = %q, want %q", got, line)
			}
			if !tb.evalBool(`document.getElementById("reply-none").hidden`) {
				t.Errorf("\"(not simulated)\" still shows beside the reply")
			}
		})
	}
}

// TestFirstReplyOnlyPlainLinks: a link boot.js cannot read with certainty
// (a dialect or profile the page does not offer, other parts, another
// format, non-ASCII text, no link at all) is left to main.js, which reads
// it fully and may settle it differently: boot.js draws nothing.
func TestFirstReplyOnlyPlainLinks(t *testing.T) {
	line := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	links := []string{
		"",
		linkFor("msnp8", "reference", line),
		linkFor("MSNP8", "nobody", line),
		linkFor("MSNP8", "reference", line) + "&f=r2",
		strings.Replace(linkFor("MSNP8", "reference", line), "v=1", "v=2", 1),
		"#" + strings.TrimPrefix(linkFor("MSNP8", "reference", line), "#v=1&"),
		linkFor("MSNP8", "reference", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS ex\u00e9mple@hotmail.com"),
		linkFor("MSNP8", "reference", line) + "&q=CVQ%201",
		"#v=1&d=MSNP8&p=reference&q=CVQ%ZZ",
		// linkread.ts compares the version undecoded: "%31" is not version 1.
		strings.Replace(linkFor("MSNP8", "reference", line), "v=1", "v=%31", 1),
		// Parts only main.js reads, after many unknown keys.
		unknownKeys(linkFor("MSNP8", "reference", line), 500) + "&z=abc",
		unknownKeys(linkFor("MSNP8", "reference", line), 500) + "&lesson=2",
		unknownKeys("#v=1&d=MSNP8", 500) + "&t=C%3A%20VER%201%20MSNP8",
		linkFor("MSNP8", "reference", line) + "&s=CVR0&view=compare",
		unknownKeys("#v=1&d=MSNP9", 500) + "&d=MSNP8",
		// Values just within linkread.ts's caps are main.js's to read and judge.
		"#v=1&z=" + strings.Repeat("A", 8000),
		"#v=1&z=abc&z=" + strings.Repeat("A", 8001),
		"#v=1&q=" + strings.Repeat("A", 3*64*1024),
		"#v=1&t=" + strings.Repeat("C", 3*256*1024),
		// A refused part is still there: a second one, or a session beside a
		// refused transcript, is main.js's to settle.
		"#v=1&q=" + strings.Repeat("A", 3*64*1024+1) + "&q=CVQ%201",
		"#v=1&t=" + strings.Repeat("C", 3*256*1024+1) + "&s=CVR0",
	}
	for _, link := range links {
		t.Run(link, func(t *testing.T) {
			tb := openTab(t, "/nomain/"+link, false)
			tb.mu.Lock()
			tb.expectErrors = true
			tb.mu.Unlock()
			tb.waitJS(`performance.getEntriesByName("cvq-ready", "mark").length > 0`, 30*time.Second)
			// boot.js draws in the task that follows ready, or after the parse;
			// two frames later it would have drawn.
			tb.evalBool(`new Promise((ok) => { const f = () => document.readyState === "loading" ? setTimeout(f, 10) :
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => ok(true), 50))); f(); })`)
			if got := tb.text("#reply"); got != "" {
				t.Errorf("boot.js drew %q for a link it cannot read with certainty", got)
			}
			if tb.evalBool(`performance.getEntriesByName("cvq-first-reply", "mark").length > 0`) {
				t.Errorf("the first-reply mark was set with nothing drawn")
			}
		})
	}
}

// unknownKeys appends n parts with keys the page does not know to link.
func unknownKeys(link string, n int) string {
	var b strings.Builder
	b.WriteString(link)
	for i := 0; i < n; i++ {
		b.WriteString("&unknown" + strconv.Itoa(i) + "=x")
	}
	return b.String()
}

// TestFirstReplyUnknownKeysNotice: boot.js draws the reply of a link with
// keys the page does not know (TestFirstReplyBeforeMain), and main.js,
// once it has set the page up, still names them in the link's notice and
// shows the same reply.
func TestFirstReplyUnknownKeysNotice(t *testing.T) {
	tb := openTab(t, "/"+unknownKeys("#v=1&d=MSNP9", 3000), true)
	tb.waitJS(`performance.getEntriesByName("cvq-first-reply", "mark").length > 0`, 30*time.Second)
	if !tb.evalBool(`!document.getElementById("link-notice").hidden`) {
		t.Fatalf("no link notice for a link with 3,000 unknown keys")
	}
	notice := tb.text("#link-notice")
	if !strings.Contains(notice, "3,000 parts this page does not know") || !strings.Contains(notice, "unknown0=") {
		t.Errorf("#link-notice = %q, want it to count and name the unknown keys", notice)
	}
	if got := tb.eval(`document.getElementById("dialect").value`); got != "MSNP9" {
		t.Errorf("dialect = %q, want the link's MSNP9", got)
	}
}

// TestFirstReplyMarkNotHeldBack: the first-reply mark is set in the first
// task after the frame that painted the reply, ahead of work that was
// already waiting then (on a cold load, main.js's deferred run and
// DOMContentLoaded). A probe queues 200 ms of such work from every
// animation frame, before the page's own frame callback runs; the mark must
// come before it.
func TestFirstReplyMarkNotHeldBack(t *testing.T) {
	tb := openTab(t, "/nomain/", false)
	tb.mu.Lock()
	tb.expectErrors = true // the missing main.js is logged
	tb.mu.Unlock()
	tb.probe(`window.__busy = [];
const raf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (cb) => raf((t) => {
  setTimeout(() => { const s = performance.now(); window.__busy.push(s); while (performance.now() - s < 200) {} }, 0);
  cb(t);
});`)
	tb.navigate("/nomain/?probe"+linkFor("MSNP8", "reference", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"), false)
	tb.waitJS(`performance.getEntriesByName("cvq-first-reply", "mark").length > 0`, 30*time.Second)
	got := tb.eval(`JSON.stringify([performance.getEntriesByName("cvq-first-reply")[0].startTime, window.__busy])`)
	if !tb.evalBool(`window.__busy.length > 0 && performance.getEntriesByName("cvq-first-reply")[0].startTime < window.__busy[0]`) {
		t.Errorf("the first-reply mark waited for work queued during its frame: [mark, busy tasks' starts] = %s", got)
	}
}
