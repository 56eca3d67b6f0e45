package cvq

import (
	"strings"
	"testing"
)

const (
	lineNew  = "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	lineOld6 = "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863"
)

func hasDiag(r *Result, code string) *Diagnostic {
	for i := range r.Diagnostics {
		if r.Diagnostics[i].Code == code {
			return &r.Diagnostics[i]
		}
	}
	return nil
}

func fieldOf(r *Result, param string) *Field {
	for i := range r.Fields {
		if r.Fields[i].Param == param {
			return &r.Fields[i]
		}
	}
	return nil
}

// Each step of the reference server's decision order (docs/rules.md §4).
func TestReferenceDecisionOrder(t *testing.T) {
	for _, c := range []struct {
		name    string
		line    string
		d       Dialect
		reply   string
		closes  bool
		outcome OutcomeKind
	}{
		{"1 missing TrID", "CVQ", 8, "", true, OutcomeClosed},
		{"1 non-numeric TrID", "CVQ x 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", 8, "", true, OutcomeClosed},
		{"1 TrID beyond 32 bits", "CVQ 4294967296 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", 8, "", true, OutcomeClosed},
		{"2 MSNP24", lineNew, 24, "", true, OutcomeClosed},
		{"3 five parameters", "CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR", 8, "731 7", true, OutcomeRejected},
		{"3 beats 4", "CVQ 7 0x1111 winnt", 8, "731 7", true, OutcomeRejected},
		{"4 malformed locale", "CVQ 8 0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", 8, "710 8", false, OutcomeRejected},
		{"4 meta locale", "CVQ 8 0x0400 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", 8, "710 8", false, OutcomeRejected},
		{"4 beats 5", "CVQ 8 0x1111 winnt 5.1 i386 YCOMM 0.1.0023 MSMSGS a@b.c", 8, "710 8", false, OutcomeRejected},
		{"4 upper-case hex is fine", "CVQ 8 0x0C0A winnt 5.1 i386 MSNMSGR 7.0.0813 MSMSGS a@b.c", 8, "CVQ 8 7.0.0813 7.0.0813 6.2.0205 " + urlInstall70 + " " + urlMessengerMN, true, OutcomeUpToDate},
		{"5 unknown library", "CVQ 9 0x0409 winnt 5.1 i386 YCOMM 8.0.1 MSMSGS a@b.c", 8, "420 9", false, OutcomeRejected},
		{"5 malformed version", "CVQ 9 0x0409 winnt 5.1 i386 MSNMSGR 6.x MSMSGS a@b.c", 8, "420 9", false, OutcomeRejected},
		{"5 newer than known", "CVQ 9 0x0409 winnt 5.1 i386 MSNMSGR 17.0.0001 MSMSGS a@b.c", 8, "420 9", false, OutcomeRejected},
		{"5 newest known is fine", "CVQ 9 0x0409 winnt 5.1 i386 MSNMSGR 16.4.3508.205 MSMSGS a@b.c", 8, "CVQ 9 7.0.0813 7.0.0813 6.2.0205 " + urlInstall70 + " " + urlMessengerMN, true, OutcomeUpToDate},
		{"6 optional upgrade", "CVQ 10 0x0409 winnt 5.1 i386 MSNMSGR 6.2.0205 MSMSGS a@b.c", 8, "CVQ 10 7.0.0813 7.0.0813 6.2.0205 " + urlInstall70 + " " + urlMessengerMN, true, OutcomeOptionalUpgrade},
		{"6 forced upgrade", lineNew, 8, "CVQ 2 7.0.0813 7.0.0813 6.2.0205 " + urlInstall70 + " " + urlMessengerMN, true, OutcomeForcedUpgrade},
		{"6 CVR stays open", "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", 9, "CVR 2 6.0.0602 6.0.0602 6.0.0268 " + urlSetup60Dir + "SetupDl.exe " + urlMessengerMN, false, OutcomeUpToDate},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := Simulate(c.line, c.d, nil)
			if r.Reply != c.reply {
				t.Errorf("reply %q, want %q", r.Reply, c.reply)
			}
			if r.Disconnect != c.closes {
				t.Errorf("disconnect %v, want %v", r.Disconnect, c.closes)
			}
			if r.Outcome.Kind != c.outcome {
				t.Errorf("outcome %v, want %v (%s)", r.Outcome.Kind, c.outcome, r.Outcome.Reason)
			}
		})
	}
}

// The shape of CVQ and CVR on both sides of each boundary.
func TestDialectBoundaries(t *testing.T) {
	six := lineOld6
	seven := six + " "             // empty client-identification
	sevenFilled := six + " MSMSGS" // filled
	eight := "CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"
	cvr8 := "CVR 1 0x0409 winnt 6.1 i386 MSNMSGR 15.4.3508.1109 MSNMSGR a@b.c"
	cvr9 := cvr8 + " 0"
	for _, c := range []struct {
		line  string
		d     Dialect
		codes []string // diagnostics that must appear
		clean bool     // no warnings or errors at all
	}{
		{six, 3, nil, true},
		{six, 4, []string{"client-id-absent"}, true}, // issue 11.6: absent p7 in MSNP4–7 is a note, not an error
		{seven, 3, []string{"not-yet"}, false},
		{seven, 4, nil, true},
		{sevenFilled, 2, []string{"not-yet"}, false},
		{sevenFilled, 7, []string{"client-id-early"}, true}, // filled p7 in MSNP4–7: a note (CAP-2003)
		{seven, 7, nil, true},
		{seven, 8, []string{"missing-param", "client-id-empty"}, false},
		{eight, 7, []string{"not-yet", "client-id-early"}, false},
		{eight, 8, nil, true},
		{eight, 20, nil, true},
		{eight, 21, nil, true}, // CVQ keeps eight parameters
		{cvr8, 20, nil, true},
		{cvr8, 21, []string{"missing-param"}, false},
		{cvr9, 20, []string{"not-yet"}, false},
		{cvr9, 21, nil, true},
		{eight, 23, nil, true},
		{eight, 24, []string{"removed"}, false},
	} {
		r := Simulate(c.line, c.d, nil)
		for _, code := range c.codes {
			if hasDiag(&r, code) == nil {
				t.Errorf("%s %q: no %s diagnostic; got %+v", c.d, c.line, code, r.Diagnostics)
			}
		}
		if c.clean {
			if w, ok := r.Worst(); ok && w > Note {
				t.Errorf("%s %q: unexpected %v: %+v", c.d, c.line, w, r.Diagnostics)
			}
		}
	}
}

func TestFieldsCarryVersionFacts(t *testing.T) {
	r := Simulate(lineNew, 8, nil)
	want := []string{"command", "trid", "locale", "system-type", "system-ver", "system-arch",
		"requesting-library", "client-version", "client-identification", "user-handle"}
	if len(r.Fields) != len(want) {
		t.Fatalf("%d fields", len(r.Fields))
	}
	for i, f := range r.Fields {
		if f.Param != want[i] || f.Status != StatusOK {
			t.Errorf("field %d: %s %v", i, f.Param, f.Status)
		}
		if lineNew[f.Start:f.End] != f.Value {
			t.Errorf("field %d range", i)
		}
	}
	if f := fieldOf(&r, "client-identification"); f.Since != MSNP4 {
		t.Errorf("client-identification since %v", f.Since)
	}
	if f := fieldOf(&r, "user-handle"); f.Since != MSNP8 {
		t.Errorf("user-handle since %v", f.Since)
	}
	if f := fieldOf(&r, "system-ver"); f.Meaning != "Windows XP" {
		t.Errorf("system-ver meaning %q", f.Meaning)
	}
	if f := fieldOf(&r, "client-version"); !strings.Contains(f.Meaning, "6.0") {
		t.Errorf("client-version meaning %q", f.Meaning)
	}
	for _, f := range r.ReplyFields {
		if f.Rule.ID == "" || f.Rule.Text == "" {
			t.Errorf("reply field %s has no rule", f.Param)
		}
	}
	for _, f := range append(r.Fields, r.ReplyFields...) {
		if info, ok := ParamInfo(f.Param); !ok || info.About == "" {
			t.Errorf("field %s has no parameter description", f.Param)
		}
	}
	if info, _ := ParamInfo("client-identification"); info.Changes == "" || info.Since != MSNP4 {
		t.Errorf("client-identification history: %+v", info)
	}
}

func TestLearnerDiagnostics(t *testing.T) {
	for _, c := range []struct {
		line, code, text string
		d                Dialect
	}{
		{"cvq 1 0x0409", "command-case", "write CVQ", 8},
		{lineNew + "\n", "bare-lf", "CR LF", 8},
		{"CVQ 2 0x0409  winnt", "empty-param", "Empty parameter", 8},
		{"CVQ 2 0x04g9 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "locale-malformed", "four hex digits", 8},
		{"CVQ 2 0x1111 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "locale-unassigned", "assigns no language", 8},
		{"CVQ 2 0x0800 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "locale-meta", "meta value", 8},
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGRR 6.0.0602 MSMSGS a@b.c", "library-unknown", "closest known one is MSNMSGR", 8},
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c extra", "extra-param", "one too many", 21},
		{"CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS", "missing-param", "user-handle is missing", 8},
	} {
		r := Simulate(c.line, c.d, nil)
		d := hasDiag(&r, c.code)
		if d == nil {
			t.Errorf("%q: no %s; got %+v", c.line, c.code, r.Diagnostics)
			continue
		}
		if !strings.Contains(d.Text, c.text) {
			t.Errorf("%q: %s text %q lacks %q", c.line, c.code, d.Text, c.text)
		}
		if d.Start < 0 || d.End < d.Start || d.End > len(c.line) {
			t.Errorf("%q: range [%d,%d) out of the line", c.line, d.Start, d.End)
		}
	}
}

// A short line gets one diagnostic naming every parameter it lacks, at the
// end of the line, rather than one per parameter at the same place.
func TestMissingParamsNamedTogether(t *testing.T) {
	for _, c := range []struct {
		line  string
		d     Dialect
		text  string
		shape bool // the seed's seven-parameter shape note
	}{
		{"CVQ 6 spaghetti", 8, "7 parameters are missing after locale: system-type, system-ver, system-arch, requesting-library, " +
			"client-version, client-identification and user-handle; the selected dialect sends 8 parameters after the TrID.", false},
		{"CVQ 6 0x0409 win 4.10 i386", 2, "2 parameters are missing after system-arch: requesting-library and client-version; " +
			"the selected dialect sends 6 parameters after the TrID.", false},
		{"CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS", 8,
			"user-handle is missing: the selected dialect sends 8 parameters after the TrID.", true},
	} {
		r := Simulate(c.line, c.d, nil)
		var got []Diagnostic
		for _, d := range r.Diagnostics {
			if d.Code == "missing-param" {
				got = append(got, d)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: %d missing-param diagnostics, want 1: %+v", c.line, len(got), got)
			continue
		}
		d := got[0]
		if d.Text != c.text || d.Start != len(c.line) || d.End != len(c.line) || d.Severity != Error {
			t.Errorf("%q: got %+v\nwant text %q at %d", c.line, d, c.text, len(c.line))
		}
		if hasShape := len(d.Notes) > 0 && d.Notes[0] == noteShape[0]; hasShape != c.shape {
			t.Errorf("%q: shape note %v, want %v", c.line, hasShape, c.shape)
		}
	}
}

func TestDocumentationDisagreementsAreNoted(t *testing.T) {
	old := Simulate("CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS", 2, nil)
	if d := hasDiag(&old, "not-yet"); d == nil || len(d.Notes) == 0 {
		t.Errorf("Old example: no note on the filled client-identification")
	}
	if d := hasDiag(&old, "doc-disagreement"); d == nil || len(d.Notes) < 2 {
		t.Errorf("Old example: expected notes on who closes and on the minimum; got %+v", d)
	}
	r420 := Simulate("CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS", 8, nil)
	if r420.ReplyFields[0].Note == "" || r420.ReplyFields[0].Meaning == "" {
		t.Errorf("420 field lacks meaning or note")
	}
}

func TestVERNegotiation(t *testing.T) {
	ms, _ := LookupProfile("microsoft@2006-12")
	for _, c := range []struct {
		line  string
		p     *Profile
		reply string
		close bool
	}{
		{"VER 1 MSNP2 CVR0", nil, "VER 1 CVR0", false},
		{"VER 1 MSNP10 MSNP9 CVR0", nil, "VER 1 MSNP10", false},
		{"VER 3 MSNP8 CVR0", nil, "VER 3 MSNP8", false},
		{"VER 1 DISREGARDANCE FOR A REAL PROTOCOL", nil, "VER 1 0", true},
		{"VER MSNP8 CVR0", nil, "", true},
		{"VER 1 MSNP9 MSNP8 CVR0", ms, "VER 1 MSNP9 MSNP8 CVR0", false},
		{"VER 0 MSNP8 MYPROTOCOL CVR0", ms, "VER 0 MSNP8 CVR0", false},
		{"VER 1 MSNP2 CVR0", escargotProfile, "VER 1 MSNP2", false},
		{"VER 1 CVR0", escargotProfile, "VER 1 0", true},
	} {
		r := Simulate(c.line, 8, c.p)
		if r.Reply != c.reply || r.Disconnect != c.close {
			t.Errorf("%q: reply %q close %v, want %q %v", c.line, r.Reply, r.Disconnect, c.reply, c.close)
		}
	}
}

func TestSessionHandshake(t *testing.T) {
	s := NewSession(2, nil)
	if r := s.Send("VER 1 MSNP2 CVR0"); r.Reply != "VER 1 CVR0" {
		t.Fatalf("VER: %q", r.Reply)
	}
	if st := s.State(); st.Mode != "CVR0" || st.Closed {
		t.Fatalf("state %+v", st)
	}
	r := s.Send(lineOld6)
	if !strings.HasPrefix(r.Reply, "CVQ 1 5.0.0537 ") || !r.Disconnect {
		t.Fatalf("CVQ: %q %v", r.Reply, r.Disconnect)
	}
	if st := s.State(); !st.Closed || st.ClosedBy != "server" {
		t.Fatalf("state %+v", st)
	}
	if r := s.Send("VER 3 MSNP8"); r.Reply != "" || hasDiag(&r, "closed") == nil {
		t.Fatalf("after close: %q %+v", r.Reply, r.Diagnostics)
	}

	s = NewSession(8, nil)
	s.Send("VER 1 MSNP8 CVR0")
	if r := s.Send("VER 2 MSNP8 CVR0"); r.Reply != "715 2" || !r.Disconnect {
		t.Fatalf("second VER: %q %v", r.Reply, r.Disconnect)
	}
	s = NewSession(8, nil)
	s.Send("VER 1 MSNP8 CVR0")
	if r := s.Send(lineNew); hasDiag(&r, "cvq-in-dialect") == nil {
		t.Errorf("CVQ inside MSNP8 not flagged")
	}
}

func TestTranscriptFlagsTamperedLine(t *testing.T) {
	good := "C: " + lineNew + "\nS: CVQ 2 7.0.0813 7.0.0813 6.2.0205\n.. " + urlInstall70 + "\n.. " + urlMessengerMN
	tr := CheckTranscript(good, 8, nil)
	if len(tr.Steps) != 1 || len(tr.Steps[0].Checks) != 1 || tr.Steps[0].Checks[0].Status != CheckMatch {
		t.Fatalf("clean transcript: %+v", tr.Steps)
	}
	bad := strings.Replace(good, "6.2.0205", "6.2.0208", 1)
	tr = CheckTranscript(bad, 8, nil)
	c := tr.Steps[0].Checks[0]
	if c.Status != CheckDiffer || len(c.Diffs) != 1 || c.Diffs[0].Param != "minimum-allowed-version" || c.Diffs[0].Observed != "6.2.0208" {
		t.Fatalf("tampered: %+v", c)
	}
	if c.Observed[c.Diffs[0].Start:c.Diffs[0].End] != "6.2.0208" {
		t.Errorf("diff range wrong")
	}
}

func TestTranscriptPrefixes(t *testing.T) {
	text := "Some prose line.\n(12:35:57) msn: C: NS 000: VER 1 MSNP15 CVR0\n->ns-sock7 CVR 2 x\n<<< VER 1 MSNP15\nCVQ 5\n.. tail\n"
	lines, diags := ParseTranscript(text)
	want := []struct {
		dir  byte
		text string
	}{{'C', "VER 1 MSNP15 CVR0"}, {'C', "CVR 2 x"}, {'S', "VER 1 MSNP15"}, {'C', "CVQ 5 tail"}}
	if len(lines) != len(want) {
		t.Fatalf("lines %+v", lines)
	}
	for i, w := range want {
		if lines[i].Dir != w.dir || lines[i].Text != w.text {
			t.Errorf("line %d: %c %q", i, lines[i].Dir, lines[i].Text)
		}
	}
	if lines[0].Line != 2 || text[len("Some prose line.\n")+lines[0].Start:][:3] != "VER" {
		t.Errorf("location of line 0: %+v", lines[0])
	}
	if len(diags) != 1 || diags[0].Code != "prose" || diags[0].Line != 1 {
		t.Errorf("diags %+v", diags)
	}
}

func TestProfileLookupByDate(t *testing.T) {
	for date, era := range map[string]string{
		"microsoft@2003-05-01": "microsoft@2003-01",
		"microsoft@2008-06-15": "microsoft@2008-05",
		"microsoft@2008-12":    "microsoft@2008-12",
		"microsoft@2008":       "microsoft@2008-12",
		"microsoft@2003-01-01": "microsoft@2003-01",
		"microsoft@2003-01":    "microsoft@2003-01",
		"microsoft@2008-02-29": "microsoft@2008-01", // a leap day
		"microsoft@2008-12-31": "microsoft@2008-12",
		"microsoft@2400-02-29": "microsoft@2010-03", // 2400 is a leap year
		"microsoft@2030-01-01": "microsoft@2010-03",
		"microsoft@2009-11":    "microsoft@2009-10",
		"microsoft":            "microsoft@2010-03",
	} {
		p, ok := LookupProfile(date)
		if !ok || p.Name != era {
			t.Errorf("%s → %v %v, want %s", date, p, ok, era)
		}
	}
	for _, bad := range []string{"microsoft@", "microsoft@2008-1", "microsoftx", "Reference", "",
		// Not real dates.
		"microsoft@2008-99-99", "microsoft@2008-13", "microsoft@2008-00", "microsoft@2008-12-00",
		"microsoft@2008-12-32", "microsoft@2008-04-31", "microsoft@2009-02-29", "microsoft@2100-02-29",
		// Before the first era began (2003-01-01).
		"microsoft@1999-01-01", "microsoft@2002-12-31", "microsoft@2002-12", "microsoft@2002", "microsoft@0000",
	} {
		if _, ok := LookupProfile(bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
}

// The 2003 capture shows only the start of the reply to MSGSTRST.
func TestMicrosoftUnknownLibrary2003(t *testing.T) {
	p, _ := LookupProfile("microsoft@2003")
	r := Simulate("CVR 8 0x0409 win 4.10 i386 MSGSTRST 3.6.0025 MSMSGS", 5, p)
	if !strings.HasPrefix(r.Reply, "CVR 8 1.0.0000 1.0.0000 1.0.0000 ") {
		t.Errorf("reply %q", r.Reply)
	}
}

func TestEscargot(t *testing.T) {
	r := Simulate("CVR 2 0x0409 winnt 5.1 i386 MSMSGS 4.7.3001 WindowsMessenger test@hotmail.com", 8, escargotProfile)
	if r.Reply != "CVR 2 4.7.3001 4.7.3001 4.7.3001 https://escargot.log1p.xyz https://escargot.log1p.xyz" {
		t.Errorf("reply %q", r.Reply)
	}
	r = Simulate("CVR 2 0x9999 x y z NOPE 99.9.9999", 8, escargotProfile)
	if !strings.HasPrefix(r.Reply, "CVR 2 99.9.9999 ") {
		t.Errorf("escargot validated: %q", r.Reply)
	}
	r = Simulate(lineNew, 8, escargotProfile)
	if r.Reply != "" || r.Disconnect || r.Outcome.Kind != OutcomeIgnored {
		t.Errorf("CVQ on escargot: %q %v %v", r.Reply, r.Disconnect, r.Outcome.Kind)
	}
}

func TestHostileInputs(t *testing.T) {
	big := "CVQ 1 " + strings.Repeat("x ", 200000)
	for _, s := range []string{big, "\x00\x00", "CVQ 1 \xff\xfe", "<script>alert(1)</script>", strings.Repeat(" ", 1000), "\r\n\r\n", "CVQ 1 0x0409\r"} {
		r := Simulate(s, 8, nil)
		for _, f := range r.Fields {
			if f.Start < 0 || f.End > len(s) || f.Start > f.End {
				t.Fatalf("bad range")
			}
		}
	}
}

// A runaway line is annotated up to a bound, with the rest folded into one
// token, so the page's bridge never converts tens of thousands of fields.
func TestRunawayLineIsFolded(t *testing.T) {
	line := "CVQ 1 " + strings.Repeat("x  ", 30000)
	r := Simulate(line, 8, nil)
	if len(r.Fields) > maxFields+1 || len(r.Diagnostics) > 2*maxFields+4 {
		t.Fatalf("%d fields, %d diagnostics", len(r.Fields), len(r.Diagnostics))
	}
	last := r.Fields[len(r.Fields)-1]
	if last.End != len(line) || hasDiag(&r, "too-many-tokens") == nil {
		t.Errorf("rest not folded: %+v", last)
	}
	tr := CheckTranscript("C: CVQ 1\nS: 731 1 "+strings.Repeat("y ", 5000), 8, nil)
	if d := tr.Steps[0].Checks[0].Diffs; len(d) > maxFields+1 {
		t.Errorf("%d diffs", len(d))
	}
}

// One odd token is not evidence of a shifted line: "spaghetti" is a
// malformed locale, not a system-type with the locale missing.
func TestNoShiftFromOneToken(t *testing.T) {
	r := Simulate("CVQ 6 spaghetti", 8, nil)
	if hasDiag(&r, "missing-shifted") != nil || hasDiag(&r, "locale-malformed") == nil {
		t.Errorf("diagnostics %+v", r.Diagnostics)
	}
}

// A line sent after the connection closed is refused, but every token
// keeps its byte range (docs/rules.md §1): command, trid, then the rest as
// unread parameters, with no verdict of their own.
func TestClosedLineKeepsTokenRanges(t *testing.T) {
	s := NewSession(MSNP8, nil)
	s.Send("CVQ 6 spaghetti")
	line := "CVQ 7 0x0409  winnt"
	r := s.Send(line)
	if hasDiag(&r, "closed") == nil || r.Outcome.Kind != OutcomeClosed {
		t.Fatalf("not refused: %+v", r)
	}
	want := []string{"command", "trid", "extra", "extra", "extra"}
	if len(r.Fields) != len(want) {
		t.Fatalf("%d fields, want %d: %+v", len(r.Fields), len(want), r.Fields)
	}
	toks := Tokenize(line)
	for i, f := range r.Fields {
		tk := toks.Tokens[i]
		if f.Param != want[i] || f.Index != i || f.Start != tk.Start || f.End != tk.End || f.Status != StatusUnchecked {
			t.Errorf("field %d: %+v", i, f)
		}
	}
}

// Tokens the server does not read as parameters carry no verdict: not
// after a command it does not know (lower-case cvq included), not after
// CVQ in MSNP24, where the command no longer exists.
func TestUnreadTokensAreUnchecked(t *testing.T) {
	line := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	for _, c := range []struct {
		line string
		d    Dialect
	}{
		{"cvq" + line[3:], MSNP8},
		{"XYZ" + line[3:], MSNP8},
		{line, MSNP24},
	} {
		r := Simulate(c.line, c.d, nil)
		if len(r.Fields) < 3 || r.Fields[0].Status != StatusError {
			t.Fatalf("%s in %v: fields %+v", c.line, c.d, r.Fields)
		}
		for _, f := range r.Fields[2:] {
			if f.Status != StatusUnchecked {
				t.Errorf("%s in %v: %s %q is %v, want unchecked", c.line, c.d, f.Param, f.Value, f.Status)
			}
		}
	}
}
