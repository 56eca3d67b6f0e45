package main

import (
	"strings"
	"testing"
)

// With invalid UTF-8 in the input, every start/end of the JSON still
// locates its value in the strings as printed, where encoding/json shows
// each bad byte as U+FFFD.
func TestJSONOffsetsWithInvalidUTF8(t *testing.T) {
	cases := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"argument", "", []string{"-json", "CVQ 1 0x0409 w\xffinnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a\xfe\xfd@b.c"}},
		{"session", "VER 1 MSNP8 \xe2\x82 CVR0\nCVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS \xc3a@b.c\n", []string{"-json"}},
		{"transcript", "C: CVQ 2 0x0409 win\xffnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\n" +
			"S: CVQ 2 \xff7.0.0813 7.0.0813 6.2.0205 http://x.example/\xe9 http://messenger.msn.com\n", []string{"-json"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := cli(t, c.stdin, c.args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			lines, _ := decodeLines(t, out)
			replaced, diffs := 0, 0
			for _, l := range lines {
				for _, tok := range l.Tokens {
					if tok.Start < 0 || tok.Start > tok.End || tok.End > len(l.Input) || l.Input[tok.Start:tok.End] != tok.Value {
						t.Errorf("input %q: token %s [%d:%d] is not %q", l.Input, tok.Name, tok.Start, tok.End, tok.Value)
					}
					replaced += strings.Count(tok.Value, "\ufffd")
				}
				for _, tok := range l.ReplyTokens {
					if tok.Start < 0 || tok.Start > tok.End || tok.End > len(l.Reply) || l.Reply[tok.Start:tok.End] != tok.Value {
						t.Errorf("reply %q: token %s [%d:%d] is not %q", l.Reply, tok.Name, tok.Start, tok.End, tok.Value)
					}
				}
				for _, d := range l.Diagnostics {
					// A diagnostic may point just past the end (a missing
					// field, a missing line end).
					if d.Start < 0 || d.Start > d.End || d.End > len(l.Input)+1 {
						t.Errorf("input %q: diagnostic %s [%d:%d] out of range", l.Input, d.Code, d.Start, d.End)
					}
				}
				for _, ch := range l.Checks {
					for _, df := range ch.Diffs {
						diffs++
						if df.Start < 0 || df.Start > df.End || df.End > len(ch.Observed) || ch.Observed[df.Start:df.End] != df.Observed {
							t.Errorf("observed %q: diff %s [%d:%d] is not %q", ch.Observed, df.Name, df.Start, df.End, df.Observed)
						}
					}
				}
			}
			if replaced == 0 {
				t.Errorf("no token holds a replaced byte: the case tests nothing\n%s", out)
			}
			if c.name == "transcript" && diffs == 0 {
				t.Errorf("no field diff in the transcript: the case tests nothing\n%s", out)
			}
		})
	}
}

// Human output keeps invalid bytes and shows them as escapes.
func TestHumanShowsInvalidBytes(t *testing.T) {
	_, out, _ := cli(t, "", "CVQ 1 0x0409 w\xffinnt")
	if !strings.Contains(out, `C: CVQ 1 0x0409 w\xffinnt`) {
		t.Errorf("invalid byte not shown as \\xff:\n%s", out)
	}
}
