package cvq

import (
	"strings"
	"testing"
)

// After a CVQ in CVR0 mode there is no sign-in: each outcome says what the
// client decides about upgrading and that the connection then ends, and
// none of them has the client carry on signing in (docs/rules.md §4 step 7, §5).
// Inside a real dialect a client that need not upgrade does sign in.
func TestCVR0OutcomeTexts(t *testing.T) {
	ms, _ := LookupProfile("microsoft@2003-01")
	const req = " 0x0409 winnt 5.1 i386 MSNMSGR "
	for _, tc := range []struct {
		version string
		p       *Profile
		kind    OutcomeKind
		starts  string
	}{
		{"6.0.0602", nil, OutcomeForcedUpgrade, "Forced upgrade: the client downloads download-url"},
		{"6.2.0205", nil, OutcomeOptionalUpgrade, "Optional upgrade: the client may offer recommended-version."},
		{"7.0.0813", nil, OutcomeUpToDate, "Up to date: no upgrade is needed."},
		{"abc", ms, OutcomeNone, "The client cannot compare versions."},
	} {
		// The same answer through a session that settled on CVR0 and as a
		// lone line, which Simulate takes as sent in CVR0 mode.
		s := NewSession(MSNP8, tc.p)
		if r := s.Send("VER 1 CVR0"); r.Reply != "VER 1 CVR0" {
			t.Fatalf("VER: %q", r.Reply)
		}
		for _, r := range []Result{
			Simulate("CVQ 2"+req+tc.version+" MSMSGS a@b.c", MSNP8, tc.p),
			s.Send("CVQ 2" + req + tc.version + " MSMSGS a@b.c"),
		} {
			text := r.Outcome.Text
			if r.Outcome.Kind != tc.kind || !r.Disconnect {
				t.Errorf("%s: outcome %v, disconnect %v", tc.version, r.Outcome.Kind, r.Disconnect)
			}
			if !strings.HasPrefix(text, tc.starts) {
				t.Errorf("%s: %q does not start with %q", tc.version, text, tc.starts)
			}
			if strings.Contains(text, "carries on") || strings.Contains(text, "disconnects") ||
				!strings.Contains(text, "CVR0 mode has no sign-in: the connection ends here") ||
				!strings.Contains(text, "new connection where VER settles on a real dialect") {
				t.Errorf("%s: CVR0 outcome %q", tc.version, text)
			}
		}
	}
	for k, text := range outcomeTextsCVR0 {
		if text == "" || text == outcomeTexts[k] {
			t.Errorf("outcome %d has no CVR0 wording of its own", k)
		}
	}

	r := Simulate("CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", MSNP8, nil)
	if r.Outcome.Kind != OutcomeUpToDate || r.Outcome.Text != "Up to date: the client carries on signing in." || r.Disconnect {
		t.Errorf("CVR in MSNP8: %v %q %v", r.Outcome.Kind, r.Outcome.Text, r.Disconnect)
	}
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
