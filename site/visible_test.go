package site_test

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestHiddenInRequest types a token whose right-to-left override would
// draw "exe.txt" as "txt.exe": the token, the mirror and the card show a
// marker instead, and the codec's diagnostic points at it.
func TestHiddenInRequest(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.setRequestJS("CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS \u202eexe.txt")
	want := "⟨U+202E⟩exe.txt"
	if got := tb.eval(`document.querySelector('#request-tokens .tok[data-param="user-handle"] .tok-value').textContent`); got != want {
		t.Errorf("the token shows %q, want %q", got, want)
	}
	if got := tb.text("#request-mirror"); !strings.HasSuffix(got, want) {
		t.Errorf("the mirror shows %q", got)
	}
	if got := tb.text("#cards-request"); !strings.Contains(got, want) || strings.Contains(got, "\u202e") {
		t.Errorf("the cards show %q", short(got))
	}
	diag := tb.eval(`(() => { const d = document.querySelector('#diagnostics li[data-code="hidden-char"]'); return d ? d.dataset.from + "-" + d.dataset.to + " " + d.textContent : ""; })()`)
	if !strings.HasPrefix(diag, "52-53 ") || !strings.Contains(diag, "U+202E") {
		t.Errorf("the hidden-char diagnostic reads %q", diag)
	}
	if n := tb.eval(`String([...document.querySelectorAll("body *")].filter((e) => e.children.length === 0 && /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/.test(e.textContent)).length)`); n != "0" {
		t.Errorf("%s elements hold a bidi control as it is", n)
	}
}

// TestHiddenInLinks opens a link whose dialect holds a right-to-left
// override: the notice shows the marker, and the sentence around it keeps
// its order (the value is isolated, so it cannot reorder the words after
// it).
func TestHiddenInLinks(t *testing.T) {
	tb := openTab(t, "/#v=1&d="+url.PathEscape("\u202eMSNP8")+"&q=CVQ%201", true)
	n := tb.eval(`document.getElementById("link-notice").textContent`)
	if !strings.Contains(n, "dialect “\u2068⟨U+202E⟩MSNP8\u2069” is not one this page offers") {
		t.Errorf("the notice reads %q", n)
	}
	if strings.ContainsRune(strings.NewReplacer("\u2068", "", "\u2069", "").Replace(n), '\u202e') {
		t.Errorf("the notice holds the override itself")
	}
}

// TestHiddenInLog sends a line with a NUL, a zero-width space and a C1
// control in the console: the log shows markers, not the characters.
func TestHiddenInLog(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	tb.eval(`(() => { const i = document.getElementById("console-input"); i.value = "VER 1 MSNP8\u200b\u0085 CVR0";
i.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true })); return ""; })()`)
	tb.waitJS(`document.querySelectorAll("#console-log .log-text").length > 0`, 5*time.Second)
	got := tb.eval(`[...document.querySelectorAll("#console-log .log-text")].map((e) => e.textContent).join(" | ")`)
	if !strings.Contains(got, "VER 1 MSNP8⟨U+200B⟩⟨U+0085⟩ CVR0") || strings.ContainsAny(got, "\u200b\u0085") {
		t.Errorf("the log reads %q", got)
	}
}
