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
