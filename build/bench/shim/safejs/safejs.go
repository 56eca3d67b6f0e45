//go:build js && wasm

// Package safejs is a measuring stick, not a dependency: it offers the part of
// github.com/hack-pad/safejs's API that the bridge in wasm/ uses, built on syscall/js with
// no fmt (and so no reflect, os or time). `make bench` builds the bridge once against it
// (through a go.mod replace in a temporary -modfile) to find out how many downloaded bytes
// the real package costs. The bridge itself is never changed.
package safejs

import (
	"errors"
	"syscall/js"
)

// Type is the type of a JavaScript value.
type Type int

// The JavaScript types, numbered as syscall/js numbers them.
const (
	TypeUndefined = Type(js.TypeUndefined)
	TypeNull      = Type(js.TypeNull)
	TypeBoolean   = Type(js.TypeBoolean)
	TypeNumber    = Type(js.TypeNumber)
	TypeString    = Type(js.TypeString)
	TypeSymbol    = Type(js.TypeSymbol)
	TypeObject    = Type(js.TypeObject)
	TypeFunction  = Type(js.TypeFunction)
)

// Value is a JavaScript value whose operations return errors instead of panicking.
type Value struct{ v js.Value }

// Func is a Go function callable from JavaScript.
type Func struct{ fn js.Func }

// Global returns the JavaScript global object.
func Global() Value { return Value{js.Global()} }

// FuncOf wraps fn for JavaScript.
func FuncOf(fn func(this Value, args []Value) any) (Func, error) {
	return Func{js.FuncOf(func(this js.Value, args []js.Value) any {
		vs := make([]Value, len(args))
		for i, a := range args {
			vs[i] = Value{a}
		}
		return unwrap(fn(Value{this}, vs))
	})}, nil
}

// Value returns the function as a JavaScript value.
func (f Func) Value() Value { return Value{f.fn.Value} }

// Release frees the function; JavaScript must not call it afterwards.
func (f Func) Release() { f.fn.Release() }

// unwrap turns this package's types, also inside slices and maps, into what js.ValueOf
// accepts.
func unwrap(x any) any {
	switch x := x.(type) {
	case Value:
		return x.v
	case Func:
		return x.fn
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = unwrap(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = unwrap(e)
		}
		return out
	}
	return x
}

func unwrapAll(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = unwrap(a)
	}
	return out
}

// catch turns a panic of syscall/js (a JavaScript exception, a wrong type) into an error.
func catch(err *error) {
	r := recover()
	switch r := r.(type) {
	case nil:
	case error:
		*err = r
	case string:
		*err = errors.New(r)
	default:
		*err = errors.New("syscall/js panicked")
	}
}

// Type returns v's JavaScript type.
func (v Value) Type() Type { return Type(v.v.Type()) }

// Get returns the property p of v.
func (v Value) Get(p string) (r Value, err error) {
	defer catch(&err)
	return Value{v.v.Get(p)}, nil
}

// Set sets the property p of v to x.
func (v Value) Set(p string, x any) (err error) {
	defer catch(&err)
	v.v.Set(p, unwrap(x))
	return nil
}

// Index returns v[i].
func (v Value) Index(i int) (r Value, err error) {
	defer catch(&err)
	return Value{v.v.Index(i)}, nil
}

// SetIndex sets v[i] to x.
func (v Value) SetIndex(i int, x any) (err error) {
	defer catch(&err)
	v.v.SetIndex(i, unwrap(x))
	return nil
}

// Length returns v.length.
func (v Value) Length() (n int, err error) {
	defer catch(&err)
	return v.v.Length(), nil
}

// Call calls v's method m.
func (v Value) Call(m string, args ...any) (r Value, err error) {
	defer catch(&err)
	return Value{v.v.Call(m, unwrapAll(args)...)}, nil
}

// Invoke calls v as a function.
func (v Value) Invoke(args ...any) (r Value, err error) {
	defer catch(&err)
	return Value{v.v.Invoke(unwrapAll(args)...)}, nil
}

// New calls v as a constructor.
func (v Value) New(args ...any) (r Value, err error) {
	defer catch(&err)
	return Value{v.v.New(unwrapAll(args)...)}, nil
}

// Bool returns v as a bool.
func (v Value) Bool() (b bool, err error) {
	defer catch(&err)
	return v.v.Bool(), nil
}

// Int returns v as an int.
func (v Value) Int() (n int, err error) {
	defer catch(&err)
	return v.v.Int(), nil
}

// Float returns v as a float64.
func (v Value) Float() (f float64, err error) {
	defer catch(&err)
	return v.v.Float(), nil
}

// String returns v as a string; unlike syscall/js it refuses values that are not strings.
func (v Value) String() (s string, err error) {
	if v.v.Type() != js.TypeString {
		return "", errors.New("safejs: value is not a string")
	}
	return v.v.String(), nil
}
