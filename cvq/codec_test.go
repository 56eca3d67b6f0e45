package cvq

import (
	"errors"
	"testing"
)

func TestRequestRoundTrip(t *testing.T) {
	for _, line := range []string{
		"CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS",
		"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com\r\n",
		"CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 \r\n", // trailing empty parameter
		"CVR 3 0x0409  winnt\n", // doubled space, bare LF
		"VER 1 MSNP8 CVR0\r\n",
		"CVQ 4294967295",
	} {
		r, err := ParseRequest(line)
		if err != nil {
			t.Errorf("%q: %v", line, err)
			continue
		}
		if got := r.Encode(); got != line {
			t.Errorf("round trip\n got %q\nwant %q", got, line)
		}
	}
}

func TestReplyRoundTrip(t *testing.T) {
	for _, line := range []string{
		"CVQ 2 7.0.0813 7.0.0813 6.2.0205 http://msgr.dlservice.microsoft.com/download/5/d/9/5d9bb5b2-49c7-4890-94ab-d1d5e44a0e6d/Install_MSN_Messenger.exe http://messenger.msn.com\r\n",
		"420 3\r\n",
		"731 6",
		"VER 1 MSNP9 MSNP8 CVR0\r\n",
		"VER 1 0",
	} {
		r, err := ParseReply(line)
		if err != nil {
			t.Errorf("%q: %v", line, err)
			continue
		}
		if got := r.Encode(); got != line {
			t.Errorf("round trip\n got %q\nwant %q", got, line)
		}
	}
}

func TestCodecErrorsAreLocated(t *testing.T) {
	for _, c := range []struct {
		line       string
		reply      bool
		start, end int
	}{
		{"", false, 0, 0},
		{"CVQ", false, 3, 3},
		{"CVQ x1 a", false, 4, 6},
		{"CVQ 4294967296", false, 4, 14},
		{"CVQ 007 a", false, 4, 7},
		{"cvq 1 a", false, 0, 3},
		{"CVQ 1 a\r\nCVQ 2", false, 9, 14},
		{"CVQ 1 a b c d", true, 13, 13},
		{"CVQ 1 a b c d e f", true, 16, 17},
		{"420 3 x", true, 6, 7},
		{"VER 1", true, 5, 5},
		{"HELLO 1", true, 0, 5},
	} {
		var err error
		if c.reply {
			_, err = ParseReply(c.line)
		} else {
			_, err = ParseRequest(c.line)
		}
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: error %v, want a SyntaxError", c.line, err)
			continue
		}
		if se.Start != c.start || se.End != c.end {
			t.Errorf("%q: range [%d,%d), want [%d,%d) (%s)", c.line, se.Start, se.End, c.start, c.end, se.Msg)
		}
	}
}

// Every reply the simulator produces parses, and re-encodes to itself.
func TestSimulatedRepliesParse(t *testing.T) {
	for _, ex := range Examples() {
		p, _ := LookupProfile(ex.Profile)
		tr := CheckTranscript(ex.Input, ex.Dialect, p)
		for _, st := range tr.Steps {
			if st.Result.Reply == "" {
				continue
			}
			r, err := ParseReply(st.Result.Reply)
			if err != nil {
				t.Errorf("%s: %q: %v", ex.ID, st.Result.Reply, err)
			} else if r.Encode() != st.Result.Reply {
				t.Errorf("%s: %q does not round trip", ex.ID, st.Result.Reply)
			}
		}
	}
}
