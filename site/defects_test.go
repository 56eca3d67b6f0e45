package site_test

import (
	"strings"
	"testing"
)

// TestSmallDefects checks the small wording and layout defects a new user
// met: a doubled outcome label, an empty line said to keep the connection
// open, the VER command explained as CVQ, tokens after an unknown command
// judged "ok", a profile menu too narrow for its titles and a bare
// "version 2" in the ready note.
func TestSmallDefects(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setSelect("dialect", "MSNP8")
	tb.setSelect("profile", "reference")
	tb.typeRequest("CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	if got := tb.text("#outcome"); strings.Count(got, "Forced upgrade") != 1 {
		t.Errorf("#outcome says %q: want the label \"Forced upgrade\" once", got)
	}
	tb.clearRequest()
	if got := tb.text("#connection"); got != "" {
		t.Errorf("an empty line: #connection says %q, want nothing", got)
	}
	tb.typeRequest("VER 1 MSNP8 CVR0")
	tb.eval(`window.cvqPage.ready.then(() => new Promise((r) => setTimeout(() => r(""), 50)))`)
	tb.eval(`(() => { document.querySelector('#cards-request [data-param="command"] .card-head').click(); return ""; })()`)
	if got := tb.text(`#cards-request [data-param="command"] .card-about`); !strings.Contains(got, "VER") {
		t.Errorf("the VER command's card says %q: want it to explain VER", got)
	}
	tb.typeRequest("cvq 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")
	if got := tb.eval(`[...document.querySelectorAll("#request-tokens [data-status]")].slice(1).map((e) => e.dataset.status).join(" ")`); strings.Contains(got, "ok") || !strings.Contains(got, "unchecked") {
		t.Errorf("after a lower-case cvq the tokens' statuses are %q: want unchecked, not ok", got)
	}
	if got := tb.text(`#request-tokens [data-key="q3"]`); !strings.Contains(got, "winnt") {
		t.Errorf("token q3 reads %q", got)
	}
	if got := tb.eval(`document.querySelector('#request-tokens [data-key="q3"]').getAttribute("aria-label")`); !strings.Contains(got, "not applicable") {
		t.Errorf("an unchecked token's accessible name is %q: want it to say not applicable", got)
	}
	cut := tb.eval(`(() => { const s = document.getElementById("profile"); const st = getComputedStyle(s);
const c = document.createElement("canvas").getContext("2d"); c.font = st.font;
const room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 20;
return [...s.options].filter((o) => c.measureText(o.textContent).width > room).map((o) => o.textContent).join(" | "); })()`)
	if cut != "" {
		t.Errorf("at the default window the profile menu cuts off: %s", cut)
	}
	if got := tb.text("#status-text"); !strings.Contains(got, "bridge API version") {
		t.Errorf("#status-text says %q: want it to say what its version number is", got)
	}
}
