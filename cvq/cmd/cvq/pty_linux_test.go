package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// openTerminal opens a pseudo-terminal: the controlling side, which plays
// the person typing, and the terminal side the tool reads and writes.
func openTerminal(t *testing.T) (typist, terminal *os.File) {
	t.Helper()
	typist, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Fatalf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { typist.Close() })
	fd := int(typist.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	terminal, err = os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { terminal.Close() })
	return typist, terminal
}

// On a real terminal the tool says it is waiting for lines, and colours its
// output unless NO_COLOR is set.
func TestTerminal(t *testing.T) {
	typist, terminal := openTerminal(t)
	if !isTerminal(terminal) {
		t.Fatal("a pseudo-terminal is not seen as a terminal")
	}
	// A line, then Ctrl-D at the start of the next: end of input.
	if _, err := typist.WriteString("VER 1 MSNP8 CVR0\n\x04"); err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	text, err := readInput(terminal, &errb)
	if err != nil || text != "VER 1 MSNP8 CVR0\n" {
		t.Errorf("read %q, err %v", text, err)
	}
	if !strings.Contains(errb.String(), "reading client lines from the terminal; end with Ctrl-D") {
		t.Errorf("no hint on the terminal: %q", errb.String())
	}
	os.Unsetenv("NO_COLOR")
	if !colorWanted(terminal) {
		t.Error("no colour on a terminal")
	}
	t.Setenv("NO_COLOR", "")
	if colorWanted(terminal) {
		t.Error("colour although NO_COLOR is set")
	}
}
