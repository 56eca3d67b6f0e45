package site_test

import (
	"strings"
	"testing"
	"time"
)

// example is one entry of the page's metadata (#cvq-meta, written by the build).
type example struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Source  string `json:"source"`
	Dialect string `json:"dialect"`
	Profile string `json:"profile"`
	Kind    string `json:"kind"`
	Input   string `json:"input"`
}

var exampleGroups = []string{"Seed document", "Handshakes", "Captures", "Other servers"}

// TestExamplesLoad picks every example the bridge offers, the way a learner
// does: each must land in its mode with its dialect and profile (named
// exactly as the selector offers it), show a result or a checked
// transcript, and raise no notice. Loading one simulates nothing but its
// input.
func TestExamplesLoad(t *testing.T) {
	tb := openTab(t, "/", true)
	var exs []example
	raw := tb.eval(`JSON.stringify(JSON.parse(document.getElementById("cvq-meta").textContent).examples)`)
	if err := jsonUnmarshal(raw, &exs); err != nil {
		t.Fatal(err)
	}
	if len(exs) == 0 {
		t.Fatal("the bridge offers no examples")
	}
	// Every option sits in one of the four groups and names its source.
	var opts []struct{ Group, Text, Value string }
	if err := jsonUnmarshal(tb.eval(`JSON.stringify([...document.querySelectorAll("#example option")].filter((o) => o.value !== "")
  .map((o) => ({ group: o.parentElement.tagName === "OPTGROUP" ? o.parentElement.label : "", text: o.textContent, value: o.value })))`), &opts); err != nil {
		t.Fatal(err)
	}
	if len(opts) != len(exs) {
		t.Errorf("%d options for %d examples", len(opts), len(exs))
	}
	groupsSeen := map[string]bool{}
	for i, o := range opts {
		if i >= len(exs) {
			break
		}
		groupsSeen[o.Group] = true
		ex := exs[i]
		known := false
		for _, g := range exampleGroups {
			known = known || o.Group == g
		}
		if !known {
			t.Errorf("option %q is in group %q", o.Value, o.Group)
		}
		if o.Value != ex.ID || !strings.Contains(o.Text, ex.Title) || !strings.Contains(o.Text, ex.Source) {
			t.Errorf("option %d = %+v, want %s labelled with %q and %q", i, o, ex.ID, ex.Title, ex.Source)
		}
	}
	for _, g := range exampleGroups {
		if !groupsSeen[g] {
			t.Errorf("no example in group %q", g)
		}
	}

	// Record the lines the page simulates (once its own warm-up is done).
	tb.warmedCalls()
	tb.eval(`(() => { const b = globalThis.cvq, simulate = b.simulate; window.__simulated = [];
b.simulate = (line, ...rest) => { window.__simulated.push(line); return simulate.call(b, line, ...rest); }; return ""; })()`)
	for _, ex := range exs {
		t.Run(ex.ID, func(t *testing.T) {
			defer tb.reportTo(t)()
			tb.eval(`(() => { window.__simulated = []; return ""; })()`)
			tb.setSelect("example", ex.ID)
			var lines []string
			if err := jsonUnmarshal(tb.eval(`JSON.stringify(window.__simulated)`), &lines); err != nil {
				t.Fatal(err)
			}
			if len(lines) > 1 || len(lines) == 1 && (ex.Kind != "line" || lines[0] != ex.Input) {
				t.Errorf("loading the example simulated the lines %q", lines)
			}
			mode := tb.eval(`document.documentElement.dataset.mode`)
			if mode != ex.Kind {
				t.Errorf("mode %q, want %q", mode, ex.Kind)
			}
			pressed := tb.eval(`document.querySelector(".mode[aria-pressed=true]").id`)
			if pressed != "mode-"+ex.Kind {
				t.Errorf("the pressed tab is %s", pressed)
			}
			if got := tb.eval(`document.getElementById("dialect").value`); got != ex.Dialect {
				t.Errorf("dialect %q, want %q", got, ex.Dialect)
			}
			if got := tb.eval(`document.getElementById("profile").value`); got != ex.Profile {
				t.Errorf("profile %q, want the example's %q", got, ex.Profile)
			}
			if src := tb.text("#example-source"); !strings.Contains(src, ex.Source) {
				t.Errorf("#example-source = %q, want the source %q", src, ex.Source)
			}
			if !tb.evalBool(`document.getElementById("notice").hidden`) {
				t.Errorf("a notice is shown: %q", tb.text("#notice"))
			}
			if tb.text("#outcome") == "" {
				t.Errorf("#outcome is empty")
			}
			if ex.Kind == "line" {
				if got := tb.eval(`document.getElementById("request").value`); got != ex.Input {
					t.Errorf("#request = %q, want %q", got, ex.Input)
				}
				reply, none := tb.text("#reply"), tb.evalBool(`!document.getElementById("reply-none").hidden`)
				if reply == "" && !none {
					t.Errorf("neither a reply nor (no reply) is shown")
				}
				if n := tb.eval(`String(document.querySelectorAll("#request-tokens .tok").length)`); n == "0" {
					t.Errorf("no request tokens")
				}
				return
			}
			// A session example's transcript comes with the texts file (build/meta.go).
			tb.waitJS(`document.getElementById("transcript-summary").textContent.includes("server line")`, 20*time.Second)
			es := tb.consoleLog()
			var c, s int
			for _, e := range es {
				switch e.Kind {
				case "c":
					c++
				case "s":
					s++
				}
			}
			if c == 0 || s == 0 {
				t.Errorf("the console shows %d client and %d server lines: %+v", c, s, es)
			}
			if sum := tb.text("#transcript-summary"); !strings.Contains(sum, "server line") {
				t.Errorf("#transcript-summary = %q", sum)
			}
			if got := tb.eval(`document.getElementById("console").dataset.kind`); got != "transcript" {
				t.Errorf("#console data-kind = %q", got)
			}
			if n := tb.eval(`String(document.querySelectorAll("#request-tokens .tok").length)`); n == "0" {
				t.Errorf("the main panels show no line of the transcript")
			}
			t.Logf("%s", tb.text("#transcript-summary"))
		})
	}

	// Editing the input lets go of the example and its source.
	tb.setSelect("example", exs[0].ID)
	tb.typeRequest("CVQ 1")
	if got := tb.eval(`document.getElementById("example").value`); got != "" {
		t.Errorf("#example = %q after typing", got)
	}
	if !tb.evalBool(`document.getElementById("example-source").hidden`) {
		t.Errorf("the example's source stays shown after typing")
	}
}

// TestCardAnnotations loads the seed's "New" line and reads the cards: each
// shows the decoded meaning with its detail, the status, since when the
// parameter exists and what changed, its source keys, the note where
// sources disagree, and for reply fields why the server sent that value.
func TestCardAnnotations(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("example", "seed-new")
	// The prose comes from the texts file, fetched when the first card opens
	// (TestTextsOnFirstUse); read the cards once it is here.
	tb.eval(`(() => { document.querySelector('#cards-request [data-param="locale"] .card-head').click(); return ""; })()`)
	tb.waitJS(`(document.querySelector('#cards-request [data-param="locale"] .card-about')?.textContent ?? "") !== ""`, 10*time.Second)
	tb.eval(`(() => { const c = document.querySelector('#cards-request [data-param="locale"]');
if (c.classList.contains("is-selected")) c.querySelector(".card-head").click(); return ""; })()`)
	type card struct {
		Status string            `json:"status"`
		Badge  string            `json:"badge"`
		Name   string            `json:"name"`
		Value  string            `json:"value"`
		Rows   map[string]string `json:"rows"`
	}
	read := func(side string) map[string]card {
		raw := tb.eval(eachCardJS("#cards-"+side+" .card", `(c) => ({
status: c.dataset.status, badge: c.querySelector(".badge").textContent, name: c.querySelector(".card-name").textContent,
value: c.querySelector(".card-value").textContent,
rows: Object.fromEntries([...c.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling.textContent])),
})`))
		var cs []card
		if err := jsonUnmarshal(raw, &cs); err != nil {
			t.Fatal(err)
		}
		m := map[string]card{}
		for _, c := range cs {
			m[c.Name] = c
		}
		return m
	}
	req, rep := read("request"), read("reply")
	want := func(cards map[string]card, name, row, sub string) {
		t.Helper()
		c, ok := cards[name]
		if !ok {
			t.Errorf("no %s card", name)
			return
		}
		if !strings.Contains(c.Rows[row], sub) {
			t.Errorf("%s card row %q = %q, want it to contain %q", name, row, c.Rows[row], sub)
		}
		if c.Badge != c.Status || c.Status == "" {
			t.Errorf("%s card shows status %q for %q", name, c.Badge, c.Status)
		}
	}
	want(req, "locale", "Meaning", "English (United States)")
	want(req, "locale", "Detail", "en-US")
	want(req, "locale", "Since", "MSNP2")
	want(req, "locale", "Changes", "CNT")
	// About and Changes come from the page's metadata, not the module (build/meta.go).
	want(req, "locale", "About", "Windows language ID")
	want(req, "locale", "Source", "MS-LCID")
	want(req, "system-ver", "Meaning", "Windows XP")
	want(req, "client-version", "Meaning", "MSN Messenger 6.0")
	want(req, "client-version", "Detail", "2003")
	want(req, "client-identification", "Since", "MSNP4")
	want(req, "client-identification", "Changes", "MSNP8")
	want(req, "requesting-library", "Note", "MSNPiki")
	want(req, "user-handle", "Since", "MSNP8")
	// Command and TrID were always there: the card says so instead of
	// leaving the version out.
	want(req, "command", "Since", "always")
	want(rep, "minimum-allowed-version", "Why this value?", "catalog")
	want(rep, "minimum-allowed-version", "Note", "enforce")
	want(rep, "trid", "Why this value?", "Copied")
	if c := req["locale"]; c.Value != "0x0409" {
		t.Errorf("locale card value %q", c.Value)
	}
}
