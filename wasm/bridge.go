//go:build js && wasm

package main

import (
	"errors"

	"github.com/cvq-playground/cvq-playground/cvq"
	"github.com/hack-pad/safejs"
)

// version identifies the bridge's API revision (see API.md).
const version = "1"

// maxInput bounds the text one call accepts; the page caps input well
// below it, so this only stops a script that calls the bridge directly.
const maxInput = 4 << 20

// maxSessions bounds live sessions; the oldest is dropped past it.
const maxSessions = 64

// bridge holds the live sessions opened by the page.
type bridge struct {
	sessions map[int]*cvq.Session
	order    []int
	next     int
}

// handler is one bridge function: plain Go in, a JS value out.
type handler func(args []safejs.Value) (any, error)

// register installs globalThis.cvq with every bridge function, each
// wrapped so that a panic becomes an {error} object instead of ending the
// Go program.
func register(global safejs.Value) error {
	b := &bridge{sessions: map[int]*cvq.Session{}}
	obj, err := newObject()
	if err != nil {
		return err
	}
	fns := map[string]handler{
		"simulate":     b.simulate,
		"transcript":   b.transcript,
		"sessionOpen":  b.sessionOpen,
		"sessionSend":  b.sessionSend,
		"sessionClose": b.sessionClose,
		"meta":         func([]safejs.Value) (any, error) { return metaObject() },
	}
	for name, h := range fns {
		fn, err := safejs.FuncOf(guard(name, h))
		if err != nil {
			return err
		}
		if err := obj.Set(name, fn); err != nil {
			return err
		}
	}
	return global.Set("cvq", obj)
}

// guard turns errors and panics into {error: "..."} results.
func guard(name string, h handler) func(safejs.Value, []safejs.Value) any {
	return func(_ safejs.Value, args []safejs.Value) (ret any) {
		defer func() {
			if r := recover(); r != nil {
				ret = errorObject(name + ": internal error: " + panicText(r))
			}
		}()
		v, err := h(args)
		if err != nil {
			return errorObject(name + ": " + err.Error())
		}
		return v
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

func errorObject(msg string) any {
	o, err := newObject()
	if err != nil {
		return nil
	}
	_ = o.Set("error", msg)
	return o
}

// stringArg reads argument i as a string of at most maxInput bytes.
func stringArg(args []safejs.Value, i int, what string) (string, error) {
	if i >= len(args) || args[i].Type() != safejs.TypeString {
		return "", errors.New(what + " must be a string")
	}
	s, err := args[i].String()
	if err != nil {
		return "", err
	}
	if len(s) > maxInput {
		return "", errors.New(what + " is larger than 4 MiB")
	}
	return s, nil
}

// dialectProfile reads the dialect and profile arguments at i and i+1.
func dialectProfile(args []safejs.Value, i int) (cvq.Dialect, *cvq.Profile, error) {
	ds, err := stringArg(args, i, "dialect")
	if err != nil {
		return 0, nil, err
	}
	d, ok := cvq.ParseDialect(ds)
	if !ok {
		return 0, nil, errors.New("unknown dialect " + quote(ds) + ": use MSNP2 … MSNP24")
	}
	ps, err := stringArg(args, i+1, "profile")
	if err != nil {
		return 0, nil, err
	}
	p, ok := cvq.LookupProfile(ps)
	if !ok {
		return 0, nil, errors.New("unknown profile " + quote(ps))
	}
	return d, p, nil
}

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return "\"" + s + "\""
}

func (b *bridge) simulate(args []safejs.Value) (any, error) {
	line, err := stringArg(args, 0, "line")
	if err != nil {
		return nil, err
	}
	d, p, err := dialectProfile(args, 1)
	if err != nil {
		return nil, err
	}
	r := cvq.Simulate(line, d, p)
	return resultObject(&r)
}

func (b *bridge) transcript(args []safejs.Value) (any, error) {
	text, err := stringArg(args, 0, "text")
	if err != nil {
		return nil, err
	}
	d, p, err := dialectProfile(args, 1)
	if err != nil {
		return nil, err
	}
	t := cvq.CheckTranscript(text, d, p)
	return transcriptObject(text, &t)
}

func (b *bridge) sessionOpen(args []safejs.Value) (any, error) {
	d, p, err := dialectProfile(args, 0)
	if err != nil {
		return nil, err
	}
	b.next++
	id := b.next
	b.sessions[id] = cvq.NewSession(d, p)
	b.order = append(b.order, id)
	if len(b.order) > maxSessions {
		delete(b.sessions, b.order[0])
		b.order = b.order[1:]
	}
	return id, nil
}

func (b *bridge) session(args []safejs.Value) (int, *cvq.Session, error) {
	if len(args) == 0 || args[0].Type() != safejs.TypeNumber {
		return 0, nil, errors.New("session id must be a number")
	}
	id, err := args[0].Int()
	if err != nil {
		return 0, nil, err
	}
	s, ok := b.sessions[id]
	if !ok {
		return id, nil, errors.New("no such session (closed, or dropped after 64 newer ones)")
	}
	return id, s, nil
}

func (b *bridge) sessionSend(args []safejs.Value) (any, error) {
	_, s, err := b.session(args)
	if err != nil {
		return nil, err
	}
	line, err := stringArg(args, 1, "line")
	if err != nil {
		return nil, err
	}
	r := s.Send(line)
	res, err := resultObject(&r)
	if err != nil {
		return nil, err
	}
	out, err := newObject()
	if err != nil {
		return nil, err
	}
	st, err := stateObject(s.State())
	if err != nil {
		return nil, err
	}
	if err := out.Set("result", res); err != nil {
		return nil, err
	}
	return out, out.Set("state", st)
}

func (b *bridge) sessionClose(args []safejs.Value) (any, error) {
	id, _, err := b.session(args)
	if err != nil {
		return nil, nil // closing twice is harmless
	}
	delete(b.sessions, id)
	for i, v := range b.order {
		if v == id {
			b.order = append(b.order[:i], b.order[i+1:]...)
			break
		}
	}
	return nil, nil
}
