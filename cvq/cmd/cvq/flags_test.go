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

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"-dialect", "MSNP99x", "CVQ"}, `cvq: unknown dialect "MSNP99x": use MSNP2 … MSNP24`},
		{[]string{"-dialect", "CVR0", "CVQ"}, `cvq: unknown dialect "CVR0"`},
		{[]string{"-profile", "nosuch", "CVQ"}, `cvq: unknown profile "nosuch": use reference, escargot, microsoft`},
		{[]string{"-profile", "microsoft@2008-13-99x"}, `cvq: unknown profile "microsoft@2008-13-99x"`},
		{[]string{"-profile", "microsoft@2008-99-99"}, `cvq: unknown profile "microsoft@2008-99-99"`},
		{[]string{"-profile", "microsoft@2009-02-29"}, `cvq: unknown profile "microsoft@2009-02-29"`},
		{[]string{"-profile", "microsoft@1999-01-01"}, "cvq: no Microsoft era had begun by 1999-01-01: the first, microsoft@2003-01, begins on 2003-01-01\n"},
		{[]string{"-profile", "microsoft@0000"}, "cvq: no Microsoft era had begun by 0000: the first, microsoft@2003-01, begins on 2003-01-01\n"},
		{[]string{"-bogus"}, "cvq: flag provided but not defined: -bogus"},
		{[]string{"-json=maybe"}, "cvq: invalid boolean value"},
		{[]string{"-dialect"}, "cvq: flag needs an argument: -dialect"},
		{[]string{"-example", "nosuch"}, `cvq: unknown example "nosuch"`},
		{[]string{"-example", "seed-new", "CVQ", "1"}, "cvq: -example takes no line"},
		{[]string{"-list", "CVQ"}, "cvq: -list takes no line"},
		{[]string{"-list", "-json"}, "cvq: -list has no JSON form"},
		{[]string{"-json", "-list"}, "cvq: -list has no JSON form"},
	}
	for _, c := range cases {
		code, out, errs := cli(t, "CVQ 1\n", c.args...)
		if code != 2 {
			t.Errorf("%q: exit %d, want 2", c.args, code)
		}
		if !strings.HasPrefix(errs, c.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one line starting %q", c.args, errs, c.want)
		}
		if out != "" {
			t.Errorf("%q: stdout %q, want nothing", c.args, out)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, a := range []string{"-h", "-help", "--help"} {
		code, out, errs := cli(t, "", a)
		if code != 0 || errs != "" || !strings.HasPrefix(out, "Usage: cvq") || !strings.Contains(out, "Examples:") {
			t.Errorf("%s: exit %d stderr %q stdout %q", a, code, errs, out)
		}
	}
}
