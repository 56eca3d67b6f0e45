package main

import (
	"bytes"
	"encoding/json"
	"github.com/cvq-playground/cvq-playground/cvq"
	"strings"
	"testing"
)

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

type failingWriter struct{}

func TestUnwritableStdout(t *testing.T) {
	var errb bytes.Buffer
	code := run([]string{"CVQ", "6", "spaghetti"}, strings.NewReader(""), failingWriter{}, &errb)
	if code != 1 || errb.String() != "cvq: writing output: broken pipe\n" {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

// The human form says how each line of a pasted log leaves the connection:
// after a client line as the profile answers it, after a server line as
// that line does (a log whose server settles on CVR0 where the reference
// profile would have settled on MSNP8).
func TestTranscriptHumanStatePerLine(t *testing.T) {
	in := "C: VER 1 MSNP8 CVR0\r\nS: VER 1 CVR0\r\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\r\n"
	code, out, _ := cli(t, in)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	// Long state lines wrap at the page width; compare the words.
	out = strings.Join(strings.Fields(out), " ") + " "
	for _, want := range []string{
		"connection after paste line 1 (the profile's answer): MSNP8 client, VER settled on MSNP8, still open ",
		" line 2: differ: S: VER 1 CVR0 ",
		" connection after it: MSNP8 client, VER settled on CVR0, still open ",
		"connection after paste line 3 (the profile's answer): MSNP8 client, VER settled on CVR0, still open ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Index(out, "settled on CVR0, still open ") < strings.Index(out, " line 2: differ") {
		t.Errorf("the CVR0 state is shown before the server line that set it:\n%s", out)
	}
}
