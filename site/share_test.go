package site_test

import (
	"fmt"
	"math/rand"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// stateKey is where the page keeps its last state (storage.ts).
const stateKey = "cvq-playground:state"

// tabKey is where the page keeps this tab's own state (storage.ts), in sessionStorage.
const tabKey = "cvq-playground:tab"

// grantClipboard lets the test server's pages write and read the clipboard
// without a prompt, as a user who allowed it would.
func grantClipboard(tb *tab) {
	tb.t.Helper()
	for _, name := range []string{"clipboard-write", "clipboard-read"} {
		_, err := chromedp.CallBrowser(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name, AllowWithoutSanitization: true},
			Setting:    browser.PermissionSettingGranted,
			Origin:     suite.server.URL,
		})
		if err != nil {
			tb.t.Fatalf("granting %s: %v", name, err)
		}
	}
}

// copyLink presses #copy-link and returns the link the page put on the
// clipboard, failing when it says it could not.
func copyLink(tb *tab) string {
	tb.t.Helper()
	grantClipboard(tb)
	tb.eval(`(() => { const s = document.getElementById("share-status"); s.textContent = ""; delete s.dataset.tone; return ""; })()`)
	tb.do("clicking Copy link", chromedp.Click(chromedp.ID("copy-link")))
	tb.waitJS(`document.getElementById("share-status").dataset.tone !== undefined`, 5*time.Second)
	if tone := tb.eval(`document.getElementById("share-status").dataset.tone`); tone != "ok" {
		tb.t.Fatalf("Copy link: %s: %s", tone, tb.text("#share-status"))
	}
	got := tb.eval(`navigator.clipboard.readText()`)
	if !strings.HasPrefix(got, suite.server.URL+"/#") {
		tb.t.Fatalf("the clipboard holds %q, not a link to this page", short(got))
	}
	return got
}

// openLink opens link (a URL on the test server) in a fresh tab.
func openLink(t *testing.T, link string) *tab {
	t.Helper()
	path := strings.TrimPrefix(link, suite.server.URL)
	if path == link {
		t.Fatalf("%q is not on the test server", short(link))
	}
	return openTab(t, path, true)
}

// fragmentParts splits a readable fragment into its decoded parts.
func fragmentParts(t *testing.T, link string) map[string]string {
	t.Helper()
	_, frag, _ := strings.Cut(link, "#")
	out := map[string]string{}
	for _, p := range strings.Split(frag, "&") {
		k, v, _ := strings.Cut(p, "=")
		d, err := url.PathUnescape(v)
		if err != nil {
			t.Fatalf("part %s of %q: %v", k, short(link), err)
		}
		out[k] = d
	}
	return out
}

// pageState reads what the page shows: dialect, profile, mode, request and
// the pinned field.
func pageState(tb *tab) string {
	tb.t.Helper()
	return tb.eval(`JSON.stringify({
dialect: document.getElementById("dialect").value,
profile: document.getElementById("profile").value,
mode: document.getElementById("console").hidden ? "line" : "session",
line: document.getElementById("request").value,
pinned: [...document.querySelectorAll(".tok.is-selected")].map((e) => e.dataset.key + "=" + e.dataset.param).join(","),
})`)
}

// cardShown reports whether the card for param is highlighted, pinned and
// visible in the viewport (and inside the cards panel when it scrolls).
func cardShown(tb *tab, param string) string {
	tb.t.Helper()
	return tb.eval(fmt.Sprintf(`(() => {
const c = document.querySelector('#cards .card[data-param=%q]');
if (!c) return "no card";
if (!c.classList.contains("is-active") || !c.classList.contains("is-selected")) return "card not highlighted: " + c.className;
const r = c.getBoundingClientRect(), p = document.getElementById("cards").getBoundingClientRect();
if (r.bottom <= Math.max(0, p.top) || r.top >= Math.min(innerHeight, p.bottom)) return "card out of view: " + r.top + ".." + r.bottom;
return "";
})()`, param))
}

// otherProfile returns a profile the selector offers that is not reference.
func otherProfile(tb *tab) string {
	tb.t.Helper()
	p := tb.eval(`[...document.getElementById("profile").options].map((o) => o.value).find((v) => v !== "reference") || ""`)
	if p == "" {
		tb.t.Fatal("the profile selector offers only one profile")
	}
	return p
}

// TestShareLineRoundTrip copies a link to a line with a pinned field and
// opens it in a fresh tab: the same dialect, profile, line and pinned field,
// with its card in view.
func TestShareLineRoundTrip(t *testing.T) {
	tb := openTab(t, "/", true)
	profile := otherProfile(tb)
	tb.setSelect("dialect", "MSNP9")
	tb.setSelect("profile", profile)
	tb.typeRequest(newLine)
	tb.eval(`(() => { document.activeElement.blur(); return ""; })()`)
	tb.do("pinning user-handle", chromedp.Click(chromedp.CSS(`#request-tokens .tok[data-param="user-handle"]`)))
	tb.hoverNothing()
	want := pageState(tb)
	if !strings.Contains(want, "=user-handle") {
		t.Fatalf("clicking user-handle did not pin it: %s", want)
	}
	link := copyLink(tb)
	parts := fragmentParts(t, link)
	if parts["v"] != "1" || parts["d"] != "MSNP9" || parts["p"] != profile || parts["q"] != newLine || parts["f"] != "q9" || parts["z"] != "" {
		t.Errorf("link parts %v, want v=1, d=MSNP9, p=%s, q=the line, f=q9 and no z", parts, profile)
	}
	if !strings.Contains(link, "&q=CVQ%202%200x0409%20winnt") {
		t.Errorf("the line is not readable in the link: %s", link)
	}

	fresh := openLink(t, link)
	if got := pageState(fresh); got != want {
		t.Errorf("the shared link shows\n%s\nwant\n%s", got, want)
	}
	wantActive(fresh, "user-handle", "opening the link")
	if why := cardShown(fresh, "user-handle"); why != "" {
		t.Errorf("opening the link: %s", why)
	}
	if fresh.evalBool(`!document.getElementById("link-notice").hidden`) {
		t.Errorf("a good link shows a notice: %s", fresh.text("#link-notice"))
	}
}

// logLines returns the console log's client and server lines, one
// "kind text" string each.
func logLines(tb *tab) []string {
	tb.t.Helper()
	var out []string
	got := tb.eval(`JSON.stringify([...document.querySelectorAll("#console-log .log-entry")].map((e) =>
e.dataset.kind + " " + (e.querySelector(".log-text") || e).textContent))`)
	if err := jsonUnmarshal(got, &out); err != nil {
		tb.t.Fatal(err)
	}
	return out
}

// sendConsole types line into the console input and presses Enter.
func sendConsole(tb *tab, line string) {
	tb.t.Helper()
	tb.do("typing into the console", chromedp.SendKeys(chromedp.ID("console-input"), line+kb.Enter))
}

// TestShareSessionRoundTrip sends two lines on the console, copies a link
// and opens it: the same two lines are sent again and give the same log.
func TestShareSessionRoundTrip(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.openConsole()
	sendConsole(tb, "VER 1 MSNP8 CVR0")
	sendConsole(tb, "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	want := logLines(tb)
	if len(want) < 4 {
		t.Fatalf("after two lines the log holds %q", want)
	}
	link := copyLink(tb)
	parts := fragmentParts(t, link)
	if parts["s"] != "VER 1 MSNP8 CVR0\nCVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com" || parts["q"] != "" {
		t.Errorf("session link parts %v", parts)
	}
	fresh := openLink(t, link)
	if got := fresh.eval(`document.getElementById("console").hidden ? "line" : "session"`); got != "session" {
		t.Fatalf("the session link opened in %s mode", got)
	}
	if got := logLines(fresh); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the session link's log is\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestShareTranscriptRoundTrip pastes a transcript into the console and
// checks that its link (t=) brings back the same checked transcript.
func TestShareTranscriptRoundTrip(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	transcript := "C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8 CVR0\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com\nS: CVR 2 6.0.0602 6.0.0602 1.0.0000 http://example.invalid/x http://example.invalid/y"
	tb.paste(transcript)
	want := logLines(tb)
	if len(want) < 4 {
		t.Fatalf("the pasted transcript shows %q", want)
	}
	link := copyLink(tb)
	if parts := fragmentParts(t, link); parts["t"] != transcript {
		t.Fatalf("transcript link parts %v", parts)
	}
	fresh := openLink(t, link)
	if got := logLines(fresh); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the transcript link's log is\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if fresh.text("#transcript-summary") != tb.text("#transcript-summary") {
		t.Errorf("summary %q, want %q", fresh.text("#transcript-summary"), tb.text("#transcript-summary"))
	}
}

// setRequest puts text into #request as a paste would (typing thousands of
// characters with key events takes minutes).
func setRequest(tb *tab, text string) {
	tb.t.Helper()
	b, _ := jsonMarshal(text)
	tb.eval(`(() => { const r = document.getElementById("request"); r.value = ` + b + `;
r.dispatchEvent(new Event("input", { bubbles: true })); return window.cvqPage.settled().then(() => ""); })()`)
}

// TestShareCompressed shares a long, repetitive line: the link is the
// compressed z= form, well under the cap, and opens to the same line.
func TestShareCompressed(t *testing.T) {
	tb := openTab(t, "/", true)
	long := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS " + strings.Repeat("example@hotmail.com ", 400)
	setRequest(tb, long)
	link := copyLink(tb)
	_, frag, _ := strings.Cut(link, "#")
	if !strings.HasPrefix(frag, "v=1&z=") {
		t.Fatalf("a %d-character line gave the link #%s, want the compressed form", len(long), short(frag))
	}
	if len(frag) > len(long)/5 {
		t.Errorf("the compressed link is %d characters for a %d-character line", len(frag), len(long))
	}
	fresh := openLink(t, link)
	if got := fresh.eval(`document.getElementById("request").value`); got != long {
		t.Errorf("the compressed link restored %d characters %q…, want the %d-character line", len(got), short(got), len(long))
	}
	if fresh.evalBool(`!document.getElementById("link-notice").hidden`) {
		t.Errorf("the compressed link shows a notice: %s", fresh.text("#link-notice"))
	}
}

// TestShareOverCap shares a line that does not compress below the cap: a
// message says so, nothing is copied and the address holds no fragment.
func TestShareOverCap(t *testing.T) {
	tb := openTab(t, "/", true)
	r := rand.New(rand.NewSource(1))
	var b strings.Builder
	b.WriteString("CVQ 2 ")
	for b.Len() < 20000 {
		b.WriteByte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[r.Intn(62)])
	}
	setRequest(tb, b.String())
	grantClipboard(tb)
	tb.eval(`navigator.clipboard.writeText("before").then(() => "")`)
	tb.do("clicking Copy link", chromedp.Click(chromedp.ID("copy-link")))
	tb.waitJS(`document.getElementById("share-status").dataset.tone !== undefined`, 5*time.Second)
	msg := tb.text("#share-status")
	if tone := tb.eval(`document.getElementById("share-status").dataset.tone`); tone != "error" || !strings.Contains(msg, "8,000") {
		t.Errorf("over the cap: tone %s, message %q; want an error naming the 8,000-character cap", tone, msg)
	}
	if got := tb.eval(`navigator.clipboard.readText()`); got != "before" {
		t.Errorf("over the cap the clipboard holds %q", short(got))
	}
	if got := tb.eval(`location.hash`); got != "" {
		t.Errorf("over the cap the address keeps the fragment %q", short(got))
	}
	if tb.evalBool(`!document.getElementById("share-url").hidden`) {
		t.Errorf("over the cap the link field is shown")
	}
}

// TestShareClipboardDenied makes writeText fail: the link is offered in a
// selected text field instead, with a message.
func TestShareClipboardDenied(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.eval(`(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError")); return ""; })()`)
	tb.do("clicking Copy link", chromedp.Click(chromedp.ID("copy-link")))
	tb.waitJS(`document.getElementById("share-status").dataset.tone !== undefined`, 5*time.Second)
	if tone := tb.eval(`document.getElementById("share-status").dataset.tone`); tone != "warning" {
		t.Errorf("tone %s after a denied copy: %s", tone, tb.text("#share-status"))
	}
	got := tb.eval(`(() => { const u = document.getElementById("share-url");
return u.hidden ? "hidden" : document.activeElement !== u ? "not focused" :
  u.value.slice(u.selectionStart, u.selectionEnd) !== u.value ? "not selected" : u.value; })()`)
	if !strings.HasPrefix(got, suite.server.URL+"/#v=1&") {
		t.Fatalf("#share-url after a denied copy: %s", got)
	}
	if parts := fragmentParts(t, got); parts["q"] != newLine {
		t.Errorf("the offered link holds %v", parts)
	}
}

// TestBrokenLinks opens damaged and foreign links: each opens a working page
// with a notice that says what was wrong and what was kept.
func TestBrokenLinks(t *testing.T) {
	line := url.PathEscape("CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c")
	// A valid compressed link, made by the page, to cut short below.
	tb := openTab(t, "/", true)
	setRequest(tb, "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS "+strings.Repeat("x@y.z ", 300))
	good := copyLink(tb)
	_, z, _ := strings.Cut(good, "&z=")
	if z == "" {
		t.Fatalf("no compressed link to cut: %s", short(good))
	}
	cases := []struct {
		name, frag string
		says       []string // in the notice
		dialect    string   // expected afterwards
		line       string   // expected request ("" = the page's default)
	}{
		{"garbage-z", "v=1&z=!!not*base64!!", []string{"damaged", "Nothing from the link"}, "MSNP8", ""},
		{"undeflatable-z", "v=1&z=AAAAAAAAAAAA", []string{"damaged", "Nothing from the link"}, "MSNP8", ""},
		{"truncated-z", "v=1&z=" + z[:len(z)/2], []string{"damaged", "Nothing from the link"}, "MSNP8", ""},
		{"version-9", "v=9&d=MSNP9&q=" + line, []string{"version “9”", "Nothing from the link"}, "MSNP8", ""},
		{"unknown-dialect", "v=1&d=MSNP99&p=reference&q=" + line, []string{"dialect “MSNP99”", "Kept from the link: the server profile and the request line"}, "MSNP8", "CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"},
		{"unknown-profile", "v=1&d=MSNP9&p=nope&q=" + line, []string{"server profile “nope”", "Kept from the link: the dialect and the request line"}, "MSNP9", "CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"},
		{"bad-percent", "v=1&d=MSNP9&q=CVQ%202%E0%A4%A&f=q1", []string{"percent-encoding", "Kept from the link: the dialect and the highlighted field"}, "MSNP9", ""},
		{"missing-field", "v=1&q=" + line + "&f=q42", []string{"“q42” is not in this request"}, "MSNP8", "CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"},
		// A part without "=", a repeated key (the first counts), an empty key and an empty part.
		{"odd-parts", "v=1&d=MSNP9&nokey&d=MSNP12&=x&&q=" + line, []string{"2 parts this page does not know (“nokey=”, “=”)"}, "MSNP9", "CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"},
		{"markup", "v=1&d=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&q=" + line, []string{"dialect “<img src=x onerror=alert(1)>”"}, "MSNP8", "CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb := openTab(t, "/#"+c.frag, true)
			notice := tb.linkNotice()
			if notice == "" {
				t.Fatalf("no notice for #%s", c.frag)
			}
			for _, want := range c.says {
				if !strings.Contains(notice, want) {
					t.Errorf("the notice does not say %q: %s", want, notice)
				}
			}
			if tb.evalBool(`document.querySelector("#link-notice img, img") !== null`) {
				t.Errorf("the notice made an element out of the link's text")
			}
			if got := tb.eval(`document.getElementById("dialect").value`); got != c.dialect {
				t.Errorf("dialect %s, want %s", got, c.dialect)
			}
			want := c.line
			if want == "" {
				want = newLine
			}
			if got := tb.eval(`document.getElementById("request").value`); got != want {
				t.Errorf("request %q, want %q", got, want)
			}
			// The page works: a new request gets a reply, and the address
			// no longer holds the broken link.
			setRequest(tb, newLine)
			if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 ") {
				t.Errorf("after typing, #reply = %q", got)
			}
			tb.waitJS(`location.hash.startsWith("#v=1&d=")`, 5*time.Second)
			// Dismiss hides the notice.
			tb.do("dismissing the notice", chromedp.Click(chromedp.CSS(`#link-notice .notice-close`)))
			if !tb.evalBool(`document.getElementById("link-notice").hidden`) {
				t.Errorf("Dismiss left the notice up")
			}
		})
	}
}

// TestFragmentFollowsState types, pins and switches dialect, and checks the
// address follows through replaceState: the fragment changes, the history
// does not grow.
func TestFragmentFollowsState(t *testing.T) {
	tb := openTab(t, "/", true)
	before := tb.eval(`String(history.length)`)
	if got := tb.eval(`location.hash`); got != "" {
		t.Fatalf("a fresh page has the fragment %q", got)
	}
	tb.typeRequest(newLine)
	tb.do("typing more", chromedp.SendKeys(chromedp.ID("request"), " extra"))
	tb.setSelect("dialect", "MSNP10")
	tb.waitJS(`location.hash.includes("d=MSNP10") && location.hash.includes("extra")`, 5*time.Second)
	tb.eval(`(() => { document.activeElement.blur(); return ""; })()`)
	tb.do("pinning locale", chromedp.Click(chromedp.CSS(`#request-tokens .tok[data-param="locale"]`)))
	tb.waitJS(`location.hash.endsWith("&f=q2")`, 5*time.Second)
	if after := tb.eval(`String(history.length)`); after != before {
		t.Errorf("history.length went from %s to %s while editing", before, after)
	}
	parts := fragmentParts(t, tb.eval(`location.href`))
	if parts["q"] != newLine+" extra" || parts["d"] != "MSNP10" {
		t.Errorf("fragment parts %v", parts)
	}
	// Following a link in the same tab (only the fragment changes) opens it.
	tb.eval(`(() => { location.hash = "#v=1&d=MSNP11&q=CVQ%209%20x"; return ""; })()`)
	tb.waitJS(`document.getElementById("request").value === "CVQ 9 x" && document.getElementById("dialect").value === "MSNP11"`, 5*time.Second)
	// The skip link's #request is an anchor, not a link to open.
	tb.eval(`(() => { location.hash = "#request"; return ""; })()`)
	time.Sleep(100 * time.Millisecond)
	if got := tb.eval(`document.getElementById("request").value + " " + document.getElementById("link-notice").hidden`); got != "CVQ 9 x true" {
		t.Errorf("after #request: %s", got)
	}
	// Following the skip link within the debounce after an edit keeps the
	// edit's save: the address and storage still catch up with it.
	setRequest(tb, "CVQ 10 before")
	tb.waitJS(`location.hash.includes("CVQ%2010%20before")`, 5*time.Second)
	tb.eval(`(() => { const r = document.getElementById("request"); r.value = "CVQ 11 skipped";
r.dispatchEvent(new Event("input", { bubbles: true }));
document.querySelector('a.skip[href="#request"]').click(); return location.hash; })()`)
	time.Sleep(600 * time.Millisecond) // twice the debounce
	if got := tb.eval(`location.hash`); !strings.Contains(got, "q=CVQ%2011%20skipped") {
		t.Errorf("after an edit and the skip link the address holds %q, not the edit", got)
	}
	if got := tb.eval(`localStorage.getItem("` + stateKey + `") || ""`); !strings.Contains(got, "CVQ 11 skipped") {
		t.Errorf("after an edit and the skip link storage holds %s, not the edit", short(got))
	}
}

// TestReloadRestoresState leaves a state, opens the page again without a
// fragment and finds it restored from localStorage; a fragment wins over it.
func TestReloadRestoresState(t *testing.T) {
	tb := openTab(t, "/", true)
	profile := otherProfile(tb)
	tb.setSelect("dialect", "MSNP12")
	tb.setSelect("profile", profile)
	tb.typeRequest("CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS")
	tb.eval(`(() => { document.activeElement.blur(); return ""; })()`)
	tb.do("pinning client-version", chromedp.Click(chromedp.CSS(`#request-tokens .tok[data-param="client-version"]`)))
	tb.hoverNothing()
	want := pageState(tb)
	tb.waitJS(`(localStorage.getItem("`+stateKey+`") || "").includes("99.9.9999") && (localStorage.getItem("`+stateKey+`") || "").includes("q7")`, 5*time.Second)
	tb.navigate("/", true)
	if got := pageState(tb); got != want {
		t.Errorf("after reopening the page:\n%s\nwant\n%s", got, want)
	}
	wantActive(tb, "client-version", "reopening the page")
	if tb.evalBool(`!document.getElementById("link-notice").hidden`) {
		t.Errorf("restoring from storage shows a notice: %s", tb.text("#link-notice"))
	}
	// A link wins over what is stored.
	tb.navigate("/#v=1&d=MSNP9&q=CVQ%204%20x", true)
	if got := tb.eval(`document.getElementById("dialect").value + " | " + document.getElementById("request").value`); got != "MSNP9 | CVQ 4 x" {
		t.Errorf("a link over stored state shows %s", got)
	}
	// A reload right after typing, before the debounce, keeps the last keys.
	tb.navigate("/", true)
	tb.typeRequest("CVQ 5 fast")
	tb.navigate("/", true)
	if got := tb.eval(`document.getElementById("request").value`); got != "CVQ 5 fast" {
		t.Errorf("after typing and reopening at once, the request is %q", got)
	}
}

// TestSessionRestoresState checks that the console's session is remembered
// across a reload, with the mode.
func TestSessionRestoresState(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	sendConsole(tb, "VER 1 MSNP8 CVR0")
	want := logLines(tb)
	tb.waitJS(`(localStorage.getItem("`+stateKey+`") || "").includes("VER 1 MSNP8 CVR0")`, 5*time.Second)
	tb.navigate("/", true)
	if got := tb.eval(`document.getElementById("console").hidden ? "line" : "session"`); got != "session" {
		t.Errorf("mode %s after reopening", got)
	}
	if got := logLines(tb); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after reopening the log is %q, want %q", got, want)
	}
}

// plantState stores raw under the state key for the next page load. The
// page saves its own state as it unloads, so the value is written again by
// a pagehide listener registered after the page's, which also removes the
// tab's own state (a tab brings back its own state before the shared one).
func plantState(tb *tab, raw string) {
	tb.t.Helper()
	b, _ := jsonMarshal(raw)
	tb.eval(`(() => { const put = () => { localStorage.setItem("` + stateKey + `", ` + b + `); sessionStorage.removeItem("` + tabKey + `"); };
put(); addEventListener("pagehide", put); return ""; })()`)
}

// TestCorruptStorageIgnored plants broken, foreign and oversized values
// under the state key: the page starts from its defaults without an error.
func TestCorruptStorageIgnored(t *testing.T) {
	tb := openTab(t, "/", true)
	for _, raw := range []string{
		`{not json`,
		`null`,
		`"a string"`,
		`{"v":2,"state":{"dialect":"MSNP9","profile":"reference","mode":"line","line":"CVQ 1 x","session":[],"transcript":"","focus":""}}`,
		`{"v":1,"state":{"dialect":"MSNP9","profile":"reference","mode":"sideways","line":"CVQ 1 x","session":[],"transcript":"","focus":""}}`,
		`{"v":1,"state":{"dialect":"MSNP9","profile":"reference","mode":"line","line":42,"session":[],"transcript":"","focus":""}}`,
		`{"v":1,"state":{"dialect":"MSNP9","profile":"reference","mode":"line","line":"CVQ 1 x","session":[1],"transcript":"","focus":""}}`,
		`{"v":1,"state":{"dialect":"MSNP9","profile":"reference","mode":"line","line":"CVQ 1 x","session":[],"transcript":"","focus":"<b>"}}`,
		`{"v":1,"state":{"dialect":"MSNP9","profile":"reference","mode":"line","line":"` + strings.Repeat("x", 300000) + `","session":[],"transcript":"","focus":""}}`,
	} {
		plantState(tb, raw)
		tb.navigate("/", true)
		if got := tb.eval(`document.getElementById("dialect").value + " | " + document.getElementById("request").value`); got != "MSNP8 | "+newLine {
			t.Errorf("stored %s: the page shows %s", short(raw), short(got))
		}
	}
	// An unknown dialect in an otherwise good state is dropped quietly.
	plantState(tb, `{"v":1,"state":{"dialect":"MSNP99","profile":"reference","mode":"line","line":"CVQ 1 kept","session":[],"transcript":"","focus":""}}`)
	tb.navigate("/", true)
	if got := tb.eval(`document.getElementById("dialect").value + " | " + document.getElementById("request").value + " | " + document.getElementById("link-notice").hidden`); got != "MSNP8 | CVQ 1 kept | true" {
		t.Errorf("a stored unknown dialect: the page shows %s", got)
	}
}
