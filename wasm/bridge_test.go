//go:build js && wasm

package main

import (
	"encoding/json"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"syscall/js"
	"testing"

	"github.com/cvq-playground/cvq-playground/cvq"
)

var cvqObj = func() js.Value {
	if err := register(js.Global()); err != nil {
		panic(err)
	}
	return js.Global().Get("cvq")
}()

func call(name string, args ...any) js.Value { return cvqObj.Call(name, args...) }

func str(v js.Value, path ...string) string {
	for _, p := range path {
		if v.Type() != js.TypeObject {
			return "<" + v.Type().String() + ">"
		}
		v = v.Get(p)
	}
	if v.Type() != js.TypeString {
		return "<" + v.Type().String() + ">"
	}
	return v.String()
}

func TestSimulateSeedNew(t *testing.T) {
	r := call("simulate", "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", "MSNP8", "reference")
	if got := str(r, "reply"); !strings.HasPrefix(got, "CVQ 2 7.0.0813 7.0.0813 6.2.0205 ") {
		t.Errorf("reply %q", got)
	}
	if got := str(r, "outcome", "kind"); got != "forced-upgrade" {
		t.Errorf("outcome %q", got)
	}
	if d := r.Get("disconnect"); d.Type() != js.TypeBoolean || !d.Bool() {
		t.Errorf("disconnect %v", d)
	}
	fields := r.Get("tokens")
	if n := fields.Length(); n != 10 {
		t.Fatalf("%d fields", n)
	}
	loc := fields.Index(2)
	// The module carries no language names (cvq/catalog_text_js.go): a valid
	// locale arrives without a meaning, and the page names it from the texts file (build/meta.go).
	if str(loc, "name") != "locale" || str(loc, "status") != "ok" || str(loc, "meaning") != "" || str(loc, "detail") != "" {
		t.Errorf("locale field: %s %s %q %q", str(loc, "name"), str(loc, "status"), str(loc, "meaning"), str(loc, "detail"))
	}
	if loc.Get("start").Int() != 6 || loc.Get("end").Int() != 12 || loc.Get("from").Int() != 6 {
		t.Errorf("locale range")
	}
	if h := fields.Index(9); str(h, "since") != "MSNP8" || str(h, "status") != "ok" {
		t.Errorf("user-handle since %q status %q", str(h, "since"), str(h, "status"))
	}
	rf := r.Get("replyTokens")
	if rf.Length() != 7 {
		t.Errorf("reply fields %d", rf.Length())
	}
	// Each reply field has its own rule: the TrID is copied, the minimum
	// comes from the catalog row that requesting-library (token 6) chose.
	trid, min := rf.Index(1).Get("rule"), rf.Index(4).Get("rule")
	if str(trid, "id") != "trid" || trid.Get("reads").Length() != 1 || trid.Get("reads").Index(0).Int() != 1 {
		t.Errorf("TrID rule %s, reads %d", str(trid, "id"), trid.Get("reads").Length())
	}
	if str(min, "id") != "row" || min.Get("step").Int() != 6 || min.Get("row").Int() != 2 || str(min, "text") == "" ||
		min.Get("reads").Length() != 1 || min.Get("reads").Index(0).Int() != 6 {
		t.Errorf("minimum-allowed-version rule %s step %d row %d", str(min, "id"), min.Get("step").Int(), min.Get("row").Int())
	}
}

// Byte offsets and UTF-16 offsets differ once the line has non-ASCII text.
func TestUTF16Offsets(t *testing.T) {
	line := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS é😀@x.org"
	r := call("simulate", line, "MSNP8", "reference")
	h := r.Get("tokens").Index(9)
	if h.Get("end").Int() != len(line) {
		t.Errorf("byte end %d", h.Get("end").Int())
	}
	prefix := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS "
	if h.Get("from").Int() != len(prefix) || h.Get("to").Int() != len(prefix)+1+2+6 {
		t.Errorf("utf16 range [%d,%d)", h.Get("from").Int(), h.Get("to").Int())
	}
	if str(h, "value") != "é😀@x.org" {
		t.Errorf("value %q", str(h, "value"))
	}
}

func TestHostileStringsSurviveJSON(t *testing.T) {
	for _, line := range []string{"CVQ 1 \"quoted\" back\\slash", "CVQ 1 \x00\x01\x1f", "CVQ 1 \u2028\u2029", "CVQ 1 bad\xffbyte", "</script><img src=x>"} {
		r := call("simulate", line, "MSNP8", "reference")
		if e := r.Get("error"); e.Type() != js.TypeUndefined {
			t.Errorf("%q: %s", line, e.String())
			continue
		}
		if got := str(r, "input"); got != strings.ToValidUTF8(line, "\ufffd") {
			t.Errorf("input came back as %q", got)
		}
	}
}

func TestBadArgumentsGiveErrors(t *testing.T) {
	for _, args := range [][]any{
		{},
		{1, "MSNP8", "reference"},
		{"CVQ 1", "MSNP99x", "reference"},
		{"CVQ 1", "MSNP8", "nope"},
		{"CVQ 1", "MSNP8"},
	} {
		r := call("simulate", args...)
		if e := str(r, "error"); !strings.HasPrefix(e, "simulate: ") {
			t.Errorf("%v: error %q", args, e)
		}
	}
}

func TestSessionFlow(t *testing.T) {
	id := call("sessionOpen", "MSNP2", "reference")
	if id.Type() != js.TypeNumber {
		t.Fatalf("sessionOpen gave %v", id)
	}
	out := call("sessionSend", id, "VER 1 MSNP2 CVR0")
	if got := str(out, "result", "reply"); got != "VER 1 CVR0" {
		t.Errorf("VER reply %q", got)
	}
	if got := str(out, "state", "mode"); got != "CVR0" {
		t.Errorf("mode %q", got)
	}
	out = call("sessionSend", id, "CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863")
	if !out.Get("state").Get("closed").Bool() || str(out, "state", "closedBy") != "server" {
		t.Errorf("connection not closed by the server after the CVQ reply")
	}
	call("sessionClose", id)
	r := call("sessionSend", id, "VER 3 MSNP8")
	if e := str(r, "error"); !strings.Contains(e, "no such session") {
		t.Errorf("send after close: %q", e)
	}
}

func TestTranscriptAndNoMeta(t *testing.T) {
	tr := call("transcript", "C: VER 1 MSNP8 CVR0\nS: VER 1 CVR0", "MSNP8", "reference")
	ch := tr.Get("steps").Index(0).Get("checks").Index(0)
	if str(ch, "status") != "differ" || str(ch, "expected") != "VER 1 MSNP8" || ch.Get("line").Int() != 2 || ch.Get("index").Int() != 1 {
		t.Errorf("tampered VER reply not flagged: %s", str(ch, "status"))
	}
	d := ch.Get("diffs").Index(0)
	if str(d, "name") != "dialect" || d.Get("from").Int() != 6 {
		t.Errorf("diff %s at %d", str(d, "name"), d.Get("from").Int())
	}
	if l := tr.Get("lines").Index(1); str(l, "dir") != "S" || l.Get("line").Int() != 2 || l.Get("start").Int() != 3 {
		t.Errorf("line 2: %s %d %d", str(l, "dir"), l.Get("line").Int(), l.Get("start").Int())
	}
	if st := tr.Get("steps").Index(0); st.Get("line").Int() != 1 || st.Get("index").Int() != 0 || str(st, "reply") != "VER 1 MSNP8" {
		t.Errorf("step 0: line %d, index %d, reply %q", st.Get("line").Int(), st.Get("index").Int(), str(st, "reply"))
	}
	// The log's server answered CVR0 where the profile would settle on MSNP8:
	// the state after the log follows what its server said (issue 15.8).
	if str(tr, "state", "mode") != "CVR0" || str(tr, "state", "closedBy") != "" {
		t.Errorf("state: mode %q", str(tr, "state", "mode"))
	}
	// The metadata is not the bridge's any more: the build puts it in the page
	// (build/meta.go), so its prose stays out of the module.
	if m := js.Global().Get("cvq").Get("meta"); !m.IsUndefined() {
		t.Errorf("the bridge still registers meta")
	}
	// Fields leave the parameters' prose to the page as well.
	f := call("simulate", "CVQ 1", "MSNP8", "reference").Get("tokens").Index(0)
	if !f.Get("about").IsUndefined() || !f.Get("changes").IsUndefined() {
		t.Errorf("a field still carries about/changes")
	}
}

func TestPanicBecomesError(t *testing.T) {
	b := &bridge{parse: js.Global().Get("JSON").Get("parse")}
	if e := b.errorObject("x\"y").(js.Value).Get("error").String(); e != "x\"y" {
		t.Errorf("errorObject: %q", e)
	}
	fn := js.FuncOf(b.guard("boom", func([]js.Value) (string, error) { panic("kaboom") }))
	defer fn.Release()
	if e := str(fn.Invoke(), "error"); !strings.Contains(e, "kaboom") {
		t.Errorf("error %q", e)
	}
	// A JavaScript exception thrown inside a call surfaces as a Go panic
	// in syscall/js; it must come back as an error too.
	thrower := js.FuncOf(b.guard("throw", func([]js.Value) (string, error) {
		js.Global().Get("JSON").Call("parse", "{not json")
		return "", nil
	}))
	defer thrower.Release()
	if e := str(thrower.Invoke(), "error"); !strings.Contains(e, "internal error") {
		t.Errorf("JS exception: %q", e)
	}
}

// repeat is s.repeat(n), built in JavaScript so the test's own Go code copies nothing.
func repeat(s string, n int) js.Value {
	return js.Global().Get("String").New(s).Call("repeat", n)
}

func TestInputCap(t *testing.T) {
	for _, c := range []struct {
		name string
		arg  js.Value
		ok   bool
	}{
		{"4 MiB of ASCII", repeat("a", maxInput), true},
		{"one byte more", repeat("a", maxInput+1), false},
		{"4 MiB in 4-byte characters", repeat("😀", maxInput/4), true},
		{"few units, too many bytes", repeat("€", maxInput/3+1), false},
		{"too many units", repeat("€", maxInput+1), false},
	} {
		s, err := stringArg([]js.Value{c.arg}, 0, "line")
		if c.ok && (err != nil || len(s) != maxInput) {
			t.Errorf("%s: %d bytes, %v", c.name, len(s), err)
		}
		if !c.ok && (err == nil || err.Error() != "line is larger than 4 MiB") {
			t.Errorf("%s: error %v", c.name, err)
		}
	}
}

// A string whose UTF-16 length is over the cap is refused before it is copied into Go:
// `cvq.simulate("€".repeat(536e6), …)` used to take 16 s and 4 GB to say it was too large.
func TestOversizedInputIsNotCopied(t *testing.T) {
	big := repeat("€", 8*maxInput) // 96 MiB once encoded
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := call("simulate", big, "MSNP8", "reference")
	runtime.ReadMemStats(&after)
	if e := str(r, "error"); e != "simulate: line is larger than 4 MiB" {
		t.Errorf("error %q", e)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 1<<20 {
		t.Errorf("refusing the string allocated %d bytes: it was copied into Go", n)
	}
}

func TestSessionIDMustBeAnInteger(t *testing.T) {
	id := call("sessionOpen", "MSNP2", "reference")
	if id.Type() != js.TypeNumber {
		t.Fatalf("sessionOpen gave %v", id)
	}
	n := id.Float()
	number := js.Global().Get("Number")
	for _, c := range []struct {
		id   any
		want string
	}{
		{n + 0.5, "session id must be a safe integer"}, // Value.Int would truncate it to id
		{n + 1e-9, "session id must be a safe integer"},
		{n - 0.5, "session id must be a safe integer"},
		{number.Get("NaN"), "session id must be a safe integer"},
		{number.Get("POSITIVE_INFINITY"), "session id must be a safe integer"},
		{number.Get("NEGATIVE_INFINITY"), "session id must be a safe integer"},
		{1e300, "session id must be a safe integer"},
		{float64(1 << 53), "session id must be a safe integer"},
		{"1", "session id must be a number"},
		{nil, "session id must be a number"},
	} {
		if e := str(call("sessionSend", c.id, "VER 1 MSNP2 CVR0"), "error"); e != "sessionSend: "+c.want {
			t.Errorf("sessionSend(%v): error %q", c.id, e)
		}
		if e := str(call("sessionClose", c.id), "error"); e != "sessionClose: "+c.want {
			t.Errorf("sessionClose(%v): error %q", c.id, e)
		}
	}
	// None of them reached the session, which is still open and untouched.
	if got := str(call("sessionSend", id, "VER 1 MSNP2 CVR0"), "result", "reply"); got != "VER 1 CVR0" {
		t.Errorf("session after bad ids: VER reply %q", got)
	}
	// An integer id that names no session: an error to send to, harmless to close.
	if e := str(call("sessionSend", n+1e6, "VER 1 MSNP2"), "error"); !strings.Contains(e, "no such session") {
		t.Errorf("unknown id: %q", e)
	}
	if r := call("sessionClose", n+1e6); r.Type() != js.TypeUndefined {
		t.Errorf("closing an unknown id gave %v", r)
	}
	if r := call("sessionClose", id); r.Type() != js.TypeUndefined {
		t.Errorf("sessionClose gave %v", r)
	}
}

// TestReentrantCallsRefused calls the bridge from JavaScript that the
// bridge itself runs, without end: past maxDepth nested calls the
// innermost is refused with an error, every level returns, and the Go
// program keeps answering.
func TestReentrantCallsRefused(t *testing.T) {
	b := &bridge{parse: js.Global().Get("JSON").Get("parse")}
	var deepest string
	var fn js.Func
	fn = js.FuncOf(b.guard("deep", func([]js.Value) (string, error) {
		r := fn.Invoke() // calls back into the bridge, as a hooked built-in would
		if e := r.Get("error"); e.Type() == js.TypeString && deepest == "" {
			deepest = e.String()
		}
		return `{"ok":true}`, nil
	}))
	defer fn.Release()
	if r := fn.Invoke(); r.Get("ok").Type() != js.TypeBoolean {
		t.Fatalf("the outermost call answered %v", r)
	}
	if !strings.Contains(deepest, "called from inside 4 other bridge calls") {
		t.Errorf("the innermost nested call answered %q", deepest)
	}
	if b.depth != 0 {
		t.Errorf("depth is %d after every call returned", b.depth)
	}
	if got := str(call("simulate", "VER 1 MSNP8 CVR0", "MSNP8", "reference"), "reply"); got != "VER 1 MSNP8" {
		t.Errorf("after the nested calls simulate replied %q", got)
	}
}

// TestReplacedObjectNotCalled replaces globalThis.Object with a function
// that calls back into the bridge: the bridge keeps the Object it started
// with, so the replacement never runs.
func TestReplacedObjectNotCalled(t *testing.T) {
	global := js.Global()
	saved := global.Get("Object")
	calls := 0
	hook := js.FuncOf(func(this js.Value, args []js.Value) any {
		calls++
		call("simulate", "CVQ 1", "MSNP8", "reference")
		return saved.Invoke(args[0])
	})
	defer hook.Release()
	global.Set("Object", hook)
	r := call("simulate", "VER 1 MSNP8 CVR0", "MSNP8", "reference")
	global.Set("Object", saved)
	if got := str(r, "reply"); got != "VER 1 MSNP8" {
		t.Errorf("reply %q (error %q)", got, str(r, "error"))
	}
	if calls != 0 {
		t.Errorf("the replaced Object ran %d times", calls)
	}
}

// TestSessionsNotEvicted opens sessions until the bridge refuses: the
// first one, as the page's console would hold it, must still answer.
func TestSessionsNotEvicted(t *testing.T) {
	first := call("sessionOpen", "MSNP8", "reference")
	ids := []js.Value{first}
	var refused string
	for i := 0; i < 2*maxSessions && refused == ""; i++ {
		r := call("sessionOpen", "MSNP8", "reference")
		if r.Type() == js.TypeNumber {
			ids = append(ids, r)
			continue
		}
		refused = str(r, "error")
	}
	defer func() {
		for _, id := range ids {
			call("sessionClose", id)
		}
	}()
	if !strings.Contains(refused, "64 sessions are open") {
		t.Errorf("opening past the limit: %q", refused)
	}
	if got := str(call("sessionSend", first, "VER 1 MSNP8 CVR0"), "result", "reply"); got != "VER 1 MSNP8" {
		t.Errorf("the first session after %d more were opened: reply %q", len(ids)-1, got)
	}
	// Closing one makes room again.
	call("sessionClose", ids[len(ids)-1])
	ids = ids[:len(ids)-1]
	if r := call("sessionOpen", "MSNP8", "reference"); r.Type() != js.TypeNumber {
		t.Errorf("after closing one, sessionOpen gave %v", r)
	} else {
		ids = append(ids, r)
	}
}

// bigTranscript is a paste just under the page's 256 KiB cap: handshakes
// one after another, each on a new connection.
func bigTranscript() string {
	var b strings.Builder
	for b.Len() < 255*1024 {
		b.WriteString("C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8 CVR0\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\n" +
			"S: CVR 2 7.0.0813 7.0.0813 6.2.0205 http://download.microsoft.com/x http://messenger.msn.com\n")
	}
	return b.String()
}

// TestTranscriptInSlices checks a big paste as the page does: opened,
// checked a slice at a time, and read a part at a time. The parts come
// without fields, which transcriptFields gives for one step on request;
// joined, they are the one-call transcript (fields aside); and Go's heap
// is back under 50 MB once it has been collected.
func TestTranscriptInSlices(t *testing.T) {
	text := bigTranscript()
	stringify := js.Global().Get("JSON").Get("stringify")
	ticket := call("transcriptOpen", text, "MSNP8", "reference")
	if e := str(call("transcriptPart", ticket, 0, 1), "error"); !strings.Contains(e, "not checked yet") {
		t.Errorf("a part of an unchecked transcript: %q", e)
	}
	total := call("transcriptNext", ticket, 0).Int()
	slices := 0
	for left := total; left > 0; slices++ {
		next := call("transcriptNext", ticket, 500).Int()
		if next != max(left-500, 0) {
			t.Fatalf("after a slice of 500 lines, %d are left of %d", next, left)
		}
		left = next
	}
	t.Logf("%d KiB paste, %d lines, checked in %d slices", len(text)>>10, total, slices)
	if e := str(call("transcriptPart", ticket, 0, total+1), "error"); !strings.Contains(e, "no such lines") {
		t.Errorf("a part past the end: %q", e)
	}
	joined := map[string][]any{}
	var state any
	for from := 0; from < total; from += 1000 {
		part := call("transcriptPart", ticket, from, min(from+1000, total))
		var v map[string]any
		if err := json.Unmarshal([]byte(stringify.Invoke(part).String()), &v); err != nil {
			t.Fatal(err)
		}
		if first := int(v["firstStep"].(float64)); first != len(joined["steps"]) {
			t.Errorf("the part from line %d says its first step is %d, after %d steps", from, first, len(joined["steps"]))
		}
		for _, k := range []string{"lines", "steps", "unpaired", "diagnostics"} {
			joined[k] = append(joined[k], v[k].([]any)...)
		}
		state = v["state"]
	}
	whole := call("transcript", text, "MSNP8", "reference")
	var w map[string]any
	if err := json.Unmarshal([]byte(stringify.Invoke(whole).String()), &w); err != nil {
		t.Fatal(err)
	}
	for _, s := range w["steps"].([]any) {
		s.(map[string]any)["tokens"], s.(map[string]any)["replyTokens"] = []any{}, []any{}
	}
	// Each part has the diagnostics of its lines: a line's stay in order.
	byLine := func(ds []any) {
		sort.SliceStable(ds, func(i, j int) bool {
			return ds[i].(map[string]any)["line"].(float64) < ds[j].(map[string]any)["line"].(float64)
		})
	}
	byLine(joined["diagnostics"])
	byLine(w["diagnostics"].([]any))
	for _, k := range []string{"lines", "steps", "unpaired", "diagnostics"} {
		if !reflect.DeepEqual(append([]any{}, joined[k]...), w[k]) {
			t.Errorf("the parts' %s differ from the one-call transcript's (%d against %d)", k, len(joined[k]), len(w[k].([]any)))
		}
	}
	if !reflect.DeepEqual(state, w["state"]) {
		t.Errorf("the parts end in state %v, the one-call transcript in %v", state, w["state"])
	}
	// The one-call transcript left the check alone.
	r := call("transcriptFields", ticket, 1)
	if n := r.Get("tokens").Length(); n < 9 || str(r.Get("tokens").Index(2), "name") != "locale" {
		t.Errorf("transcriptFields gave %d fields (error %q)", n, str(r, "error"))
	}
	if e := str(call("transcriptFields", ticket, 1e6), "error"); !strings.Contains(e, "no such step") {
		t.Errorf("a step past the end: %q", e)
	}
	if e := str(call("transcriptNext", "1", 2), "error"); !strings.Contains(e, "must be numbers") {
		t.Errorf("a ticket that is not a number: %q", e)
	}
	call("transcriptOpen", "C: VER 1 MSNP8", "MSNP8", "reference")
	if e := str(call("transcriptFields", ticket, 1), "error"); !strings.Contains(e, "no longer the last") {
		t.Errorf("an old ticket: %q", e)
	}
	whole, w = js.Undefined(), nil
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Logf("Go heap after: %d MiB allocated, %d MiB in use, %d MiB obtained from the system", m.HeapAlloc>>20, m.HeapInuse>>20, m.HeapSys>>20)
	if m.HeapInuse > 50<<20 {
		t.Errorf("Go's heap holds %d MiB after the transcripts", m.HeapInuse>>20)
	}
}

// The bridge answers with exactly what encode.go writes, so the native
// test that compares the command's -json with encode.go
// (TestCommandJSONMatchesBridge) holds for the bridge itself.
func TestBridgeAnswersAsTheEncoderWrites(t *testing.T) {
	text := "C: VER 1 MSNP8 CVR0\nS: VER 1 CVR0\nprose\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS é😀@x\n"
	line := "CVQ 2 0x0409 wïnnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS é😀@x"
	var e1, e2 jsonWriter
	r := cvq.Simulate(line, cvq.MSNP8, nil)
	e1.result(&r)
	tr := cvq.CheckTranscript(text, cvq.MSNP8, nil)
	e2.transcript(&tr)
	for _, c := range []struct {
		name string
		got  js.Value
		want string
	}{
		{"simulate", call("simulate", line, "MSNP8", "reference"), e1.String()},
		{"transcript", call("transcript", text, "MSNP8", "reference"), e2.String()},
	} {
		var got, want any
		stringified := js.Global().Get("JSON").Call("stringify", c.got).String()
		if err := json.Unmarshal([]byte(stringified), &got); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if err := json.Unmarshal([]byte(c.want), &want); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the bridge answered\n%s\nthe encoder wrote\n%s", c.name, stringified, c.want)
		}
	}
}

// TestReusedBufferSurvivesReentry: simulate writes its JSON into a buffer the
// bridge reuses and hands JSON.parse a view of it, not a copy. A parse that
// calls back into the bridge (as a hooked built-in would) rewrites that
// buffer with another answer; the outer call must still answer its own line,
// because the text reached JavaScript before any JavaScript ran.
func TestReusedBufferSurvivesReentry(t *testing.T) {
	parse := js.Global().Get("JSON").Get("parse")
	b := &bridge{}
	inner := js.FuncOf(b.guard("simulate", b.simulate))
	defer inner.Release()
	nested := 0
	hook := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if nested == 0 {
			nested++
			if got := str(inner.Invoke("VER 1 MSNP8 CVR0", "MSNP8", "reference"), "reply"); got != "VER 1 MSNP8" {
				t.Errorf("the nested call replied %q", got)
			}
		}
		return parse.Invoke(args[0])
	})
	defer hook.Release()
	b.parse = hook.Value
	outer := js.FuncOf(b.guard("simulate", b.simulate))
	defer outer.Release()
	r := outer.Invoke("CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", "MSNP8", "reference")
	if nested != 1 {
		t.Fatalf("the hooked parse ran the nested call %d times", nested)
	}
	if got := str(r, "reply"); !strings.HasPrefix(got, "CVQ 2 7.0.0813 7.0.0813 6.2.0205 ") {
		t.Errorf("the outer call replied %q (error %q)", got, str(r, "error"))
	}
}
