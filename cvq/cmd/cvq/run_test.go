package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// cli runs the tool as a test sees it: arguments, standard input, and what
// comes out.
func cli(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// seedCase is one exchange of the seed document.
type seedCase struct {
	dialect    string
	request    string
	reply      string
	disconnect bool
	outcome    string
}

// seedCases are the seed's six exchanges (cvq/testdata/seed.txt),
// continuations joined.
func seedCases(tb testing.TB) []seedCase {
	tb.Helper()
	seed, err := vectors.Seed()
	if err != nil {
		tb.Fatal(err)
	}
	var out []seedCase
	for _, rec := range seed.Records {
		request, reply, ok := rec.Exchange()
		if !ok {
			tb.Fatalf("seed.txt:%d: not one C:/S: exchange", rec.Line)
		}
		out = append(out, seedCase{rec.Dialect, request, reply, rec.Connection == "closes", rec.Outcome})
	}
	if len(out) != 6 {
		tb.Fatalf("seed.txt holds %d exchanges, the seed has 6", len(out))
	}
	return out
}

func TestSeedHuman(t *testing.T) {
	for _, c := range seedCases(t) {
		t.Run(c.request, func(t *testing.T) {
			code, out, errs := cli(t, "", append([]string{"-dialect", c.dialect}, strings.Fields(c.request)...)...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			// The C:/S: lines of the human output (long ones broken into
			// ".. " continuations) read back as the exchange itself.
			lines, _ := cvq.ParseTranscript(out)
			if len(lines) < 2 || lines[0].Dir != 'C' || lines[0].Text != c.request || lines[1].Dir != 'S' || lines[1].Text != c.reply {
				t.Fatalf("exchange in output:\n%+v\nwant C: %q / S: %q\n%s", lines, c.request, c.reply, out)
			}
			if got := strings.Contains(out, "\nconnection closed by server\n"); got != c.disconnect {
				t.Errorf("closed line present = %v, want %v", got, c.disconnect)
			}
			if !strings.Contains(out, "\noutcome: "+c.outcome+": ") {
				t.Errorf("no outcome %q in\n%s", c.outcome, out)
			}
			for _, want := range []string{"request fields (" + c.dialect + ", profile reference):", "reply fields:", "  command "} {
				if !strings.Contains(out, want) {
					t.Errorf("missing %q in\n%s", want, out)
				}
			}
			for _, l := range strings.Split(out, "\n") {
				// Protocol lines may hold an unbreakable URL; the
				// breakdown itself stays within the page.
				if width(l) > pageWidth && !strings.Contains(l, "http://") {
					t.Errorf("line wider than %d columns: %q", pageWidth, l)
				}
			}
		})
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

// Diagnostics are written "col N-M: severity: text" with carets under the
// range.
func TestHumanDiagnosticLayout(t *testing.T) {
	_, out, _ := cli(t, "", "CVQ 6 spaghetti")
	want := "  col 7-15: error: Malformed locale"
	i := strings.Index(out, want)
	if i < 0 {
		t.Fatalf("no %q in\n%s", want, out)
	}
	rest := out[i:]
	if !strings.Contains(rest, "    | CVQ 6 spaghetti\n    |       ^^^^^^^^^\n") {
		t.Errorf("caret lines missing after the diagnostic:\n%s", rest)
	}
}

func TestStdinSessionVERThenCVQ(t *testing.T) {
	in := "VER 1 MSNP2 CVR0\r\nCVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863\r\n\r\nCVQ 3 0x0409 win 4.10 i386 MSMSGS 1.0.0863\n"
	code, out, errs := cli(t, in, "-json", "-dialect", "MSNP2")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines, raws := decodeLines(t, out)
	if len(lines) != 3 {
		t.Fatalf("%d objects, want 3 (the blank line is skipped):\n%s", len(lines), out)
	}
	if lines[0].Reply != "VER 1 CVR0" || lines[0].Outcome.Kind != "negotiated" {
		t.Errorf("VER: %q %q", lines[0].Reply, lines[0].Outcome.Kind)
	}
	if !strings.HasPrefix(lines[1].Reply, "CVQ 2 5.0.0537 5.0.0537 1.0.0863 ") || !lines[1].Disconnect {
		t.Errorf("CVQ after VER: reply %q disconnect %v", lines[1].Reply, lines[1].Disconnect)
	}
	// No sign-in follows a CVQ in CVR0 mode: the connection ends.
	if o := lines[1].Outcome.Text; !strings.HasPrefix(o, "Optional upgrade: ") || strings.Contains(o, "signing in.") ||
		!strings.Contains(o, "CVR0 mode has no sign-in: the connection ends here") {
		t.Errorf("CVQ outcome in CVR0 mode: %q", o)
	}
	for _, d := range lines[1].Diagnostics {
		if d.Code == "no-ver" {
			t.Errorf("CVQ after VER flagged as sent without VER: the lines did not share a connection")
		}
	}
	// The server closed the connection after answering CVQ: a third
	// line on the same connection is refused.
	if lines[2].Reply != "" || lines[2].Outcome.Kind != "closed" {
		t.Errorf("line after close: reply %q outcome %q", lines[2].Reply, lines[2].Outcome.Kind)
	}
	if _, ok := raws[0]["checks"]; ok {
		t.Errorf("checks present outside transcript mode")
	}

	code, out, _ = cli(t, in, "-dialect", "MSNP2")
	if code != 0 {
		t.Fatalf("human: exit %d", code)
	}
	for _, want := range []string{"C: VER 1 MSNP2 CVR0\nS: VER 1 CVR0\n", "C: CVQ 2 0x0409", "connection closed by server",
		"outcome: closed: ", "connection: MSNP2 client, VER settled on CVR0, closed by the server"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

// A line sent alone on stdin is noted as skipping VER: the session is real.
func TestStdinSessionWithoutVER(t *testing.T) {
	// A CVR the reference answers without closing, and a CVQ whose answer
	// closes the connection: both are noted.
	for _, line := range []string{
		"CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com",
		"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com",
	} {
		_, out, _ := cli(t, line+"\n", "-json")
		lines, _ := decodeLines(t, out)
		found := false
		for _, d := range lines[0].Diagnostics {
			found = found || d.Code == "no-ver"
		}
		if !found {
			t.Errorf("%s: no no-ver note: %+v", line[:3], lines[0].Diagnostics)
		}
	}
}

// Lines far beyond bufio.Scanner's 64 KiB default come through whole.
func TestStdinLongLine(t *testing.T) {
	long := "CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS " + strings.Repeat("a", 200<<10) + "@hotmail.com"
	code, out, errs := cli(t, long+"\n", "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines, _ := decodeLines(t, out)
	if len(lines) != 1 || lines[0].Input != long {
		t.Fatalf("got %d lines; input intact: %v", len(lines), len(lines) == 1 && lines[0].Input == long)
	}
	code, out, _ = cli(t, long+"\n")
	if tl, _ := cvq.ParseTranscript(out); code != 0 || len(tl) == 0 || tl[0].Text != long {
		t.Errorf("human output lost the long line (exit %d)", code)
	}
}

// sessionExamples are the built-in transcripts.
func sessionExamples(t *testing.T) []cvq.Example {
	var out []cvq.Example
	for _, ex := range cvq.Examples() {
		if ex.Session {
			out = append(out, ex)
		}
	}
	if len(out) == 0 {
		t.Fatal("no session examples")
	}
	return out
}

func isHandshake(line string) bool {
	return strings.HasPrefix(line, "VER ") || strings.HasPrefix(line, "CVR ") || strings.HasPrefix(line, "CVQ ")
}

func TestTranscriptExamplesMatch(t *testing.T) {
	for _, ex := range sessionExamples(t) {
		t.Run(ex.ID, func(t *testing.T) {
			args := []string{"-json", "-dialect", ex.Dialect.String(), "-profile", ex.Profile}
			code, out, errs := cli(t, ex.Input, args...)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			lines, raws := decodeLines(t, out)
			matched := 0
			for i, l := range lines {
				if _, ok := raws[i]["checks"]; !ok {
					t.Errorf("transcript line without checks key: %q", l.Input)
				}
				if l.Line < 1 {
					t.Errorf("line number %d", l.Line)
				}
				for _, c := range l.Checks {
					switch {
					case c.Status == "match":
						matched++
					case isHandshake(c.Observed):
						t.Errorf("%s: handshake line %q is %s: %+v", ex.ID, c.Observed, c.Status, c.Diffs)
					case c.Status != "unchecked":
						t.Errorf("non-handshake line %q is %s", c.Observed, c.Status)
					}
				}
			}
			if matched == 0 {
				t.Errorf("no server line matched")
			}
			if !strings.HasSuffix(out, "\n") || !strings.Contains(out, `{"transcript":`) {
				t.Errorf("no transcript tail object")
			}

			code, human, _ := cli(t, ex.Input, args[1:]...)
			if code != 0 || !strings.Contains(human, " 0 differ") || strings.Contains(human, ": differ: ") {
				t.Errorf("human output reports differences (exit %d):\n%s", code, human)
			}
		})
	}
}

// Tampering with one field of a captured reply is caught and the diff
// names the field.
func TestTranscriptTamperedField(t *testing.T) {
	var ex cvq.Example
	for _, e := range sessionExamples(t) {
		if e.ID == "ver-msnp8" {
			ex = e
		}
	}
	if ex.ID == "" {
		t.Fatal("example ver-msnp8 not found")
	}
	const good = "S: CVR 4 5.0.0537 5.0.0537 1.0.0863 "
	if !strings.Contains(ex.Input, good) {
		t.Fatalf("example changed: %q", ex.Input)
	}
	bad := strings.Replace(ex.Input, good, "S: CVR 4 5.0.0537 5.0.0537 1.0.0999 ", 1)
	args := []string{"-dialect", ex.Dialect.String(), "-profile", ex.Profile}

	code, out, _ := cli(t, bad, append(args, "-json")...)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines, _ := decodeLines(t, out)
	var diffs int
	for _, l := range lines {
		for _, c := range l.Checks {
			if !strings.HasPrefix(c.Observed, "CVR 4 ") {
				if c.Status != "match" {
					t.Errorf("untouched line %q is %s", c.Observed, c.Status)
				}
				continue
			}
			if c.Status != "differ" || len(c.Diffs) != 1 {
				t.Fatalf("tampered line: status %s diffs %+v", c.Status, c.Diffs)
			}
			d := c.Diffs[0]
			if d.Name != "minimum-allowed-version" || d.Index != 4 || d.Expected != "1.0.0863" || d.Observed != "1.0.0999" ||
				c.Observed[d.Start:d.End] != "1.0.0999" {
				t.Errorf("diff %+v", d)
			}
			diffs++
		}
	}
	if diffs != 1 {
		t.Fatalf("%d tampered checks found, want 1", diffs)
	}

	code, out, _ = cli(t, bad, args...)
	for _, want := range []string{": differ: S: CVR 4 5.0.0537 5.0.0537 1.0.0999",
		"field 4 minimum-allowed-version: expected 1.0.0863, observed 1.0.0999", " 1 differ"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("missing %q (exit %d) in\n%s", want, code, out)
		}
	}
}

// Server lines with no client line, and prose in the paste, are reported.
func TestTranscriptUnpairedAndProse(t *testing.T) {
	in := "Here is my log:\nS: VER 9 MSNP8\nC: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8\n"
	code, out, _ := cli(t, in, "-json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	tail := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var obj struct {
		Transcript struct {
			Unpaired []struct {
				Line             int
				Observed, Status string
			}
			Diagnostics []struct {
				Line       int
				Code       string
				Severity   string
				Start, End int
			}
			State struct{ Mode string }
		}
	}
	if err := json.Unmarshal([]byte(tail[len(tail)-1]), &obj); err != nil {
		t.Fatal(err)
	}
	tr := obj.Transcript
	if len(tr.Unpaired) != 1 || tr.Unpaired[0].Line != 2 || tr.Unpaired[0].Observed != "VER 9 MSNP8" || tr.Unpaired[0].Status != "unchecked" {
		t.Errorf("unpaired %+v", tr.Unpaired)
	}
	if len(tr.Diagnostics) != 1 || tr.Diagnostics[0].Line != 1 || tr.Diagnostics[0].Code != "prose" {
		t.Errorf("diagnostics %+v", tr.Diagnostics)
	}
	if tr.State.Mode != "MSNP8" {
		t.Errorf("state %+v", tr.State)
	}

	_, out, _ = cli(t, in)
	for _, want := range []string{"server lines not paired with a client line:\n  line 2: unchecked: S: VER 9 MSNP8",
		"about the paste:\n  line 1:\n    col 1-15: note: ", "      | Here is my log:\n      | ^^^^^^^^^^^^^^^\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
}

// Every transcript form the brief names is recognised as one.
func TestTranscriptDetection(t *testing.T) {
	yes := []string{"C: VER 1 MSNP8 CVR0", "S: VER 1 MSNP8", ">>> VER 1 MSNP8", "<<< VER 1 MSNP8",
		"->ns-sock7 VER 1 MSNP12", "<-ns-sock7 VER 1 MSNP12", "msn: C: NS 000: VER 1 MSNP9",
		"(12:35:57) msn: C: NS 000: VER 1 MSNP15", "VER 1 MSNP8\n.. CVR0"}
	for _, s := range yes {
		if !isTranscript(s) {
			t.Errorf("%q not read as a transcript", s)
		}
	}
	no := []string{"VER 1 MSNP8 CVR0\nCVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863", "CVQ 6 spaghetti", "", "(1:2:3) VER"}
	for _, s := range no {
		if isTranscript(s) {
			t.Errorf("%q read as a transcript", s)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"-dialect", "MSNP99x", "CVQ"}, `cvq: unknown dialect "MSNP99x": use MSNP2 … MSNP24`},
		{[]string{"-dialect", "CVR0", "CVQ"}, `cvq: unknown dialect "CVR0"`},
		{[]string{"-profile", "nosuch", "CVQ"}, `cvq: unknown profile "nosuch": use reference, escargot, microsoft`},
		{[]string{"-profile", "microsoft@2008-13-99x"}, `cvq: unknown profile "microsoft@2008-13-99x"`},
		{[]string{"-profile", "microsoft@2008-99-99"}, `cvq: unknown profile "microsoft@2008-99-99"`},
		{[]string{"-profile", "microsoft@2009-02-29"}, `cvq: unknown profile "microsoft@2009-02-29"`},
		{[]string{"-profile", "microsoft@1999-01-01"}, "cvq: no Microsoft era had begun by 1999-01-01: the first, microsoft@2003-01, begins on 2003-01-01\n"},
		{[]string{"-profile", "microsoft@0000"}, "cvq: no Microsoft era had begun by 0000: the first, microsoft@2003-01, begins on 2003-01-01\n"},
		{[]string{"-bogus"}, "cvq: flag provided but not defined: -bogus"},
		{[]string{"-json=maybe"}, "cvq: invalid boolean value"},
		{[]string{"-dialect"}, "cvq: flag needs an argument: -dialect"},
		{[]string{"-example", "nosuch"}, `cvq: unknown example "nosuch"`},
		{[]string{"-example", "seed-new", "CVQ", "1"}, "cvq: -example takes no line"},
		{[]string{"-list", "CVQ"}, "cvq: -list takes no line"},
		{[]string{"-list", "-json"}, "cvq: -list has no JSON form"},
		{[]string{"-json", "-list"}, "cvq: -list has no JSON form"},
	}
	for _, c := range cases {
		code, out, errs := cli(t, "CVQ 1\n", c.args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2", c.args, code)
		}
		if !strings.HasPrefix(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one line starting %q", c.args, errs, c.want)
		}
		if out != "" {
			t.Errorf("%q: stdout %q, want nothing", c.args, out)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, a := range []string{"-h", "-help", "--help"} {
		code, out, errs := cli(t, "", a)
		if code != 0 || errs != "" || !strings.HasPrefix(out, "Usage: cvq") || !strings.Contains(out, "Examples:") {
			t.Errorf("%s: exit %d stderr %q stdout %q", a, code, errs, out)
		}
	}
}

// zeros is an endless client session: the same line over and over.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	const line = "CVQ 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\n"
	for i := range p {
		p[i] = line[i%len(line)]
	}
	return len(p), nil
}

func TestOversizedStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(nil, io.LimitReader(zeros{}, maxInput+1), &out, &errb)
	if code != 1 || errb.String() != "cvq: "+errTooLarge.Error()+"\n" || out.Len() != 0 {
		t.Errorf("exit %d, stderr %q, %d bytes of stdout", code, errb.String(), out.Len())
	}
	if !strings.Contains(errb.String(), "16 MiB") {
		t.Errorf("message does not name the limit: %q", errb.String())
	}
}

// Exactly at the cap the input is accepted. Blank lines fill it, so the
// test reads 16 MiB without simulating thousands of lines.
func TestStdinAtCap(t *testing.T) {
	const line = "CVQ 6 spaghetti"
	in := strings.Repeat("\n", maxInput-len(line)) + line
	var out, errb bytes.Buffer
	code := run([]string{"-json"}, strings.NewReader(in), &out, &errb)
	if code != 0 || !strings.HasPrefix(out.String(), `{"input":"CVQ 6 spaghetti",`) {
		t.Errorf("exit %d: %s", code, errb.String())
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("device not ready") }

func TestUnreadableStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(nil, failingReader{}, &out, &errb)
	if code != 1 || errb.String() != "cvq: reading standard input: device not ready\n" {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestUnwritableStdout(t *testing.T) {
	var errb bytes.Buffer
	code := run([]string{"CVQ", "6", "spaghetti"}, strings.NewReader(""), failingWriter{}, &errb)
	if code != 1 || errb.String() != "cvq: writing output: broken pipe\n" {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

// Help that cannot be written fails as other output does.
func TestUnwritableHelp(t *testing.T) {
	var errb bytes.Buffer
	code := run([]string{"-h"}, strings.NewReader(""), failingWriter{}, &errb)
	if code != 1 || errb.String() != "cvq: writing output: broken pipe\n" {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

func TestList(t *testing.T) {
	code, out, errs := cli(t, "", "-list")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, p := range cvq.Profiles() {
		if !strings.Contains(out, "  "+p.Name+" ") || !strings.Contains(out, p.Title) {
			t.Errorf("profile %s (%s) not listed", p.Name, p.Title)
		}
	}
	for _, d := range cvq.Dialects() {
		if !strings.Contains(out, d.Label()) {
			t.Errorf("dialect %s not listed", d.Label())
		}
	}
	for _, ex := range cvq.Examples() {
		if !strings.Contains(out, "  "+ex.ID+" ") || !strings.Contains(out, ex.Title) {
			t.Errorf("example %s not listed", ex.ID)
		}
		// Sources may be wrapped: compare with white space folded.
		if !strings.Contains(strings.Join(strings.Fields(out), " "), ex.Source) {
			t.Errorf("source of %s not listed", ex.ID)
		}
	}
	for _, l := range strings.Split(out, "\n") {
		if width(l) > pageWidth {
			t.Errorf("line wider than %d: %q", pageWidth, l)
		}
	}
}

func TestExampleSeedNew(t *testing.T) {
	code, out, errs := cli(t, "", "-example", "seed-new", "-json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines, _ := decodeLines(t, out)
	c := seedCases(t)[1]
	if len(lines) != 1 || lines[0].Input != c.request || lines[0].Reply != c.reply || lines[0].Dialect != "MSNP8" || lines[0].Outcome.Kind != "forced-upgrade" {
		t.Errorf("got %+v", lines)
	}
	code, out, _ = cli(t, "", "-example", "seed-new")
	if code != 0 || !strings.HasPrefix(out, "C: "+c.request+"\nS: CVQ 2 7.0.0813 7.0.0813 6.2.0205\n") {
		t.Errorf("human (exit %d):\n%s", code, out)
	}
}

// An example's own dialect applies unless -dialect says otherwise.
func TestExampleDialectOverride(t *testing.T) {
	_, out, _ := cli(t, "", "-example", "seed-old", "-json")
	lines, _ := decodeLines(t, out)
	if lines[0].Dialect != "MSNP2" {
		t.Errorf("seed-old ran as %s, want its own MSNP2", lines[0].Dialect)
	}
	_, out, _ = cli(t, "", "-example", "seed-old", "-json", "-dialect", "MSNP5")
	lines, _ = decodeLines(t, out)
	if lines[0].Dialect != "MSNP5" {
		t.Errorf("-dialect MSNP5 ignored: %s", lines[0].Dialect)
	}
}

// A session example run with -example is read as a transcript.
func TestExampleSession(t *testing.T) {
	code, out, _ := cli(t, "", "-example", "ver-cvr0", "-json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines, _ := decodeLines(t, out)
	if len(lines) != 2 || len(lines[0].Checks) != 1 || lines[0].Checks[0].Status != "match" ||
		len(lines[1].Checks) != 1 || lines[1].Checks[0].Status != "match" {
		t.Errorf("got %+v", lines)
	}
}

// Hostile input is answered, never crashes the tool, and cannot reach the
// terminal as control sequences.
func TestHostileInput(t *testing.T) {
	inputs := []string{
		"CVQ 1 \x1b[31mred\x1b[0m \x07 winnt",
		"CVQ \xff\xfe 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS \u202eevil@x.y",
		"C: CVQ 1 \x1b]0;title\x07\nS: 731 1\x1b[2J",
		"  \t \r\n\r\n",
		"CVQ 1" + strings.Repeat(" ", 3000),
		"S: VER 1\n.. \n.. \x00",
		".. orphan",
		"\xef\xbb\xbfVER 1 MSNP8 CVR0",
		"CVQ 1 0x0409 \u4e16\u754c\u4e16\u754c winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c",
	}
	for _, in := range inputs {
		for _, mode := range [][]string{nil, {"-json"}, {"-v"}} {
			code, out, errs := cli(t, in, mode...)
			if code != 0 || errs != "" && (strings.TrimSpace(in) != "" || errs != emptyInputText+"\n") {
				t.Errorf("%q %v: exit %d stderr %q", in, mode, code, errs)
			}
			if strings.ContainsAny(out, "\x1b\x07\x00\u202e") {
				t.Errorf("%q %v: control characters reached stdout:\n%q", in, mode, out)
			}
			args := append(append([]string{}, mode...), "--", in)
			if code, out, _ := cli(t, "", args...); code != 0 || strings.ContainsAny(out, "\x1b\x07\x00\u202e") {
				t.Errorf("%q %v as an argument: exit %d or control characters out", in, mode, code)
			}
		}
	}
}

// The breakdown of every example, verbose, stays inside the page except
// for unbreakable protocol tokens.
func TestHumanWidth(t *testing.T) {
	for _, ex := range cvq.Examples() {
		_, out, _ := cli(t, "", "-v", "-example", ex.ID)
		for _, l := range strings.Split(out, "\n") {
			if width(l) <= pageWidth {
				continue
			}
			longest := 0
			for _, f := range strings.Fields(l) {
				longest = max(longest, width(f))
			}
			// Only a line holding one token too long for any line may
			// overflow.
			if longest < pageWidth-30 {
				t.Errorf("%s: line wider than %d columns: %q", ex.ID, pageWidth, l)
			}
		}
	}
}

func FuzzRun(f *testing.F) {
	for _, c := range seedCases(f) {
		f.Add(c.request, false)
	}
	for _, ex := range cvq.Examples() {
		f.Add(ex.Input, true)
	}
	f.Fuzz(func(t *testing.T, in string, js bool) {
		args := []string{}
		if js {
			args = append(args, "-json")
		}
		var out, errb bytes.Buffer
		if code := run(args, strings.NewReader(in), &out, &errb); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		if js {
			for _, l := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
				if l != "" && !json.Valid([]byte(l)) {
					t.Fatalf("invalid JSON line %q", l)
				}
			}
		} else if strings.ContainsAny(out.String(), "\x1b\x00") {
			t.Fatalf("control bytes in output")
		}
	})
}
