package main

import (
	"io"
	"runtime"
	"strings"
	"testing"
)

// One long line costs memory in proportion to the line, not to its tokens:
// a 4 MiB line of 2M one-letter tokens, in each mode, allocates less than
// 10× its size in all (a bound on the peak heap, which is lower still).
// Before the tokenizer stopped at Simulate's field bound and the carets
// stopped drawing whole lines, 16 MiB of such a line peaked at 808 MB.
func TestLongLineMemory(t *testing.T) {
	line := "CVQ " + strings.TrimSuffix(strings.Repeat("a ", 2<<20-2), " ")
	for _, tc := range []struct {
		name, stdin string
		args        []string
	}{
		{"session", line + "\n", nil},
		{"session json", line + "\n", []string{"-json"}},
		{"transcript", "C: " + line + "\nS: 731 1\n", nil},
		{"transcript json", "C: " + line + "\nS: 731 1\n", []string{"-json"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			code := run(tc.args, strings.NewReader(tc.stdin), io.Discard, io.Discard)
			runtime.ReadMemStats(&after)
			if code != 0 {
				t.Fatalf("exit %d", code)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("%d bytes in, %d allocated (%.1f×)", len(tc.stdin), alloc, float64(alloc)/float64(len(tc.stdin)))
			if alloc > 10*uint64(len(tc.stdin)) {
				t.Errorf("allocated %d bytes for %d bytes of input: over 10×", alloc, len(tc.stdin))
			}
		})
	}
}
