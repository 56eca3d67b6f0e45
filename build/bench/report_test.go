package main

import (
	"errors"
	"strings"
	"testing"
)

// sampleResults is a run where everything was measured.
func sampleResults() *results {
	rs, _ := parseBench(sampleBench)
	ps, _ := pairCodec(rs)
	return &results{
		machine:  machine{cpus: 2, cpuModel: "AMD EPYC", goVer: "go1.26.8", chromium: "Chrome/1", wasmOpt: "v108", date: "today", loadAvg: "0.1 0.1 0.1"},
		mode:     "auto",
		loads:    3,
		keyCount: 4,
		pg:       site{wasm: make([]byte, 3000), wasmGz: make([]byte, 900), wasmBr: make([]byte, 105000), optNote: "kept"},
		fl:       site{wasm: make([]byte, 2000), wasmGz: make([]byte, 600), wasmBr: make([]byte, 100000), optNote: "kept"},
		pgFiles:  []servedFile{{"index.html", 100, 50, "br"}, {"cvq-X.wasm", 3000, 600, "br"}},
		flFiles:  []servedFile{{"index.html", 10, 10, ""}},
		pgSent:   650, flSent: 510,
		load: loadResults{
			floorReady: []float64{100, 110, 90}, pgReady: []float64{150, 160, 140}, pgFirst: []float64{120, 130, 125},
			floorWasmEnd: []float64{1, 2, 3}, pgWasmEnd: []float64{1, 2, 3}, floorTransfer: []float64{510, 510, 510}, pgTransfer: []float64{650, 650, 650},
		},
		pgTyping: typingResult{renders: []float64{1, 2, 3, 9}, laidOut: []float64{1, 2, 3, 9}, bridge: []float64{1, 1, 1, 1}, keys: 4, probeOK: true,
			longTasks: [][2]float64{{5, 61.5}}},
		flTyping: typingResult{renders: []float64{0.1, 0.1, 0.1, 0.1}, laidOut: []float64{0.1, 0.1, 0.1, 0.1}, keys: 4, probeOK: true},
		codec:    ps,
	}
}

func TestReportVerdicts(t *testing.T) {
	r := sampleResults()
	vs := r.verdicts()
	if len(vs) != 5 {
		t.Fatalf("%d verdicts", len(vs))
	}
	// Codec: Simulate/new has no ResultCopy row in sampleBench, so the ratio cannot be judged.
	// First load: 650 bytes against the floor's 510 is 1.27×, over 1.25×.
	want := []outcome{met, met, missed, unmeasured, missed}
	for i, v := range vs {
		if v.outcome != want[i] {
			t.Errorf("%s: %v (%s), want %v", v.target, v.outcome, v.measured, want[i])
		}
	}
	// Load: median first reply 125 over median floor 100.
	if !strings.HasPrefix(vs[1].measured, "1.25×") {
		t.Errorf("load measured %q", vs[1].measured)
	}
	if !strings.HasPrefix(vs[4].measured, "1.275× (650 / 510 bytes), 13 bytes over") {
		t.Errorf("first load measured %q", vs[4].measured)
	}
	// Typing: p95 of four samples is the largest, and the long task counts.
	if !strings.Contains(vs[2].measured, "p95 9.00 ms; 1 long tasks, longest 61.5 ms") {
		t.Errorf("typing measured %q", vs[2].measured)
	}
}

func TestReportUnmeasured(t *testing.T) {
	r := sampleResults()
	r.loadErr = errors.New("no browser")
	r.codecErr = errors.New("go test failed")
	vs := r.verdicts()
	if vs[1].outcome != unmeasured || vs[3].outcome != unmeasured {
		t.Errorf("verdicts %+v", vs)
	}
	text, md := render(r)
	for _, s := range []string{text, md} {
		if !strings.Contains(s, "no browser") || !strings.Contains(s, "NOT MEASURED") {
			t.Errorf("the report hides the failure:\n%s", s)
		}
	}
}

func TestRenderMarkdown(t *testing.T) {
	text, md := render(sampleResults())
	if !strings.HasPrefix(md, "## Performance\n\nMeasured with `make bench` on today: 2 × AMD EPYC") {
		t.Errorf("markdown starts %q", md[:min(len(md), 120)])
	}
	for _, want := range []string{"### Size", "### Load", "### Typing", "### Codec", "### Verdicts", "| wasm, brotli 11 | 100,000 | 105,000 | 1.05× |"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q", want)
		}
	}
	if !strings.Contains(text, "wasm, brotli 11") || strings.Contains(text, "| ---") {
		t.Errorf("text report looks wrong:\n%s", text)
	}
}

func TestValuesAfter(t *testing.T) {
	got := valuesAfter([]string{"C", "V", backspace, "V", "Q"})
	want := []string{"C", "CV", "C", "CV", "CVQ"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("valuesAfter = %q, want %q", got, want)
	}
}

func TestFragmentEscape(t *testing.T) {
	if got := fragmentEscape(seedNewLine); got != "CVQ%202%200x0409%20winnt%205.1%20i386%20MSNMSGR%206.0.0602%20MSMSGS%20example%40hotmail.com" {
		t.Errorf("fragmentEscape = %q", got)
	}
}

// TestLoadTableSplitsPageAndModule checks the note that separates what the page costs from
// what the bigger module costs, from the three compile medians.
func TestLoadTableSplitsPageAndModule(t *testing.T) {
	r := sampleResults()
	r.load.floorCompiled = []float64{80, 90, 85}
	r.load.swapCompiled = []float64{120, 130, 125}
	r.load.pgCompiled = []float64{140, 150, 145}
	tb := r.loadTable()
	var row bool
	for _, cells := range tb.rows {
		if strings.HasPrefix(cells[0], "playground page with the floor's module") && cells[1] == msCell(125) {
			row = true
		}
	}
	if !row {
		t.Errorf("no row for the playground page with the floor's module (median 125): %v", tb.rows)
	}
	want := "compiled and instantiated " + msCell(40) + " ms later in the playground's page than in the floor's page"
	again := "module " + msCell(20) + " ms later again"
	notes := strings.Join(tb.notes, "\n")
	if !strings.Contains(notes, want) || !strings.Contains(notes, again) {
		t.Errorf("notes lack %q and %q:\n%s", want, again, notes)
	}
	// Without those loads, no such row or note.
	r.load.swapCompiled = nil
	if notes := strings.Join(r.loadTable().notes, "\n"); strings.Contains(notes, "later again") {
		t.Errorf("a note about the floor's module in the page without such loads:\n%s", notes)
	}
}

// The codec table shows the result copy beside the Simulate row it belongs to, and
// leaves the cells empty where none ran.
func TestCodecTableResultCopy(t *testing.T) {
	tb := sampleResults().codecTable()
	if n := len(tb.header); n != 9 || tb.header[7] != "result copy ns/op" {
		t.Fatalf("header %v", tb.header)
	}
	rows := map[string][]string{}
	for _, cells := range tb.rows {
		rows[cells[0]] = cells
	}
	if old := rows["Simulate/old"]; old == nil || old[7] != nsCell(700) || old[8] != ratioCell(700, 212.5) {
		t.Errorf("Simulate/old row %v", old)
	}
	if tr := rows["Transcript"]; tr == nil || tr[7] != "" || tr[8] != "" {
		t.Errorf("Transcript row %v", tr)
	}
	// Only the lines with a copy count: 700 of Simulate/old's 1050 ns.
	if notes := strings.Join(tb.notes, "\n"); !strings.Contains(notes, "it takes 67 % of Simulate's time") {
		t.Errorf("notes:\n%s", notes)
	}
}

// TestLoadTableReadyRatio checks the row that bounds the load ratio from below: the
// playground's wasm ready over the floor's ready, from the medians.
func TestLoadTableReadyRatio(t *testing.T) {
	r := sampleResults()
	r.load.floorReady = []float64{190, 200, 210}
	r.load.pgReady = []float64{250, 240, 260}
	r.load.pgFirst = []float64{300, 310, 320}
	var got []string
	for _, cells := range r.loadTable().rows {
		if strings.HasPrefix(cells[0], "ratio ") {
			got = append(got, cells[0]+": "+cells[1])
		}
	}
	want := []string{
		"ratio first reply / floor ready (medians): " + ratioCell(310, 200),
		"ratio wasm ready / floor ready (medians): the least the first reply can be: " + ratioCell(250, 200),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ratio rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
