// Command cvq simulates an MSN Messenger Dispatch Server answering the
// client-version handshake (VER, CVQ, CVR) from the terminal.
//
// Usage:
//
//	cvq [-dialect MSNPn] [-profile name] [-json] [-v] [line …]
//	cvq -list
//	cvq -example ID
//
// With a line it simulates that one line. Without one it reads standard
// input: plain client lines are answered in one simulated connection, and a
// pasted transcript (C:/S: and the other log forms) is replayed and every
// server line in it is compared with what the profile answers. Run cvq -h
// for the details and examples.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses. A simulated server that answers with an error code is a
// successful simulation and exits 0.
const (
	exitOK    = 0
	exitIO    = 1 // input unreadable or too large, output unwritable
	exitUsage = 2 // bad flags, unknown dialect, profile or example
)

// run is the whole program minus the process: tests call it directly with
// their own streams.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	// cvq promises never to panic; should a bug slip through, end with a
	// message and a failure status rather than a stack trace.
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(stderr, "cvq: internal error: %v\n", v)
			code = exitIO
		}
	}()
	opts, code, ok := parseArgs(args, stdout, stderr)
	if !ok {
		return code
	}
	out := newOutput(stdout, opts)
	switch {
	case opts.list:
		writeList(out.w)
	case opts.example != nil:
		runExample(out, opts)
	case opts.hasLine:
		out.single(opts.line)
	default:
		text, err := readInput(stdin, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "cvq: %v\n", err)
			return exitIO
		}
		boundHeap(len(text))
		if strings.TrimSpace(text) == "" {
			// Printing nothing at all would look like a tool that broke.
			fmt.Fprintln(stderr, emptyInputText)
			break
		}
		if isTranscript(text) {
			out.transcript(text)
		} else {
			out.session(text)
		}
	}
	if err := out.close(); err != nil {
		fmt.Fprintf(stderr, "cvq: writing output: %v\n", err)
		return exitIO
	}
	return exitOK
}

// emptyInputText is what an empty standard input gets on standard error.
const emptyInputText = "cvq: standard input is empty: nothing to simulate (give a line as arguments, or pipe client lines or a transcript; cvq -h for help)"

// runExample plays a built-in example: a session example is a transcript,
// any other one a single line.
func runExample(out *output, opts *options) {
	ex := opts.example
	if ex.Session {
		out.transcript(ex.Input)
		return
	}
	out.single(ex.Input)
}
