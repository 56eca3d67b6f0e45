package cvq

import (
	"strings"
	"testing"
)

// replays checks that every server line of a transcript matches what the
// profile answers and that at least one was checked, and returns the
// transcript for further checks.
func replays(t *testing.T, text string, d Dialect, p *Profile) Transcript {
	t.Helper()
	tr := CheckTranscript(text, d, p)
	checked := 0
	for _, st := range tr.Steps {
		for _, c := range st.Checks {
			if c.Status == CheckDiffer {
				t.Errorf("%s: %q\n  observed %q\n  expected %q\n  diffs %+v", p.Name, tr.Lines[st.Client].Text, c.Observed, c.Expected, c.Diffs)
			}
			if c.Status == CheckMatch {
				checked++
			}
		}
	}
	if checked == 0 {
		t.Errorf("%s: no server line checked", p.Name)
	}
	return tr
}

// Before October 2003 Microsoft still accepted dialects below MSNP8
// [WP-MSNP]: CAP-2003's MSNP5/MSNP4 client signed in.
func TestMicrosoft2003AcceptsOldDialects(t *testing.T) {
	p, _ := LookupProfile("microsoft@2003-01")
	r := Simulate("VER 1 MSNP5 MSNP4 CVR0", 5, p)
	if r.Reply != "VER 1 MSNP5 MSNP4 CVR0" || !strings.Contains(r.Outcome.Reason, "October 2003") {
		t.Errorf("reply %q, reason %q", r.Reply, r.Outcome.Reason)
	}
	replays(t, "C: VER 1 MSNP5 MSNP4 CVR0\nS: VER 1 MSNP5 MSNP4 CVR0\n"+
		"C: CVR 7 0x0409 win 4.10 i386 MSMSGS 3.6.0025 MSMSGS\n"+
		"S: CVR 7 4.6.0083 4.6.0083 1.0.0000 http://download.microsoft.com/download/msnmessenger/install/4.6/win98me/en-us/mmssetup.exe http://messenger.microsoft.com", 5, p)
	late, _ := LookupProfile("microsoft@2003-10")
	if r := Simulate("VER 1 MSNP5 MSNP4 CVR0", 5, late); r.Reply != "VER 1 CVR0" {
		t.Errorf("2003-10: %q, want CVR0 (MSNP8 and up only)", r.Reply)
	}
}

// The reference server's catalog has msnp-wiki's per-dialect CVR replies;
// VER must reach those dialects for them to replay in a session.
func TestReferenceReplaysPerDialectExamples(t *testing.T) {
	p := DefaultProfile()
	replays(t, "C: VER 1 MSNP9 MSNP8 CVR0\nS: VER 1 MSNP9\n"+
		"C: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com\n"+
		"S: CVR 2 6.0.0602 6.0.0602 6.0.0268\n.. http://download.microsoft.com/download/8/a/4/8a42bcae-f533-4468-b871-d2bc8dd32e9e/SetupDl.exe\n.. http://messenger.msn.com", 9, p)
	replays(t, "C: VER 1 MSNP13 CVR0\nS: VER 1 MSNP13\n"+
		"C: CVR 2 0x0409 winnt 5.1 i386 MSG80BETA 8.0.0566 msmsgs example@hotmail.com\n"+
		"S: CVR 2 8.0.0566 8.0.0566 8.0.0566 http://msgr.dlservice.microsoft.com/download/4/5/b/45beb06f-5a08-4694-abd8-d6e706b06b68/Install_Messenger_Beta.exe http://ideas.live.com", 13, p)
}

// No capture shows Microsoft sending 420, 710 or 731 (rules §11): its eras
// label those replies as assumptions; the seed backs the reference's.
func TestMicrosoftErrorsAreAssumptions(t *testing.T) {
	ms, _ := LookupProfile("microsoft@2009-06")
	for _, c := range []struct {
		line string
		p    *Profile
		want bool
	}{
		{"CVR 5 0x1111 winnt 5.1 i386 MSNMSGR 8.5.1302 msmsgs a@b.c", ms, true},
		{"CVR 6 spaghetti", ms, true},
		{"CVR 5 0x1111 winnt 5.1 i386 MSNMSGR 8.5.1302 msmsgs a@b.c", nil, false},
		{"CVR 6 spaghetti", nil, false},
	} {
		r := Simulate(c.line, 15, c.p)
		n := r.ReplyFields[0].Note
		if got := strings.Contains(n, "Assumption of the playground") && strings.Contains(n, "rules §11"); got != c.want {
			t.Errorf("%q (%v): note %q", c.line, c.p != nil, n)
		}
	}
	s := NewSession(15, ms)
	s.Send("VER 1 MSNP15")
	if r := s.Send("VER 2 MSNP15"); strings.Contains(r.ReplyFields[0].Note, "Assumption") {
		t.Errorf("715 labelled: %q", r.ReplyFields[0].Note)
	}
}

// The download URL followed OS family and locale ([HYP-MISC] [CAP-2008-06]): a
// request unlike the captured one gets the row flagged as the nearest.
func TestMicrosoftURLGuessesLabelled(t *testing.T) {
	const guess = "nearest one (assumption)"
	for _, c := range []struct {
		era, line string
		want      bool
	}{
		{"2003-01", "CVR 7 0x0409 win 4.10 i386 MSMSGS 3.6.0025 MSMSGS", false},
		{"2003-01", "CVR 7 0x0409 winnt 5.1 i386 MSMSGS 3.6.0025 MSMSGS", true},
		{"2003-01", "CVR 7 0x0c0a win 4.10 i386 MSMSGS 3.6.0025 MSMSGS", true},
		{"2009-06", "CVR 5 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 a@b.c", false},
		{"2009-06", "CVR 5 0x0c0a winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 a@b.c", true},
	} {
		p, _ := LookupProfile("microsoft@" + c.era)
		r := Simulate(c.line, 8, p)
		if got := strings.Contains(r.ReplyFields[5].Rule.Text, guess); got != c.want {
			t.Errorf("%s %q: download-url rule %q", c.era, c.line, r.ReplyFields[5].Rule.Text)
		}
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
