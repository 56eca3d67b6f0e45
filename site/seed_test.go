package site_test

import (
	"strings"
	"testing"
)

// seedExchange is one client line of the seed document and the server line
// the reference profile must answer with (continuation lines joined).
type seedExchange struct {
	name, dialect, request, reply string
	// conn is what #connection must say: "closes", "open", or "" where
	// neither the seed nor PROTOCOL.md decides.
	conn string
}

// The six exchanges of the seed (reference/cvq-seed.txt), typed as a learner
// would type them. Only the "Old" line is an MSNP2-era client.
var seedExchanges = []seedExchange{
	{"old", "MSNP2", "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS",
		"CVQ 1 5.0.0537 5.0.0537 1.0.0863 http://download.microsoft.com/download/msnmessenger/install/5.0/w98nt42kmexp/en-us/setupdl.exe http://messenger.microsoft.com", "closes"},
	{"new", "MSNP8", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com",
		"CVQ 2 7.0.0813 7.0.0813 6.2.0205 http://msgr.dlservice.microsoft.com/download/5/d/9/5d9bb5b2-49c7-4890-94ab-d1d5e44a0e6d/Install_MSN_Messenger.exe http://messenger.msn.com", "closes"},
	{"future-version", "MSNP8", "CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS", "420 3", "open"},
	{"unknown-library", "MSNP8", "CVQ 4 0x0409 winnt 5.0 i386 YCOMM 0.1.0023 MSMSGS", "420 4", "open"},
	{"bad-locale", "MSNP8", "CVQ 5 0x1111 winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", "710 5", ""},
	{"too-few", "MSNP8", "CVQ 6 spaghetti", "731 6", "closes"},
}

// TestSeedReplies types each seed request and checks the exact reply, the
// token strip and the cards that go with it.
func TestSeedReplies(t *testing.T) {
	tb := openTab(t, "/", true)
	parent := t
	for _, ex := range seedExchanges {
		t.Run(ex.name, func(t *testing.T) {
			// The tab's helpers report through tb.t: point it at the
			// subtest while it runs.
			tb.t = t
			defer func() { tb.t = parent }()
			tb.setSelect("dialect", ex.dialect)
			tb.setSelect("profile", "reference")
			tb.typeRequest(ex.request)
			if got := tb.text("#reply"); got != ex.reply {
				t.Errorf("#reply = %q, want %q", got, ex.reply)
			}
			if tb.evalBool(`!document.getElementById("reply-none").hidden`) {
				t.Errorf("(no reply) is shown next to a reply")
			}
			conn := tb.text("#connection")
			want := map[string]string{"closes": "closes the connection", "open": "keeps the connection open"}[ex.conn]
			if !strings.Contains(conn, want) {
				t.Errorf("#connection = %q, want it to say %q", conn, want)
			}
			checkTokens(tb, "#request-tokens", ex.request)
			checkTokens(tb, "#reply-tokens", ex.reply)
			cards := tb.eval(`String(document.querySelectorAll("#cards-request .card").length)`)
			toks := tb.eval(`String(document.querySelectorAll("#request-tokens [data-param]").length)`)
			if cards != toks {
				t.Errorf("%s request cards for %s request tokens", cards, toks)
			}
			t.Logf("last keystroke: simulate + render took %s ms", tb.eval(`String(window.cvqPage.lastRenderMs)`))
			if tb.text("#outcome") == "" {
				t.Errorf("#outcome is empty")
			}
		})
	}
}

// checkTokens checks that the strip has one element per space-separated
// field of line, each with its data attributes, and that the byte ranges cut
// the line into exactly those fields (the seed lines are ASCII).
func checkTokens(tb *tab, strip, line string) {
	tb.t.Helper()
	got := tb.eval(`JSON.stringify([...document.querySelectorAll("` + strip + ` [data-param]")].map((e) =>
		[e.dataset.param, e.dataset.start, e.dataset.end, e.dataset.status, e.getAttribute("class")]))`)
	var toks [][]string
	if err := jsonUnmarshal(got, &toks); err != nil {
		tb.t.Fatalf("%s: %v", strip, err)
	}
	fields := strings.Split(line, " ")
	if len(toks) != len(fields) {
		tb.t.Errorf("%s has %d tokens, want %d (%s)", strip, len(toks), len(fields), got)
		return
	}
	for i, tok := range toks {
		start, end := atoi(tok[1]), atoi(tok[2])
		if start < 0 || end > len(line) || start > end || line[start:end] != fields[i] {
			tb.t.Errorf("%s token %d (%s) covers [%s,%s), want the field %q", strip, i, tok[0], tok[1], tok[2], fields[i])
		}
		if tok[0] == "" || tok[3] == "" || !strings.Contains(tok[4], "tok--"+tok[3]) {
			tb.t.Errorf("%s token %d lacks param/status/class: %v", strip, i, tok)
		}
	}
}

// TestDialectChangeResimulates switches the dialect under a line: MSNP24+
// has no CVQ, so the reply disappears, and MSNP8 brings it back.
func TestDialectChangeResimulates(t *testing.T) {
	tb := openTab(t, "/", true)
	ex := seedExchanges[1]
	tb.setSelect("dialect", "MSNP8")
	tb.typeRequest(ex.request)
	if got := tb.text("#reply"); got != ex.reply {
		t.Fatalf("under MSNP8, #reply = %q, want %q", got, ex.reply)
	}
	tb.setSelect("dialect", "MSNP24")
	if got := tb.text("#reply"); got != "" {
		t.Errorf("under MSNP24, #reply = %q, want no reply", got)
	}
	if !tb.evalBool(`!document.getElementById("reply-none").hidden`) {
		t.Errorf("under MSNP24, the (no reply) note is hidden")
	}
	if got := tb.text("#reply-none"); got != "(no reply)" {
		t.Errorf("#reply-none = %q", got)
	}
	if n := tb.eval(`String(document.querySelectorAll("#reply-tokens [data-param]").length)`); n != "0" {
		t.Errorf("under MSNP24, %s reply tokens remain", n)
	}
	tb.setSelect("dialect", "MSNP8")
	if got := tb.text("#reply"); got != ex.reply {
		t.Errorf("back under MSNP8, #reply = %q, want %q", got, ex.reply)
	}
}
