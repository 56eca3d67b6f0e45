// Command bench is `make bench`: it measures the playground against floors built and
// measured in the same run, and prints one report with ratios and a verdict per budget of
// the performance issue.
//
//   - Size: the playground's module and first load against a floor module (a main that
//     registers one js.FuncOf) built with the same flags and the same wasm-opt setting.
//   - Load: navigation start → wasm ready and → first reply painted, against
//     navigation start → ready for a floor page, over cold loads in headless Chromium.
//   - Typing: input event → rendered for key presses into #request, against a listener
//     that does nothing, and the long tasks seen meanwhile.
//   - Codec: Simulate and CheckTranscript against strings.Fields (go test -bench ./cvq/).
//
// It also lists what the playground links beyond the floor and, with -explain, what the
// main parts cost in brotli bytes. The report goes to standard output and, as Markdown, to
// OUT/bench.md. It exits 0 when every figure was measured, whether or not the budgets were
// met; 1 when something could not be measured; 2 for a bad command line.
//
// Usage:
//
//	go run ./build/bench [-out bench-out] [-wasm-opt auto|on|off] [-loads 7] [-keys 300] [-typings 3] [-explain] [-only size|load|links|paste|typing]
//
// -only size builds the playground and the floor and prints only their sizes (raw, gzip,
// brotli), the ratio, the bytes spare under the cap and what the module links beyond the
// floor (with -explain, what each part costs): the quick check after a change to cvq/ or
// wasm/ (about a minute; no browser, no benchmarks). -only load also does the cold loads and
// prints the sizes, the load table and their verdicts (no typing, hostile links or codec
// benchmarks): the check to repeat while working on the first load. -only links does the
// cold loads (for a plain link's cost over the floor) and the hostile links, and prints their
// table; -only paste pastes the 255 KiB transcript -loads times, each in a fresh tab, and
// prints every run's figures and long tasks: the checks to repeat while working on those.
// -only typing types into both pages (-typings sessions each, alternating) and prints the
// typing table and its verdict: the check to repeat while working on the keystroke.
package main

import (
	"github.com/cvq-playground/cvq-playground/build/wasmtool"

	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http/httptest"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/cvq-playground/cvq-playground/build/chrome"
	"github.com/cvq-playground/cvq-playground/build/distserve"
)

// The seed's "New" request (reference/cvq-seed.txt) and the start of the reply the seed
// gives for it, which the first painted reply must show.
const (
	seedNewLine   = "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	seedNewReply  = "CVQ 2 7.0.0813 7.0.0813 6.2.0205 "
	seedOldLine   = "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS"
	shareFragment = "#v=1&d=MSNP8&p=reference&q="
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "bench-out", "directory for the built pages and bench.md")
	mode := fs.String("wasm-opt", "auto", "auto, on or off, as for go run ./build (applied to the floor too)")
	loads := fs.Int("loads", 7, "cold loads of each page")
	keys := fs.Int("keys", 300, "key presses into #request")
	typings := fs.Int("typings", 3, "typing sessions into each page (a fresh tab each, alternating floor and playground)")
	full := fs.Bool("explain", false, "also build variants of the module to attribute its brotli bytes (about 2 minutes)")
	only := fs.String("only", "", "size: build and weigh the module and the floor only, and print the size verdict;\n"+
		"load: the same and the cold loads, with the load and first-load verdicts;\n"+
		"links: the cold loads and the hostile links; paste: the big paste, -loads times; typing: the typing sessions")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *loads < 1 || *typings < 1 || (*mode != "auto" && *mode != "on" && *mode != "off") || !validOnly(*only) {
		fmt.Fprintln(stderr, "usage: go run ./build/bench [-out dir] [-wasm-opt auto|on|off] [-loads n>0] [-keys n] [-typings n>0] [-explain] [-only size|load|links|paste|typing]")
		return 2
	}
	keyList, final, err := keystrokes(seedNewLine, *keys)
	if err != nil {
		fmt.Fprintf(stderr, "bench: -keys: %v\n", err)
		return 2
	}

	root, err := wasmtool.FindRoot()
	if err != nil {
		fmt.Fprintf(stderr, "bench: %v\n", err)
		return 1
	}
	outDir, err := filepath.Abs(*out)
	if err != nil {
		fmt.Fprintf(stderr, "bench: %v\n", err)
		return 1
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		fmt.Fprintf(stderr, "bench: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	start := time.Now()
	step := func(format string, a ...any) {
		fmt.Fprintf(stderr, "bench [%5.1fs] %s\n", time.Since(start).Seconds(), fmt.Sprintf(format, a...))
	}
	r := &results{machine: describeMachine(), mode: *mode, loads: *loads, keyCount: len(keyList), typings: *typings, exFull: *full}

	// Sizes first: the builds keep both cores busy, so nothing is timed while they run.
	step("building the playground: go run ./build -wasm-opt %s", *mode)
	r.sizeErr = measureSizes(ctx, root, outDir, *mode, r, step)
	step("listing what the playground links beyond the floor (-explain: %v)", *full)
	r.ex, r.exErr = explain(ctx, root, *full)
	if *only == "size" {
		return sizeOnly(r, stdout)
	}

	if r.sizeErr == nil {
		exe, err := chrome.Find()
		if err != nil {
			r.loadErr, r.typingErr, r.hostileErr, r.pasteErr = err, err, err, err
		} else {
			r.machine.loadAvgTiming = loadAvg()
			step("timing in %s (load average now %s)", exe, r.machine.loadAvgTiming)
			measureBrowser(ctx, exe, r, keyList, final, *only, step)
		}
	} else {
		r.loadErr = errors.New("no pages to load (the build failed)")
		r.typingErr = r.loadErr
		r.hostileErr, r.pasteErr = r.loadErr, r.loadErr
	}
	if *only != "" {
		return onlyReport(r, *only, stdout)
	}

	step("codec benchmarks: go %s", strings.Join(codecBenchArgs, " "))
	r.codec, r.codecErr = runCodecBench(ctx, root)
	step("done")
	return report(r, outDir, stdout, stderr)
}

// report prints the report, writes it as Markdown into outDir, and returns
// the exit status: 1 when a figure could not be measured or a file written.
func report(r *results, outDir string, stdout, stderr io.Writer) int {
	text, md := render(r)
	fmt.Fprint(stdout, text)
	mdPath := filepath.Join(outDir, "bench.md")
	if err := os.WriteFile(mdPath, []byte(md), 0o644); err != nil {
		fmt.Fprintf(stderr, "bench: writing %s: %v\n", mdPath, err)
		return 1
	}
	fmt.Fprintf(stdout, "\nThe same report as Markdown: %s\n", mdPath)
	for _, v := range r.verdicts() {
		if v.outcome == unmeasured {
			fmt.Fprintln(stdout, "Some figures could not be measured (see above); exiting with status 1.")
			return 1
		}
	}
	if r.exErr != nil {
		return 1
	}
	return 0
}

// sizeOnly prints the size table and the size verdict, with the cap spelled out, and
// exits 1 when the sizes could not be measured.
func sizeOnly(r *results, stdout io.Writer) int {
	for _, t := range append(r.sizeTables()[:1], r.explainTables()...) {
		fmt.Fprint(stdout, "\n"+t.text())
	}
	v := r.verdicts()[0]
	fmt.Fprintf(stdout, "\n%s: %s; budget %s: %s\n", v.target, v.measured, v.budget, v.outcome)
	if r.sizeErr != nil || r.exErr != nil {
		return 1
	}
	fmt.Fprintln(stdout, sizeCapText(served(r.fl.wasmBr, r.fl.wasm), served(r.pg.wasmBr, r.pg.wasm)))
	return 0
}

// loadOnly prints the size and load tables and their verdicts, and exits 1 when
// something could not be measured.
func loadOnly(r *results, stdout io.Writer) int {
	for _, t := range append(r.sizeTables(), r.loadTable()) {
		fmt.Fprint(stdout, "\n"+t.text())
	}
	status := 0
	for _, v := range r.verdicts() {
		if v.target != sizeTarget && v.target != loadTarget && v.target != firstLoadTarget {
			continue
		}
		fmt.Fprintf(stdout, "\n%s: %s; budget %s: %s", v.target, v.measured, v.budget, v.outcome)
		if v.outcome == unmeasured {
			status = 1
		}
	}
	fmt.Fprintln(stdout)
	return status
}

// typingOnly prints the typing table and its verdict, and exits 1 when the typing
// could not be measured.
func typingOnly(r *results, stdout io.Writer) int {
	fmt.Fprintf(stdout, "\nload average before the browser timings: %s\n", r.machine.loadAvgTiming)
	fmt.Fprint(stdout, "\n"+r.typingTable().text())
	for _, v := range r.verdicts() {
		if v.target == typingTarget {
			fmt.Fprintf(stdout, "\n%s: %s; budget %s: %s\n", v.target, v.measured, v.budget, v.outcome)
			if v.outcome == unmeasured {
				return 1
			}
		}
	}
	return 0
}

// sizeCapText spells out the cap and what it leaves: how much the module may still grow,
// or how much it must shrink to have sizeSpareBudget bytes spare.
func sizeCapText(floorBr, playgroundBr int) string {
	c := sizeCap(floorBr)
	room := c - playgroundBr - sizeSpareBudget
	s := fmt.Sprintf("cap = %.2f × %s = %s bytes (brotli); ", sizeBudget, bytesCell(floorBr), bytesCell(c))
	if room >= 0 {
		return s + fmt.Sprintf("the module may grow by %s bytes and keep %s spare.", bytesCell(room), bytesCell(sizeSpareBudget))
	}
	return s + fmt.Sprintf("the module must shrink by %s bytes to keep %s spare.", bytesCell(-room), bytesCell(sizeSpareBudget))
}

// render returns the report as terminal text and as Markdown.
func render(r *results) (string, string) {
	var text, md strings.Builder
	text.WriteString("\n" + r.header() + "\n")
	md.WriteString("## Performance\n\n" + r.header() + "\n\n")
	for _, t := range r.tables() {
		text.WriteString("\n" + t.text())
		md.WriteString(t.markdown() + "\n")
	}
	return text.String(), md.String()
}

// measureSizes builds both pages and weighs them.
func measureSizes(ctx context.Context, root, outDir, mode string, r *results, step func(string, ...any)) error {
	pg, err := buildPlayground(ctx, root, filepath.Join(outDir, "playground"), mode)
	if err != nil {
		return err
	}
	r.pg = pg
	if err := checkFlags(ctx, root, pg.optNote); err != nil {
		return err
	}
	execName := ""
	for _, ref := range pg.refs {
		if strings.HasPrefix(ref, "wasm_exec-") && strings.HasSuffix(ref, ".js") {
			execName = ref
		}
	}
	if execName == "" {
		return errors.New("the playground's index.html loads no wasm_exec-*.js")
	}
	execJS, err := os.ReadFile(filepath.Join(pg.dir, execName))
	if err != nil {
		return err
	}
	step("building the floor: go build ./build/bench/floor, wasm-opt %s", mode)
	fl, err := buildFloor(ctx, root, filepath.Join(outDir, "floor"), mode, execName, execJS)
	if err != nil {
		return err
	}
	r.fl = fl
	if r.pgFiles, r.pgSent, err = firstLoad(pg); err != nil {
		return fmt.Errorf("playground: %v", err)
	}
	if r.flFiles, r.flSent, err = firstLoad(fl); err != nil {
		return fmt.Errorf("floor: %v", err)
	}
	return nil
}

// validOnly reports whether s is a value -only takes ("" for everything).
func validOnly(s string) bool {
	switch s {
	case "", "size", "load", "links", "paste", "typing":
		return true
	}
	return false
}

// measureBrowser does the cold loads and the typing, one page at a time; with only
// "load", only the cold loads and the share-link check; "links", those and the hostile
// links; "paste", only the big paste, r.loads times; "typing", only the typing.
func measureBrowser(ctx context.Context, exe string, r *results, keys []string, final string, only string, step func(string, ...any)) {
	profile, err := os.MkdirTemp("", "cvq-bench-chromium-")
	if err != nil {
		r.loadErr, r.typingErr, r.hostileErr, r.pasteErr = err, err, err, err
		return
	}
	defer os.RemoveAll(profile)
	br, err := startChromium(ctx, exe, profile)
	if err != nil {
		r.loadErr, r.typingErr, r.hostileErr, r.pasteErr = err, err, err, err
		return
	}
	defer br.cancel()
	r.machine.chromium = br.version

	pgSrv := httptest.NewServer(distserve.Handler(r.pg.dir))
	defer pgSrv.Close()
	flSrv := httptest.NewServer(distserve.Handler(r.fl.dir))
	defer flSrv.Close()
	pgURL := pgSrv.URL + "/" + shareFragment + fragmentEscape(seedNewLine)
	flURL := flSrv.URL + "/"
	swapDir, err := withFloorModule(r.pg, r.fl, filepath.Join(filepath.Dir(r.pg.dir), "playground-floor-module"))
	if err != nil {
		r.loadErr, r.typingErr, r.hostileErr, r.pasteErr = err, err, err, err
		return
	}
	swSrv := httptest.NewServer(distserve.Handler(swapDir))
	defer swSrv.Close()
	swURL := swSrv.URL + "/" + shareFragment + fragmentEscape(seedNewLine)
	pgMarks := []string{"cvq-ready", "cvq-first-reply"}
	flMarks := []string{"floor-ready"}

	if only == "paste" {
		r.pastes, r.pasteErr = br.pasteRuns(pgSrv.URL, r.loads, step)
		return
	}
	if only != "typing" {
		step("%d cold loads of each page, alternating (floor, playground, playground page with the floor's module)", r.loads)
		r.loadErr = coldLoads(br, r, flURL, pgURL, swURL, pgMarks)

		step("checking the share link's first reply")
		r.fragmentNote, err = checkFragment(br, pgSrv.URL, pgMarks)
		if err != nil && r.loadErr == nil {
			r.loadErr = err
		}
	}
	if only == "load" {
		return
	}
	if only == "links" {
		step("hostile links: %d cold loads each, alternating with the floor page", hostileLoads)
		r.hostile, r.hostileErr = br.measureHostile(pgSrv.URL, flSrv.URL)
		return
	}

	step("typing %d keys into each page, %d sessions each", len(keys), r.typings)
	r.typingErr = typeSessions(br, r, flURL, pgURL, flMarks, pgMarks, keys, final)
	if only == "typing" {
		return
	}

	step("hostile links: %d cold loads each, alternating with the floor page", hostileLoads)
	r.hostile, r.hostileErr = br.measureHostile(pgSrv.URL, flSrv.URL)
	step("pasting a 255 KiB transcript")
	r.paste, r.pasteErr = br.measureBigPaste(pgSrv.URL)
}

// coldLoads loads the floor page, the playground and the playground's page
// with the floor's module r.loads times each, alternating, and records their
// marks in r.load.
func coldLoads(br *chromium, r *results, flURL, pgURL, swURL string, pgMarks []string) error {
	for i := 0; i < r.loads; i++ {
		f, flLong, err := br.floorLoad(flURL)
		if err != nil {
			return fmt.Errorf("floor page, load %d: %v", i+1, err)
		}
		p, pgLong, err := br.coldLoad(pgURL, pgMarks...)
		if err != nil {
			return fmt.Errorf("playground, load %d: %v", i+1, err)
		}
		// The floor's module in the playground's page never reports ready (it has no
		// bridge); only its compile mark is waited for.
		sw, _, err := br.coldLoad(swURL, "cvq-compiled")
		if err != nil {
			return fmt.Errorf("playground page with the floor's module, load %d: %v", i+1, err)
		}
		l := &r.load
		l.swapCompiled = append(l.swapCompiled, sw["cvq-compiled"])
		l.floorLong = append(l.floorLong, flLong...)
		l.pgLong = append(l.pgLong, pgLong...)
		l.floorReady = append(l.floorReady, f["floor-ready"])
		l.floorPainted = append(l.floorPainted, f[floorPaintedMark])
		l.floorWasmEnd = append(l.floorWasmEnd, f["wasm-response-end"])
		l.floorTransfer = append(l.floorTransfer, f["transfer"])
		l.pgReady = append(l.pgReady, p["cvq-ready"])
		l.pgFirst = append(l.pgFirst, p["cvq-first-reply"])
		l.pgWasmEnd = append(l.pgWasmEnd, p["wasm-response-end"])
		l.pgTransfer = append(l.pgTransfer, p["transfer"])
		if v, ok := f["floor-compiled"]; ok {
			l.floorCompiled = append(l.floorCompiled, v)
		}
		if v, ok := p["cvq-compiled"]; ok {
			l.pgCompiled = append(l.pgCompiled, v)
		}
	}
	return nil
}

// checkFragment loads the playground with the seed's line in a share link and checks that
// the first reply is the seed's, then with a different line to learn whether the page
// reads the fragment at all: its default request is the same seed line, so the first
// check alone cannot tell.
func checkFragment(br *chromium, base string, marks []string) (string, error) {
	read := func(line string) (req, reply string, err error) {
		ctx, done, err := br.tab("")
		if err != nil {
			return "", "", err
		}
		defer done()
		if _, err := navigateAndWait(ctx, base+"/"+shareFragment+fragmentEscape(line), marks); err != nil {
			return "", "", err
		}
		v, err := evalStrings(ctx, `[document.getElementById("request").value, document.getElementById("reply").textContent]`)
		if err != nil || len(v) != 2 {
			return "", "", fmt.Errorf("reading #request and #reply: %v", err)
		}
		return v[0], v[1], nil
	}
	_, reply, err := read(seedNewLine)
	if err != nil {
		return "", err
	}
	if !strings.HasPrefix(reply, seedNewReply) {
		return "", fmt.Errorf("the first reply painted is %q, not the seed's %q…", reply, seedNewReply)
	}
	req, _, err := read(seedOldLine)
	if err != nil {
		return "", err
	}
	if req == seedOldLine {
		return "First reply: the page opens with the seed's \"New\" line from a share-link fragment and paints the seed's reply.", nil
	}
	return "First reply: the page does not read share-link fragments yet, so it painted the reply to its default request, which is the same seed \"New\" line.", nil
}

// fragmentEscape percent-encodes a request for a share link (spaces as %20, not +).
func fragmentEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}
