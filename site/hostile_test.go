package site_test

import (
	"strconv"
	"strings"
	"testing"
	"time"
)

// elementCensus counts the elements that hostile input must never create. The page's own
// lazy chunks (chunk.ts adds a script whose src is one of the build's hashed names, such as
// the card chunk fetched at the first interaction) are not counted.
const elementCensus = `JSON.stringify({
img: document.getElementsByTagName("img").length,
script: [...document.getElementsByTagName("script")].filter((s) => !/^[a-z]+-[A-Z2-7]{8}\.js$/.test(s.getAttribute("src") ?? "")).length,
iframe: document.getElementsByTagName("iframe").length,
object: document.querySelectorAll("object, embed").length,
svg: document.getElementsByTagName("svg").length,
styled: document.querySelectorAll("[style]").length,
handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
})`

// TestHostileMarkup types markup into the request: it must show up as text
// in the tokens, the mirror and the cards, and create no element or dialog.
func TestHostileMarkup(t *testing.T) {
	tb := openTab(t, "/", true)
	before := tb.eval(elementCensus)
	for _, line := range []string{
		`CVQ 7 <img src=x onerror=alert(1)> winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c`,
		`CVQ 8 0x0409 <script>alert(2)</script> 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c`,
		`<b onmouseover=alert(3)>CVQ</b> 9 "><svg/onload=alert(4)>`,
	} {
		tb.typeRequest(line)
		if got := tb.text("#request-mirror"); got != line {
			t.Errorf("mirror shows %q, want the typed text %q", got, line)
		}
		joined := tb.eval(`[...document.querySelectorAll("#request-tokens .tok-value")].map((e) => e.textContent).join(" ")`)
		if joined != line {
			t.Errorf("tokens read %q, want %q", joined, line)
		}
		// Hovering and pointing must not turn the text into markup either.
		tb.hover(`#request-tokens .tok:nth-child(3)`)
		tb.hoverNothing()
		if after := tb.eval(elementCensus); after != before {
			t.Errorf("after typing %q the element census changed from %s to %s", line, before, after)
		}
	}
	// Give a would-be onerror handler time to fire; the tab's report
	// fails the test on any dialog.
	time.Sleep(300 * time.Millisecond)
}

// TestHostileSizes pastes oversized and odd input: the page must answer in
// time with a message instead of a frozen tab, and keep working afterwards.
func TestHostileSizes(t *testing.T) {
	tb := openTab(t, "/", true)

	// A 200 KiB paste: over the cap, so it is not simulated, and a
	// message says so.
	ms := tb.eval(`(async () => { const r = document.getElementById("request");
const t0 = performance.now();
r.value = "CVQ 1 " + "A".repeat(200 * 1024);
r.dispatchEvent(new Event("input", { bubbles: true }));
await window.cvqPage.settled();
return String(performance.now() - t0); })()`)
	t.Logf("200 KiB paste handled in %s ms", ms)
	if !tb.evalBool(`!document.getElementById("notice").hidden`) {
		t.Errorf("no message after a 200 KiB paste")
	}
	if notice := tb.text("#notice"); !strings.Contains(notice, "64 KiB") {
		t.Errorf("#notice = %q, want it to name the 64 KiB cap", notice)
	}
	if got := tb.text("#reply"); got != "" {
		t.Errorf("#reply = %q after an oversized request", got)
	}
	if got := tb.eval(`String(document.getElementById("request-mirror").textContent.length)`); got != "0" {
		t.Errorf("the mirror renders %s characters of an oversized request", got)
	}

	// Just under the cap with thousands of fields: simulated, but cvq
	// annotates only the first 40 tokens and folds the rest of the line
	// into one, so the bridge and the page stay quick.
	ms = tb.eval(`(async () => { const r = document.getElementById("request");
const t0 = performance.now();
r.value = "CVQ 1" + " a".repeat(30000);
r.dispatchEvent(new Event("input", { bubbles: true }));
await window.cvqPage.settled();
return String(performance.now() - t0); })()`)
	t.Logf("60 KB line of 30002 fields simulated and rendered in %s ms (lastRenderMs %s)", ms, tb.eval(`String(window.cvqPage.lastRenderMs)`))
	// A hang guard, not a budget (timings belong in make bench).
	if f, err := strconv.ParseFloat(ms, 64); err != nil || f > 20000 {
		t.Errorf("a 60 KB request took %s ms; the page froze", ms)
	}
	if tb.evalBool(`!document.getElementById("notice").hidden`) {
		t.Errorf("a request under the cap was refused: %s", tb.text("#notice"))
	}
	if n := tb.eval(`String(document.querySelectorAll("#request-tokens .tok").length)`); n != "41" {
		t.Errorf("%s tokens drawn for 30002 fields, want 40 and one folded rest", n)
	}
	if end := tb.eval(`document.querySelector("#request-tokens .tok:last-child").dataset.end`); end != strconv.Itoa(len("CVQ 1")+2*30000) {
		t.Errorf("the folded token ends at %s, not at the end of the line", end)
	}
	if !strings.Contains(tb.text("#diagnostics"), "Far more tokens") {
		t.Errorf("no diagnostic about the folded rest: %q", tb.text("#diagnostics"))
	}

	// NUL bytes, bidi overrides, RTL text and emoji: shown (controls as
	// symbols), offsets still line up with the request.
	odd := "CVQ 1 \x00\x01 \u202eevil\u202c \u05e9\u05dc\u05d5\u05dd 😀🇫🇮 x\ty"
	tb.setRequestJS(odd)
	if got := tb.text("#request-mirror"); got != strings.NewReplacer("\x00", "␀", "\x01", "␁", "\t", "␉", "\u202e", "⟨U+202E⟩", "\u202c", "⟨U+202C⟩").Replace(odd) {
		t.Errorf("mirror shows %q", got)
	}
	bad := tb.eval(`(() => { const req = document.getElementById("request").value; const bad = [];
for (const e of document.querySelectorAll("#request-tokens .tok")) {
  const v = req.slice(Number(e.dataset.from), Number(e.dataset.to));
  const shown = e.querySelector(".tok-value").textContent;
  const expect = v === "" ? "∅" : v.replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/[\u202a-\u202e]/g, (c) => "\u27e8U+" + c.charCodeAt(0).toString(16).toUpperCase() + "\u27e9");
  if (shown !== expect) bad.push(JSON.stringify([e.dataset.from, e.dataset.to, shown, expect]));
}
return bad.join(" "); })()`)
	if bad != "" {
		t.Errorf("tokens do not match their from/to ranges: %s", bad)
	}

	// And the page still answers a normal line at once.
	tooFew := seedExchanges(t)[5]
	tb.typeRequest(tooFew.request)
	if got := tb.text("#reply"); got != tooFew.reply {
		t.Errorf("after the hostile input, #reply = %q, want %q", got, tooFew.reply)
	}
}

// setRequestJS puts text into #request as a paste would (one input event);
// used for characters that key events cannot type. It returns once the
// page has drawn the details too.
func (tb *tab) setRequestJS(text string) {
	tb.t.Helper()
	b, _ := jsonMarshal(text)
	tb.eval(`(() => { const r = document.getElementById("request"); r.value = ` + b + `;
r.dispatchEvent(new Event("input", { bubbles: true })); return window.cvqPage.settled().then(() => ""); })()`)
}
