package main

import (
	"fmt"
	"strings"
)

// results holds everything one run measured, and why a part could not be measured.
type results struct {
	// What the run was: the machine, and the flags it was given.
	machine  machine
	mode     string // -wasm-opt
	loads    int    // -loads: cold loads of each page
	keyCount int    // -keys: key presses into each page
	typings  int    // -typings: typing sessions into each page

	// Sizes. "pg" is always the playground and "fl" its floor (build/bench/floor),
	// here and in every field below.
	pg, fl           site         // the built sites
	pgFiles, flFiles []servedFile // each file a first load downloads, as served
	pgSent, flSent   int          // bytes a first load downloads, served as to a browser accepting brotli
	sizeErr          error

	// Cold loads in Chromium, and the share-link check made with them.
	load         loadResults
	loadErr      error
	fragmentNote string

	// Typing keyCount keys into #request (the playground) and the floor's input, typings
	// times each: every session's events pooled, and each session's own p95 with style
	// and layout (the first pass of a session is where the page changes shape most).
	pgTyping, flTyping typingResult
	pgRunP95, flRunP95 []float64
	typingErr          error

	// The codec's Go benchmarks, each beside its floor.
	codec    []codecPair
	codecErr error

	hostile    []hostileResult // hostile links, in hostileLinks' order
	hostileErr error
	paste      pasteResult   // the 256 KiB transcript
	pastes     []pasteResult // -only paste: one per run
	pasteErr   error

	// What the module links beyond the floor ("ex" for explain); exFull is
	// -explain, which also builds variants to attribute the brotli bytes.
	ex     explainResult
	exErr  error
	exFull bool
}

// loadResults are the per-load figures, one entry per cold load.
type loadResults struct {
	floorReady, pgReady, pgFirst []float64
	floorPainted                 []float64 // the floor page ready, then a frame painted
	floorCompiled, pgCompiled    []float64 // empty when the page sets no such mark
	// swapCompiled: the playground's page with the floor's module, to cvq-compiled.
	swapCompiled              []float64
	floorWasmEnd, pgWasmEnd   []float64
	floorTransfer, pgTransfer []float64
	floorLong, pgLong         [][2]float64 // long tasks (start, duration) over all loads
}

// verdicts judges every target; a part that failed to measure is "NOT MEASURED".
func (r *results) verdicts() []verdict {
	var vs []verdict
	if r.sizeErr != nil {
		vs = append(vs, notMeasured(sizeTarget, sizeBudgetText, r.sizeErr))
	} else {
		vs = append(vs, sizeVerdict(served(r.fl.wasmBr, r.fl.wasm), served(r.pg.wasmBr, r.pg.wasm)))
	}
	if r.loadErr != nil {
		vs = append(vs, notMeasured(loadTarget, loadBudgetText, r.loadErr))
	} else {
		first, err1 := summarize(r.load.pgFirst)
		floor, err2 := summarize(r.load.floorReady)
		if err1 != nil || err2 != nil {
			vs = append(vs, notMeasured(loadTarget, loadBudgetText, fmt.Errorf("no loads")))
		} else {
			vs = append(vs, loadVerdict(first.median, floor.median))
		}
	}
	// DESIGN.md's typing budget counts the style and layout the browser does before
	// painting, so the verdict reads the forced-layout row, not the page's own record.
	if r.typingErr != nil {
		vs = append(vs, notMeasured(typingTarget, typingBudgetText, r.typingErr))
	} else if s, err := summarize(r.pgTyping.laidOut); err != nil {
		vs = append(vs, notMeasured(typingTarget, typingBudgetText, err))
	} else {
		n, longest := r.pgTyping.longest()
		vs = append(vs, typingVerdict(s.p95, n, longest))
	}
	if r.codecErr != nil {
		vs = append(vs, notMeasured(codecTarget, codecBudgetText, r.codecErr))
	} else {
		vs = append(vs, codecVerdict(r.codec))
	}
	if r.sizeErr != nil {
		vs = append(vs, notMeasured(firstLoadTarget, firstLoadBudgetText, r.sizeErr))
	} else {
		vs = append(vs, firstLoadVerdict(r.flSent, r.pgSent))
	}
	return vs
}

// served is the size a brotli-accepting browser downloads: the .br form when there is one.
func served(br, raw []byte) int {
	if br != nil {
		return len(br)
	}
	return len(raw)
}

func gzSize(gz, raw []byte) int {
	if gz != nil {
		return len(gz)
	}
	return len(raw)
}

// header is the paragraph above the tables: what ran, where, and how busy the machine was.
func (r *results) header() string {
	m := r.machine
	h := fmt.Sprintf("Measured with `make bench` on %s: %d × %s, %s, %s, wasm-opt %s (%s); load average %s at the start",
		m.date, m.cpus, m.cpuModel, m.goVer, orUnknown(m.chromium, "Chromium (not started)"), r.mode, m.wasmOpt, m.loadAvg)
	if m.loadAvgTiming != "" {
		h += ", " + m.loadAvgTiming + " before the browser timings"
	}
	return h + "."
}

func orUnknown(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// tables builds the report's tables in order.
func (r *results) tables() []table {
	var ts []table
	ts = append(ts, r.sizeTables()...)
	ts = append(ts, r.loadTable(), r.typingTable(), r.hostileTable(), r.codecTable())
	vt := table{title: "Verdicts", header: []string{"target", "budget", "measured", "verdict"}}
	for _, v := range r.verdicts() {
		vt.rows = append(vt.rows, v.row())
	}
	vt.notes = []string{"A missed target is reported, not failed: `make bench` exits non-zero only when it could not measure."}
	ts = append(ts, vt)
	ts = append(ts, r.explainTables()...)
	return ts
}

// errTable stands in for a section that could not be measured; the reason goes in a note,
// where a long message cannot stretch a column.
func errTable(title string, err error) table {
	return table{title: title, header: []string{"NOT MEASURED"}, notes: []string{"Could not measure: " + oneLine(err.Error())}}
}

// oneLine folds an error message that spans lines (tool output) into one.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (r *results) sizeTables() []table {
	const title = "Size: the playground's module and first load against the floor"
	if r.sizeErr != nil {
		return []table{errTable(title, r.sizeErr)}
	}
	t := table{title: title, header: []string{"bytes", "floor", "playground", "ratio"}}
	add := func(label string, f, p int) {
		t.rows = append(t.rows, []string{label, bytesCell(f), bytesCell(p), ratioCell(float64(p), float64(f))})
	}
	add("wasm, raw", len(r.fl.wasm), len(r.pg.wasm))
	add("wasm, gzip -9", gzSize(r.fl.wasmGz, r.fl.wasm), gzSize(r.pg.wasmGz, r.pg.wasm))
	add("wasm, brotli 11", served(r.fl.wasmBr, r.fl.wasm), served(r.pg.wasmBr, r.pg.wasm))
	add(fmt.Sprintf("first load as served (br; %d and %d files)", len(r.flFiles), len(r.pgFiles)), r.flSent, r.pgSent)
	t.notes = []string{
		"Floor: a main that registers one js.FuncOf and blocks (build/bench/floor), built with the playground's go build flags (" +
			strings.Join(goBuildFlags, " ") + ") and wasm-opt rule, served with Go's wasm_exec.js and a loader of a dozen statements (build/bench/floorpage) under the same CSP.",
		"wasm-opt, playground: " + r.pg.optNote,
		"wasm-opt, floor: " + r.fl.optNote,
	}
	files := table{title: "First load, file by file (what distserve sends to a browser accepting br)",
		header: []string{"page / file", "raw", "sent", "encoding"}}
	for _, group := range []struct {
		page  string
		files []servedFile
	}{{"floor", r.flFiles}, {"playground", r.pgFiles}} {
		for _, f := range group.files {
			enc := f.encoding
			if enc == "" {
				enc = "identity"
			}
			files.rows = append(files.rows, []string{group.page + ": " + f.name, bytesCell(f.raw), bytesCell(f.sent), enc})
		}
	}
	return []table{t, files}
}

func (r *results) loadTable() table {
	title := fmt.Sprintf("Load: ms from navigation start, %d cold loads each (new browser context, cache disabled)", r.loads)
	if r.loadErr != nil {
		return errTable(title, r.loadErr)
	}
	t := table{title: title, header: []string{"milestone", "median", "min", "max"}}
	medians := map[string]float64{}
	add := func(label string, xs []float64) {
		s, err := summarize(xs)
		if err != nil {
			t.rows = append(t.rows, []string{label, "n/a", "n/a", "n/a"})
			return
		}
		medians[label] = s.median
		t.rows = append(t.rows, []string{label, msCell(s.median), msCell(s.min), msCell(s.max)})
	}
	add("floor: module downloaded", r.load.floorWasmEnd)
	if len(r.load.floorCompiled) > 0 {
		add("floor: compiled and instantiated", r.load.floorCompiled)
	}
	add("floor: ready", r.load.floorReady)
	if len(r.load.floorPainted) > 0 {
		add("floor: ready, then a frame painted", r.load.floorPainted)
	}
	add("playground: module downloaded", r.load.pgWasmEnd)
	if len(r.load.pgCompiled) > 0 {
		add("playground: compiled and instantiated (cvq-compiled)", r.load.pgCompiled)
	}
	const swapLabel = "playground page with the floor's module: compiled and instantiated"
	if len(r.load.swapCompiled) > 0 {
		add(swapLabel, r.load.swapCompiled)
	}
	add("playground: wasm ready (cvq-ready)", r.load.pgReady)
	add("playground: first reply painted (cvq-first-reply)", r.load.pgFirst)
	t.rows = append(t.rows, []string{"ratio first reply / floor ready (medians)",
		ratioCell(medians["playground: first reply painted (cvq-first-reply)"], medians["floor: ready"]), "", ""})
	// No page can paint a reply before its module is ready: this ratio is the
	// floor under the one above that page work cannot go below.
	t.rows = append(t.rows, []string{"ratio wasm ready / floor ready (medians): the least the first reply can be",
		ratioCell(medians["playground: wasm ready (cvq-ready)"], medians["floor: ready"]), "", ""})
	fs, _ := summarize(r.load.floorTransfer)
	ps, _ := summarize(r.load.pgTransfer)
	fn, fl := longTasks(r.load.floorLong)
	pn, pl := longTasks(r.load.pgLong)
	t.notes = []string{
		"Loads alternate floor, playground, playground page with the floor's module, floor, … so drift in the machine's load hits them alike. Served from 127.0.0.1 by build/distserve with precompressed brotli.",
		fmt.Sprintf("Bytes the browser reported receiving (Resource Timing encodedBodySize, median): floor %s, playground %s.", bytesCell(int(fs.median)), bytesCell(int(ps.median))),
		fmt.Sprintf("Long tasks (over 50 ms) up to the last mark, all loads together: floor %d%s, playground %d%s.", fn, longestText(fn, fl), pn, longestText(pn, pl)),
	}
	if sw, ok := medians[swapLabel]; ok {
		fc, pc := medians["floor: compiled and instantiated"], medians["playground: compiled and instantiated (cvq-compiled)"]
		t.notes = append(t.notes, fmt.Sprintf("The floor's module is compiled and instantiated %s ms later in the playground's page than in the floor's page "+
			"(the page's own HTML, CSS and script share the processor with the compile), and the playground's module %s ms later again than the floor's in the same page.",
			msCell(sw-fc), msCell(pc-sw)))
	}
	if r.fragmentNote != "" {
		t.notes = append(t.notes, r.fragmentNote)
	}
	return t
}

func (r *results) typingTable() table {
	title := fmt.Sprintf("Typing: %d key presses into #request (the seed's \"New\" line, then corrections), %s, ms from input event to rendered",
		r.keyCount, plural(r.typings, "session", "sessions pooled"))
	if r.typingErr != nil {
		return errTable(title, r.typingErr)
	}
	t := table{title: title, header: []string{"handler", "events", "p50", "p95", "p99", "max"}}
	add := func(label string, xs []float64) {
		s, err := summarize(xs)
		if err != nil {
			t.rows = append(t.rows, []string{label, "0", "n/a", "n/a", "n/a", "n/a"})
			return
		}
		t.rows = append(t.rows, []string{label, fmt.Sprint(s.n), msCell(s.p50), msCell(s.p95), msCell(s.p99), msCell(s.max)})
	}
	add("floor: listener that does nothing", r.flTyping.renders)
	add("playground: simulate + render (page's record)", r.pgTyping.renders)
	add("floor: + forced style and layout", r.flTyping.laidOut)
	add("playground: + forced style and layout", r.pgTyping.laidOut)
	add("playground: cvq.simulate alone, same requests", r.pgTyping.bridge)
	add("playground: details drawn and laid out (page's record)", r.pgTyping.details)
	pn, pl := r.pgTyping.longest()
	fn, fl := r.flTyping.longest()
	t.notes = []string{
		fmt.Sprintf("Long tasks (over 50 ms) while typing: playground %d%s, floor %d%s.", pn, longestText(pn, pl), fn, longestText(fn, fl)),
		"p95 with forced style and layout, session by session: playground " + msList(r.pgRunP95) + "; floor " + msList(r.flRunP95) + ".",
		"The page's record (window.cvqPage.renders) runs after the playground's own input listener, which simulates and updates the DOM synchronously; the forced-layout rows add the style and layout the browser would do before painting. The last row calls globalThis.cvq.simulate on the same sequence of requests after typing, one call per task, without rendering: the simulator plus handing its result to JavaScript, so the rest of a keystroke is the page's rendering.",
		"A keystroke draws the line, the reply and the outcome; the details (the dialect's shape, the field strips, the cards, the diagnostics, the caret's card, the lesson's goal, the views) follow in one task after the frame that shows them, once for however many keys arrived meanwhile (while keys keep coming, at the first 50 ms pause, or after 250 ms at most), and are laid out there. The details row is the page's record (window.cvqPage.details) of each input event → that task done, style and layout included.",
	}
	if !r.pgTyping.probeOK {
		t.notes = append(t.notes, "The Long Tasks API was not available in this browser: long tasks were not observed.")
	}
	if len(r.pgTyping.details) != r.pgTyping.keys {
		t.notes = append(t.notes, fmt.Sprintf("The playground recorded details for %d input events of %d key presses.", len(r.pgTyping.details), r.pgTyping.keys))
	}
	if len(r.pgTyping.renders) != r.pgTyping.keys {
		t.notes = append(t.notes, fmt.Sprintf("The playground recorded %d input events for %d key presses.", len(r.pgTyping.renders), r.pgTyping.keys))
	}
	return t
}

// msList writes each figure as msCell does, comma-separated.
func msList(xs []float64) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = msCell(x)
	}
	return strings.Join(out, ", ")
}

// plural writes "1 session" or "n sessions pooled".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// longTasks counts long tasks and finds the longest.
func longTasks(ts [][2]float64) (int, float64) {
	m := 0.0
	for _, t := range ts {
		m = max(m, t[1])
	}
	return len(ts), m
}

func longestText(n int, ms float64) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (longest %s ms)", msCell(ms))
}

func (r *results) codecTable() table {
	title := fmt.Sprintf("Codec: `go %s`, %d runs, median ns/op", strings.Join(codecBenchArgs, " "), codecRuns)
	if r.codecErr != nil {
		return errTable(title, r.codecErr)
	}
	t := table{title: title, header: []string{"benchmark", "ns/op", "allocs/op", "floor", "floor ns/op", "floor allocs/op", "time ratio",
		"result copy ns/op", "copy / floor"}}
	var sim, fields, copies, copied float64
	for _, p := range r.codec {
		copyNs, copyRatio := "", ""
		if p.resultCopy.nsPerOp >= 0 {
			copyNs, copyRatio = nsCell(p.resultCopy.nsPerOp), ratioCell(p.resultCopy.nsPerOp, p.floor.nsPerOp)
			copies += p.resultCopy.nsPerOp
			copied += p.work.nsPerOp
		}
		t.rows = append(t.rows, []string{p.name, nsCell(p.work.nsPerOp), allocCell(p.work.allocsPerOp),
			p.floor.name, nsCell(p.floor.nsPerOp), allocCell(p.floor.allocsPerOp), ratioCell(p.work.nsPerOp, p.floor.nsPerOp),
			copyNs, copyRatio})
		if p.isSimulation {
			sim += p.work.nsPerOp
			fields += p.floor.nsPerOp
		}
	}
	t.notes = []string{
		"Floors: strings.Fields on the same line (FloorFields), and strings.Split plus strings.Fields over the same capture (FloorTranscript).",
		fmt.Sprintf("All seed lines together, Simulate takes %s the time of strings.Fields (for scale only: that budget is retired); the verdict holds every line to %g× its result copy.", ratioCell(sim, fields), simulateRatioBudget),
	}
	if copies > 0 {
		t.notes = append(t.notes, fmt.Sprintf("Result copy (ResultCopy): cloning the result Simulate returns for the line, its three slices and its reply, "+
			"with nothing decided; no Simulate that returns this Result can take less. All seed lines together it takes %s of Simulate's time.",
			percentCell(copies, copied)))
	}
	return t
}

// percentCell writes part/whole as a whole percentage.
func percentCell(part, whole float64) string {
	if whole <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f %%", 100*part/whole)
}

func allocCell(a float64) string {
	if a < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f", a)
}

func (r *results) explainTables() []table {
	const title = "What the playground links beyond the floor"
	if r.exErr != nil {
		return []table{errTable(title, r.exErr)}
	}
	ex := r.ex
	code := table{title: title + ": code bytes per package (a build without -s, for the names)",
		header: []string{"package", "playground", "floor", "added"}}
	var pgTotal, flTotal int
	for i, p := range ex.pkgCode {
		pgTotal += p.playground
		flTotal += p.floor
		if i < 15 {
			code.rows = append(code.rows, []string{p.pkg, bytesCell(p.playground), bytesCell(p.floor), signedBytes(p.playground - p.floor)})
		}
	}
	code.rows = append(code.rows,
		[]string{"all code", bytesCell(pgTotal), bytesCell(flTotal), signedBytes(pgTotal - flTotal)},
		[]string{"data section", bytesCell(ex.pgLayout.sections["data"]), bytesCell(ex.flLayout.sections["data"]),
			signedBytes(ex.pgLayout.sections["data"] - ex.flLayout.sections["data"])})
	code.notes = []string{
		fmt.Sprintf("Packages linked beyond the floor (%d): %s.", len(ex.extraPkgs), strings.Join(ex.extraPkgs, ", ")),
		"main is the bridge (wasm/) in the playground and build/bench/floor in the floor; type_ is the linker's type equality and hash functions.",
	}
	funcs := table{title: "Largest functions of the playground's module", header: []string{"function", "bytes"}}
	for _, f := range ex.topFuncs {
		funcs.rows = append(funcs.rows, []string{f.name, bytesCell(f.size)})
	}
	ts := []table{code, funcs}
	if !r.exFull {
		code.notes = append(code.notes, "Run `go run ./build/bench -explain` (or `make bench BENCHFLAGS=-explain`) for the brotli cost of each part.")
		ts[0] = code
		return ts
	}
	ts = append(ts, attributionTable(ex.variants))
	return ts
}

// attributionTable turns the variant builds into the brotli cost of each part. The parts
// overlap (both tables share the code that searches them), so each cost is what removing
// that part alone saves, and "the rest" is what remains once both are gone.
func attributionTable(vs []variantSize) table {
	t := table{title: "Brotli bytes by part (variant builds without wasm-opt; the checkout is not changed)",
		header: []string{"build", "raw", "brotli", "brotli cost of the part"}}
	if len(vs) != 5 {
		return t
	}
	base, none, floor := vs[0], vs[3], vs[4]
	t.rows = append(t.rows, []string{base.label, bytesCell(base.raw), bytesCell(base.brotli), ""})
	for _, v := range vs[1:4] {
		t.rows = append(t.rows, []string{v.label, bytesCell(v.raw), bytesCell(v.brotli), bytesCell(base.brotli - v.brotli)})
	}
	t.rows = append(t.rows,
		[]string{floor.label, bytesCell(floor.raw), bytesCell(floor.brotli), ""},
		[]string{"the rest of cvq and the bridge (without both tables − floor)", "", "", bytesCell(none.brotli - floor.brotli)},
	)
	t.notes = []string{"A table is emptied through go build -overlay (cvq/catalog_lcid.go's languageIDs, cvq/catalog_releases.go's releases); the code that uses it stays."}
	return t
}
