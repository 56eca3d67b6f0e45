package site_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

// hostileLink is a link made to cost the page as much as a fragment of up
// to 2 MB can, and what its notice must say.
type hostileLink struct {
	name string
	frag string
	says []string
}

// hostileLinks builds the links of TestHostileLinksBounded. They are
// smaller than the 2 MB a browser allows, because the test harness pays for
// every megabyte of an address several times over (each protocol event that
// names the page carries it); build/bench loads the full-size ones and
// times them. Each is still far past what the page takes, so each is
// refused or summed up by the same code.
func hostileLinks(t *testing.T) []hostileLink {
	var many, plain strings.Builder
	many.WriteString("v=1&d=MSNP9")
	for i := 0; many.Len() < 300*1024; i++ {
		many.WriteString("&k" + strconv.Itoa(i) + "=")
	}
	plain.WriteString("v=1&d=MSNP9")
	for i := 0; i < 5000; i++ {
		plain.WriteString("&unknown" + strconv.Itoa(i) + "=x")
	}
	// A compressed part short enough to be one the page could have written
	// is unpacked, and its made-up keys are summed up like plain ones.
	var few strings.Builder
	few.WriteString("v=1&d=MSNP9")
	for i := 0; i < 2000; i++ {
		few.WriteString("&k" + strconv.Itoa(i) + "=")
	}
	short := zLink(t, few.String())
	if len(short) > 8000 {
		t.Fatalf("the short compressed link is %d characters, over the 8,000 the page writes", len(short))
	}
	return []hostileLink{
		{"z-unknown-keys", zLink(t, many.String()), []string{"(z=) is", "longer than any link this page writes (8,000 at most)",
			"nothing from the link was used"}},
		{"z-short-unknown-keys", short, []string{"2,000 parts this page does not know", "“k0=”, “k1=”", "and 1,995 more); they were ignored"}},
		{"plain-unknown-keys", plain.String(), []string{"5,000 parts this page does not know", "“unknown0=”, “unknown1=”"}},
		{"long-q", "v=1&q=CVQ%201%20" + strings.Repeat("A", 200*1024), []string{"request line (q=) is longer than the 64 KiB"}},
		{"long-t", "v=1&t=" + strings.Repeat("A", 300*1024), []string{"transcript (t=) is longer than the 256 KiB"}},
		{"object-keys", "v=1&d=MSNP9&__proto__=1&constructor=2&toString=3&hasOwnProperty=4", []string{"4 parts", "“__proto__=”", "“constructor=”", "“toString=”"}},
	}
}

// TestHostileLinksBounded opens links of up to 2 MB: each must reach a
// ready page (a generous limit: the figures are in make bench), with a
// notice of a few lines that says what was refused, and the address must
// not keep the refused link.
func TestHostileLinksBounded(t *testing.T) {
	for _, l := range hostileLinks(t) {
		t.Run(l.name, func(t *testing.T) {
			if len(l.frag) > 2<<20 {
				t.Fatalf("the link is %d characters, over 2 MB", len(l.frag))
			}
			tb := openTab(t, "/#"+l.frag, false)
			tb.readyWithin(60 * time.Second) // a hang guard on a busy machine: make bench has the figures
			t.Logf("%d characters: first reply painted %s ms after navigation started", len(l.frag),
				tb.eval(`String(Math.round(performance.getEntriesByName("cvq-first-reply")[0]?.startTime ?? -1))`))
			notice := tb.linkNotice()
			for _, want := range l.says {
				if !strings.Contains(notice, want) {
					t.Errorf("the notice does not say %q: %s", want, short(notice))
				}
			}
			if n := tb.eval(`String(document.querySelectorAll("#link-notice li").length)`); atoi(n) > 3 {
				t.Errorf("the notice lists %s problems", n)
			}
			if n := tb.eval(`String(document.querySelectorAll("li").length)`); atoi(n) > 600 {
				t.Errorf("the page has %s list items after the link", n)
			}
			if n := tb.eval(`String(location.hash.length)`); atoi(n) > 8001 {
				t.Errorf("the address still holds %s characters", n)
			}
			if got := tb.text("#reply"); got == "" {
				t.Errorf("no reply after the link")
			}
		})
	}
}

// TestLongLinkPaintedBeforeStorage opens a link longer than any the page
// writes: its reply must be painted before the page reads this tab's
// storage, a synchronous call to the browser that an address of megabytes
// keeps busy for seconds (make bench's hostile links), while a short link
// that main.js draws (one with a highlighted field: boot.js draws only the
// plainest links, TestFirstReplyBeforeMain) is checked against the tab's
// own saved address first, as before.
func TestLongLinkPaintedBeforeStorage(t *testing.T) {
	tb := openTab(t, "/", true)
	// Storage is a synchronous call to the browser, which an address of megabytes keeps
	// busy: after such a link nothing may ask it anything (this tab's state, the stored
	// theme, the intro's visit) before the reply is painted.
	tb.probe(`for (const name of ["getItem", "setItem", "removeItem"]) {
  const was = Storage.prototype[name];
  Storage.prototype[name] = function (...args) {
    if (window.__storageUsed === undefined) window.__storageUsed = performance.now();
    if (window.__sessionRead === undefined && name === "getItem" && this === window.sessionStorage) window.__sessionRead = performance.now();
    return was.apply(this, args);
  };
}`)
	for i, frag := range []string{"v=1&q=CVQ%201%20" + strings.Repeat("A", 100*1024), "v=1&q=CVQ%201%20short&f=r1"} {
		tb.eval(`(() => { localStorage.setItem("cvq-playground:theme", "dark"); localStorage.removeItem("cvq-intro-seen"); return ""; })()`)
		tb.navigate(fmt.Sprintf("/?%d#%s", i, frag), true)
		got := tb.eval(`String((window.__sessionRead ?? -1) > performance.getEntriesByName("cvq-first-reply")[0].startTime)`)
		if want := fmt.Sprint(i == 0); got != want {
			t.Errorf("%d-character link: this tab's storage read after the first reply is painted: %s, want %s", len(frag), got, want)
		}
		if i == 0 {
			if got := tb.eval(`String(window.__storageUsed > performance.getEntriesByName("cvq-first-reply")[0].startTime)`); got != "true" {
				t.Errorf("%d-character link: storage was used before the first reply was painted", len(frag))
			}
		}
		// Whenever it was read, the stored theme is shown and named, and the visit is remembered.
		got = tb.eval(`[document.documentElement.dataset.theme, document.getElementById("theme-toggle").textContent,
  localStorage.getItem("cvq-intro-seen"), String(document.getElementById("intro").open)].join(" | ")`)
		if want := "dark | Theme: dark | 1 | false"; got != want {
			t.Errorf("%d-character link: theme, its button, the intro's visit, intro open: %q, want %q", len(frag), got, want)
		}
	}
}
