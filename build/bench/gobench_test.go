package main

import (
	"strings"
	"testing"
)

const sampleBench = `goos: linux
goarch: amd64
pkg: github.com/cvq-playground/cvq-playground/cvq
cpu: AMD EPYC
BenchmarkFloorFields/old-2         	 5000000	       212.5 ns/op	     128 B/op	       1 allocs/op
BenchmarkFloorFields/new-2         	 4000000	       301 ns/op	     160 B/op	       1 allocs/op
BenchmarkSimulate/old-2            	 1000000	      1050 ns/op	     560 B/op	       6 allocs/op
BenchmarkSimulate/new-2            	  800000	      2107.3 ns/op	     896 B/op	       7 allocs/op
BenchmarkSimulate/odd-name-x-2     	  800000	      999 ns/op	     896 B/op	       7 allocs/op
BenchmarkFloorFields/odd-name-x-2  	  800000	      99 ns/op	     96 B/op	       1 allocs/op
BenchmarkTranscript-2              	   50000	     30100 ns/op	   12000 B/op	      40 allocs/op
BenchmarkFloorTranscript-2         	  300000	      3010 ns/op	    1024 B/op	       8 allocs/op
BenchmarkResultCopy/old-2          	 2000000	       700 ns/op	     512 B/op	       4 allocs/op
PASS
ok  	github.com/cvq-playground/cvq-playground/cvq	9.123s
`

func TestParseBench(t *testing.T) {
	rs, err := parseBench(sampleBench)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 9 {
		t.Fatalf("%d results, want 9: %+v", len(rs), rs)
	}
	r := rs[3]
	if r.name != "Simulate/new" || r.iterations != 800000 || r.nsPerOp != 2107.3 || r.bytesPerOp != 896 || r.allocsPerOp != 7 {
		t.Errorf("Simulate/new parsed as %+v", r)
	}
	if rs[4].name != "Simulate/odd-name-x" {
		t.Errorf("a name with dashes became %q", rs[4].name)
	}
	ps, err := pairCodec(rs)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range ps {
		names = append(names, p.name+"/"+p.floor.name)
	}
	want := "Simulate/old/FloorFields/old Simulate/new/FloorFields/new Simulate/odd-name-x/FloorFields/odd-name-x Transcript/FloorTranscript"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("pairs %q, want %q", got, want)
	}
	if !ps[0].isSimulation || ps[3].isSimulation {
		t.Errorf("isSimulation wrong: %+v", ps)
	}
	// ResultCopy/old rides along with Simulate/old; the lines without one say so.
	if ps[0].resultCopy.nsPerOp != 700 || ps[1].resultCopy.nsPerOp >= 0 || ps[3].resultCopy.nsPerOp >= 0 {
		t.Errorf("result copies paired wrongly: %+v", ps)
	}
}

func TestParseBenchWithoutBenchmem(t *testing.T) {
	rs, err := parseBench("BenchmarkSimulate/new 	 1000	 1234 ns/op\n")
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].name != "Simulate/new" || rs[0].allocsPerOp != -1 || rs[0].nsPerOp != 1234 {
		t.Errorf("got %+v", rs[0])
	}
}

func TestParseBenchFailures(t *testing.T) {
	for name, out := range map[string]string{
		"empty":        "",
		"no results":   "PASS\nok  \tx\t0.1s\n",
		"failed":       sampleBench + "--- FAIL: BenchmarkSimulate\nFAIL\n",
		"bad number":   "BenchmarkSimulate/new-2 	 1000	 1x34 ns/op\n",
		"no ns per op": "BenchmarkSimulate/new-2 	 1000	 12 B/op\n",
	} {
		if _, err := parseBench(out); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// A log line of a benchmark is not a result.
	rs, err := parseBench("BenchmarkSimulate/new-2\n    bench_test.go:12: hello world\n" + sampleBench)
	if err != nil || len(rs) != 9 {
		t.Errorf("log lines confused the parser: %d results, %v", len(rs), err)
	}
}

func TestPairCodecNeedsFloors(t *testing.T) {
	rs, _ := parseBench("BenchmarkSimulate/new-2 	 1000	 1234 ns/op\n")
	if _, err := pairCodec(rs); err == nil {
		t.Error("Simulate without FloorFields paired")
	}
	rs, _ = parseBench("BenchmarkFloorFields/new-2 	 1000	 1234 ns/op\n")
	if _, err := pairCodec(rs); err == nil {
		t.Error("no Simulate rows accepted")
	}
}

func TestMedianRuns(t *testing.T) {
	run := func(simNs, floorNs float64, allocs float64) []benchResult {
		return []benchResult{
			{name: "FloorFields/new", nsPerOp: floorNs, bytesPerOp: 160, allocsPerOp: 1},
			{name: "Simulate/new", nsPerOp: simNs, bytesPerOp: 3000, allocsPerOp: allocs},
		}
	}
	got := medianRuns([][]benchResult{run(900, 100, 5), run(3000, 300, 6), run(1000, 90, 5)})
	if len(got) != 2 || got[0].name != "FloorFields/new" || got[1].name != "Simulate/new" {
		t.Fatalf("medianRuns kept %+v, want the first run's two names in order", got)
	}
	if got[0].nsPerOp != 100 || got[1].nsPerOp != 1000 {
		t.Errorf("medians %v and %v, want 100 and 1000", got[0].nsPerOp, got[1].nsPerOp)
	}
	if got[1].allocsPerOp != 6 {
		t.Errorf("allocs %v, want the most any run saw (6)", got[1].allocsPerOp)
	}
	if medianRuns(nil) != nil {
		t.Error("medianRuns(nil) is not nil")
	}
}
