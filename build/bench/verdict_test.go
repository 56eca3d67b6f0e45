package main

import (
	"strings"
	"testing"
)

// TestSizeVerdict: DESIGN.md's size budget is ≤ 1.20× the floor with ≥ 10,000 bytes spare.
func TestSizeVerdict(t *testing.T) {
	if v := sizeVerdict(100000, 110000); v.outcome != met || !strings.Contains(v.measured, "10,000 bytes spare") {
		t.Errorf("exactly 10,000 bytes under the 1.20× cap should meet the budget: %+v", v)
	}
	if v := sizeVerdict(100000, 110001); v.outcome != missed {
		t.Errorf("9,999 bytes spare should miss, although within 1.20×: %+v", v)
	}
	if v := sizeVerdict(0, 1); v.outcome != missed {
		t.Errorf("a zero floor cannot meet anything: %+v", v)
	}
	v := sizeVerdict(440000, 678376)
	if v.measured != "1.542× (678,376 / 440,000 bytes), -150,376 bytes spare" || v.outcome != missed {
		t.Errorf("got %+v", v)
	}
}

func TestSizeCapText(t *testing.T) {
	if got := sizeCapText(440471, 528117); got != "cap = 1.20 × 440,471 = 528,565 bytes (brotli); the module must shrink by 9,552 bytes to keep 10,000 spare." {
		t.Errorf("over: %q", got)
	}
	if got := sizeCapText(100000, 100000); !strings.HasSuffix(got, "may grow by 10,000 bytes and keep 10,000 spare.") {
		t.Errorf("under: %q", got)
	}
}

// TestOnlyFlag: -only takes "size", "load", "links", "paste" or "typing" and nothing else
// (a typo must not run the whole bench), and -typings at least one session.
func TestOnlyFlag(t *testing.T) {
	for _, bad := range [][]string{{"-only", "sizes"}, {"-only", "loads"}, {"-only", "typings"}, {"-typings", "0"}} {
		var out, errs strings.Builder
		if code := run(bad, &out, &errs); code != 2 || !strings.Contains(errs.String(), "-only size|load|links|paste|typing") {
			t.Errorf("%s: exit %d, stderr %q", strings.Join(bad, " "), code, errs.String())
		}
	}
}

// TestFirstLoadVerdict: issue 15's first load is ≤ 1.25× the floor's, as served.
func TestFirstLoadVerdict(t *testing.T) {
	if v := firstLoadVerdict(400000, 500000); v.outcome != met || !strings.HasSuffix(v.measured, ", 0 bytes under") {
		t.Errorf("exactly 1.25× should meet: %+v", v)
	}
	if v := firstLoadVerdict(400000, 500001); v.outcome != missed || !strings.HasSuffix(v.measured, ", 1 bytes over") {
		t.Errorf("one byte over 1.25× should miss: %+v", v)
	}
	if v := firstLoadVerdict(0, 1); v.outcome != missed {
		t.Errorf("a zero floor cannot meet anything: %+v", v)
	}
	v := firstLoadVerdict(443676, 563506)
	if v.measured != "1.270× (563,506 / 443,676 bytes), 8,911 bytes over" || v.outcome != missed {
		t.Errorf("issue 15's figures: %+v", v)
	}
}

func TestLoadVerdict(t *testing.T) {
	if v := loadVerdict(150, 100); v.outcome != met {
		t.Errorf("1.50× should meet: %+v", v)
	}
	if v := loadVerdict(151, 100); v.outcome != missed {
		t.Errorf("1.51× should miss: %+v", v)
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

func pair(name string, ns, copyNs, allocs float64) codecPair {
	return codecPair{
		name:         name,
		work:         benchResult{name: name, nsPerOp: ns, allocsPerOp: allocs},
		floor:        benchResult{nsPerOp: 1, allocsPerOp: 1},
		isSimulation: strings.HasPrefix(name, "Simulate/"),
		resultCopy:   benchResult{nsPerOp: copyNs, allocsPerOp: 1},
	}
}

// TestCodecVerdict: DESIGN.md's codec budget is Simulate ≤ 3× ResultCopy and ≤ 8 allocations
// on every seed line; strings.Fields (the floor) no longer decides.
func TestCodecVerdict(t *testing.T) {
	ok := []codecPair{pair("Simulate/old", 270, 100, 8), pair("Simulate/new", 300, 100, 7), pair("Transcript", 99999, -1, 99)}
	v := codecVerdict(ok)
	if v.outcome != met {
		t.Errorf("3× and 8 allocs should meet (Transcript does not count): %+v", v)
	}
	if !strings.Contains(v.measured, "worst 3.0× (Simulate/new)") || !strings.Contains(v.measured, "most allocs 8 (Simulate/old)") {
		t.Errorf("measured %q", v.measured)
	}
	slowFloor := pair("Simulate/new", 300, 100, 5)
	slowFloor.floor.nsPerOp = 1 // 300× strings.Fields: retired, so still met
	if v := codecVerdict([]codecPair{slowFloor}); v.outcome != met {
		t.Errorf("the strings.Fields ratio must not decide any more: %+v", v)
	}
	if v := codecVerdict([]codecPair{pair("Simulate/new", 301, 100, 1)}); v.outcome != missed {
		t.Errorf("3.01×: %+v", v)
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
	if v := codecVerdict([]codecPair{pair("Simulate/new", 1, -1, 1)}); v.outcome != unmeasured {
		t.Errorf("no ResultCopy: %+v", v)
	}
}
