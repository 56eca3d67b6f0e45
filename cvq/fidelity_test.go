package cvq

import (
	"strings"
	"testing"
)

// The tests of issue 11 ("Fidelity on real-world evidence"), one per item,
// each naming the fact it rests on: a section of the reference facts (facts
// §N, with the source key) or the seed.

// fidelityLines are the ten real-world lines the items use; the
// closing note reports every profile's answer to them
// (TestFidelityAnswersTable prints the table with -v).
var fidelityLines = []struct {
	name string
	d    Dialect
	line string
}{
	{"MSN 5.0 on Windows 98 (CAP-2010-03)", 8, "CVR 2 0x0409 win 4.10 i386 MSNMSGR 5.0.0544 MSMSGS example@passport.com"},
	{"msnp-wiki's 6-parameter CVQ (YW-CVR0)", 8, "CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863"},
	{"Messenger for Mac 8 (NINA-MAC)", 16, "CVR 2 0x0409 mac 10.13.6 i386 macmsgs 8.0.1 macmsgs me@andreadoria.cf"},
	{"MSGSTRST 3.6 (CAP-2003)", 5, "CVQ 8 0x0409 win 4.10 i386 MSGSTRST 3.6.0025 MSMSGS"},
	{"WLM 8.0 beta in CVR0 (NINA-CV)", 13, "CVQ 2 0x0409 winnt 5.1 i386 MSG80BETA 8.0.0566 msmsgs email@addr.ess"},
	{"MSN 3.6 without p7 (YW-P4)", 5, "CVQ 7 0x0409 win 4.10 i386 MSMSGS 3.6.0025"},
	{"MSN 1.0 build with a dated note (facts §3)", 2, "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863"},
	{"WLM 2011 with its hop blob sent as MSNP8 (SHARP-NS)", 8, "CVR 1 0x0409 winnt 6.1.1 i386 MSNMSGR 15.4.3508.1109 MSNMSGR a@b.c 0"},
	{"winnt 10 and an unknown build (facts §5)", 8, "CVQ 3 0x0409 winnt 10 i386 MSNMSGR 9.9.9999 msmsgs a@b.c"},
	{"Windows Messenger 4.7 (NINA-CVR)", 8, "CVR 2 0x0409 winnt 5.1 i386 WindowsMessenger 4.7.3001 WindowsMessenger test@hotmail.com"},
}

// Item 1 — facts §7.2 [CAP-2010-03]: in 2010 an obsolete MSNMSGR 5.0.0544
// got 1.0.0000 three times; the later-2009 minimum was 14.0.8089. A date
// past the newest capture says so; a row answering a client no capture
// shows is labelled.
func TestFidelityEraAfter2009(t *testing.T) {
	p, ok := LookupProfile("microsoft@2010-03")
	if !ok || p.Name != "microsoft@2010-03" || p.DateNote != "" {
		t.Fatalf("microsoft@2010-03 → %v %v", p, ok)
	}
	r := Simulate(fidelityLines[0].line, 8, p)
	if !strings.HasPrefix(r.Reply, "CVR 2 1.0.0000 1.0.0000 1.0.0000 ") || !strings.Contains(r.ReplyFields[2].Rule.Text, "CAP-2010-03") {
		t.Errorf("2010 reply to MSN 5.0: %q (%s)", r.Reply, r.ReplyFields[2].Rule.Text)
	}
	wlm := Simulate("CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 14.0.8064.0206 msmsgs a@b.c", 18, p)
	if !strings.HasPrefix(wlm.Reply, "CVR 2 14.0.8089 14.0.8089 14.0.8089 ") || !strings.Contains(wlm.ReplyFields[2].Rule.Text, "assumption") {
		t.Errorf("2010 reply to WLM 2009: %q (%s)", wlm.Reply, wlm.ReplyFields[2].Rule.Text)
	}
	late, _ := LookupProfile("microsoft@2009-11")
	if r := Simulate(fidelityLines[0].line, 8, late); !strings.HasPrefix(r.Reply, "CVR 2 14.0.8089 14.0.8089 14.0.8089 ") {
		t.Errorf("later 2009: %q", r.Reply)
	}
	future, ok := LookupProfile("microsoft@2024")
	if !ok || future.Name != "microsoft@2010-03" {
		t.Fatalf("microsoft@2024 → %v %v", future, ok)
	}
	r = Simulate(fidelityLines[0].line, 8, future)
	if d := hasDiag(&r, CodeEraUncovered); d == nil || !strings.Contains(d.Text, "No capture covers 2024") || !strings.Contains(d.Text, "microsoft@2010-03") {
		t.Errorf("no era-uncovered note for 2024: %+v", r.Diagnostics)
	}
	// June 2009 answering MSN 5.0 on Windows 98: the row was captured for
	// 8.5.1302 only, so the reply is labelled, citing that capture.
	june, _ := LookupProfile("microsoft@2009-06")
	r = Simulate(fidelityLines[0].line, 8, june)
	if rule := r.ReplyFields[2].Rule.Text; !strings.Contains(rule, "Assumption") || !strings.Contains(rule, "8.5.1302") || !strings.Contains(rule, "CAP-2009-06") {
		t.Errorf("June 2009 to MSN 5.0 is not labelled: %s", rule)
	}
	// The capture's own client is not labelled.
	r = Simulate("CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 a@b.c", 15, june)
	if strings.Contains(r.ReplyFields[2].Rule.Text, "Assumption") {
		t.Errorf("the captured client is labelled: %s", r.ReplyFields[2].Rule.Text)
	}
}

// Item 2 — rules (PROTOCOL.md §2), facts §1.3 [YW-CVR0]: after VER … CVR0
// a CVQ is judged by the newest MSNPn the client offered, not the selector.
func TestFidelityCVQAfterCVR0(t *testing.T) {
	s := NewSession(MSNP8, nil)
	if r := s.Send("VER 1 MSNP2 CVR0"); r.Reply != "VER 1 CVR0" {
		t.Fatalf("VER reply %q", r.Reply)
	}
	r := s.Send(fidelityLines[1].line)
	if hasDiag(&r, CodeMissingParam) != nil {
		t.Errorf("msnp-wiki's 6-parameter CVQ judged as MSNP8: %+v", r.Diagnostics)
	}
	if d := hasDiag(&r, CodeCVQOfferedDialect); d == nil || !strings.Contains(d.Text, "MSNP2") {
		t.Errorf("no note naming MSNP2: %+v", r.Diagnostics)
	}
	if r.Dialect != MSNP2 || s.State().Dialect != MSNP2 {
		t.Errorf("dialect %v, state %v; want MSNP2", r.Dialect, s.State().Dialect)
	}
	if !strings.HasPrefix(r.Reply, "CVQ 2 5.0.0537 5.0.0537 1.0.0863 ") {
		t.Errorf("reply %q", r.Reply)
	}
	// Inside a real dialect the negotiated one judges, as before.
	s = NewSession(MSNP8, nil)
	s.Send("VER 1 MSNP8 CVR0")
	if r := s.Send(lineNew); hasDiag(&r, CodeCVQOfferedDialect) != nil {
		t.Errorf("offered-dialect note inside MSNP8")
	}
}

// Item 3 — facts §3 [NINA-MAC] [NINA-CVR] [HYP-MISC]: Microsoft's own
// libraries are answered, labelled; 420 stays for strangers (the seed's
// YCOMM).
func TestFidelityOfficialLibraries(t *testing.T) {
	for _, c := range []struct {
		line string
		d    Dialect
		want string
	}{
		{fidelityLines[2].line, 16, "CVR 2 6.1.0211 "},                  // macmsgs → the MSNMSGR row
		{fidelityLines[3].line, 5, "CVQ 8 1.0.0000 1.0.0000 1.0.0000 "}, // MSGSTRST → what the 2003 capture shows
		{fidelityLines[9].line, 8, "CVR 2 5.0.0537 "},                   // WindowsMessenger → the MSNMSGR row
		{"CVQ 1 0x0409 win 4.10 i386 MSMSGSMARS 4.0.0135 MSMSGS", 5, "CVQ 1 5.0.0537 "},
	} {
		r := Simulate(c.line, c.d, nil)
		if !strings.HasPrefix(r.Reply, c.want) {
			t.Errorf("%q: reply %q, want %q…", c.line, r.Reply, c.want)
			continue
		}
		if rule := r.ReplyFields[2].Rule.Text; !strings.Contains(rule, "ssumption") {
			t.Errorf("%q: the reply is not labelled: %s", c.line, rule)
		}
	}
	if r := Simulate("CVQ 4 0x0409 winnt 5.0 i386 YCOMM 0.1.0023 MSMSGS", 8, nil); r.Reply != "420 4" {
		t.Errorf("the seed's YCOMM: %q", r.Reply)
	}
}

// Item 4 — facts §1.4 [CAP-2010-03]: real replies had a doubled and a
// trailing space. They get the tokenizer's notes, and one doubled space is
// one difference, not a shifted line.
func TestFidelityEmptyServerFields(t *testing.T) {
	req := "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"
	want := Simulate(req, 10, nil).Reply
	cut := strings.LastIndexByte(want, ' ')
	reply := want[:cut] + "  " + want[cut+1:] + " " // one doubled, one trailing space
	tr := CheckTranscript("C: "+req+"\nS: "+reply, 10, nil)
	if len(tr.Steps) != 1 || len(tr.Steps[0].Checks) != 1 {
		t.Fatalf("steps %+v", tr.Steps)
	}
	c := tr.Steps[0].Checks[0]
	var names []string
	for _, d := range c.Diffs {
		names = append(names, d.Param)
	}
	if strings.Join(names, ",") != "empty,empty" {
		t.Errorf("diffs %v (%+v), want the doubled and the trailing space only", names, c.Diffs)
	}
	notes := 0
	for _, d := range tr.Diagnostics {
		if d.Code == CodeEmptyParam && d.Line == 2 {
			notes++
		}
	}
	if notes != 2 {
		t.Errorf("%d empty-param notes on the server line, want 2: %+v", notes, tr.Diagnostics)
	}
}

// Item 5 — facts §1.5 [NINA-CV]: the MSNP13 beta in CVR0 mode does nothing
// when recommended-version is above its build, and shows 0x81000305
// (MSGR_E_SERVER_VERSION) when it is equal or lower.
func TestFidelityBetaAfterCVR0(t *testing.T) {
	r := Simulate(fidelityLines[4].line, 13, nil) // recommended 8.0.0566 = its build
	if r.Outcome.Kind != OutcomeRejected || !strings.Contains(r.Outcome.Text, "0x81000305") || !strings.Contains(r.Outcome.Reason, "NINA-CV") {
		t.Errorf("equal: %+v", r.Outcome)
	}
	r = Simulate("CVQ 2 0x0409 winnt 5.1 i386 MSG80BETA 8.0.0328 msmsgs email@addr.ess", 13, nil)
	if r.Outcome.Kind != OutcomeNone || !strings.Contains(r.Outcome.Text, "does nothing") {
		t.Errorf("older: %+v", r.Outcome)
	}
}

// Item 6 — facts §1.4 [YW-P4] [CAP-2003]: in MSNP4–7 client-identification
// is documented as empty yet filled in every capture; neither form is an
// error.
func TestFidelityP7InMSNP4to7(t *testing.T) {
	for _, line := range []string{fidelityLines[5].line, fidelityLines[5].line + " MSMSGS"} {
		r := Simulate(line, 5, nil)
		if w, _ := r.Worst(); w > Note {
			t.Errorf("%q: %v: %+v", line, w, r.Diagnostics)
		}
		if hasDiag(&r, CodeClientIDAbsent) == nil && hasDiag(&r, CodeClientIDEarly) == nil {
			t.Errorf("%q: no note on client-identification", line)
		}
	}
}

// Item 7 — facts §3 and §8 item 11: the release catalog's own
// disagreements (MSN 1.0's date) reach the client-version field.
func TestFidelityReleaseNotes(t *testing.T) {
	r := Simulate(fidelityLines[6].line, 2, nil)
	f := fieldOf(&r, "client-version")
	if f == nil || !strings.Contains(f.Note, "1999-07-17") {
		t.Errorf("client-version note: %+v", f)
	}
}

// Item 8 — facts §3 [SHARP-NS] [ESC-NOTES]: a WLM 2011 line with its 9th
// parameter sent as MSNP8 names the dialects that fit.
func TestFidelitySuggestDialect(t *testing.T) {
	r := Simulate(fidelityLines[7].line, 8, nil)
	if r.Suggest != MSNP21 || hasDiag(&r, CodeDialectFit) == nil {
		t.Errorf("suggest %v: %+v", r.Suggest, r.Diagnostics)
	}
	if r := Simulate(lineNew, 8, nil); r.Suggest != 0 {
		t.Errorf("the seed's New line in MSNP8 needs no suggestion: %v", r.Suggest)
	}
	// By count alone: an unknown build with nine CVR parameters.
	if r := Simulate("CVR 1 0x0409 winnt 6.1 i386 MSNMSGR 15.9.1 MSNMSGR a@b.c 0", 8, nil); r.Suggest != MSNP21 {
		t.Errorf("by count: %v", r.Suggest)
	}
}

// Item 9 — facts §6.1 [CAP-2009-06] (three-part 14.0.8064 in replies),
// facts §5 (winnt 10), facts §3 (no release 9.9.9999), and indented log
// lines.
func TestFidelityDecoders(t *testing.T) {
	june, _ := LookupProfile("microsoft@2009-06")
	r := Simulate("CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 a@b.c", 15, june)
	if r.ReplyFields[2].Meaning != "Windows Live Messenger 2009" {
		t.Errorf("14.0.8064 decodes as %q", r.ReplyFields[2].Meaning)
	}
	r = Simulate(fidelityLines[8].line, 8, nil)
	if f := fieldOf(&r, "system-ver"); f == nil || !strings.Contains(f.Meaning, "Windows 10") {
		t.Errorf("winnt 10: %+v", f)
	}
	if f := fieldOf(&r, "client-version"); f == nil || f.Meaning != "no known release has this build" || !strings.Contains(f.Detail, "nearest known: 8.") {
		t.Errorf("9.9.9999: %+v", f)
	}
	lines, diags := ParseTranscript("  C: VER 1 MSNP8 CVR0\n\t  S: VER 1 MSNP8")
	if len(lines) != 2 || lines[1].Dir != 'S' || lines[1].Text != "VER 1 MSNP8" || len(diags) != 0 {
		t.Errorf("indented lines: %+v %+v", lines, diags)
	}
}

// The seed's six exchanges stay byte for byte under the reference profile
// (the constraint), whatever the items above changed.
func TestFidelitySeedUnchanged(t *testing.T) {
	for _, c := range []struct {
		d           Dialect
		line, reply string
	}{
		{2, "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS", "CVQ 1 5.0.0537 5.0.0537 1.0.0863 " + urlSetupDL50 + " " + urlMessengerMS},
		{8, lineNew, "CVQ 2 7.0.0813 7.0.0813 6.2.0205 " + urlInstall70 + " " + urlMessengerMN},
		{8, "CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS", "420 3"},
		{8, "CVQ 4 0x0409 winnt 5.0 i386 YCOMM 0.1.0023 MSMSGS", "420 4"},
		{8, "CVQ 5 0x1111 winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", "710 5"},
		{8, "CVQ 6 spaghetti", "731 6"},
	} {
		if r := Simulate(c.line, c.d, nil); r.Reply != c.reply {
			t.Errorf("%q: %q, want %q", c.line, r.Reply, c.reply)
		}
	}
}

// TestFidelityAnswersTable logs every profile's answer to the ten lines
// (go test -run AnswersTable -v), for the closing note.
func TestFidelityAnswersTable(t *testing.T) {
	for _, l := range fidelityLines {
		for _, p := range Profiles() {
			r := Simulate(l.line, l.d, p)
			reply := r.Reply
			if len(reply) > 40 {
				reply = reply[:40] + "…"
			}
			if reply == "" {
				reply = "(no reply)"
			}
			t.Logf("%-52s | %-18s | %s | %s", l.name, p.Name, reply, r.Outcome.Kind)
		}
	}
}
