//go:build !(js && wasm)

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// The command's -json (cvq/cmd/cvq) and the bridge speak one vocabulary.
// The same input goes through the command, built and run as a user runs
// it, and through this package's encoder as the bridge calls it; after
// removing the bridge's documented additions (from/to beside start/end, a
// transcript's lines and the index of its steps and checks in them) and
// the command's tokens' about/changes (prose the bridge leaves to the
// page's metadata), the two must be the same JSON, member for member.
func TestCommandJSONMatchesBridge(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	command := buildCommand(t)
	p := cvq.DefaultProfile()
	transcript := "C: VER 1 MSNP8 CVR0\n" +
		"S: VER 1 CVR0\n" + // differs: the reference server answers MSNP8
		"some prose about the log, skipped\n" +
		"C: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS é😀@example.com\n" +
		"S: CVR 2 6.0.0602 6.0.0602 1.0.0000 http://x.example/é http://y.example\n" +
		"S: CVR 9 1.0\n" + // paired with no client line
		"C: CVQ 3 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS\r\n" +
		".. x@y.z\n"
	session := []string{"VER 1 MSNP8 CVR0", "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS é@b.c"}
	line := func(l string, d cvq.Dialect) func(*testing.T) []any {
		return func(t *testing.T) []any {
			r := cvq.Simulate(l, d, p)
			var w jsonWriter
			w.result(&r)
			return []any{bridgeAnswer(t, &w)}
		}
	}
	cases := []struct {
		name, stdin string
		args        []string
		// bridge returns the objects the command must print, made from
		// the bridge's answers to the same input.
		bridge func(t *testing.T) []any
	}{
		{"seed line", "", []string{"-dialect", "MSNP2", "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS"},
			line("CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS", cvq.MSNP2)},
		{"731", "", []string{"CVQ", "6", "spaghetti"}, line("CVQ 6 spaghetti", cvq.MSNP8)},
		{"non-ASCII line", "", []string{"CVQ 7 0x0409 wïnnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS 😀@x"},
			line("CVQ 7 0x0409 wïnnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS 😀@x", cvq.MSNP8)},
		{"session", strings.Join(session, "\n") + "\n", nil, func(t *testing.T) []any {
			// sessionSend answers {result, state}; the command prints each result.
			s := cvq.NewSession(cvq.MSNP8, p)
			var out []any
			for _, l := range session {
				r := s.Send(l)
				var w jsonWriter
				w.sent(&r, s.State())
				out = append(out, bridgeAnswer(t, &w).(map[string]any)["result"])
			}
			return out
		}},
		{"transcript", transcript, nil, func(t *testing.T) []any {
			tr := cvq.CheckTranscript(transcript, cvq.MSNP8, p)
			var w jsonWriter
			w.transcript(&tr)
			whole := bridgeAnswer(t, &w).(map[string]any)
			steps, unpaired := whole["steps"].([]any), whole["unpaired"].([]any)
			if len(steps) < 3 || len(unpaired) == 0 || len(whole["diagnostics"].([]any)) == 0 {
				t.Fatalf("the transcript has %d steps, %d unpaired lines, %d diagnostics: it no longer tests them all",
					len(steps), len(unpaired), len(whole["diagnostics"].([]any)))
			}
			for _, s := range steps {
				step := s.(map[string]any)
				delete(step, "index")
				for _, c := range step["checks"].([]any) {
					delete(c.(map[string]any), "index")
				}
			}
			for _, c := range unpaired {
				delete(c.(map[string]any), "index")
			}
			return append(steps, map[string]any{"transcript": map[string]any{
				"unpaired": unpaired, "diagnostics": whole["diagnostics"], "state": whole["state"]}})
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(command, append([]string{"-json"}, c.args...)...)
			cmd.Stdin = strings.NewReader(c.stdin)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil || stderr.Len() > 0 {
				t.Fatalf("cvq -json: %v, stderr %q", err, stderr.String())
			}
			var printed []any
			for _, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
				v := decodeJSON(t, l)
				if _, tail := v.(map[string]any)["transcript"]; !tail && withoutProse(v) == 0 {
					t.Fatalf("the command printed no token with about/changes:\n%s", l)
				}
				printed = append(printed, v)
			}
			bridge := c.bridge(t)
			if len(printed) != len(bridge) {
				t.Fatalf("the command printed %d objects, the bridge has %d", len(printed), len(bridge))
			}
			for i := range printed {
				if !reflect.DeepEqual(printed[i], bridge[i]) {
					a, _ := json.Marshal(printed[i])
					b, _ := json.Marshal(bridge[i])
					t.Errorf("object %d differs:\ncommand %s\nbridge  %s", i, a, b)
				}
			}
		})
	}
}

// buildCommand builds cvq/cmd/cvq into a temporary directory.
func buildCommand(t *testing.T) string {
	t.Helper()
	exe := filepath.Join(t.TempDir(), "cvq")
	cmd := exec.Command("go", "build", "-o", exe, "../cvq/cmd/cvq")
	cmd.Env = append(os.Environ(), "GOOS=", "GOARCH=") // the command runs here, natively
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ../cvq/cmd/cvq: %v\n%s", err, out)
	}
	return exe
}

func decodeJSON(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	return v
}

// bridgeAnswer decodes what the bridge would hand the page and removes
// every from/to, failing unless each sits beside a start/end and there is
// at least one.
func bridgeAnswer(t *testing.T, w *jsonWriter) any {
	t.Helper()
	v := decodeJSON(t, w.String())
	if withoutUTF16(v) == 0 {
		t.Fatalf("the bridge's answer has no from/to:\n%s", w.String())
	}
	return v
}

// withoutUTF16 removes every from/to pair that sits beside a start/end
// and returns how many it removed; a from or to anywhere else stays, so
// the comparison reports it.
func withoutUTF16(v any) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		_, from := v["from"]
		_, to := v["to"]
		_, start := v["start"]
		_, end := v["end"]
		if from && to && start && end {
			delete(v, "from")
			delete(v, "to")
			n++
		}
		for _, m := range v {
			n += withoutUTF16(m)
		}
	case []any:
		for _, m := range v {
			n += withoutUTF16(m)
		}
	}
	return n
}

// withoutProse removes about and changes from the command's tokens (in
// tokens and replyTokens, at any depth) and returns how many tokens had
// them.
func withoutProse(v any) int {
	n := 0
	switch v := v.(type) {
	case map[string]any:
		for _, k := range []string{"tokens", "replyTokens"} {
			toks, _ := v[k].([]any)
			for _, tok := range toks {
				m := tok.(map[string]any)
				_, about := m["about"]
				_, changes := m["changes"]
				if about && changes {
					delete(m, "about")
					delete(m, "changes")
					n++
				}
			}
		}
		for _, m := range v {
			n += withoutProse(m)
		}
	case []any:
		for _, m := range v {
			n += withoutProse(m)
		}
	}
	return n
}
