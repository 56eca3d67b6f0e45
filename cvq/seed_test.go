package cvq

import (
	"os"
	"strings"
	"testing"
)

// seedExchange is one request/reply pair of the seed document.
type seedExchange struct {
	name    string
	dialect Dialect
	request string
	reply   string
	closes  bool
	outcome OutcomeKind
}

// seedPath finds the seed document in shared/ beside the checkout (CI
// clones the repository with shared/ next to it).
func seedPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("CVQ_SEED"); p != "" {
		return p
	}
	for _, p := range []string{"../../shared/reference/cvq-seed.txt", "../shared/reference/cvq-seed.txt", "../../../shared/reference/cvq-seed.txt"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Fatalf("the seed document was not found: put shared/ beside the checkout, or set CVQ_SEED to reference/cvq-seed.txt")
	return ""
}

// readSeed pulls the six C:/S: exchanges out of the seed document itself,
// joining ".. " continuations, so the test checks the document byte for
// byte rather than a copy of it.
func readSeed(t *testing.T) []seedExchange {
	t.Helper()
	raw, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatalf("seed document: %v", err)
	}
	lines, _ := ParseTranscript(string(raw))
	var out []seedExchange
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].Dir == 'C' && lines[i+1].Dir == 'S' && strings.HasPrefix(lines[i].Text, "CVQ ") {
			out = append(out, seedExchange{request: lines[i].Text, reply: lines[i+1].Text})
		}
	}
	return out
}

func TestSeedExchangesByteForByte(t *testing.T) {
	got := readSeed(t)
	want := []seedExchange{
		{name: "Old", dialect: 2, closes: true, outcome: OutcomeOptionalUpgrade},
		{name: "New", dialect: 8, closes: true, outcome: OutcomeForcedUpgrade},
		{name: "420 version", dialect: 8, outcome: OutcomeRejected},
		{name: "420 library", dialect: 8, outcome: OutcomeRejected},
		{name: "710", dialect: 8, outcome: OutcomeRejected},
		{name: "731", dialect: 8, closes: true, outcome: OutcomeRejected},
	}
	if len(got) != len(want) {
		t.Fatalf("found %d exchanges in the seed, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		ex := got[i]
		t.Run(w.name, func(t *testing.T) {
			r := Simulate(ex.request, w.dialect, nil)
			if r.Reply != ex.reply {
				t.Errorf("reply\n got %q\nwant %q", r.Reply, ex.reply)
			}
			if r.Disconnect != w.closes {
				t.Errorf("disconnect = %v, want %v", r.Disconnect, w.closes)
			}
			if r.Outcome.Kind != w.outcome {
				t.Errorf("outcome = %v (%s), want %v", r.Outcome.Kind, r.Outcome.Reason, w.outcome)
			}
			for _, f := range r.ReplyFields {
				if r.Reply[f.Start:f.End] != f.Value {
					t.Errorf("reply field %s range [%d,%d) = %q, value %q", f.Param, f.Start, f.End, r.Reply[f.Start:f.End], f.Value)
				}
			}
			for _, f := range r.Fields {
				if ex.request[f.Start:f.End] != f.Value {
					t.Errorf("field %s range wrong", f.Param)
				}
			}
		})
	}
}

func TestSeed710ShiftedArch(t *testing.T) {
	r := Simulate("CVQ 5 0x1111 winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", 8, nil)
	var shift *Diagnostic
	for i := range r.Diagnostics {
		if r.Diagnostics[i].Code == "missing-shifted" {
			shift = &r.Diagnostics[i]
		}
	}
	if shift == nil {
		t.Fatalf("no shift diagnostic: %+v", r.Diagnostics)
	}
	if !strings.HasPrefix(shift.Text, "system-arch is missing") {
		t.Errorf("shift text %q", shift.Text)
	}
	if shift.Start != len("CVQ 5 0x1111 winnt 5.1") {
		t.Errorf("shift located at %d", shift.Start)
	}
	if len(shift.Notes) == 0 {
		t.Errorf("the seed's own inconsistency is not noted")
	}
	if r.Fields[2].Status != StatusError || r.Fields[2].Param != "locale" {
		t.Errorf("locale field %+v", r.Fields[2])
	}
}
