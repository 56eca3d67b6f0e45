package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"sort"
)

// codecBenchArgs is the command of the issue with a shorter -benchtime, so anyone can
// rerun it alone; runCodecBench runs it codecRuns times.
var codecBenchArgs = []string{"test", "-run", "^$", "-bench", "Simulate|Floor|Transcript|ResultCopy", "-benchmem", "-benchtime", "300ms", "./cvq/"}

// codecRuns is how many times the benchmark command runs. On a shared machine one run's
// ns/op swings by a quarter either way; each run times every benchmark and its floor
// close together, and the median over the runs keeps one slow stretch from deciding.
const codecRuns = 5

// runCodecBench runs the codec benchmarks codecRuns times and pairs each benchmark's
// median with its floor's.
func runCodecBench(ctx context.Context, root string) ([]codecPair, error) {
	var runs [][]benchResult
	for range codecRuns {
		cmd := exec.CommandContext(ctx, "go", codecBenchArgs...)
		cmd.Dir = root
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		rs, perr := parseBench(out.String())
		if err != nil || perr != nil {
			return nil, fmt.Errorf("go test -bench: %v %v\n%s", err, perr, lastLines(out.String(), 15))
		}
		runs = append(runs, rs)
	}
	return pairCodec(medianRuns(runs))
}

// medianRuns merges repeated runs of the same benchmarks, in the first run's order: the
// median ns/op of each (the upper middle one for an even count), and the most bytes and
// allocations any run reported (those do not vary; taking the most never flatters).
func medianRuns(runs [][]benchResult) []benchResult {
	if len(runs) == 0 {
		return nil
	}
	byName := map[string][]benchResult{}
	for _, rs := range runs {
		for _, r := range rs {
			byName[r.name] = append(byName[r.name], r)
		}
	}
	var out []benchResult
	for _, first := range runs[0] {
		all := byName[first.name]
		if all == nil {
			continue // a name repeated within the first run: merged already
		}
		delete(byName, first.name)
		m := first
		ns := make([]float64, len(all))
		for i, r := range all {
			ns[i] = r.nsPerOp
			m.bytesPerOp = max(m.bytesPerOp, r.bytesPerOp)
			m.allocsPerOp = max(m.allocsPerOp, r.allocsPerOp)
		}
		sort.Float64s(ns)
		m.nsPerOp = ns[len(ns)/2]
		out = append(out, m)
	}
	return out
}
