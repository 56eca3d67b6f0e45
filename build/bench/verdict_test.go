package main

import (
	"strings"
	"testing"
)

func TestSizeVerdict(t *testing.T) {
	if v := sizeVerdict(1000, 1200); v.outcome != met {
		t.Errorf("exactly 1.20× should meet the budget: %+v", v)
	}
	if v := sizeVerdict(1000, 1201); v.outcome != missed {
		t.Errorf("1.201× should miss: %+v", v)
	}
	if v := sizeVerdict(0, 1); v.outcome != missed {
		t.Errorf("a zero floor cannot meet anything: %+v", v)
	}
	v := sizeVerdict(440000, 678376)
	if v.measured != "1.54× (678,376 / 440,000 bytes)" || v.outcome != missed {
		t.Errorf("got %+v", v)
	}
}

func TestLoadVerdict(t *testing.T) {
	if v := loadVerdict(125, 100); v.outcome != met {
		t.Errorf("1.25× should meet: %+v", v)
	}
	if v := loadVerdict(126, 100); v.outcome != missed {
		t.Errorf("1.26× should miss: %+v", v)
	}
	if v := loadVerdict(10, 0); v.outcome != missed {
		t.Errorf("a zero floor: %+v", v)
	}
}

func TestTypingVerdict(t *testing.T) {
	if v := typingVerdict(4, 0, 0); v.outcome != met || strings.Contains(v.measured, "longest") {
		t.Errorf("p95 4 ms, no long task: %+v", v)
	}
	if v := typingVerdict(4.01, 0, 0); v.outcome != missed {
		t.Errorf("p95 4.01 ms: %+v", v)
	}
	v := typingVerdict(1, 1, 63.2)
	if v.outcome != missed || !strings.Contains(v.measured, "longest 63.2 ms") {
		t.Errorf("one long task: %+v", v)
	}
}

func pair(name string, ns, floorNs, allocs float64) codecPair {
	return codecPair{
		name:         name,
		work:         benchResult{name: name, nsPerOp: ns, allocsPerOp: allocs},
		floor:        benchResult{nsPerOp: floorNs, allocsPerOp: 1},
		isSimulation: strings.HasPrefix(name, "Simulate/"),
		resultCopy:   benchResult{nsPerOp: -1, allocsPerOp: -1},
	}
}

func TestCodecVerdict(t *testing.T) {
	ok := []codecPair{pair("Simulate/old", 900, 100, 8), pair("Simulate/new", 1000, 100, 7), pair("Transcript", 99999, 1, 99)}
	v := codecVerdict(ok)
	if v.outcome != met {
		t.Errorf("10× and 8 allocs should meet (Transcript does not count): %+v", v)
	}
	if !strings.Contains(v.measured, "worst 10.0× (Simulate/new)") || !strings.Contains(v.measured, "most allocs 8 (Simulate/old)") {
		t.Errorf("measured %q", v.measured)
	}
	if strings.Contains(v.measured, "copying") {
		t.Errorf("a result copy named where none ran: %q", v.measured)
	}
	withCopy := pair("Simulate/new", 1500, 100, 5)
	withCopy.resultCopy.nsPerOp = 800
	if v := codecVerdict([]codecPair{pair("Simulate/old", 900, 100, 8), withCopy}); !strings.Contains(v.measured,
		"worst 15.0× (Simulate/new, of which copying its result alone is 8.0×)") || v.outcome != missed {
		t.Errorf("with a result copy: %+v", v)
	}
	if v := codecVerdict([]codecPair{pair("Simulate/new", 1001, 100, 1)}); v.outcome != missed {
		t.Errorf("10.01×: %+v", v)
	}
	if v := codecVerdict([]codecPair{pair("Simulate/new", 100, 100, 9)}); v.outcome != missed {
		t.Errorf("9 allocs: %+v", v)
	}
	if v := codecVerdict([]codecPair{pair("Transcript", 1, 1, 1)}); v.outcome != unmeasured {
		t.Errorf("no Simulate rows: %+v", v)
	}
	if v := codecVerdict([]codecPair{pair("Simulate/new", 1, 1, -1)}); v.outcome != unmeasured {
		t.Errorf("no -benchmem: %+v", v)
	}
}
