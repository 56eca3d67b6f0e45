package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strconv"
	"strings"
)

// maxInput caps standard input. A transcript far beyond any real log would
// only make the tool slow and its output useless, so it is refused whole
// rather than cut at an arbitrary line.
const maxInput = 16 << 20

// errTooLarge is returned for input over maxInput.
var errTooLarge = errors.New("standard input is larger than " + strconv.Itoa(maxInput>>20) + " MiB; split it into smaller pieces")

// readInput reads all of standard input, up to maxInput. Reading it whole
// (rather than with bufio.Scanner) puts no limit on the length of a line.
func readInput(stdin io.Reader, stderr io.Writer) (string, error) {
	// Someone typing at a terminal should know the tool is waiting.
	if isTerminal(stdin) {
		fmt.Fprintln(stderr, "cvq: reading client lines from the terminal; end with Ctrl-D (cvq -h for help)")
	}
	b, err := io.ReadAll(io.LimitReader(stdin, maxInput+1))
	if err != nil {
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	if len(b) > maxInput {
		return "", errTooLarge
	}
	// Notepad and other Windows editors start a saved log with a UTF-8
	// byte order mark; left there it would glue itself to the first
	// command ("\ufeffVER") or hide the first line's C:/S: prefix.
	return strings.TrimPrefix(string(b), bom), nil
}

// boundHeap asks the garbage collector to keep the heap near what a large
// input really needs. The work on one line is bounded (Simulate folds the
// tokens past its limit; carets draw a window), but the default collector
// lets the heap grow to twice the live data between collections, and the
// JSON of a 16 MiB line holds the line twice: without a soft limit the
// process peaked at 10.4× the input (174 MB for a 16 MiB transcript line
// with -json), with it at 8.3×. Small inputs never come near the limit.
func boundHeap(inputBytes int) {
	if inputBytes > 1<<20 {
		debug.SetMemoryLimit(int64(6*inputBytes) + 32<<20)
	}
}

// bom is the UTF-8 encoding of U+FEFF, the byte order mark.
const bom = "\ufeff"

// splitLines cuts text into lines without their LF or CRLF terminator.
// Empty lines are dropped: they carry no command, and a trailing newline
// must not become an extra empty line sent to the server.
func splitLines(text string) []string {
	var out []string
	for text != "" {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		line = strings.TrimSuffix(line, "\r")
		if line != "" {
			out = append(out, line)
		}
	}
	return out
}

// isTranscript reports whether the input is a pasted transcript rather than
// bare client lines: any line carrying a direction prefix, a libpurple or
// timestamp form, or a ".. " continuation makes it one. Bare client lines
// start with a command name, which none of these forms can be mistaken for.
func isTranscript(text string) bool {
	for _, line := range splitLines(text) {
		if transcriptLine(line) {
			return true
		}
	}
	return false
}

// transcriptLine reports whether one line has a transcript form.
func transcriptLine(s string) bool {
	for _, p := range [...]string{"C:", "S:", "c:", "s:", ">>>", "<<<", "->", "<-", "msn: ", ".. "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return isTimestamp(s)
}

// isTimestamp matches libpurple's "(hh:mm:ss)" line opening.
func isTimestamp(s string) bool {
	const form = "(00:00:00)"
	if len(s) < len(form) {
		return false
	}
	for i := 0; i < len(form); i++ {
		if form[i] == '0' {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		} else if s[i] != form[i] {
			return false
		}
	}
	return true
}
