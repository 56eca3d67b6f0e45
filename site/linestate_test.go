package site_test

import (
	"strings"
	"testing"
)

// TestLogLineStates: every client and server line of a pasted log shows
// the connection after it, as the log's server left it (a VER answered
// CVR0, a 731 that closes, a new connection, a "VER n 0" that closes),
// with the lines that changed it marked; choosing a line puts its state in
// #connection. A live connection's lines carry theirs too.
func TestLogLineStates(t *testing.T) {
	tb := openConsoleTab(t, "MSNP8", "reference")
	tb.paste("C: VER 1 MSNP8 CVR0\nS: VER 1 CVR0\nC: CVQ 2 spaghetti\nS: 731 2\n" +
		"C: VER 3 MSNP8 CVR0\nS: VER 3 MSNP8 CVR0\nC: VER 1 MSNP8 CVR0\nS: VER 1 0\n")
	got := tb.eval(`[...document.querySelectorAll("#console-log .log-line")].map((b) => {
const s = b.querySelector(".log-state"); return s === null ? "-" : s.textContent + (s.classList.contains("is-changed") ? "*" : "");
}).join(" ")`)
	// The states read "connection …" to a screen reader; the word after it is what is seen.
	want := "connection MSNP8* connection CVR0* connection closed* connection closed " +
		"connection MSNP8* connection MSNP8 connection MSNP8 connection closed*" // TrID 1 again: a new connection
	if got != want {
		t.Errorf("the log's states:\n got %s\nwant %s", got, want)
	}
	for _, c := range []struct {
		line int
		want string
	}{
		{2, "Connection after this line: open — CVR0 fallback."},
		{4, "Connection after this line: closed by server."},
		{5, "Connection after this line: open — negotiated MSNP8."},
		{8, "Connection after this line: closed by server."},
	} {
		tb.eval(`document.querySelectorAll("#console-log .log-line")[` + itoa(c.line-1) + `].click(), ""`)
		if got := tb.text("#connection"); !strings.HasSuffix(got, c.want) {
			t.Errorf("line %d chosen: #connection %q, want it to end %q", c.line, got, c.want)
		}
	}
	tb.consoleType("VER 1 MSNP8 CVR0")
	if got := tb.eval(`[...document.querySelectorAll("#console-log .log-line .log-state")].map((s) => s.textContent).join(" ")`); got != "connection MSNP8 connection MSNP8" {
		t.Errorf("a live VER's lines show %q", got)
	}
	if got := tb.text("#connection"); !strings.HasSuffix(got, "Connection after this line: open — negotiated MSNP8.") {
		t.Errorf("a live line: #connection %q", got)
	}
}
