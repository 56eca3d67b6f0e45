package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// benchResult is one line of `go test -bench` output.
type benchResult struct {
	name        string // without the "Benchmark" prefix and the -GOMAXPROCS suffix
	iterations  int64
	nsPerOp     float64
	bytesPerOp  float64 // -1 when -benchmem was off
	allocsPerOp float64 // -1 when -benchmem was off
}

// parseBench reads the result lines of `go test -bench` output and ignores everything else
// (goos:, pkg:, PASS, ok). A FAIL line, or output without a single result, is an error: a
// benchmark that did not run must not read as a fast one.
func parseBench(out string) ([]benchResult, error) {
	var rs []benchResult
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if line == "FAIL" || strings.HasPrefix(line, "FAIL\t") || strings.HasPrefix(line, "--- FAIL") {
			return nil, fmt.Errorf("go test reported a failure: %s", line)
		}
		if !strings.HasPrefix(line, "Benchmark") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 || (len(f)-2)%2 != 0 {
			continue // a benchmark's own log line, or the name printed before its result
		}
		n, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			continue
		}
		r := benchResult{name: benchName(f[0]), iterations: n, nsPerOp: -1, bytesPerOp: -1, allocsPerOp: -1}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				return nil, fmt.Errorf("bad value %q in %q", f[i], line)
			}
			switch f[i+1] {
			case "ns/op":
				r.nsPerOp = v
			case "B/op":
				r.bytesPerOp = v
			case "allocs/op":
				r.allocsPerOp = v
			}
		}
		if r.nsPerOp < 0 {
			return nil, fmt.Errorf("no ns/op in %q", line)
		}
		rs = append(rs, r)
	}
	if len(rs) == 0 {
		return nil, errors.New("no benchmark results in the output")
	}
	return rs, nil
}

// benchName strips "Benchmark" and the "-N" GOMAXPROCS suffix that go test appends when
// N > 1 (sub-benchmark names may contain dashes of their own, so only a numeric tail goes).
func benchName(s string) string {
	s = strings.TrimPrefix(s, "Benchmark")
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		if _, err := strconv.Atoi(s[i+1:]); err == nil {
			s = s[:i]
		}
	}
	return s
}

// codecPair is a codec benchmark beside its strings.Fields floor.
type codecPair struct {
	name         string // e.g. "Simulate/new"
	work, floor  benchResult
	isSimulation bool // a Simulate row, which the allocation budget applies to
	// resultCopy is ResultCopy/X for Simulate/X: cloning the result Simulate returns,
	// the least any Simulate with that result type must do. nsPerOp < 0 when absent.
	resultCopy benchResult
}

// pairCodec matches Simulate/X with FloorFields/X (and ResultCopy/X when it ran) and
// Transcript with FloorTranscript, in the order the benchmarks ran. A benchmark without
// its floor is an error.
func pairCodec(rs []benchResult) ([]codecPair, error) {
	byName := map[string]benchResult{}
	for _, r := range rs {
		byName[r.name] = r
	}
	var ps []codecPair
	for _, r := range rs {
		var floor string
		switch {
		case strings.HasPrefix(r.name, "Simulate/"):
			floor = "FloorFields/" + strings.TrimPrefix(r.name, "Simulate/")
		case r.name == "Transcript":
			floor = "FloorTranscript"
		default:
			continue
		}
		f, ok := byName[floor]
		if !ok {
			return nil, fmt.Errorf("benchmark %s has no floor %s in the output", r.name, floor)
		}
		p := codecPair{name: r.name, work: r, floor: f, isSimulation: strings.HasPrefix(r.name, "Simulate/"),
			resultCopy: benchResult{nsPerOp: -1, allocsPerOp: -1}}
		if c, ok := byName["ResultCopy/"+strings.TrimPrefix(r.name, "Simulate/")]; ok && p.isSimulation {
			p.resultCopy = c
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return nil, errors.New("no Simulate or Transcript benchmark in the output")
	}
	return ps, nil
}
