//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/hack-pad/safejs"
)

var cvqObj = func() safejs.Value {
	g := safejs.Global()
	if err := register(g); err != nil {
		panic(err)
	}
	v, _ := g.Get("cvq")
	return v
}()

func call(t *testing.T, name string, args ...any) safejs.Value {
	t.Helper()
	v, err := cvqObj.Call(name, args...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

func str(t *testing.T, v safejs.Value, path ...string) string {
	t.Helper()
	for _, p := range path {
		var err error
		if v, err = v.Get(p); err != nil {
			t.Fatalf("get %s: %v", p, err)
		}
	}
	s, err := v.String()
	if err != nil {
		t.Fatalf("%v: %v", path, err)
	}
	return s
}

func num(t *testing.T, v safejs.Value, p string) int {
	t.Helper()
	x, err := v.Get(p)
	if err != nil {
		t.Fatal(err)
	}
	n, err := x.Int()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestSimulateSeedNew(t *testing.T) {
	r := call(t, "simulate", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", "MSNP8", "reference")
	if got := str(t, r, "reply"); !strings.HasPrefix(got, "CVQ 2 7.0.0813 7.0.0813 6.2.0205 ") {
		t.Errorf("reply %q", got)
	}
	if got := str(t, r, "outcome", "kind"); got != "forced-upgrade" {
		t.Errorf("outcome %q", got)
	}
	fields, _ := r.Get("fields")
	n, _ := fields.Length()
	if n != 10 {
		t.Fatalf("%d fields", n)
	}
	loc, _ := fields.Index(2)
	if str(t, loc, "param") != "locale" || str(t, loc, "meaning") != "English (United States)" {
		t.Errorf("locale field: %s %s", str(t, loc, "param"), str(t, loc, "meaning"))
	}
	if num(t, loc, "start") != 6 || num(t, loc, "end") != 12 || num(t, loc, "from") != 6 {
		t.Errorf("locale range")
	}
}

// Byte offsets and UTF-16 offsets differ once the line has non-ASCII text.
func TestUTF16Offsets(t *testing.T) {
	r := call(t, "simulate", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS é😀@x.org", "MSNP8", "reference")
	fields, _ := r.Get("fields")
	h, _ := fields.Index(9)
	if num(t, h, "end") != len("CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS é😀@x.org") {
		t.Errorf("byte end %d", num(t, h, "end"))
	}
	line := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS "
	if num(t, h, "from") != len(line) || num(t, h, "to") != len(line)+1+2+6 {
		t.Errorf("utf16 range [%d,%d)", num(t, h, "from"), num(t, h, "to"))
	}
}

func TestBadArgumentsGiveErrors(t *testing.T) {
	for _, args := range [][]any{
		{},
		{1, "MSNP8", "reference"},
		{"CVQ 1", "MSNP99x", "reference"},
		{"CVQ 1", "MSNP8", "nope"},
	} {
		r := call(t, "simulate", args...)
		if e := str(t, r, "error"); e == "" {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestSessionFlow(t *testing.T) {
	idv := call(t, "sessionOpen", "MSNP2", "reference")
	id, err := idv.Int()
	if err != nil {
		t.Fatal(err)
	}
	out := call(t, "sessionSend", id, "VER 1 MSNP2 CVR0")
	if got := str(t, out, "result", "reply"); got != "VER 1 CVR0" {
		t.Errorf("VER reply %q", got)
	}
	if got := str(t, out, "state", "mode"); got != "CVR0" {
		t.Errorf("mode %q", got)
	}
	out = call(t, "sessionSend", id, "CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863")
	closed, _ := out.Get("state")
	c, _ := closed.Get("closed")
	if b, _ := c.Bool(); !b {
		t.Errorf("connection not closed after the CVQ reply")
	}
	call(t, "sessionClose", id)
	r := call(t, "sessionSend", id, "VER 3 MSNP8")
	if e := str(t, r, "error"); !strings.Contains(e, "no such session") {
		t.Errorf("send after close: %q", e)
	}
}

func TestTranscriptAndMeta(t *testing.T) {
	tr := call(t, "transcript", "C: VER 1 MSNP8 CVR0\nS: VER 1 CVR0", "MSNP8", "reference")
	steps, _ := tr.Get("steps")
	st, _ := steps.Index(0)
	checks, _ := st.Get("checks")
	ch, _ := checks.Index(0)
	if str(t, ch, "status") != "differ" || str(t, ch, "expected") != "VER 1 MSNP8" {
		t.Errorf("tampered VER reply not flagged: %s", str(t, ch, "status"))
	}
	m := call(t, "meta")
	ex, _ := m.Get("examples")
	if n, _ := ex.Length(); n < 10 {
		t.Errorf("%d examples", n)
	}
}

func TestPanicBecomesError(t *testing.T) {
	fn, err := safejs.FuncOf(guard("boom", func([]safejs.Value) (any, error) { panic("kaboom") }))
	if err != nil {
		t.Fatal(err)
	}
	v, err := fn.Value().Invoke()
	if err != nil {
		t.Fatal(err)
	}
	if e := str(t, v, "error"); !strings.Contains(e, "kaboom") {
		t.Errorf("error %q", e)
	}
}
