package main

import (
	"bytes"
	"errors"
	"github.com/cvq-playground/cvq-playground/cvq"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A log saved by Notepad starts with a UTF-8 byte order mark: it is not
// part of the first line.
func TestStdinByteOrderMark(t *testing.T) {
	const bom = "\xef\xbb\xbf"
	// Plain client lines: the first one is VER, not "\ufeffVER".
	_, out, _ := cli(t, bom+"VER 1 MSNP8 CVR0\nCVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\n", "-json")
	lines, _ := decodeLines(t, out)
	if len(lines) != 2 || lines[0].Input != "VER 1 MSNP8 CVR0" || lines[0].Reply != "VER 1 MSNP8" {
		t.Errorf("plain lines after a BOM: %+v", lines)
	}
	// A transcript: the first line keeps its C: prefix and is checked.
	_, out, _ = cli(t, bom+"C: VER 1 MSNP8 CVR0\r\nS: VER 1 MSNP8\r\n", "-json")
	lines, _ = decodeLines(t, out)
	if len(lines) != 1 || lines[0].Line != 1 || len(lines[0].Checks) != 1 || lines[0].Checks[0].Status != "match" {
		t.Errorf("transcript after a BOM: %+v\n%s", lines, out)
	}
	// The human output shows no trace of it.
	_, out, _ = cli(t, bom+"VER 1 MSNP8 CVR0\n")
	if !strings.HasPrefix(out, "C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8\n") {
		t.Errorf("human output:\n%s", out)
	}
	// Only a leading mark is the file's: one inside a line is input.
	_, out, _ = cli(t, "VER 1 MSNP8 CVR0\n"+bom+"CVR 2\n", "-json")
	lines, _ = decodeLines(t, out)
	if len(lines) != 2 || lines[1].Input != bom+"CVR 2" {
		t.Errorf("inner BOM: %+v", lines)
	}
}

// Standard input that is not a terminal is never announced as one, even
// when it is a character device (/dev/null, /dev/zero) or a file; only a
// terminal gets the "end with Ctrl-D" hint.
func TestStdinTerminalDetection(t *testing.T) {
	file := filepath.Join(t.TempDir(), "log.txt")
	if err := os.WriteFile(file, []byte("VER 1 MSNP8 CVR0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{os.DevNull, "/dev/zero", file} {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		var errb bytes.Buffer
		_, err = readInput(f, &errb)
		f.Close()
		if strings.Contains(errb.String(), "terminal") {
			t.Errorf("%s announced as the terminal: %q", name, errb.String())
		}
		if name == "/dev/zero" && !errors.Is(err, errTooLarge) {
			t.Errorf("/dev/zero: err %v, want the size limit", err)
		}
	}
	if isTerminal(strings.NewReader("")) || isTerminal(&bytes.Buffer{}) {
		t.Errorf("a reader or a buffer counted as a terminal")
	}
}

// An empty standard input (or one of blank lines) says so on standard
// error instead of printing nothing, in either output mode.
func TestStdinEmpty(t *testing.T) {
	for _, in := range []string{"", "\n", " \r\n\n"} {
		for _, args := range [][]string{nil, {"-json"}} {
			code, out, errs := cli(t, in, args...)
			if code != 0 || out != "" || errs != emptyInputText+"\n" {
				t.Errorf("%q %v: exit %d, stdout %q, stderr %q", in, args, code, out, errs)
			}
		}
	}
	if _, _, errs := cli(t, "VER 1 MSNP8 CVR0\n"); errs != "" {
		t.Errorf("a non-empty input got %q on stderr", errs)
	}
}

// Lines far beyond bufio.Scanner's 64 KiB default come through whole.
func TestStdinLongLine(t *testing.T) {
	long := "CVQ 7 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS " + strings.Repeat("a", 200<<10) + "@hotmail.com"
	code, out, errs := cli(t, long+"\n", "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines, _ := decodeLines(t, out)
	if len(lines) != 1 || lines[0].Input != long {
		t.Fatalf("got %d lines; input intact: %v", len(lines), len(lines) == 1 && lines[0].Input == long)
	}
	code, out, _ = cli(t, long+"\n")
	if tl, _ := cvq.ParseTranscript(out); code != 0 || len(tl) == 0 || tl[0].Text != long {
		t.Errorf("human output lost the long line (exit %d)", code)
	}
}

// Every transcript form the brief names is recognised as one.
func TestTranscriptDetection(t *testing.T) {
	yes := []string{"C: VER 1 MSNP8 CVR0", "S: VER 1 MSNP8", ">>> VER 1 MSNP8", "<<< VER 1 MSNP8",
		"->ns-sock7 VER 1 MSNP12", "<-ns-sock7 VER 1 MSNP12", "msn: C: NS 000: VER 1 MSNP9",
		"(12:35:57) msn: C: NS 000: VER 1 MSNP15", "VER 1 MSNP8\n.. CVR0"}
	for _, s := range yes {
		if !isTranscript(s) {
			t.Errorf("%q not read as a transcript", s)
		}
	}
	no := []string{"VER 1 MSNP8 CVR0\nCVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863", "CVQ 6 spaghetti", "", "(1:2:3) VER"}
	for _, s := range no {
		if isTranscript(s) {
			t.Errorf("%q read as a transcript", s)
		}
	}
}

// zeros is an endless client session: the same line over and over.
type zeros struct{}

func TestOversizedStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(nil, io.LimitReader(zeros{}, maxInput+1), &out, &errb)
	if code != 1 || errb.String() != "cvq: "+errTooLarge.Error()+"\n" || out.Len() != 0 {
		t.Errorf("exit %d, stderr %q, %d bytes of stdout", code, errb.String(), out.Len())
	}
	if !strings.Contains(errb.String(), "16 MiB") {
		t.Errorf("message does not name the limit: %q", errb.String())
	}
}

// Exactly at the cap the input is accepted. Blank lines fill it, so the
// test reads 16 MiB without simulating thousands of lines.
func TestStdinAtCap(t *testing.T) {
	const line = "CVQ 6 spaghetti"
	in := strings.Repeat("\n", maxInput-len(line)) + line
	var out, errb bytes.Buffer
	code := run([]string{"-json"}, strings.NewReader(in), &out, &errb)
	if code != 0 || !strings.HasPrefix(out.String(), `{"input":"CVQ 6 spaghetti",`) {
		t.Errorf("exit %d: %s", code, errb.String())
	}
}

type failingReader struct{}

func TestUnreadableStdin(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(nil, failingReader{}, &out, &errb)
	if code != 1 || errb.String() != "cvq: reading standard input: device not ready\n" {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}
