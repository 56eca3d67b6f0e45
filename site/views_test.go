package site_test

import (
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// lineLink is the share link of one line under a dialect and profile.
func lineLink(d, p, q string, more ...string) string {
	v := url.Values{"v": {"1"}, "d": {d}, "p": {p}, "q": {q}}
	for i := 0; i+1 < len(more); i += 2 {
		v.Set(more[i], more[i+1])
	}
	return "/#" + strings.ReplaceAll(v.Encode(), "+", "%20")
}

// openView presses a view's button and waits until its script has drawn sel.
func (tb *tab) openView(name, sel string) {
	tb.t.Helper()
	tb.do("pressing #view-"+name, chromedp.Click(chromedp.ID("view-"+name)))
	tb.waitJS(fmt.Sprintf(`document.querySelector(%q) !== null`, sel), 15*time.Second)
	if got := tb.eval(`document.getElementById("view-` + name + `").getAttribute("aria-pressed")`); got != "true" {
		tb.t.Errorf("#view-%s has aria-pressed %s after pressing it, want true", name, got)
	}
}

// compareCell is one cell of #compare as the page drew it.
type compareCell struct {
	Dialect, Profile, Reply, Differs string
}

// TestCompareView checks the compare view against the codec: a cell for
// every dialect and profile the page offers, each holding exactly what
// cvq.Simulate answers, the differing-from-neighbour marks where the
// replies change, and a click on a cell loading its combination.
func TestCompareView(t *testing.T) {
	const line = "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	tb := openTab(t, lineLink("MSNP8", "reference", line), true)
	if tb.evalBool(`[...document.scripts].some((s) => s.src.includes("compare-"))`) {
		t.Fatal("the compare view's script is in the page before the view was opened")
	}
	tb.openView("compare", "#compare td[data-dialect]")
	var cells []compareCell
	if err := jsonUnmarshal(tb.eval(`JSON.stringify([...document.querySelectorAll("#compare td[data-dialect]")].map((td) => ({
  Dialect: td.dataset.dialect, Profile: td.dataset.profile, Reply: td.dataset.reply, Differs: td.dataset.differs || "" })))`), &cells); err != nil {
		t.Fatal(err)
	}
	dialects, profiles := cvq.Dialects(), cvq.Profiles()
	if len(cells) != len(dialects)*len(profiles) {
		t.Fatalf("#compare has %d cells, want %d dialects × %d profiles", len(cells), len(dialects), len(profiles))
	}
	k := 0
	for i, d := range dialects {
		for j, p := range profiles {
			c := cells[k]
			k++
			if c.Dialect != d.String() || c.Profile != p.Name {
				t.Fatalf("cell %d is %s/%s, want %s/%s (rows are dialects, columns profiles)", k, c.Dialect, c.Profile, d, p.Name)
			}
			want := cvq.Simulate(line, d, p).Reply
			if c.Reply != want {
				t.Errorf("%s/%s: data-reply %q, cvq.Simulate answers %q", d, p.Name, c.Reply, want)
			}
			var marks []string
			if j > 0 && want != cvq.Simulate(line, d, profiles[j-1]).Reply {
				marks = append(marks, "left")
			}
			if i > 0 && want != cvq.Simulate(line, dialects[i-1], p).Reply {
				marks = append(marks, "up")
			}
			if got := strings.Join(marks, " "); c.Differs != got {
				t.Errorf("%s/%s: data-differs %q, want %q", d, p.Name, c.Differs, got)
			}
		}
	}
	// The selected combination is marked; a click on another loads it.
	if got := tb.eval(`document.querySelector('#compare td[aria-current="true"]')?.dataset.profile + "/" + document.querySelector('#compare td[aria-current="true"]')?.dataset.dialect`); got != "reference/MSNP8" {
		t.Errorf("the current cell is %s, want reference/MSNP8", got)
	}
	target := `#compare td[data-dialect="MSNP12"][data-profile="escargot"] button`
	tb.do("clicking the MSNP12/escargot cell", chromedp.Click(chromedp.CSS(target)))
	tb.waitJS(`document.getElementById("dialect").value === "MSNP12" && document.getElementById("profile").value === "escargot"`, 5*time.Second)
	if want := cvq.Simulate(line, cvq.Dialect(12), mustProfile(t, "escargot")).Reply; tb.text("#reply") != want {
		t.Errorf("#reply after the click is %q, want %q", tb.text("#reply"), want)
	}
	tb.waitJS(`document.querySelector('#compare td[aria-current="true"]')?.dataset.dialect === "MSNP12"`, 5*time.Second)
	// The link names the open view, and a link that names it opens it.
	tb.waitJS(`location.hash.includes("view=compare")`, 5*time.Second)
	tb2 := openTab(t, lineLink("MSNP8", "reference", line, "view", "compare"), true)
	tb2.waitJS(`document.querySelector("#compare td[data-dialect]") !== null`, 15*time.Second)
	// A line typed later is compared anew.
	tb2.typeRequest("CVQ 1 spaghetti")
	tb2.waitJS(`document.querySelector('#compare td[data-dialect="MSNP8"][data-profile="reference"]')?.dataset.reply === `+
		jsString(cvq.Simulate("CVQ 1 spaghetti", cvq.MSNP8, nil).Reply), 10*time.Second)
}

func mustProfile(t *testing.T, name string) *cvq.Profile {
	t.Helper()
	p, ok := cvq.LookupProfile(name)
	if !ok {
		t.Fatalf("no profile %q", name)
	}
	return p
}

// TestExportGoRuns exports a line, a 731, a session and a paste of two
// connections as Go test files and runs them against the cvq package: each
// must compile, be gofmt-clean and pass. The JSON export must hold the
// same cases; the paste's, one session per connection as the checker read it.
func TestExportGoRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go test on the exported files")
	}
	cases := []struct{ name, path string }{
		{"line", lineLink("MSNP8", "reference", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com")},
		{"731", lineLink("MSNP8", "microsoft@2006-12", "CVQ 1 spaghetti")},
		{"session", "/#v=1&d=MSNP8&p=reference&s=" + url.PathEscape("VER 1 MSNP8 CVR0\nCVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\nCVQ 3 \u202e\"\\")},
	}
	// A paste of two connections (the TrIDs start again), with a line outside the handshake
	// and a second VER the log's server answered otherwise than the profile (MSNP9, where
	// the profile settles on MSNP8).
	verReply := cvq.Simulate("VER 1 MSNP8 CVR0", cvq.MSNP8, nil).Reply
	paste := "C: VER 1 MSNP8 CVR0\nS: " + verReply + "\nC: " + exportCVR + "\nC: USR 3 TWN I a@b.c\nS: XFR 3 NS 10.0.0.1:1863 0 10.0.0.2:1863\n" +
		"C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP9\nC: " + exportCVR + "\n"
	cases = append(cases, struct{ name, path string }{"paste", "/#v=1&d=MSNP8&p=reference&t=" + url.PathEscape(paste)})
	var dirs []string
	for _, c := range cases {
		tb := openTab(t, c.path, true)
		tb.openView("export", "#export-go")
		tb.waitJS(`document.getElementById("export-go").value.includes("package cvq_test")`, 10*time.Second)
		src := tb.eval(`document.getElementById("export-go").value`)
		var js struct {
			Format      int  `json:"format"`
			Session     bool `json:"session"`
			Connections int  `json:"connections"`
			Cases       []struct {
				Conn                                    int
				Input, Dialect, Profile, Reply, Outcome string
				Disconnect                              bool
			} `json:"cases"`
		}
		if err := jsonUnmarshal(tb.eval(`document.getElementById("export-json").value`), &js); err != nil {
			t.Fatalf("%s: #export-json is not JSON: %v", c.name, err)
		}
		if js.Format != 1 || len(js.Cases) == 0 || js.Session != (c.name == "session" || c.name == "paste") {
			t.Errorf("%s: #export-json has format %d, %d cases, session %v", c.name, js.Format, len(js.Cases), js.Session)
		}
		if c.name == "paste" {
			checkPasteExport(t, paste, src, js.Connections, func(i int) (int, string, string) {
				return js.Cases[i].Conn, js.Cases[i].Input, js.Cases[i].Reply
			}, len(js.Cases))
		}
		for _, k := range js.Cases {
			if !strings.Contains(src, ", "+fmt.Sprint(k.Disconnect)+", ") || !strings.Contains(src, `"`+k.Outcome+`"`) {
				t.Errorf("%s: the Go file lacks the case %q", c.name, k.Input)
			}
		}
		dirs = append(dirs, writeExported(t, src))
	}
	// One go test for all three: compiling the package under test is most of the cost.
	cmd := exec.Command("go", append([]string{"test", "-count=1"}, dirs...)...)
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go test on the exported files failed: %v\n%s", err, out)
	}
}

// The CVR of each connection of the exported paste.
const exportCVR = "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"

// checkPasteExport checks the export of TestExportGoRuns's paste against the checker: two
// connections, the handshake lines alone (the USR left out) each on its connection, each
// expecting what the checker answered, except where the checker followed the log's server
// (the second VER, answered MSNP9): there a new session's answer, with a note in the file.
func checkPasteExport(t *testing.T, paste, src string, conns int, row func(int) (int, string, string), n int) {
	t.Helper()
	want := []struct {
		conn  int
		input string
	}{{1, "VER 1 MSNP8 CVR0"}, {1, exportCVR}, {2, "VER 1 MSNP8 CVR0"}, {2, exportCVR}}
	if conns != 2 || n != len(want) {
		t.Fatalf("the paste's export has %d connections and %d cases, want 2 and %d", conns, n, len(want))
	}
	// The checker's answers to the handshake lines (its USR step is not simulated).
	var checker []cvq.Result
	for _, st := range cvq.CheckTranscript(paste, cvq.MSNP8, nil).Steps {
		if !strings.HasPrefix(st.Result.Input, "USR") {
			checker = append(checker, st.Result)
		}
	}
	fresh := cvq.NewSession(cvq.MSNP8, nil)
	for i, w := range want {
		if i == 2 {
			fresh = cvq.NewSession(cvq.MSNP8, nil)
		}
		conn, input, reply := row(i)
		if conn != w.conn || input != w.input {
			t.Errorf("case %d is %q on connection %d, want %q on %d", i, input, conn, w.input, w.conn)
		}
		if r := fresh.Send(w.input).Reply; reply != r {
			t.Errorf("case %d %q expects %q, a new session answers %q", i, input, reply, r)
		}
		// Up to the log's "VER 1 MSNP9" the checker and a new session agree; after it, the
		// checker went on in MSNP9 and a new session in MSNP8, which answer CVR otherwise.
		if same := checker[i].Reply == reply; same != (i < 3) {
			t.Errorf("case %d %q expects %q, the checker answered %q", i, input, reply, checker[i].Reply)
		}
	}
	if !strings.Contains(src, "// Paste line 8: the checker went on as the log's server answered") ||
		!strings.Contains(src, "// 1 client line outside the handshake") {
		t.Errorf("the Go file does not say which line it answers as a new session does, or that the USR is left out:\n%s", src)
	}
}

// writeExported writes src into a throwaway package of this module (a
// directory starting with "_", which ./... patterns skip), checks that
// gofmt leaves it as it is, and returns the package's path for go test.
func writeExported(t *testing.T, src string) string {
	t.Helper()
	dir, err := os.MkdirTemp("..", "_export")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	file := filepath.Join(dir, "playground_test.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("gofmt", "-l", file).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("gofmt -l on the exported file: %v %s", err, out)
	}
	return "./" + filepath.Base(dir)
}

// seqElement is one element of #sequence with data-line or data-close.
type seqElement struct {
	Line, Dir, Close, Status, Entry, Label string
}

// sequenceElements lists #sequence's line and close elements in order.
func (tb *tab) sequenceElements() []seqElement {
	tb.t.Helper()
	var els []seqElement
	if err := jsonUnmarshal(tb.eval(`JSON.stringify([...document.querySelectorAll("#sequence [data-line], #sequence [data-close]")].map((g) => ({
  Line: g.getAttribute("data-line") || "", Dir: g.getAttribute("data-dir") || "", Close: g.getAttribute("data-close") || "",
  Status: g.getAttribute("data-status") || "", Entry: g.getAttribute("data-entry") || "", Label: g.getAttribute("aria-label") || "" })))`), &els); err != nil {
		tb.t.Fatal(err)
	}
	return els
}

// TestSequenceDiagram draws a live session that ends in a 731 close and a
// pasted transcript with a differing server line, and checks the
// diagram's elements, the links between arrows and log lines both ways,
// and the downloaded SVG file.
func TestSequenceDiagram(t *testing.T) {
	session := "VER 1 MSNP8 CVR0\nCVR 2 spaghetti\nCVR 3 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"
	tb := openTab(t, "/#v=1&d=MSNP8&p=reference&s="+url.PathEscape(session), true)
	tb.openView("sequence", "#sequence [data-line]")
	s := cvq.NewSession(cvq.MSNP8, nil)
	var want []seqElement
	n := 0
	for _, l := range strings.Split(session, "\n") {
		r := s.Send(l)
		n++
		want = append(want, seqElement{Line: fmt.Sprint(n), Dir: "C"})
		n++
		want = append(want, seqElement{Line: fmt.Sprint(n), Dir: "S"})
		if r.Disconnect {
			want = append(want, seqElement{Close: "server"})
		}
	}
	got := tb.sequenceElements()
	if len(got) != len(want) {
		t.Fatalf("#sequence has %d line and close elements, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].Line != want[i].Line || got[i].Dir != want[i].Dir || got[i].Close != want[i].Close {
			t.Errorf("element %d is line %q dir %q close %q, want line %q dir %q close %q",
				i, got[i].Line, got[i].Dir, got[i].Close, want[i].Line, want[i].Dir, want[i].Close)
		}
	}
	if !strings.Contains(got[3].Label, "731 2") {
		t.Errorf("the 731 answer's arrow says %q", got[3].Label)
	}
	if got[len(got)-1].Label == "" || !strings.Contains(got[len(got)-1].Label, "no reply") {
		t.Errorf("the line sent after the close should have no reply, its element says %q", got[len(got)-1].Label)
	}

	// Arrow → log: clicking the first arrow chooses the VER line.
	tb.do("clicking the VER arrow", chromedp.Click(chromedp.CSS(`#sequence [data-line="1"] .seq-hit`)))
	entry := got[0].Entry
	tb.waitJS(`document.querySelector('#console-log .log-line[data-entry="`+entry+`"]').getAttribute("aria-pressed") === "true"`, 5*time.Second)
	if want := cvq.Simulate("VER 1 MSNP8 CVR0", cvq.MSNP8, nil).Reply; tb.text("#reply") != want {
		t.Errorf("after clicking the VER arrow #reply is %q, want %q", tb.text("#reply"), want)
	}
	// Log → arrow: choosing the 731 line in the log highlights its arrow.
	e731 := got[3].Entry
	tb.do("clicking the 731 log line", chromedp.Click(chromedp.CSS(`#console-log .log-line[data-entry="`+e731+`"]`)))
	tb.waitJS(`document.querySelector('#sequence [data-entry="`+e731+`"]').classList.contains("is-current") &&
  document.querySelectorAll("#sequence .is-current").length === 1`, 5*time.Second)

	// The download is the drawn SVG as a file, with its own stylesheet.
	svg := tb.eval(`new Promise((resolve) => {
  let blob = null;
  const make = URL.createObjectURL;
  URL.createObjectURL = (b) => { blob = b; return make(b); };
  HTMLAnchorElement.prototype.click = function () {
    if (this.download !== "cvq-sequence.svg" || blob === null) resolve("download named " + this.download);
    else blob.text().then(resolve);
  };
  document.getElementById("sequence-download").click();
})`)
	for _, part := range []string{`<?xml`, `<svg`, `xmlns="http://www.w3.org/2000/svg"`, `data-line="4"`, `data-close="server"`, `<style>`, "731 2"} {
		if !strings.Contains(svg, part) {
			t.Errorf("the downloaded SVG lacks %q", part)
		}
	}

	// A pasted transcript: the differing server line is marked, and the
	// arrows carry the paste's line numbers.
	verReply := cvq.Simulate("VER 1 MSNP8 CVR0", cvq.MSNP8, nil).Reply
	paste := "C: VER 1 MSNP8 CVR0\nS: " + verReply + "\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\nS: CVR 2 9.9.9999 6.0.0602 1.0.0000 http://example.com/a http://example.com/b\n"
	tb2 := openTab(t, "/#v=1&d=MSNP8&p=reference&view=sequence&t="+url.PathEscape(paste), true)
	tb2.waitJS(`document.querySelectorAll("#sequence [data-line]").length === 4`, 15*time.Second)
	got = tb2.sequenceElements()
	for i, g := range got {
		if g.Line != fmt.Sprint(i+1) {
			t.Errorf("transcript element %d has data-line %q, want the paste line %d", i, g.Line, i+1)
		}
	}
	if got[1].Status != "match" || got[3].Status != "differ" {
		t.Errorf("server lines have data-status %q and %q, want match and differ", got[1].Status, got[3].Status)
	}

	// Where the log's server answered a line the profile closes on, the
	// diagram follows the log: no close.
	reopened := "C: VER 1 MSNP8 CVR0\nS: " + verReply + "\nC: CVR 2 spaghetti\nS: CVR 2 1.0.0000 1.0.0000 1.0.0000 a b\n"
	if !cvq.Simulate("CVR 2 spaghetti", cvq.MSNP8, nil).Disconnect {
		t.Fatal("the profile no longer closes on CVR 2 spaghetti; choose another line")
	}
	tb3 := openTab(t, "/#v=1&d=MSNP8&p=reference&view=sequence&t="+url.PathEscape(reopened), true)
	tb3.waitJS(`document.querySelectorAll("#sequence [data-line]").length === 4`, 15*time.Second)
	for _, g := range tb3.sequenceElements() {
		if g.Close != "" {
			t.Errorf("a close is drawn although the log's server answered: %+v", tb3.sequenceElements())
			break
		}
	}
}

// TestTranscriptLogLineShown: choosing a differing server line of a paste
// shows the log's own line in the reply panel, its differing field marked
// with the profile's value on its card, and the connection follows what
// the log's server said (a VER answered with CVR0 leaves it in CVR0 mode).
func TestTranscriptLogLineShown(t *testing.T) {
	const cvr = "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"
	verReply := cvq.Simulate("VER 1 MSNP8 CVR0", cvq.MSNP8, nil).Reply
	// The profile's own answer with its first version changed.
	fields := strings.Split(cvq.Simulate(cvr, cvq.MSNP8, nil).Reply, " ")
	fields[2] = "9.9.9999"
	observed := strings.Join(fields, " ")
	paste := "C: VER 1 MSNP8 CVR0\nS: " + verReply + "\nC: " + cvr + "\nS: " + observed + "\n"
	tb := openTab(t, "/#v=1&d=MSNP8&p=reference&t="+url.PathEscape(paste), true)
	// The first differing server line is shown on arrival.
	tb.waitJS(`document.getElementById("reply").textContent === `+jsString(observed), 10*time.Second)
	if got := tb.eval(`[...document.querySelectorAll('#reply .seg[data-status="error"]')].map((s) => s.textContent).join(",")`); got != "9.9.9999" {
		t.Errorf("marked reply fields: %q, want 9.9.9999", got)
	}
	expected := cvq.CheckTranscript(paste, cvq.MSNP8, nil).Steps[1].Checks[0].Diffs[0].Expected
	// The open card's body comes with the card chunk, fetched when a card
	// first opens ("Loading this card's details…" until it is here).
	want := "The log's server sent 9.9.9999 here; reference sends " + expected
	tb.waitJS(`!document.getElementById("cards-reply").textContent.includes("Loading this card's details")`, 10*time.Second)
	if got := tb.text("#cards-reply"); !strings.Contains(got, want) {
		t.Errorf("the reply cards do not give the profile's value %q: %q", expected, short(got))
	}
	// Choosing the client line shows the profile's own reply again.
	tb.do("clicking the CVR line", chromedp.Click(chromedp.CSS(`#console-log li[data-kind="c"]:nth-of-type(3) .log-line`)))
	tb.waitJS(`document.getElementById("reply").textContent !== `+jsString(observed), 5*time.Second)

	tb2 := openTab(t, "/#v=1&d=MSNP8&p=reference&t="+url.PathEscape("C: VER 1 MSNP8 CVR0\nS: VER 1 CVR0\n"), true)
	if got := tb2.text("#connection-state"); !strings.Contains(got, "CVR0") {
		t.Errorf("after the log's server answered CVR0 the connection reads %q", got)
	}
}

// TestExportBigPaste exports the 255 KiB paste (1,250 connections): the export sends at
// most the first 200 client lines again, says so in the file and its status, and the
// cases it holds are the paste's first connections, two lines each. While the paste is
// still being checked the export says so instead of "nothing to export".
func TestExportBigPaste(t *testing.T) {
	tb := openTab(t, "/", true)
	tb.openConsole()
	tb.openView("export", "#export-go")
	tb.paste(vectors.BigPaste())
	// Either the export saw the check under way, or the check ended before it redrew.
	tb.waitJS(`(() => { const s = document.querySelector("#views-body .hint").textContent;
return s.includes("still being checked") || document.getElementById("export-json").value !== ""; })()`, 30*time.Second)
	tb.eval(pasteSettled + `.then(() => "")`)
	tb.waitJS(`document.getElementById("export-json").value !== ""`, 30*time.Second)
	var js struct {
		Connections int `json:"connections"`
		Cases       []struct {
			Conn  int
			Input string
		} `json:"cases"`
	}
	if err := jsonUnmarshal(tb.eval(`document.getElementById("export-json").value`), &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Cases) != 200 || js.Connections != 100 {
		t.Fatalf("the export holds %d cases on %d connections, want the first 200 on 100", len(js.Cases), js.Connections)
	}
	for i, c := range js.Cases {
		if c.Conn != i/2+1 || !strings.HasPrefix(c.Input, []string{"VER 1 ", "CVR 2 "}[i%2]) {
			t.Fatalf("case %d is %q on connection %d", i, c.Input, c.Conn)
		}
	}
	status := tb.text("#views-body .hint")
	src := tb.eval(`document.getElementById("export-go").value`)
	for _, s := range []string{status, src} {
		if !strings.Contains(s, "the first 200 of its 2,500 client lines") && !strings.Contains(s, "The first 200 of its 2,500 client lines") {
			t.Errorf("the export does not say it holds the first 200 lines: %q", short(s))
		}
	}
}
