package cvq

import (
	"slices"
	"strings"
	"testing"
)

// seedLines are the six requests of the seed document with their dialects.
var seedLines = []struct {
	name string
	line string
	d    Dialect
}{
	{"old", "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS", 2},
	{"new", lineNew, 8},
	{"420version", "CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS", 8},
	{"420library", "CVQ 4 0x0409 winnt 5.0 i386 YCOMM 0.1.0023 MSMSGS", 8},
	{"710", "CVQ 5 0x1111 winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", 8},
	{"731", "CVQ 6 spaghetti", 8},
}

var sinkFields []string
var sinkResult Result

// BenchmarkFloorFields is the floor Simulate is measured against: splitting
// the same line with strings.Fields, the least any parser must do.
func BenchmarkFloorFields(b *testing.B) {
	for _, s := range seedLines {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkFields = strings.Fields(s.line)
			}
		})
	}
}

// BenchmarkSimulate runs the whole simulator on each seed line.
func BenchmarkSimulate(b *testing.B) {
	for _, s := range seedLines {
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkResult = Simulate(s.line, s.d, nil)
			}
		})
	}
}

// BenchmarkResultCopy clones the result Simulate returns for each seed line:
// its three slices and its reply string, nothing computed. Any Simulate that
// returns this Result has to at least allocate and write that much, so its
// ratio to FloorFields shows how much of the budget the result's shape takes
// before a single decision is made.
func BenchmarkResultCopy(b *testing.B) {
	for _, s := range seedLines {
		r := Simulate(s.line, s.d, nil)
		b.Run(s.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				c := r
				c.Fields = slices.Clone(r.Fields)
				c.ReplyFields = slices.Clone(r.ReplyFields)
				c.Diagnostics = slices.Clone(r.Diagnostics)
				c.Reply = strings.Clone(r.Reply)
				sinkResult = c
			}
		})
	}
}

var sinkTranscript Transcript

// BenchmarkTranscript checks the 2009 Pidgin capture (seven lines, two
// connections) against its era.
func BenchmarkTranscript(b *testing.B) {
	var ex Example
	for _, e := range Examples() {
		if e.ID == "cap-2009-06" {
			ex = e
		}
	}
	p, _ := LookupProfile(ex.Profile)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sinkTranscript = CheckTranscript(ex.Input, ex.Dialect, p)
	}
}

// BenchmarkFloorTranscript splits the same capture into lines and fields.
func BenchmarkFloorTranscript(b *testing.B) {
	var in string
	for _, e := range Examples() {
		if e.ID == "cap-2009-06" {
			in = e.Input
		}
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, l := range strings.Split(in, "\n") {
			sinkFields = strings.Fields(l)
		}
	}
}

// The allocation budget of the issue: at most 8 per Simulate on the seed
// lines. Counting allocations is deterministic, unlike timing.
func TestSimulateAllocationBudget(t *testing.T) {
	for _, s := range seedLines {
		n := testing.AllocsPerRun(50, func() { sinkResult = Simulate(s.line, s.d, nil) })
		if n > 8 {
			t.Errorf("%s: %.0f allocations per Simulate, budget 8", s.name, n)
		}
	}
}
