package cvq

import (
	"strings"
	"testing"
)

// Continuation lines are joined in one pass: the number of allocations
// does not grow with the number of ".. " lines (adding each one to the
// line's text would allocate, and copy the whole line, once per
// continuation). Counting allocations keeps the test deterministic where
// a timing would be flaky.
func TestContinuationJoinIsLinear(t *testing.T) {
	const n = 20000
	for _, tc := range []struct {
		name, unit, part string
	}{
		{"text", ".. a\n", " a"},
		{"empty", ".. \n", " "},
		{"crlf-literal", ".. a\\r\\n\n", " a"},
		{"prose-between", "prose\n.. a\n", " a"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "C: VER 1 MSNP8 CVR0\n" + strings.Repeat(tc.unit, n) + "C: CVQ 2 x\n.. y"
			lines, _ := ParseTranscript(text)
			if len(lines) != 2 {
				t.Fatalf("%d lines, want 2", len(lines))
			}
			if want := "VER 1 MSNP8 CVR0" + strings.Repeat(tc.part, n); lines[0].Text != want {
				t.Errorf("first line: %d bytes, want %d", len(lines[0].Text), len(want))
			}
			if lines[1].Text != "CVQ 2 x y" || lines[1].Line != 2+n*strings.Count(tc.unit, "\n") {
				t.Errorf("second line: %+v", lines[1])
			}
			allocs := testing.AllocsPerRun(2, func() { ParseTranscript(text) })
			// A builder that doubles needs about log2(n·len(part)) growths;
			// one allocation per continuation would be n.
			if allocs > 64 {
				t.Errorf("%v allocations for %d continuation lines: joining is not linear", allocs, n)
			}
		})
	}
}

// BenchmarkTranscriptContinuations is the pathological paste: 256 KiB of
// continuation lines.
func BenchmarkTranscriptContinuations(b *testing.B) {
	text := "C: VER 1 MSNP8 CVR0\n" + strings.Repeat(".. a\n", 256<<10/5)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		CheckTranscript(text, MSNP8, nil)
	}
}
