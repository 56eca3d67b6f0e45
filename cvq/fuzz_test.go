package cvq

import (
	"strings"
	"testing"
)

// firstLine is what Tokenize keeps of s: up to and including the first LF.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i+1]
	}
	return s
}

func FuzzTokenize(f *testing.F) {
	f.Add(lineNew)
	f.Add("CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 \r\n")
	f.Add("  \n")
	f.Fuzz(func(t *testing.T, s string) {
		l := Tokenize(s)
		if got := l.Encode(); got != firstLine(s) {
			t.Fatalf("round trip %q → %q", s, got)
		}
		prev := -1
		for _, tok := range l.Tokens {
			if tok.Start <= prev || tok.End < tok.Start || tok.End > len(l.Body) {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			if strings.IndexByte(l.Body[tok.Start:tok.End], ' ') >= 0 {
				t.Fatalf("token holds a space")
			}
			prev = tok.End
		}
		if len(l.Tokens) >= 2 {
			a, b := l.Tok(0), l.Tok(1)
			_, ok := CompareVersions(a, b)
			if want := CheckVersion(a) != VersionMalformed && CheckVersion(b) != VersionMalformed; ok != want {
				t.Fatalf("CompareVersions(%q, %q) ok=%v, CheckVersion says %v", a, b, ok, want)
			}
		}
		if req, err := ParseRequest(s); err == nil && req.Encode() != s {
			t.Fatalf("request round trip %q → %q", s, req.Encode())
		}
		if rep, err := ParseReply(s); err == nil && rep.Encode() != s {
			t.Fatalf("reply round trip %q → %q", s, rep.Encode())
		}
	})
}

func checkResult(t *testing.T, r *Result) {
	t.Helper()
	for _, fl := range r.Fields {
		if fl.Start < 0 || fl.Start > fl.End || fl.End > len(r.Input) || r.Input[fl.Start:fl.End] != fl.Value {
			t.Fatalf("field %s [%d,%d) out of %q", fl.Param, fl.Start, fl.End, r.Input)
		}
	}
	for _, d := range r.Diagnostics {
		if d.Start < 0 || d.Start > d.End || d.End > len(r.Input) {
			t.Fatalf("diagnostic %s [%d,%d) out of %q", d.Code, d.Start, d.End, r.Input)
		}
	}
	for _, fl := range r.ReplyFields {
		if fl.Start < 0 || fl.Start > fl.End || fl.End > len(r.Reply) || r.Reply[fl.Start:fl.End] != fl.Value {
			t.Fatalf("reply field %s [%d,%d) out of %q", fl.Param, fl.Start, fl.End, r.Reply)
		}
	}
	if r.Reply != "" {
		rep, err := ParseReply(r.Reply)
		if err != nil {
			t.Fatalf("reply %q does not parse: %v", r.Reply, err)
		}
		if rep.Encode() != r.Reply {
			t.Fatalf("reply %q does not round trip", r.Reply)
		}
	}
}

func FuzzSimulate(f *testing.F) {
	f.Add(lineNew, uint8(8), uint8(0))
	f.Add("VER 1 MSNP8 CVR0", uint8(2), uint8(1))
	f.Add("CVR 2 0x0409 winnt 6.1 i386 MSNMSGR 15.4.3508.1109 MSNMSGR a@b.c VmVyc2lvbjogMQ0K", uint8(21), uint8(8))
	f.Fuzz(func(t *testing.T, s string, d, p uint8) {
		profiles := Profiles()
		prof := profiles[int(p)%len(profiles)]
		r := Simulate(s, Dialect(d), prof)
		checkResult(t, &r)
		sess := NewSession(Dialect(d), prof)
		for _, line := range strings.SplitN(s, "\n", 4) {
			r := sess.Send(line)
			checkResult(t, &r)
		}
	})
}

func FuzzTranscript(f *testing.F) {
	for _, ex := range Examples() {
		if ex.Session {
			f.Add(ex.Input, uint8(ex.Dialect))
		}
	}
	f.Fuzz(func(t *testing.T, s string, d uint8) {
		tr := CheckTranscript(s, Dialect(d), nil)
		phys := strings.Split(s, "\n")
		for _, l := range tr.Lines {
			if l.Line < 1 || l.Line > len(phys) {
				t.Fatalf("line number %d of %d", l.Line, len(phys))
			}
			p := strings.TrimSuffix(phys[l.Line-1], "\r")
			if l.Start < 0 || l.End > len(p) || l.Start > l.End || !strings.HasPrefix(l.Text, p[l.Start:l.End]) {
				t.Fatalf("line %+v not in %q", l, p)
			}
		}
		for _, st := range tr.Steps {
			checkResult(t, &st.Result)
			for _, c := range st.Checks {
				for _, df := range c.Diffs {
					if df.Start < 0 || df.End > len(c.Observed) || df.Start > df.End {
						t.Fatalf("diff range %+v in %q", df, c.Observed)
					}
				}
			}
		}
	})
}
