package site_test

import (
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// seedExchange is one client line of the seed document and the server line
// the reference profile must answer with (continuation lines joined).
type seedExchange struct {
	name, dialect, request, reply string
	// conn is what #connection must say: "closes" or "open".
	conn string
}

// seedExchanges are the six exchanges of the seed, read from
// cvq/testdata/seed.txt and typed as a learner would type them. Only the
// "old" line is an MSNP2-era client.
func seedExchanges(t *testing.T) []seedExchange {
	t.Helper()
	seed, err := vectors.Seed()
	if err != nil {
		t.Fatal(err)
	}
	var out []seedExchange
	for _, rec := range seed.Records {
		request, reply, ok := rec.Exchange()
		if !ok || rec.Connection == "" {
			t.Fatalf("seed.txt:%d: want one C:/S: exchange with its connection", rec.Line)
		}
		out = append(out, seedExchange{rec.Name, rec.Dialect, request, reply, rec.Connection})
	}
	if len(out) != 6 {
		t.Fatalf("seed.txt holds %d exchanges, the seed has 6", len(out))
	}
	return out
}

// TestSeedReplies types each seed request and checks the exact reply, the
// token strip and the cards that go with it.
func TestSeedReplies(t *testing.T) {
	tb := openTab(t, "/", true)
	for _, ex := range seedExchanges(t) {
		t.Run(ex.name, func(t *testing.T) {
			defer tb.reportTo(t)()
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
	ex := seedExchanges(t)[1]
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
