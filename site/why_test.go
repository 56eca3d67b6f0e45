package site_test

import (
	"strings"
	"testing"
	"time"
)

// why reads the Why section of reply card key after opening it: the rule's
// id and link, the step, the request parameters it read, the row, and
// which request tokens the page marks as read.
type whyView struct {
	ID, Href, Step, StepText, Reads, Row, Text string
	Marked                                     []string
}

func openWhy(tb *tab, key string) whyView {
	tb.t.Helper()
	tb.eval(`(() => { document.querySelector('#reply-tokens [data-key="` + key + `"]').click(); return ""; })()`)
	var w whyView
	raw := tb.eval(`(() => { const c = document.querySelector('.card[data-key="` + key + `"] .card-why'); if (!c) return "{}";
const id = c.querySelector(".why-id"), step = c.querySelector(".why-step"), reads = c.querySelector(".why-reads"), row = c.querySelector(".why-row");
return JSON.stringify({ ID: id.textContent, Href: id.getAttribute("href"), Step: c.dataset.step, StepText: step.hidden ? "" : step.textContent,
Reads: reads.dataset.names, Row: row.hidden ? "" : row.textContent, Text: c.querySelector(".why-text").textContent,
Marked: [...document.querySelectorAll("#request-tokens .tok")].filter((t) => getComputedStyle(t).outlineStyle === "dashed").map((t) => t.dataset.param) }); })()`)
	if err := jsonUnmarshal(raw, &w); err != nil || w.ID == "" {
		tb.t.Fatalf("no Why section on reply card %s (%s)", key, raw)
	}
	return w
}

// TestWhyPerField checks "Why this value?" per reply field: each field's
// own rule (not one sentence for all), its link into the rules, the step of
// the decision order for each error reply, the request values it read
// marked in the request, the catalog row with its sources, and what every
// other profile sends in that field, against the simulator itself.
func TestWhyPerField(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.setSelect("profile", "reference")
	// The three error replies, in the order the server checks them.
	for _, c := range []struct{ line, id, step, code, read string }{
		{"CVQ 6 spaghetti", "too-few", "3", "731", ""},
		{"CVQ 5 0x1111 winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", "bad-locale", "4", "710", "locale"},
		{"CVQ 7 0x0409 winnt 5.1 i386 YCOMM 0.1.0023 MSMSGS example@hotmail.com", "unknown-client", "5", "420", "requesting-library"},
	} {
		tb.typeRequest(c.line)
		if got := tb.eval(`document.getElementById("reply").textContent`); !strings.HasPrefix(got, c.code+" ") {
			t.Fatalf("%q is answered %q, want %s", c.line, got, c.code)
		}
		w := openWhy(tb, "r0")
		if w.ID != c.id || w.Href != "reference/rules.html#rule-"+c.id || w.Step != c.step || !strings.HasPrefix(w.StepText, "Step "+c.step+" of the decision order") {
			t.Errorf("%s reply: rule %q (%s), step %s %q", c.code, w.ID, w.Href, w.Step, w.StepText)
		}
		if c.read != "" && (!strings.Contains(" "+w.Reads+" ", " "+c.read+" ") || !strings.Contains(" "+strings.Join(w.Marked, " ")+" ", " "+c.read+" ")) {
			t.Errorf("%s reply: reads %q, marked in the request %q; want %s in both", c.code, w.Reads, w.Marked, c.read)
		}
		tb.eval(`(() => { document.querySelector('#reply-tokens [data-key="r0"]').click(); return ""; })()`)
	}
	// A catalog answer: the minimum comes from the row, chosen by the library.
	line := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	tb.typeRequest(line)
	w := openWhy(tb, "r4")
	if w.ID != "row" || w.Step != "6" || !strings.Contains(w.Reads, "requesting-library") || !strings.HasPrefix(w.Row, "Catalog row ") || !strings.Contains(w.Row, "SEED") {
		t.Errorf("minimum-allowed-version: %+v", w)
	}
	if !strings.Contains(strings.Join(w.Marked, " "), "requesting-library") {
		t.Errorf("the request marks %q as read, want requesting-library", w.Marked)
	}
	// What the other profiles send, against the simulator itself.
	tb.waitJS(`document.querySelector('.card[data-key="r4"] .why-others')?.dataset.state === "done"`, 5*time.Second)
	bad := tb.eval(`(() => { const lis = [...document.querySelectorAll('.card[data-key="r4"] .why-others li')];
const names = [...document.getElementById("profile").options].map((o) => o.value).filter((p) => p !== "reference");
if (lis.length !== names.length) return lis.length + " rows for " + names.length + " other profiles";
for (const li of lis) {
  const r = window.cvq.simulate(` + jsString(line) + `, "MSNP8", li.dataset.profile);
  const f = r.replyTokens.find((x) => x.name === "minimum-allowed-version");
  const want = f ? f.value : r.reply === "" ? "" : "no such field: " + r.reply;
  if (want !== li.dataset.value) return li.dataset.profile + " shows " + li.dataset.value + ", the simulator says " + want;
}
return lis.some((li) => li.classList.contains("why-differs")) ? "" : "no profile differs from the reference"; })()`)
	if bad != "" {
		t.Errorf("other profiles: %s", bad)
	}
	// The TrID's rule is its own, not the row's sentence.
	tb.eval(`(() => { document.querySelector('#reply-tokens [data-key="r4"]').click(); return ""; })()`)
	if w := openWhy(tb, "r1"); w.ID != "trid" || w.Step != "0" && w.Step != "6" || w.Row != "" {
		t.Errorf("trid: %+v", w)
	}
	tb.eval(`(() => { document.querySelector('#reply-tokens [data-key="r1"]').click(); return ""; })()`)
	// Escargot echoes a CVR: the version fields and the URLs have different rules.
	tb.setSelect("profile", "escargot")
	tb.typeRequest("CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.1.0178 msmsgs example@hotmail.com")
	v, u := openWhy(tb, "r2"), openWhy(tb, "r5")
	if v.ID != "echo-version" || u.ID != "echo-url" || !strings.Contains(v.Reads, "client-version") {
		t.Errorf("escargot: recommended-version %+v, download-url %+v", v, u)
	}
}
