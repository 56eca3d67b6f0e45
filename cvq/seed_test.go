package cvq

import (
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// loadVectors reads one file of cvq/testdata (see internal/vectors).
func loadVectors(t *testing.T, name string) *vectors.File {
	t.Helper()
	f, err := vectors.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// recordDialect is a record's dialect as the codec takes it.
func recordDialect(t *testing.T, r vectors.Record) Dialect {
	t.Helper()
	d, ok := ParseDialect(r.Dialect)
	if !ok {
		t.Fatalf("record %s (line %d): dialect %q", r.Name, r.Line, r.Dialect)
	}
	return d
}

// The seed's six exchanges, read from cvq/testdata/seed.txt as the seed
// prints them: the transcript parser recovers each exchange, and the
// reference profile answers it byte for byte, closing the connection and
// naming the client's next step as the file says.
func TestSeedExchangesByteForByte(t *testing.T) {
	seed := loadVectors(t, "seed.txt")
	if len(seed.Records) != 6 {
		t.Fatalf("%s holds %d exchanges, the seed has 6", seed.Path, len(seed.Records))
	}
	for _, rec := range seed.Records {
		t.Run(rec.Name, func(t *testing.T) {
			request, reply, ok := rec.Exchange()
			if !ok {
				t.Fatalf("line %d: not one C:/S: exchange", rec.Line)
			}
			lines, diags := ParseTranscript(rec.Text())
			if len(lines) != 2 || len(diags) != 0 || lines[0].Dir != 'C' || lines[0].Text != request || lines[1].Dir != 'S' || lines[1].Text != reply {
				t.Fatalf("ParseTranscript of the seed's lines: %+v, %+v", lines, diags)
			}
			r := Simulate(request, recordDialect(t, rec), nil)
			if r.Reply != reply {
				t.Errorf("reply\n got %q\nwant %q", r.Reply, reply)
			}
			if r.Disconnect != (rec.Connection == "closes") {
				t.Errorf("disconnect = %v, the seed file says the connection %s", r.Disconnect, rec.Connection)
			}
			if r.Outcome.Kind.String() != rec.Outcome {
				t.Errorf("outcome = %v (%s), want %s", r.Outcome.Kind, r.Outcome.Reason, rec.Outcome)
			}
			for _, f := range r.ReplyFields {
				if r.Reply[f.Start:f.End] != f.Value {
					t.Errorf("reply field %s range [%d,%d) = %q, value %q", f.Param, f.Start, f.End, r.Reply[f.Start:f.End], f.Value)
				}
			}
			for _, f := range r.Fields {
				if request[f.Start:f.End] != f.Value {
					t.Errorf("field %s range [%d,%d) = %q, value %q", f.Param, f.Start, f.End, request[f.Start:f.End], f.Value)
				}
			}
		})
	}
}

// seedRequest is the client line of the seed's exchange called name.
func seedRequest(t *testing.T, name string) string {
	t.Helper()
	for _, rec := range loadVectors(t, "seed.txt").Records {
		if rec.Name == name {
			req, _, ok := rec.Exchange()
			if !ok {
				t.Fatalf("seed exchange %s is not one C:/S: pair", name)
			}
			return req
		}
	}
	t.Fatalf("no seed exchange %q", name)
	return ""
}

func TestSeed710ShiftedArch(t *testing.T) {
	r := Simulate(seedRequest(t, "bad-locale"), 8, nil)
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
