package cvq

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// listedCodes reads codes.go and returns its constants, value → name. It reads the source
// rather than a table so that the list costs the WebAssembly module nothing.
func listedCodes(t *testing.T) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			for i, name := range v.Names {
				lit, ok := v.Values[i].(*ast.BasicLit)
				if !ok {
					t.Fatalf("codes.go: %s is not a string literal", name.Name)
				}
				code, _ := strconv.Unquote(lit.Value)
				if prev, dup := codes[code]; dup {
					t.Errorf("codes.go: %s and %s are both %q", prev, name.Name, code)
				}
				codes[code] = name.Name
			}
		}
	}
	if len(codes) < 40 {
		t.Fatalf("codes.go lists %d codes: the parse is broken", len(codes))
	}
	return codes
}

// TestCodesAreConstants scans the package's source: a diagnostic's code is always one of
// the constants of codes.go, never a string literal (in a Code: field, or as the code
// argument of diag or mark).
func TestCodesAreConstants(t *testing.T) {
	fset := token.NewFileSet()
	names, _ := filepath.Glob("*.go")
	scanned := 0
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") || name == "codes.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		scanned++
		ast.Inspect(f, func(n ast.Node) bool {
			var code ast.Expr
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok && id.Name == "Code" {
					code = n.Value
				}
			case *ast.CallExpr:
				// s.diag(sev, start, end, code, …) and s.mark(f, status, code, …)
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
					switch {
					case sel.Sel.Name == "diag" && len(n.Args) >= 4:
						code = n.Args[3]
					case sel.Sel.Name == "mark" && len(n.Args) >= 3:
						code = n.Args[2]
					}
				}
			}
			if lit, ok := code.(*ast.BasicLit); ok {
				t.Errorf("%s: diagnostic code %s is a literal: use (or add) a constant in codes.go", fset.Position(lit.Pos()), lit.Value)
			}
			return true
		})
	}
	if scanned < 10 {
		t.Fatalf("scanned %d files", scanned)
	}
}

// TestEmittedCodesListed runs the simulator, sessions and the transcript checker over a
// corpus (every example, the seed's lines in every dialect family and profile, broken and
// hostile lines, odd pastes) and fails on any code not in codes.go.
func TestEmittedCodesListed(t *testing.T) {
	listed := listedCodes(t)
	seen := map[string]int{}
	check := func(where string, ds []Diagnostic) {
		for _, d := range ds {
			seen[d.Code]++
			if _, ok := listed[d.Code]; !ok {
				t.Errorf("%s: code %q is not in codes.go", where, d.Code)
			}
		}
	}
	lines := []string{
		"", "CVQ", "cvq 1", "FOO 1 2", "CVQ x 0x0409", "CVQ 007 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c",
		"CVR 2 0x0400 beos 5.x sparc MSNMSGRR 6..0 MSMSGS not-an-address extra more",
		"CVR 2 0X0409 winnt 5.1 i386 MSNMSGR 6.0 msmsgs  ",
		"CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 15.4.3508.1109 MSNMSGR a@b.c !!!",
		"CVR 2 zz winnt 5.1 i386 MSNMSGR 8.5.1302  a@b.c\n",
		"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\r\nVER 3 MSNP8",
		"VER 1 MSNP8 CVR0", "VER 1 CVR0 MSNP8", "VER 1 msnp8 NOPE", "VER", "VER 1",
		strings.Repeat("x ", 300),
	}
	lines = append(lines, loadVectors(t, "seed.txt").Requests()...)
	for _, p := range Profiles() {
		for _, d := range Dialects() {
			for _, l := range lines {
				r := Simulate(l, d, p)
				check(strconv.Quote(l), r.Diagnostics)
			}
			s := NewSession(d, p)
			for _, l := range []string{"CVR 1 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "VER 2 MSNP8 CVR0", "VER 3 MSNP8",
				"CVQ 4 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c", "CVQ 5 x"} {
				r := s.Send(l)
				check("session "+strconv.Quote(l), r.Diagnostics)
			}
			s = NewSession(d, p)
			for _, l := range []string{"VER 1 MSNP2 CVR0", "CVR 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863"} {
				check("session "+strconv.Quote(l), s.Send(l).Diagnostics)
			}
		}
	}
	pastes := []string{
		".. orphan\nC: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8\nsome prose here\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\n" +
			"S: CVR 2 1 1 1 x y\nC: VER 1 MSNP8 CVR0\nC: VER 1 MSNP8\n",
		strings.Repeat("C: VER 1 MSNP8 CVR0\n", maxTranscriptLines+2),
	}
	for _, e := range Examples() {
		pastes = append(pastes, e.Input)
	}
	for _, p := range Profiles() {
		for _, text := range pastes {
			tr := CheckTranscript(text, MSNP8, p)
			for _, ld := range tr.Diagnostics {
				check("transcript", []Diagnostic{ld.Diagnostic})
			}
			for _, st := range tr.Steps {
				check("transcript step", st.Result.Diagnostics)
			}
		}
	}
	var unseen []string
	for code := range listed {
		if seen[code] == 0 {
			unseen = append(unseen, code)
		}
	}
	sort.Strings(unseen)
	if len(unseen) > 5 {
		t.Errorf("the corpus reaches too few codes (%d of %d unseen: %s): it no longer exercises the simulator", len(unseen), len(listed), strings.Join(unseen, " "))
	}
	t.Logf("codes the corpus does not reach: %s", strings.Join(unseen, " "))
}
