package site_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// warmedMark is the User Timing mark warmup.ts sets when its warm-up is done.
const warmedMark = "cvq-warmed"

// warmedCalls waits for the warm-up and returns how many prefixes it simulated.
func (tb *tab) warmedCalls() string {
	tb.t.Helper()
	tb.waitJS(`performance.getEntriesByName("`+warmedMark+`").length === 1`, 10*time.Second)
	return tb.eval(`String(performance.getEntriesByName("` + warmedMark + `")[0].detail)`)
}

// TestWarmUp: once idle after its first reply, the page fetches the card chunk and
// simulates the shown request's prefixes, without any interaction and without changing
// what it shows; a long request is warmed on its first 160 prefixes only.
func TestWarmUp(t *testing.T) {
	tb := openTab(t, "/", true)
	shown := `[document.getElementById("request").value, document.getElementById("reply").textContent,
  document.getElementById("diagnostics").textContent, location.hash, String(document.getElementById("link-notice").hidden)].join("\n")`
	before := tb.eval(shown)
	if got, want := tb.warmedCalls(), len(newLine); got != strconv.Itoa(want) {
		t.Errorf("the warm-up simulated %s prefixes of the %d-byte request, want all of them", got, want)
	}
	if !tb.evalBool(`performance.getEntriesByType("resource").some((e) => /\/cardchunk-[A-Z0-9]+\.js$/.test(e.name))`) {
		t.Errorf("the card chunk was not fetched by the warm-up")
	}
	if after := tb.eval(shown); after != before {
		t.Errorf("the warm-up changed the page:\nbefore %q\nafter  %q", before, after)
	}
	// The snapshot above may come after the warm-up ran; what the page shows must in any
	// case be the whole line's answer, not a prefix's.
	want := cvq.Simulate(newLine, cvq.MSNP8, nil).Reply
	if got := tb.eval(`document.getElementById("request").value + "\n" + document.getElementById("reply").textContent`); got != newLine+"\n"+want {
		t.Errorf("after the warm-up the request and reply read %q, want %q and %q", got, newLine, want)
	}

	long := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS " + strings.Repeat("x", 3000)
	tb = openTab(t, "/"+linkFor("MSNP8", "reference", long), true)
	if got := tb.warmedCalls(); got != "160" {
		t.Errorf("a %d-byte request was warmed with %s prefixes, want 160", len(long), got)
	}
}
