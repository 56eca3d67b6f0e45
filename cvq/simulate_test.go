package cvq

import (
	"strings"
	"testing"
)

const (
	lineNew  = "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	lineOld6 = "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863"
)

func hasDiag(r *Result, code string) *Diagnostic {
	for i := range r.Diagnostics {
		if r.Diagnostics[i].Code == code {
			return &r.Diagnostics[i]
		}
	}
	return nil
}

func fieldOf(r *Result, param string) *Field {
	for i := range r.Fields {
		if r.Fields[i].Param == param {
			return &r.Fields[i]
		}
	}
	return nil
}

func TestHostileInputs(t *testing.T) {
	big := "CVQ 1 " + strings.Repeat("x ", 200000)
	for _, s := range []string{big, "\x00\x00", "CVQ 1 \xff\xfe", "<script>alert(1)</script>", strings.Repeat(" ", 1000), "\r\n\r\n", "CVQ 1 0x0409\r"} {
		r := Simulate(s, 8, nil)
		for _, f := range r.Fields {
			if f.Start < 0 || f.End > len(s) || f.Start > f.End {
				t.Fatalf("bad range")
			}
		}
	}
}

// Tokens the server does not read as parameters carry no verdict: not
// after a command it does not know (lower-case cvq included), not after
// CVQ in MSNP24, where the command no longer exists.
func TestUnreadTokensAreUnchecked(t *testing.T) {
	line := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	for _, c := range []struct {
		line string
		d    Dialect
	}{
		{"cvq" + line[3:], MSNP8},
		{"XYZ" + line[3:], MSNP8},
		{line, MSNP24},
	} {
		r := Simulate(c.line, c.d, nil)
		if len(r.Fields) < 3 || r.Fields[0].Status != StatusError {
			t.Fatalf("%s in %v: fields %+v", c.line, c.d, r.Fields)
		}
		for _, f := range r.Fields[2:] {
			if f.Status != StatusUnchecked {
				t.Errorf("%s in %v: %s %q is %v, want unchecked", c.line, c.d, f.Param, f.Value, f.Status)
			}
		}
	}
}
