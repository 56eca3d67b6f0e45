package site_test

import (
	"strings"
	"testing"
)

// closeOthersJS closes, from outside the page (as any script could), every
// bridge session whose id is not in the array named keep.
const closeOthersJS = `for (let i = 0; i < 3000; i++) if (!keep.includes(i)) window.cvq.sessionClose(i);`

// TestConsoleSessionEvicted closes the console's session from outside the
// page: the next line reopens a connection, replays the lines sent before
// so the server is in the same state, and says so in the log. When outside
// calls hold every session the bridge keeps, the console says why it cannot
// reopen, and gets going again once a session is free.
func TestConsoleSessionEvicted(t *testing.T) {
	tb := openConsoleTab(t, "MSNP2", "reference")
	tb.consoleType("VER 1 MSNP2 CVR0")
	if got := tb.text("#connection-state"); !strings.Contains(got, "CVR0") {
		t.Fatalf("after VER … CVR0 the connection reads %q", got)
	}
	tb.eval(`(() => { const keep = []; ` + closeOthersJS + ` return ""; })()`)
	tb.consoleType("CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863")
	es := tb.consoleLog()
	if ev := es[len(es)-4]; ev.Kind != "event" || !strings.Contains(ev.Text, "opened a new one and sent it the 1 line sent before") {
		t.Errorf("after the session was closed from outside, the log's entry before the line reads %+v", ev)
	}
	if s := last(es, "s"); s.Text != oldReply(t) {
		t.Errorf("the CVQ after reopening is answered %q, want the seed's reply %q", s.Text, oldReply(t))
	}
	// In CVR0 mode the server closes after its CVQ reply: the replayed VER counted.
	if got := tb.text("#connection-state"); got != "closed by server" {
		t.Errorf("after the CVQ reply the connection reads %q, want closed by server (the VER was replayed)", got)
	}

	// Outside calls take every session the bridge keeps, the page's included.
	tb.consoleType("VER 3 MSNP2 CVR0") // a closed connection: sent on a fresh one below
	tb.eval(`(() => { window.held = []; for (;;) { const r = window.cvq.sessionOpen("MSNP8", "reference");
if (typeof r !== "number") break; window.held.push(r); }
const keep = window.held; ` + closeOthersJS + `
const r = window.cvq.sessionOpen("MSNP8", "reference"); if (typeof r === "number") window.held.push(r); return ""; })()`)
	if n := tb.eval(`String(window.held.length)`); n != "64" {
		t.Fatalf("outside calls hold %s sessions, want all 64", n)
	}
	tb.consoleType("VER 4 MSNP2 CVR0")
	if ev := last(tb.consoleLog(), "event"); !strings.Contains(ev.Text, "could not be opened") || !strings.Contains(ev.Text, "tries again with your next line") {
		t.Errorf("with every session held outside, the log's last event reads %q", ev.Text)
	}
	tb.eval(`(() => { for (const id of window.held) window.cvq.sessionClose(id); return ""; })()`)
	tb.consoleType("VER 5 MSNP2 CVR0")
	if s := last(tb.consoleLog(), "s"); s.Text != "VER 5 CVR0" {
		t.Errorf("once sessions are free again, VER 5 is answered %q", s.Text)
	}
	if got := tb.text("#connection-state"); !strings.HasPrefix(got, "open") {
		t.Errorf("the connection reads %q once sessions are free", got)
	}
}
