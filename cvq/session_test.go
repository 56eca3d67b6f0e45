package cvq

import (
	"strings"
	"testing"
)

// A CVQ or CVR sent before VER carries the no-ver note whatever the
// server makes of it, also when the answer closes the connection (a CVQ
// answered in CVR0 mode, a 731); a line the closed connection refuses
// does not.
func TestSessionNoVERNote(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		d          Dialect
		reply      string // prefix
		disconnect bool
	}{
		{"cvq success", lineOld6, MSNP2, "CVQ 1 5.0.0537 ", true},
		{"cvq 731", "CVQ 6 spaghetti", MSNP8, "731 6", true},
		{"cvq 420", "CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS a@b.c", MSNP8, "420 3", false},
		{"cvr success", "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", MSNP8, "CVR 2 ", false},
		{"no trid", "CVQ", MSNP8, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := NewSession(tc.d, nil)
			r := s.Send(tc.line)
			if !strings.HasPrefix(r.Reply, tc.reply) || r.Disconnect != tc.disconnect {
				t.Fatalf("reply %q disconnect %v", r.Reply, r.Disconnect)
			}
			d := hasDiag(&r, "no-ver")
			if d == nil {
				t.Fatalf("no no-ver note: %+v", r.Diagnostics)
			}
			if d.Severity != Note || d.Start != 0 || d.End != 3 {
				t.Errorf("note %+v", d)
			}
			if !tc.disconnect {
				return
			}
			// Refused by the closed connection: only the closed error.
			r = s.Send(tc.line)
			if hasDiag(&r, "closed") == nil || hasDiag(&r, "no-ver") != nil {
				t.Errorf("after close: %+v", r.Diagnostics)
			}
		})
	}

	// After VER there is no such note, also when the CVQ closes.
	s := NewSession(MSNP2, nil)
	s.Send("VER 1 MSNP2 CVR0")
	if r := s.Send(lineOld6); !r.Disconnect || hasDiag(&r, "no-ver") != nil {
		t.Errorf("CVQ after VER: disconnect %v, %+v", r.Disconnect, r.Diagnostics)
	}
}

// The zero Session is a connection to the reference server: it answers
// every kind of line without panicking and keeps its state like one made
// by NewSession.
func TestZeroSession(t *testing.T) {
	var s Session
	r := s.Send(lineNew)
	if r.Profile != DefaultProfile().Name || !strings.HasPrefix(r.Reply, "CVQ 2 ") || hasDiag(&r, "no-ver") == nil {
		t.Fatalf("CVQ on the zero Session: profile %q reply %q %+v", r.Profile, r.Reply, r.Diagnostics)
	}
	if st := s.State(); !st.Closed || st.ClosedBy != "server" || st.Mode != "" {
		t.Errorf("state after CVQ %+v", st)
	}

	for _, lines := range [][]string{
		{"VER 1 MSNP8 CVR0", "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "VER 3 MSNP8"},
		{"VER 1 CVR0", lineOld6, "CVQ 3"},
		{"", "cvq 1", "XYZ 1 2", "CVQ", "CVQ 1 " + strings.Repeat("x ", 100), "VER", "VER 1"},
	} {
		var s Session
		for _, line := range lines {
			r := s.Send(line)
			if r.Profile != DefaultProfile().Name || r.Input != line {
				t.Errorf("%q: profile %q input %q", line, r.Profile, r.Input)
			}
		}
	}

	s = Session{}
	if r := s.Send("VER 1 MSNP8 CVR0"); r.Reply != "VER 1 MSNP8" {
		t.Errorf("VER on the zero Session: %q", r.Reply)
	}
	if st := s.State(); st.Mode != "MSNP8" || st.Closed {
		t.Errorf("state after VER %+v", st)
	}
}

// docs/rules.md §4 step 7 ends the connection after a CVQ answer in CVR0
// mode only: inside a real dialect the CVQ is answered, flagged, and the
// connection stays open without any claim of CVR0 mode.
func TestSessionCVQInDialectStaysOpen(t *testing.T) {
	s := NewSession(MSNP8, nil)
	s.Send("VER 1 MSNP8 CVR0")
	r := s.Send(lineNew)
	if !strings.HasPrefix(r.Reply, "CVQ 2 7.0.0813 ") || r.Disconnect || strings.Contains(r.Outcome.Text, "CVR0") {
		t.Fatalf("reply %q disconnect %v outcome %q", r.Reply, r.Disconnect, r.Outcome.Text)
	}
	if d := hasDiag(&r, "cvq-in-dialect"); d == nil || !strings.Contains(d.Text, "Assumption of the playground") {
		t.Errorf("no labelled cvq-in-dialect warning: %+v", r.Diagnostics)
	}
	if hasDiag(&r, "doc-disagreement") != nil {
		t.Errorf("the CVR0 who-closes note on a real dialect")
	}
	if st := s.State(); st.Closed || st.Mode != "MSNP8" {
		t.Errorf("state %+v", st)
	}
	// In CVR0 mode the CVQ answer still ends the connection.
	s = NewSession(MSNP8, nil)
	s.Send("VER 1 CVR0")
	if r := s.Send(lineNew); !r.Disconnect || !s.State().Closed {
		t.Errorf("CVQ in CVR0 mode: disconnect %v", r.Disconnect)
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
