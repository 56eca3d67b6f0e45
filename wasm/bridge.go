//go:build js && wasm

package main

import (
	"syscall/js"
	"unsafe"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// maxInput bounds the text one call accepts; the page caps input well
// below it, so this only stops a script that calls the bridge directly.
const maxInput = 4 << 20

// tooLarge ends the message for an argument over maxInput.
var tooLarge = " is larger than " + itoa(maxInput>>20) + " MiB"

// maxSessions bounds live sessions. Past it sessionOpen is refused rather
// than dropping the oldest: the oldest is usually the page's own console,
// and any script on the page could otherwise evict it by opening more.
const maxSessions = 64

// maxDepth bounds calls into the bridge that are running at once. A call
// only nests when JavaScript code the bridge runs calls back into it (a
// script that replaced a built-in); each level holds a Go stack and a JS
// stack frame, and without a bound the nesting ends the Go program.
const maxDepth = 4

// bridge holds the live sessions opened by the page.
type bridge struct {
	sessions []liveSession // oldest first; at most maxSessions
	next     int
	parse    js.Value // JSON.parse, as it was when the bridge started
	depth    int      // bridge calls now running (nested through JS)
	// check is the last transcript opened (transcriptOpen, or transcript
	// with lean set): checked a slice at a time by transcriptNext, read a
	// part at a time by transcriptPart, and whole results of its steps by
	// transcriptFields. ticket names it; opening another drops it.
	check  *cvq.TranscriptCheck
	ticket int
	// out is the JSON buffer simulate and transcriptFields write into and
	// reuse: typing calls simulate on every keystroke, and a fresh buffer
	// (grown two or three times, then copied into a string) per call made Go
	// collect garbage every few dozen keystrokes, each time a pause of tens
	// of milliseconds (make bench's typing rows).
	out []byte
}

// view keeps w's bytes as the bridge's buffer for the next call and returns
// them as a string without copying: the string is valid only until the
// buffer is written again. The bridge hands it straight to JSON.parse, and
// syscall/js copies a string argument into JavaScript before the call runs
// any JavaScript code, so a call that re-enters the bridge and rewrites the
// buffer cannot reach it.
func (b *bridge) view(w *jsonWriter) string {
	b.out = w.b
	// A slice header starts with a string header (data, length); unsafe.String
	// would link the runtime's checks for a bad length and cost ~400 bytes.
	return *(*string)(unsafe.Pointer(&w.b))
}

// objectFn is the global Object function as it was when the bridge
// started; a script that replaces globalThis.Object later cannot make
// jsLength run its code.
var objectFn js.Value

// liveSession is a connection the page opened, by id.
type liveSession struct {
	id int
	s  *cvq.Session
}

// bridgeError is the message of an {error} answer. The bridge makes its
// errors with it rather than errors.New: package errors brings the
// runtime's reflection helpers (internal/reflectlite) into the module,
// which has a size budget (DESIGN.md).
type bridgeError string

func (e bridgeError) Error() string { return string(e) }

// handler is one bridge function: JS arguments in, JSON text out.
type handler func(args []js.Value) (string, error)

// register installs globalThis.cvq with every bridge function, each
// wrapped by guard.
func register(global js.Value) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = bridgeError("registering the bridge failed: " + panicText(r))
		}
	}()
	b := &bridge{parse: global.Get("JSON").Get("parse")}
	objectFn = global.Get("Object")
	obj := objectFn.New()
	fns := []struct {
		name string
		h    handler
	}{
		{"simulate", b.simulate},
		{"transcript", b.transcript},
		{"transcriptFields", b.transcriptFields},
		{"transcriptOpen", b.transcriptOpen},
		{"transcriptNext", b.transcriptNext},
		{"transcriptPart", b.transcriptPart},
		{"sessionOpen", b.sessionOpen},
		{"sessionSend", b.sessionSend},
		{"sessionClose", b.sessionClose},
	}
	for _, f := range fns {
		obj.Set(f.name, js.FuncOf(b.guard(f.name, f.h)))
	}
	global.Set("cvq", obj)
	return nil
}

// guard turns a returned error, and any panic (a Go bug, or a JavaScript
// exception surfacing through syscall/js), into {error: "..."}, so one bad
// call never ends the Go program and leaves the page without answers. A
// call nested more than maxDepth deep is refused before it does anything.
func (b *bridge) guard(name string, h handler) func(js.Value, []js.Value) any {
	return func(_ js.Value, args []js.Value) (ret any) {
		if b.depth >= maxDepth {
			return b.errorObject(name + ": called from inside " + itoa(maxDepth) +
				" other bridge calls (a script calls back into the bridge); refused")
		}
		b.depth++
		defer func() {
			b.depth--
			if r := recover(); r != nil {
				ret = b.errorObject(name + ": internal error: " + panicText(r))
			}
		}()
		text, err := h(args)
		if err != nil {
			return b.errorObject(name + ": " + err.Error())
		}
		if text == "" {
			return js.Undefined()
		}
		return b.parse.Invoke(text)
	}
}

func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unexpected panic"
}

// errorObject is {error: msg}, built through JSON.parse like every other
// answer (a Go map literal would link the runtime's string-keyed maps).
func (b *bridge) errorObject(msg string) any {
	var w jsonWriter
	w.obj()
	w.kstr("error", msg)
	w.endObj()
	return b.parse.Invoke(w.String())
}

// stringArg reads argument i as a string of at most maxInput bytes.
func stringArg(args []js.Value, i int, what string) (string, error) {
	if i >= len(args) || args[i].Type() != js.TypeString {
		return "", bridgeError(what + " must be a string")
	}
	// Copying a string into Go costs a UTF-8 encoding in JavaScript and a Go copy of
	// it, so a string whose length alone proves it too large is refused first. length
	// counts UTF-16 units, and no unit encodes to fewer UTF-8 bytes: U+0000–U+007F is
	// 1 unit and 1 byte, U+0080–U+07FF 1 unit and 2 bytes, U+0800–U+FFFF 1 unit and 3
	// bytes (a lone surrogate becomes U+FFFD, also 3), U+10000 and up 2 units and 4
	// bytes. So units ≤ bytes ≤ 3 × units: more than maxInput units is more than
	// maxInput bytes, while fewer units can still be too many bytes, which the check
	// after the copy catches.
	if jsLength(args[i]) > maxInput {
		return "", bridgeError(what + tooLarge)
	}
	s := args[i].String()
	if len(s) > maxInput {
		return "", bridgeError(what + tooLarge)
	}
	return s, nil
}

// jsLength is the length of a JavaScript string, in UTF-16 units, read without
// copying the string. js.Value's Length and Get only take objects, so it reads the
// length of the string's wrapper object (Object(s), which shares its characters).
func jsLength(s js.Value) int {
	return objectFn.Invoke(s).Get("length").Int()
}

// dialectProfile reads the dialect and profile arguments at i and i+1.
func dialectProfile(args []js.Value, i int) (cvq.Dialect, *cvq.Profile, error) {
	ds, err := stringArg(args, i, "dialect")
	if err != nil {
		return 0, nil, err
	}
	d, ok := cvq.ParseDialect(ds)
	if !ok {
		return 0, nil, bridgeError("unknown dialect " + quote(ds) + ": use MSNP2 … MSNP24")
	}
	ps, err := stringArg(args, i+1, "profile")
	if err != nil {
		return 0, nil, err
	}
	p, ok := cvq.LookupProfile(ps)
	if !ok {
		return 0, nil, bridgeError("unknown profile " + quote(ps))
	}
	return d, p, nil
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return "\"" + s + "\""
}

func (b *bridge) simulate(args []js.Value) (string, error) {
	line, err := stringArg(args, 0, "line")
	if err != nil {
		return "", err
	}
	d, p, err := dialectProfile(args, 1)
	if err != nil {
		return "", err
	}
	r := cvq.Simulate(line, d, p)
	w := jsonWriter{b: b.out[:0]}
	w.result(&r)
	return b.view(&w), nil
}

// transcript checks a paste in one call and answers all of it, fields
// included. The page checks pastes with transcriptOpen, transcriptNext and
// transcriptPart, a slice per task; this is the one-call form for small
// pastes (a lesson's goal), and it leaves the check those hold alone.
func (b *bridge) transcript(args []js.Value) (string, error) {
	text, err := stringArg(args, 0, "text")
	if err != nil {
		return "", err
	}
	d, p, err := dialectProfile(args, 1)
	if err != nil {
		return "", err
	}
	t := cvq.CheckTranscript(text, d, p)
	var w jsonWriter
	w.transcript(&t)
	return w.String(), nil
}

// open parses the paste of args (text, dialect, profile) into a new check
// under a new ticket, dropping the last one.
func (b *bridge) open(args []js.Value) error {
	text, err := stringArg(args, 0, "text")
	if err != nil {
		return err
	}
	d, p, err := dialectProfile(args, 1)
	if err != nil {
		return err
	}
	b.check = nil // the old one's memory is free before the new one's parse
	b.ticket++
	b.check = cvq.NewTranscriptCheck(text, d, p)
	return nil
}

// transcriptOpen parses a paste and answers a ticket, which names it in
// the calls that check it (transcriptNext) and read it (transcriptPart,
// transcriptFields). The page checks a big paste a slice per task this way.
// Opening another drops it.
func (b *bridge) transcriptOpen(args []js.Value) (string, error) {
	if err := b.open(args); err != nil {
		return "", err
	}
	return itoa(b.ticket), nil
}

// numbers reads arguments 0 … n-1 (n ≤ 3) as integers.
func numbers(args []js.Value, n int, what string) (out [3]int, err error) {
	if len(args) < n {
		return out, bridgeError(what + " must be numbers")
	}
	for i := 0; i < n; i++ {
		if args[i].Type() != js.TypeNumber {
			return out, bridgeError(what + " must be numbers")
		}
		out[i] = args[i].Int()
	}
	return out, nil
}

// notChecked answers a read of a transcript transcriptNext has not finished.
const notChecked = "the transcript is not checked yet: call transcriptNext until it answers 0"

// opened is the check ticket names, or an error when a newer one replaced it.
func (b *bridge) opened(ticket int) (*cvq.TranscriptCheck, error) {
	if ticket != b.ticket || b.check == nil {
		return nil, bridgeError("that transcript is no longer the last one checked")
	}
	return b.check, nil
}

// transcriptNext checks up to n more protocol lines of the transcript
// ticket names and answers how many are left to check: 0 when it is done
// (n = 0 checks none, and answers how many it has).
func (b *bridge) transcriptNext(args []js.Value) (string, error) {
	a, err := numbers(args, 2, "ticket and count")
	if err != nil {
		return "", err
	}
	c, err := b.opened(a[0])
	if err != nil {
		return "", err
	}
	c.Next(a[1])
	checked, total := c.Progress()
	return itoa(total - checked), nil
}

// transcriptPart answers protocol lines [from, to) of the checked
// transcript ticket names as a lean transcript of their own, with
// firstStep, the index of its first step among all the transcript's steps
// (for transcriptFields). Parts joined in order make the whole transcript.
func (b *bridge) transcriptPart(args []js.Value) (string, error) {
	a, err := numbers(args, 3, "ticket, from and to")
	if err != nil {
		return "", err
	}
	c, err := b.opened(a[0])
	if err != nil {
		return "", err
	}
	checked, total := c.Progress()
	if checked < total {
		return "", bridgeError(notChecked)
	}
	from, to := a[1], a[2]
	if from < 0 || to > total || from > to {
		return "", bridgeError("no such lines")
	}
	t := c.Finish()
	first := 0
	for first < len(t.Steps) && t.Steps[first].Client < from {
		first++
	}
	w := jsonWriter{b: b.out[:0], lean: true}
	w.obj()
	w.transcriptPart(t, from, to)
	w.knum("firstStep", first)
	w.endObj()
	return b.view(&w), nil
}

// transcriptFields answers the whole result (fields included) of step i of
// the transcript named by ticket, or an error when a newer transcript has
// replaced it.
func (b *bridge) transcriptFields(args []js.Value) (string, error) {
	a, err := numbers(args, 2, "ticket and step")
	if err != nil {
		return "", err
	}
	c, err := b.opened(a[0])
	if err != nil {
		return "", err
	}
	if checked, total := c.Progress(); checked < total {
		return "", bridgeError(notChecked)
	}
	t := c.Finish()
	if a[1] < 0 || a[1] >= len(t.Steps) {
		return "", bridgeError("no such step")
	}
	w := jsonWriter{b: b.out[:0]}
	w.result(&t.Steps[a[1]].Result)
	return b.view(&w), nil
}

func (b *bridge) sessionOpen(args []js.Value) (string, error) {
	d, p, err := dialectProfile(args, 0)
	if err != nil {
		return "", err
	}
	if len(b.sessions) >= maxSessions {
		return "", bridgeError(itoa(maxSessions) + " sessions are open, the most the bridge keeps; close one with sessionClose first")
	}
	b.next++
	id := b.next
	b.sessions = append(b.sessions, liveSession{id, cvq.NewSession(d, p)})
	var w jsonWriter
	w.num(id)
	return w.String(), nil
}

// session finds the session argument 0 names: its index in b.sessions, or -1 when
// no live session has that id or the argument is not an id. An id is an integer
// JavaScript holds exactly (Number.isSafeInteger); js.Value.Int truncates, so it
// alone would take 1.5 for session 1, and NaN and ±Infinity are numbers too.
func (b *bridge) session(args []js.Value) (int, error) {
	if len(args) == 0 || args[0].Type() != js.TypeNumber {
		return -1, bridgeError("session id must be a number")
	}
	f := args[0].Float()
	// Within ±2^53 converting to int keeps an integer exact and truncates anything
	// else; the range test also fails for ±Infinity and for NaN, which fails every
	// comparison.
	if !(f > -1<<53 && f < 1<<53) || float64(int(f)) != f {
		return -1, bridgeError("session id must be a safe integer")
	}
	for i, s := range b.sessions {
		if s.id == int(f) {
			return i, nil
		}
	}
	return -1, nil
}

func (b *bridge) sessionSend(args []js.Value) (string, error) {
	i, err := b.session(args)
	if err == nil && i < 0 {
		err = bridgeError("no such session (closed, or never opened)")
	}
	if err != nil {
		return "", err
	}
	s := b.sessions[i].s
	line, err := stringArg(args, 1, "line")
	if err != nil {
		return "", err
	}
	r := s.Send(line)
	var w jsonWriter
	w.sent(&r, s.State())
	return w.String(), nil
}

// sessionClose frees a session. An argument that is not an id is an error; an
// id no live session has is not, since closing twice is harmless.
func (b *bridge) sessionClose(args []js.Value) (string, error) {
	i, err := b.session(args)
	if i >= 0 {
		b.sessions = append(b.sessions[:i], b.sessions[i+1:]...)
	}
	return "", err
}
