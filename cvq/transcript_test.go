package cvq

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/internal/vectors"
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

// A paste of prose reports its first skipped lines one by one and counts
// the rest in one diagnostic located at the first line it covers, instead
// of one diagnostic per line (256 KiB of "x" lines made 131,072 of them).
func TestSkippedLineDiagnosticsAreBounded(t *testing.T) {
	const n = 256 << 10 / 2
	text := strings.Repeat("x\n", n)
	tr := CheckTranscript(text, MSNP8, nil)
	if len(tr.Diagnostics) != maxSkippedDiagnostics+1 {
		t.Fatalf("%d diagnostics, want %d", len(tr.Diagnostics), maxSkippedDiagnostics+1)
	}
	for i, d := range tr.Diagnostics[:maxSkippedDiagnostics] {
		if d.Code != "prose" || d.Line != i+1 {
			t.Errorf("diagnostic %d: %+v", i, d)
		}
	}
	sum := tr.Diagnostics[maxSkippedDiagnostics]
	if sum.Code != "skipped-more" || sum.Line != maxSkippedDiagnostics+1 || sum.Severity != Note ||
		sum.Start != 0 || sum.End != 1 {
		t.Errorf("summary: %+v", sum)
	}
	want := "From here to line 131072, 131022 more lines are skipped as prose"
	if !strings.HasPrefix(sum.Text, want) {
		t.Errorf("summary text %q, want it to start with %q", sum.Text, want)
	}

	// Orphan continuations count too, and a summary that covers one is a
	// warning like them; protocol lines are still found after the bound.
	text = strings.Repeat("x\n", maxSkippedDiagnostics) + "x\n.. a\n" + "C: VER 1 MSNP8 CVR0\ny\n"
	lines, diags := ParseTranscript(text)
	if len(lines) != 1 || lines[0].Line != maxSkippedDiagnostics+3 {
		t.Errorf("lines %+v", lines)
	}
	if len(diags) != maxSkippedDiagnostics+1 {
		t.Fatalf("%d diagnostics, want %d", len(diags), maxSkippedDiagnostics+1)
	}
	sum = diags[maxSkippedDiagnostics]
	if sum.Code != "skipped-more" || sum.Line != maxSkippedDiagnostics+1 || sum.Severity != Warning ||
		!strings.HasPrefix(sum.Text, "From here to line 54, 3 more lines are skipped") {
		t.Errorf("summary: %+v", sum)
	}

	// Exactly the bound: no summary.
	_, diags = ParseTranscript(strings.Repeat("x\n", maxSkippedDiagnostics))
	if len(diags) != maxSkippedDiagnostics || diags[len(diags)-1].Code != "prose" {
		t.Errorf("%d diagnostics at the bound, last %+v", len(diags), diags[len(diags)-1])
	}
	_, diags = ParseTranscript(strings.Repeat("x\n", maxSkippedDiagnostics+1))
	if sum := diags[len(diags)-1]; sum.Code != "skipped-more" || !strings.HasPrefix(sum.Text, "From here to line 51, 1 more line is skipped") {
		t.Errorf("one over the bound: %+v", sum)
	}
}

// A VER reply matches in another order only when it lists the same
// dialects the same number of times.
func TestSameSetIsAMultiset(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"VER 1 MSNP8 CVR0", "VER 1 CVR0 MSNP8", true},
		{"VER 1 MSNP8 CVR0", "VER 1 MSNP8 CVR0", true},
		{"VER 1 MSNP9 MSNP8 CVR0", "VER 1 CVR0 MSNP9 MSNP8", true},
		{"VER 1 MSNP8 MSNP8 CVR0", "VER 1 CVR0 MSNP8 MSNP8", true},
		{"VER 1 MSNP8 MSNP8 CVR0", "VER 1 MSNP8 CVR0 CVR0", false},
		{"VER 1 MSNP8 CVR0 CVR0", "VER 1 MSNP8 MSNP8 CVR0", false},
		{"VER 1 MSNP8 CVR0", "VER 1 MSNP8 MSNP8", false},
		{"VER 1 MSNP8 CVR0", "VER 1 MSNP8 CVR0 CVR0", false},
		{"VER 1 MSNP8 CVR0", "VER 2 CVR0 MSNP8", false},
		{"VER 1 MSNP8", "VER 1 MSNP9", false},
		{"CVQ 1 MSNP8 CVR0", "CVQ 1 CVR0 MSNP8", false},
	} {
		if got := sameSet(tc.a, tc.b); got != tc.want {
			t.Errorf("sameSet(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}

	// The scan counts by rescanning, so a pasted line longer than any real
	// reply is not compared at all: a 100,000-dialect line would otherwise
	// take 10^10 comparisons. The longest that is compared still works.
	long := "VER 1" + strings.Repeat(" MSNP8", maxReorderedDialects-1) + " CVR0"
	if !sameSet(long, "VER 1 CVR0"+strings.Repeat(" MSNP8", maxReorderedDialects-1)) {
		t.Errorf("a reordered reply of %d dialects is not recognised", maxReorderedDialects)
	}
	huge := "VER 1" + strings.Repeat(" MSNP8", 100_000)
	if sameSet(huge, huge) {
		t.Error("a 100,000-dialect line was compared")
	}

	// In a transcript, against a profile that echoes the client's list.
	p, _ := LookupProfile("microsoft@2003-01")
	for _, tc := range []struct {
		observed string
		status   CheckStatus
	}{
		{"VER 1 MSNP8 CVR0 MSNP8", CheckMatch},
		{"VER 1 MSNP8 CVR0 CVR0", CheckDiffer},
	} {
		tr := CheckTranscript("C: VER 1 MSNP8 MSNP8 CVR0\nS: "+tc.observed+"\n", MSNP8, p)
		if len(tr.Steps) != 1 || len(tr.Steps[0].Checks) != 1 {
			t.Fatalf("%q: steps %+v", tc.observed, tr.Steps)
		}
		c := tr.Steps[0].Checks[0]
		if c.Expected != "VER 1 MSNP8 MSNP8 CVR0" || c.Status != tc.status {
			t.Errorf("%q: expected %q, status %v, note %q", tc.observed, c.Expected, c.Status, c.Note)
		}
		if tc.status == CheckDiffer && len(c.Diffs) == 0 {
			t.Errorf("%q: no field differences", tc.observed)
		}
	}
}

// A transcript that goes on after the connection closed, or restarts its
// TrIDs at a VER, holds several connections: the seed's six exchanges pasted
// whole (the first two close the connection) check all six server lines,
// and so does a VER that is refused and then retried. A genuine second VER
// on one connection still gets 715.
func TestTranscriptNewConnections(t *testing.T) {
	var seed []string
	for _, rec := range loadVectors(t, "seed.txt").Records {
		seed = append(seed, rec.Text())
	}
	for _, tc := range []struct {
		name, text string
		servers    int
		newConns   []int // paste lines with a new-connection note
	}{
		{"seed examples", strings.Join(seed, "\n"), 6, []int{5, 9}},
		{"refused then retried", "C: VER 1 FOO\nS: VER 1 0\nC: VER 2 MSNP8 CVR0\nS: VER 2 MSNP8\n", 2, []int{3}},
		{"trids restart", "C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8\nC: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8\n", 2, []int{3}},
		{"second VER", "C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8\nC: VER 2 MSNP8 CVR0\nS: 715 2\n", 2, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := CheckTranscript(tc.text, MSNP8, nil)
			n := 0
			for _, st := range tr.Steps {
				for _, c := range st.Checks {
					n++
					if c.Status != CheckMatch {
						t.Errorf("%q: %v, expected %q", c.Observed, c.Status, c.Expected)
					}
				}
			}
			if n != tc.servers || len(tr.Unpaired) != 0 {
				t.Errorf("%d server lines checked, %d unpaired; want %d", n, len(tr.Unpaired), tc.servers)
			}
			var got []int
			for _, d := range tr.Diagnostics {
				if d.Code == "new-connection" {
					got = append(got, d.Line)
					if d.Severity != Note || d.End-d.Start != 3 || !strings.HasPrefix(d.Text, "Read as a new connection: ") {
						t.Errorf("note %+v", d)
					}
				}
			}
			if len(got) != len(tc.newConns) || len(got) > 0 && (got[0] != tc.newConns[0] || got[len(got)-1] != tc.newConns[len(tc.newConns)-1]) {
				t.Errorf("new connections at lines %v, want %v", got, tc.newConns)
			}
		})
	}
}

func TestTranscriptFlagsTamperedLine(t *testing.T) {
	good := "C: " + lineNew + "\nS: CVQ 2 7.0.0813 7.0.0813 6.2.0205\n.. " + urlInstall70 + "\n.. " + urlMessengerMN
	tr := CheckTranscript(good, 8, nil)
	if len(tr.Steps) != 1 || len(tr.Steps[0].Checks) != 1 || tr.Steps[0].Checks[0].Status != CheckMatch {
		t.Fatalf("clean transcript: %+v", tr.Steps)
	}
	bad := strings.Replace(good, "6.2.0205", "6.2.0208", 1)
	tr = CheckTranscript(bad, 8, nil)
	c := tr.Steps[0].Checks[0]
	if c.Status != CheckDiffer || len(c.Diffs) != 1 || c.Diffs[0].Param != "minimum-allowed-version" || c.Diffs[0].Observed != "6.2.0208" {
		t.Fatalf("tampered: %+v", c)
	}
	if c.Observed[c.Diffs[0].Start:c.Diffs[0].End] != "6.2.0208" {
		t.Errorf("diff range wrong")
	}
}

func TestTranscriptPrefixes(t *testing.T) {
	text := "Some prose line.\n(12:35:57) msn: C: NS 000: VER 1 MSNP15 CVR0\n->ns-sock7 CVR 2 x\n<<< VER 1 MSNP15\nCVQ 5\n.. tail\n"
	lines, diags := ParseTranscript(text)
	want := []struct {
		dir  byte
		text string
	}{{'C', "VER 1 MSNP15 CVR0"}, {'C', "CVR 2 x"}, {'S', "VER 1 MSNP15"}, {'C', "CVQ 5 tail"}}
	if len(lines) != len(want) {
		t.Fatalf("lines %+v", lines)
	}
	for i, w := range want {
		if lines[i].Dir != w.dir || lines[i].Text != w.text {
			t.Errorf("line %d: %c %q", i, lines[i].Dir, lines[i].Text)
		}
	}
	if lines[0].Line != 2 || text[len("Some prose line.\n")+lines[0].Start:][:3] != "VER" {
		t.Errorf("location of line 0: %+v", lines[0])
	}
	if len(diags) != 1 || diags[0].Code != "prose" || diags[0].Line != 1 {
		t.Errorf("diags %+v", diags)
	}
}

// TestTranscriptFollowsTheLog: where the log's server answered otherwise
// than the profile, the lines after it are judged on the connection the
// log had: a VER answered with CVR0 puts it in CVR0 mode, "VER n 0" closes
// it, and a normal answer where the profile sent 731 keeps it open.
func TestTranscriptFollowsTheLog(t *testing.T) {
	const cvq = "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"
	const cvr = "CVR 3 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c"
	has := func(tr Transcript, step int, code string) bool {
		for _, d := range tr.Steps[step].Result.Diagnostics {
			if d.Code == code {
				return true
			}
		}
		for _, d := range tr.Diagnostics {
			if d.Code == code && d.Line == tr.Lines[tr.Steps[step].Client].Line {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		name, log string
		step      int    // the client step judged after the differing answer
		code      string // a diagnostic it must have ("" for none)
		notCode   string // a diagnostic it must not have
		mode      string // the connection's mode at the end
		closed    bool
	}{
		{"VER answered CVR0", "C: VER 1 MSNP8 CVR0\nS: VER 1 CVR0\nC: " + cvq + "\n",
			1, "", CodeCVQInDialect, "CVR0", true},
		{"VER answered 0", "C: VER 1 MSNP8 CVR0\nS: VER 1 0\nC: VER 2 MSNP8 CVR0\n",
			1, CodeNewConnection, "", "MSNP8", false},
		{"731 answered normally", "C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8 CVR0\nC: CVR 2 spaghetti\nS: CVR 2 1.0.0000 1.0.0000 1.0.0000 a b\nC: " + cvr + "\n",
			2, "", CodeNewConnection, "MSNP8", false},
	} {
		tr := CheckTranscript(c.log, MSNP8, nil)
		if len(tr.Steps) <= c.step {
			t.Fatalf("%s: %d steps", c.name, len(tr.Steps))
		}
		if c.code != "" && !has(tr, c.step, c.code) {
			t.Errorf("%s: step %d lacks %s", c.name, c.step, c.code)
		}
		if c.notCode != "" && has(tr, c.step, c.notCode) {
			t.Errorf("%s: step %d has %s, as if the profile's answer had been the log's", c.name, c.step, c.notCode)
		}
		if tr.State.Mode != c.mode || tr.State.Closed != c.closed {
			t.Errorf("%s: the connection ends as mode %q closed %v, want %q %v", c.name, tr.State.Mode, tr.State.Closed, c.mode, c.closed)
		}
	}
}

// TestTranscriptCheckInSlices: checking a transcript a slice of lines at a
// time, whatever the slices, gives what CheckTranscript gives, on every
// record of cvq/testdata (each alone, and each file's records as one
// paste), the big paste, and logs that pipeline, restart and close.
func TestTranscriptCheckInSlices(t *testing.T) {
	texts := map[string]string{
		"big paste": vectors.BigPaste(),
		"pipelined": "C: VER 1 MSNP8 CVR0\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\nS: VER 1 MSNP8 CVR0\nS: CVR 2 x\nS: CVR 9 y\n",
		"restarts":  "C: VER 1 MSNP8 CVR0\nS: VER 1 CVR0\nC: CVQ 2 spaghetti\nS: 731 2\nC: VER 1 MSNP8 CVR0\nS: VER 1 0\nC: USR 3 TWN I a@b.c\nprose\n",
		"moves on":  "C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8 CVR0\nC: USR 2 TWN I a@b.c\nS: XFR 2 NS 1.2.3.4:1863\nC: VER 3 MSNP8 CVR0\nC: VER 9 MSNP8\nS: VER 3 MSNP8 CVR0\n",
	}
	for _, f := range loadVectorGlob(t, "*/*.txt") {
		var all []string
		for _, r := range f.Records {
			texts[f.Path+"/"+r.Name] = r.Text()
			all = append(all, r.Text())
		}
		texts[f.Path] = strings.Join(all, "\n")
	}
	seed, err := vectors.Seed()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range seed.Records {
		texts["seed/"+r.Name] = r.Text()
	}
	for name, text := range texts {
		for _, d := range []Dialect{MSNP2, MSNP8, MSNP24} {
			want := CheckTranscript(text, d, nil)
			for _, n := range []int{1, 2, 3, 7, 1 << 20} {
				c := NewTranscriptCheck(text, d, nil)
				slices := 0
				for !c.Next(n) {
					slices++
					if done, total := c.Progress(); done != slices*n || total != len(want.Lines) {
						t.Fatalf("%s, %v, slices of %d: after %d slices Progress says %d of %d", name, d, n, slices, done, total)
					}
				}
				if got := *c.Finish(); !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %v: checked in slices of %d lines, the transcript differs from CheckTranscript's", name, d, n)
				}
			}
		}
	}
}

// TestTranscriptStatePerLine: every client and server line of a checked
// transcript carries the connection's state after it, following what the
// log's server said: CVR0 mode after a VER answered CVR0, closed after the
// 731, a new connection at the next VER, and closed after "VER n 0".
func TestTranscriptStatePerLine(t *testing.T) {
	log := "C: VER 1 MSNP8 CVR0\n" +
		"S: VER 1 CVR0\n" + // the reference answers MSNP8: the log's CVR0 wins
		"C: CVQ 2 spaghetti\n" + // 731: the server closes
		"S: 731 2\n" +
		"C: VER 1 MSNP8 CVR0\n" + // a new connection
		"S: VER 1 MSNP8 CVR0\n" +
		"C: USR 2 TWN I a@b.c\n" + // not simulated: the state stays
		"S: VER 7 nothing\n" + // paired with no client line
		"C: VER 3 MSNP8 CVR0\n" + // after a USR: a new connection again
		"S: VER 3 0\n" // the log's server closes
	tr := CheckTranscript(log, MSNP8, nil)
	msnp8 := SessionState{Dialect: MSNP8, Mode: "MSNP8"}
	cvr0 := SessionState{Dialect: MSNP8, Mode: "CVR0"}
	want := []SessionState{msnp8, cvr0, {Dialect: MSNP8, Mode: "CVR0", Closed: true, ClosedBy: "server"}, {Dialect: MSNP8, Mode: "CVR0", Closed: true, ClosedBy: "server"},
		msnp8, msnp8, msnp8, msnp8, msnp8, {Dialect: MSNP8, Closed: true, ClosedBy: "server"}}
	got := tr.States
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("after line %d (%s): state %+v, want %+v", i+1, tr.Lines[i].Text, got[i], want[i])
		}
	}
	if tr.State != want[len(want)-1] {
		t.Errorf("the transcript ends in %+v, want the last line's %+v", tr.State, want[len(want)-1])
	}
}
