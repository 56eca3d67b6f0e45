package site_test

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// citedLinks returns the href of every source link (a cited key, not a
// link to a section of the rules) in the cards (each opened in turn), the
// diagnostics and the outcome, without repeats, and
// fails unless each card's source row links every key it names.
func citedLinks(tb *tab) []string {
	tb.t.Helper()
	var cards []struct {
		Bad   string   `json:"bad"`
		Hrefs []string `json:"hrefs"`
	}
	// Every key in a source row ("SEED, YW-CVR") must be a link.
	if err := jsonUnmarshal(tb.eval(eachCardJS("#cards .card", `(c) => {
		const dd = c.querySelector(".card-source");
		const bad = dd !== null && dd.textContent.split(",").map((s) => s.trim()).join(" ") !==
			[...dd.querySelectorAll("a.cite")].map((a) => a.dataset.source).join(" ");
		return { bad: bad ? dd.textContent : "", hrefs: [...c.querySelectorAll("a.cite[data-source]")].map((a) => a.href) };
	}`)), &cards); err != nil {
		tb.t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range cards {
		if c.Bad != "" {
			tb.t.Errorf("a source row whose keys are not all links: %s", c.Bad)
		}
		for _, h := range c.Hrefs {
			seen[h] = true
		}
	}
	var rest []string
	err := jsonUnmarshal(tb.eval(`JSON.stringify([...document.querySelectorAll(
		"#diagnostics a.cite[data-source], #outcome a.cite[data-source]")].map((a) => a.href))`), &rest)
	if err != nil {
		tb.t.Fatal(err)
	}
	for _, h := range rest {
		seen[h] = true
	}
	hrefs := make([]string, 0, len(seen))
	for h := range seen {
		hrefs = append(hrefs, h)
	}
	sort.Strings(hrefs)
	return hrefs
}

// TestSourceLinksReachBibliography types the seed's "New" line, follows every
// source link on the page to the rendered bibliography and finds its entry
// there (id src-KEY, heading naming the key, an address or the reason there
// is none), under the same CSP with no violation.
func TestSourceLinksReachBibliography(t *testing.T) {
	tb := openTab(t, "/", true)
	var request string
	for _, ex := range seedExchanges(t) {
		if ex.name == "new" {
			tb.setSelect("dialect", ex.dialect)
			request = ex.request
		}
	}
	if request == "" {
		t.Fatal("no \"new\" exchange in the seed's test data")
	}
	tb.setSelect("profile", "reference")
	tb.typeRequest(request)
	hrefs := citedLinks(tb)
	if len(hrefs) < 3 {
		t.Fatalf("only %d source links on the seed's New line: %q", len(hrefs), hrefs)
	}
	seed := false
	for _, h := range hrefs {
		base, key, ok := strings.Cut(h, "/reference/sources.html#src-")
		if !ok || base != suite.server.URL {
			t.Errorf("source link %s does not point into the reference's bibliography", h)
			continue
		}
		seed = seed || key == "SEED"
		tb.navigate(strings.TrimPrefix(h, suite.server.URL), false)
		tb.waitJS(`document.readyState === "complete"`, 20*time.Second)
		entry := tb.eval(`(() => { const h = document.getElementById(` + jsString("src-"+key) + `);
			if (h === null) return "";
			const list = h.nextElementSibling;
			return h.tagName + " " + h.textContent + " | " + (list ? list.textContent : ""); })()`)
		switch {
		case entry == "":
			t.Errorf("%s: no element with id src-%s", h, key)
		case !strings.HasPrefix(entry, "H3 "+key+" — "):
			t.Errorf("%s: entry heading %q does not name the key", h, short(entry))
		case !strings.Contains(entry, "Address:") || !strings.Contains(entry, "What we use it for:"):
			t.Errorf("%s: entry %q lacks its address or use", h, short(entry))
		}
		if tb.eval(`document.location.hash`) != "#src-"+key {
			t.Errorf("%s: landed on %s", h, tb.eval(`document.location.href`))
		}
	}
	if !seed {
		t.Errorf("no link to SEED among %q", hrefs)
	}
}

// TestDiagnosticCodeLinks: each diagnostic's code links to its explanation in
// the reference, and the header links to the reference itself.
func TestDiagnosticCodeLinks(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.setSelect("profile", "reference")
	// The seed's 710 line: no system-arch, so several diagnostics.
	tb.typeRequest("CVQ 5 0x1111 winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	var codes []string
	if err := jsonUnmarshal(tb.eval(`JSON.stringify([...document.querySelectorAll("#diagnostics > li")].map((li) => {
		const a = li.querySelector("a.diag-code");
		return li.dataset.code + " " + (a ? a.getAttribute("href") + " " + a.textContent : "(no link)"); }))`), &codes); err != nil {
		t.Fatal(err)
	}
	if len(codes) < 2 {
		t.Fatalf("only %d diagnostics: %q", len(codes), codes)
	}
	for _, c := range codes {
		code, _, _ := strings.Cut(c, " ")
		if want := code + " reference/diagnostics.html#diag-" + code + " " + code; c != want {
			t.Errorf("diagnostic %q, want %q", c, want)
		}
	}
	// "rules §4" in the reference profile's description links to that section.
	if href := tb.eval(`[...document.querySelectorAll("#profile-about a.cite")].map((a) => a.getAttribute("href")).join(" ")`); href != "reference/rules.html#decision-order" {
		t.Errorf("#profile-about links %q, want the rules' decision order", href)
	}
	code, _, _ := strings.Cut(codes[0], " ")
	if href := tb.eval(`document.getElementById("reference-link").getAttribute("href")`); href != "reference/index.html" {
		t.Errorf("#reference-link goes to %q", href)
	}
	tb.navigate("/reference/diagnostics.html#diag-"+code, false)
	tb.waitJS(`document.readyState === "complete"`, 20*time.Second)
	if got := tb.eval(`(document.getElementById(` + jsString("diag-"+code) + `) || {}).textContent || ""`); got != code {
		t.Errorf("diagnostics.html: entry diag-%s reads %q", code, got)
	}
	// The reference pages keep the playground's theme.
	tb.navigate("/reference/index.html", false)
	tb.waitJS(`document.readyState === "complete"`, 20*time.Second)
	tb.do("switching the theme", chromedp.Click(chromedp.ID("theme-toggle")))
	if got := tb.eval(`document.documentElement.dataset.theme`); got != "light" {
		t.Errorf("after one press of the reference's theme toggle, html[data-theme] = %q, want light", got)
	}
}

// jsString quotes s for a JavaScript expression.
func jsString(s string) string {
	b, _ := jsonMarshal(s)
	return b
}
