package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestEmptyTable(t *testing.T) {
	src := `package cvq

// languages is a table.
var languages = [...]Language{
	{0x0001, "ar", "Arabic"},
	{0x0002, "bg", "Bulgarian"},
}

var other = 1
`
	got, err := emptyTable(src, "languages")
	if err != nil {
		t.Fatal(err)
	}
	want := `package cvq

// languages is a table.
var languages = [...]Language{}

var other = 1
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	for _, name := range []string{"missing", "other"} {
		if _, err := emptyTable(src, name); err == nil {
			t.Errorf("emptyTable(%q): no error", name)
		}
	}
	if _, err := emptyTable("package x\nvar t = []int{\n\t1,\n", "t"); err == nil || !strings.Contains(err.Error(), "closing brace") {
		t.Errorf("unclosed literal: %v", err)
	}
}

func TestWithout(t *testing.T) {
	got := without([]string{"runtime", "fmt", "syscall/js", "reflect"}, []string{"runtime", "syscall/js"})
	if !reflect.DeepEqual(got, []string{"fmt", "reflect"}) {
		t.Errorf("got %q", got)
	}
}

func TestCompareCode(t *testing.T) {
	pg := []wasmFunc{{"runtime.a", 100}, {"fmt.b", 50}, {"fmt.c", 25}, {"main.main", 5}}
	fl := []wasmFunc{{"runtime.a", 90}, {"main.main", 7}, {"syscall_js.x", 3}}
	got := compareCode(pg, fl, newSymbolNamer([]string{"runtime", "fmt", "syscall/js"}))
	want := []pkgDelta{{"fmt", 75, 0}, {"runtime", 100, 90}, {"main", 5, 7}, {"syscall/js", 0, 3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}
