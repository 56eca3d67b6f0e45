package main

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// renderer writes results in one output format.
type renderer interface {
	// result writes what happened to one client line; st is nil outside
	// transcripts.
	result(r *cvq.Result, st *stepInfo)
	// sessionEnd closes the output of a stdin session.
	sessionEnd(s cvq.SessionState)
	// transcriptEnd writes what a transcript has beyond its client lines:
	// unpaired server lines, diagnostics about the paste, the final state.
	transcriptEnd(t *cvq.Transcript)
}

// stepInfo is the transcript context of one client line.
type stepInfo struct {
	t    *cvq.Transcript
	step int // index into t.Steps
	line int // 1-based line of the paste the client line starts on
	// checks are the server lines of the paste paired with this line.
	checks []cvq.Check
}

// pasteLine returns the 1-based paste line of transcript line i, 0 when
// the index is out of range.
func (s *stepInfo) pasteLine(i int) int {
	return pasteLineOf(s.t, i)
}

func pasteLineOf(t *cvq.Transcript, i int) int {
	if i < 0 || i >= len(t.Lines) {
		return 0
	}
	return t.Lines[i].Line
}

// output drives a renderer over the three kinds of input.
type output struct {
	w    *bufio.Writer
	opts *options
	r    renderer
}

func newOutput(stdout io.Writer, opts *options) *output {
	o := &output{w: bufio.NewWriterSize(stdout, 64<<10), opts: opts}
	if opts.json {
		o.r = newJSONRenderer(o.w)
	} else {
		o.r = &human{w: o.w, p: palette(opts.color), verbose: opts.verbose}
	}
	return o
}

// close flushes the output and returns the first write error, if any
// (bufio.Writer keeps it).
func (o *output) close() error { return o.w.Flush() }

// input prepares text for the simulator. JSON strings cannot hold invalid
// UTF-8: the encoder writes each bad byte as U+FFFD, three bytes,
// and every start/end after it would point at the wrong place. So for
// -json the bytes are replaced the same way before simulating, and the
// offsets index the strings as printed. Human output keeps the bytes and
// shows them as \xNN escapes with carets under them.
func (o *output) input(text string) string {
	if !o.opts.json {
		return text
	}
	return validUTF8(text)
}

// validUTF8 replaces each byte of s that is not part of valid UTF-8 with
// U+FFFD, as the JSON encoder does when it writes s.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// single answers one line on its own, as cvq.Simulate does.
func (o *output) single(line string) {
	r := cvq.Simulate(o.input(line), o.opts.dialect, o.opts.profile)
	o.r.result(&r, nil)
}

// session answers every line of text in one simulated connection.
func (o *output) session(text string) {
	s := cvq.NewSession(o.opts.dialect, o.opts.profile)
	for _, line := range splitLines(o.input(text)) {
		r := s.Send(line)
		o.r.result(&r, nil)
	}
	o.r.sessionEnd(s.State())
}

// transcript replays a pasted transcript and checks its server lines.
func (o *output) transcript(text string) {
	text = o.input(text)
	t := cvq.CheckTranscript(text, o.opts.dialect, o.opts.profile)
	for i := range t.Steps {
		st := &t.Steps[i]
		o.r.result(&st.Result, &stepInfo{t: &t, step: i, line: pasteLineOf(&t, st.Client), checks: st.Checks})
	}
	o.r.transcriptEnd(&t)
}
