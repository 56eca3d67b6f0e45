package site_test

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axeScript is axe-core's bundle, installed from npm into the test's own
// folder (site/a11y, not the page's dependencies): `make test` runs
// `npm ci --prefix site/a11y` before the browser tests.
var axeScript = filepath.Join("a11y", "node_modules", "axe-core", "axe.min.js")

// a11yLine and a11yTranscript are the inputs of the states checked.
const (
	a11yLine       = "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	a11yLine710    = "CVQ 2 0x9999 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	a11yTranscript = "C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8 CVR0\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com\n" +
		"S: CVR 2 6.0.0602 6.0.0602 1.0.0000 http://example.com/a http://example.com/b\n"
)

// TestAxe runs axe-core over the page in the states a learner meets most:
// a plain line, a 710 and a 731 answer, a live session, a pasted transcript,
// the compare view (and the sequence diagram and export), the dark theme
// and a 360 px window. Every rule axe has runs, the
// experimental ones (label-content-name-mismatch among them) included; any
// violation fails the test with the rule, the nodes and axe's summary.
func TestAxe(t *testing.T) {
	src, err := os.ReadFile(axeScript)
	if err != nil {
		t.Fatalf("axe-core is not installed (%v): run `npm ci --prefix site/a11y` in the repository root "+
			"(make test does it)", err)
	}
	frag := func(parts ...string) string {
		v := url.Values{}
		for i := 0; i+1 < len(parts); i += 2 {
			v.Set(parts[i], parts[i+1])
		}
		return "/#" + strings.ReplaceAll(v.Encode(), "+", "%20")
	}
	states := []struct {
		name  string
		path  string
		setup func(tb *tab)
	}{
		{"default line", "/", nil},
		{"710 line", frag("d", "MSNP8", "p", "reference", "q", a11yLine710), nil},
		{"731 line", frag("d", "MSNP8", "p", "reference", "q", "CVQ 1 spaghetti"), nil},
		{"live session", frag("d", "MSNP8", "p", "reference", "s", "VER 1 MSNP8 CVR0\nCVR 2"+a11yLine[5:]), nil},
		{"pasted transcript", frag("d", "MSNP8", "p", "reference", "t", a11yTranscript), nil},
		{"dark theme", "/", func(tb *tab) {
			tb.eval(`(() => { document.documentElement.dataset.theme = "dark"; return ""; })()`)
		}},
		{"light transcript", frag("d", "MSNP8", "p", "reference", "t", a11yTranscript), func(tb *tab) {
			tb.eval(`(() => { document.documentElement.dataset.theme = "light"; return ""; })()`)
		}},
		{"compare view", frag("d", "MSNP8", "p", "reference", "q", a11yLine, "view", "compare"), func(tb *tab) {
			tb.waitJS(`document.querySelector("#compare td[data-dialect]") !== null`, 15*time.Second)
		}},
		{"sequence diagram", frag("d", "MSNP8", "p", "reference", "t", a11yTranscript, "view", "sequence"), func(tb *tab) {
			tb.waitJS(`document.querySelector("#sequence [data-line]") !== null`, 15*time.Second)
		}},
		{"export", frag("d", "MSNP8", "p", "reference", "q", a11yLine, "view", "export"), func(tb *tab) {
			tb.waitJS(`document.getElementById("export-go")?.value.includes("package cvq_test")`, 15*time.Second)
		}},
		{"360 px window", "/", func(tb *tab) {
			tb.do("sizing the viewport", chromedp.EmulateViewport(360, 740, chromedp.EmulateMobile))
		}},
	}
	for _, st := range states {
		t.Run(strings.ReplaceAll(st.name, " ", "_"), func(t *testing.T) {
			tb := openTab(t, st.path, true)
			// Transitions off, so axe reads settled colours.
			_, err := chromedp.Call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
			})
			if err != nil {
				t.Fatalf("emulating reduced motion: %v", err)
			}
			if st.setup != nil {
				st.setup(tb)
			}
			// The announcement and card renders settle before axe looks.
			tb.eval(`new Promise((r) => setTimeout(() => r(""), 300))`)
			if got := tb.eval(`(() => { ` + string(src) + `; return typeof axe; })()`); got != "object" {
				t.Fatalf("axe-core did not load into the page: typeof axe is %s", got)
			}
			report := tb.eval(`axe.run(document, {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "experimental"] },
  resultTypes: ["violations"],
}).then((r) => r.violations.map((v) => v.id + " (" + v.impact + "): " + v.help + "\n" +
  v.nodes.slice(0, 4).map((n) => "    " + n.target.join(" ") + " — " + n.failureSummary.replace(/\s+/g, " ")).join("\n")).join("\n"))`)
			if report != "" {
				t.Errorf("axe-core violations in %s:\n%s", st.name, report)
			}
			small := tb.eval(smallTextJS)
			if small != "" {
				t.Errorf("text under 12 px in %s: %s", st.name, small)
			}
		})
	}
}

// smallTextJS lists visible elements whose own text is set below 12 px.
const smallTextJS = `(() => {
const out = [];
for (const e of document.querySelectorAll("body *")) {
  if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== "")) continue;
  const r = e.getBoundingClientRect();
  if (r.width === 0 || r.height === 0 || e.closest(".visually-hidden")) continue;
  const px = parseFloat(getComputedStyle(e).fontSize);
  if (px < 12) out.push(e.tagName.toLowerCase() + "." + e.className + " " + px.toFixed(1) + "px");
}
return out.slice(0, 8).join(", ");
})()`

// TestReplyAnnounced checks that a changed reply and outcome are read out
// politely, once typing has paused, and not at every keystroke.
func TestReplyAnnounced(t *testing.T) {
	tb := openTab(t, "/", true)
	live := `document.getElementById("reply-announce")`
	if got := tb.eval(live + `.getAttribute("aria-live")`); got != "polite" {
		t.Fatalf("#reply-announce has aria-live %q, want polite", got)
	}
	// The first reply is read out once it has settled; then typing a line
	// through says nothing until the typing pauses.
	tb.waitJS(live+`.textContent !== ""`, 5*time.Second)
	before := tb.eval(live + `.textContent`)
	// Each prefix of the line as its own input event, in one go (as fast
	// typing looks to the page, without the harness's pauses between keys).
	tb.eval(`(() => { const r = document.getElementById("request"); const line = ` + jsString(a11yLine710) + `;
for (let i = 1; i <= line.length; i++) { r.value = line.slice(0, i); r.dispatchEvent(new Event("input", { bubbles: true })); }
return ""; })()`)
	if got := tb.eval(live + `.textContent`); got != before {
		t.Errorf("a reply was announced while typing: %q", got)
	}
	tb.waitJS(live+`.textContent.includes("710 2")`, 5*time.Second)
	got := tb.eval(live + `.textContent`)
	for _, want := range []string{"Reply: 710 2", "Rejected"} {
		if !strings.Contains(got, want) {
			t.Errorf("announcement %q lacks %q", got, want)
		}
	}
}
