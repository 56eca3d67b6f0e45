package main

import (
	"strings"
	"testing"
)

// A dialect number past the last one is read as MSNP24+, and says so in
// one line on standard error; MSNP24 itself and MSNP24+ say nothing.
func TestDialectBeyondLast(t *testing.T) {
	for _, d := range []string{"MSNP99", "msnp25", "30", "MSNP99+"} {
		code, out, errs := cli(t, "", "-json", "-dialect", d, "CVQ 6 spaghetti")
		lines, _ := decodeLines(t, out)
		if code != 0 || len(lines) != 1 || lines[0].Dialect != "MSNP24" {
			t.Errorf("%s: exit %d, %+v", d, code, lines)
		}
		want := "cvq: warning: -dialect " + d + " is read as MSNP24+, which stands for MSNP24 and every later version\n"
		if errs != want {
			t.Errorf("%s: stderr %q, want %q", d, errs, want)
		}
	}
	for _, d := range []string{"MSNP24", "MSNP24+", "24", "MSNP8"} {
		if code, _, errs := cli(t, "", "-dialect", d, "CVQ 6 spaghetti"); code != 0 || errs != "" {
			t.Errorf("%s: exit %d, stderr %q", d, code, errs)
		}
	}
}

// A mistyped flag is named in the error, cleaned like every other piece of
// input that reaches the terminal: no escape sequence, no direction change.
func TestFlagErrorEscaped(t *testing.T) {
	for _, flag := range []string{"-\x1b[2J\x1b[31mred", "-a\u202eexe.txt", "-\x00\x07"} {
		code, out, errs := cli(t, "", flag)
		if code != exitUsage || out != "" {
			t.Errorf("%q: exit %d, stdout %q", flag, code, out)
		}
		if strings.ContainsAny(errs, "\x1b\x00\x07\u202e") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: raw control characters or several lines in %q", flag, errs)
		}
		if want := "cvq: flag provided but not defined: " + clean(flag) + " (run cvq -h for usage)\n"; errs != want {
			t.Errorf("%q: stderr %q, want %q", flag, errs, want)
		}
	}
}
