package main

import (
	"encoding/json"
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

// testLine is what the tests read back from a JSON line.
type testLine struct {
	Input      string `json:"input"`
	Reply      string `json:"reply"`
	Disconnect bool   `json:"disconnect"`
	Dialect    string `json:"dialect"`
	Tokens     []struct {
		Name, Value, Status, Meaning, Since string
		Start, End                          int
	} `json:"tokens"`
	ReplyTokens []struct {
		Name, Value, Status string
		Start, End          int
		Rule                struct {
			ID, Text  string
			Step, Row int
			Reads     []int
		}
	} `json:"replyTokens"`
	Diagnostics []struct {
		Severity, Text, Code string
		Start, End           int
		Notes                []string
	} `json:"diagnostics"`
	Outcome struct{ Kind, Text, Reason string } `json:"outcome"`
	Line    int                                 `json:"line"`
	Checks  []struct {
		Line                       int
		Expected, Observed, Status string
		Diffs                      []struct {
			Index                    int
			Name, Expected, Observed string
			Start, End               int
		}
	} `json:"checks"`
}

// decodeLines reads JSON Lines output, failing on anything that is not one
// object per line, and returns each line's raw keys too.
func decodeLines(t *testing.T, out string) ([]testLine, []map[string]json.RawMessage) {
	t.Helper()
	var lines []testLine
	var raws []map[string]json.RawMessage
	for _, s := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var l testLine
		var raw map[string]json.RawMessage
		if err := json.Unmarshal([]byte(s), &raw); err != nil {
			t.Fatalf("not a JSON object: %q: %v", s, err)
		}
		if _, tail := raw["transcript"]; tail {
			continue
		}
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			t.Fatalf("bad line %q: %v", s, err)
		}
		lines = append(lines, l)
		raws = append(raws, raw)
	}
	return lines, raws
}

func TestSeedJSON(t *testing.T) {
	required := []string{"input", "reply", "disconnect", "tokens", "replyTokens", "diagnostics", "outcome"}
	for _, c := range seedCases(t) {
		t.Run(c.request, func(t *testing.T) {
			code, out, errs := cli(t, "", "-json", "-dialect", c.dialect, c.request)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			lines, raws := decodeLines(t, out)
			if len(lines) != 1 {
				t.Fatalf("%d objects, want 1:\n%s", len(lines), out)
			}
			for _, k := range required {
				if _, ok := raws[0][k]; !ok {
					t.Errorf("key %q missing", k)
				}
			}
			if _, ok := raws[0]["checks"]; ok {
				t.Errorf("checks present outside transcript mode")
			}
			l := lines[0]
			if l.Input != c.request || l.Reply != c.reply || l.Disconnect != c.disconnect || l.Outcome.Kind != c.outcome {
				t.Errorf("got input %q reply %q disconnect %v outcome %q\nwant %q %q %v %q",
					l.Input, l.Reply, l.Disconnect, l.Outcome.Kind, c.request, c.reply, c.disconnect, c.outcome)
			}
			if l.Outcome.Text == "" {
				t.Errorf("outcome without text")
			}
			if len(l.Tokens) == 0 || l.Tokens[0].Name != "command" || l.Tokens[0].Value != "CVQ" || l.Tokens[0].Start != 0 || l.Tokens[0].End != 3 {
				t.Errorf("first token %+v", l.Tokens)
			}
			for _, tok := range l.Tokens {
				if tok.Start < 0 || tok.End > len(l.Input) || l.Input[tok.Start:tok.End] != tok.Value {
					t.Errorf("token %+v does not locate its value in the input", tok)
				}
				if tok.Status != "ok" && tok.Status != "warning" && tok.Status != "error" {
					t.Errorf("status %q", tok.Status)
				}
			}
			for _, tok := range l.ReplyTokens {
				if l.Reply[tok.Start:tok.End] != tok.Value {
					t.Errorf("reply token %+v does not locate its value in the reply", tok)
				}
				if tok.Rule.ID == "" || tok.Rule.Text == "" || tok.Rule.Reads == nil {
					t.Errorf("reply token %s without a rule", tok.Name)
				}
			}
			for _, d := range l.Diagnostics {
				if d.Severity != "note" && d.Severity != "warning" && d.Severity != "error" {
					t.Errorf("severity %q", d.Severity)
				}
				if d.Notes == nil {
					t.Errorf("notes is null, want []")
				}
			}
		})
	}
}

// The 731 line has a malformed locale: the JSON says so with the string
// forms of status and severity.
func TestJSON731Details(t *testing.T) {
	_, out, _ := cli(t, "", "-json", "CVQ", "6", "spaghetti")
	lines, _ := decodeLines(t, out)
	l := lines[0]
	if len(l.Tokens) != 3 || l.Tokens[2].Name != "locale" || l.Tokens[2].Status != "error" || l.Tokens[2].Since != "MSNP2" {
		t.Errorf("tokens %+v", l.Tokens)
	}
	if len(l.ReplyTokens) != 2 || l.ReplyTokens[0].Name != "error-code" || l.ReplyTokens[0].Value != "731" {
		t.Errorf("reply tokens %+v", l.ReplyTokens)
	}
	found := false
	for _, d := range l.Diagnostics {
		if d.Code == "locale-malformed" && d.Severity == "error" && d.Start == 6 && d.End == 15 {
			found = true
		}
	}
	if !found {
		t.Errorf("no locale-malformed error on 6-15: %+v", l.Diagnostics)
	}
}
