// Package shape holds one test: the size limits STYLE.md sets for the code in cvq/, wasm/
// and build/ (no non-test Go file over 500 lines, no function over 80), checked on every
// `make test` so a file or function that outgrows them is split while it is still easy.
package shape

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const (
	maxFileLines = 500
	maxFuncLines = 80
)

// checkedDirs are the folders, from the repository root, whose Go code the limits cover.
var checkedDirs = []string{"cvq", "wasm", "build"}

// TestCodeShape fails for each non-test Go file over maxFileLines lines and each function or
// method (function literals included, measured on their own) over maxFuncLines, outside
// testdata and generated files.
func TestCodeShape(t *testing.T) {
	n := 0
	for _, dir := range checkedDirs {
		err := filepath.WalkDir(filepath.Join("..", "..", dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == "testdata" || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			n++
			return checkFile(t, path)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 50 {
		t.Fatalf("checked %d files: the walk did not find the code", n)
	}
}

func checkFile(t *testing.T, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		return err
	}
	if ast.IsGenerated(f) {
		return nil
	}
	name := filepath.ToSlash(strings.TrimPrefix(path, filepath.Join("..", "..")+string(filepath.Separator)))
	if lines := fset.Position(f.End()).Line; lines > maxFileLines {
		t.Errorf("%s is %d lines, over %d: split it by job", name, lines, maxFileLines)
	}
	for _, msg := range longFuncs(fset, f) {
		t.Errorf("%s: %s", name, msg)
	}
	return nil
}

// longFuncs reports each function over maxFuncLines, counted from its func keyword to its
// closing brace.
func longFuncs(fset *token.FileSet, f *ast.File) []string {
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		var what string
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			what, body = n.Name.Name, n.Body
			if n.Recv != nil && len(n.Recv.List) == 1 {
				what = recvName(n.Recv.List[0].Type) + "." + what
			}
		case *ast.FuncLit:
			what, body = "a function literal", n.Body
		}
		if body == nil {
			return true
		}
		start, end := fset.Position(n.Pos()), fset.Position(body.End())
		if lines := end.Line - start.Line + 1; lines > maxFuncLines {
			out = append(out, what+" (line "+strconv.Itoa(start.Line)+") is "+strconv.Itoa(lines)+" lines, over "+strconv.Itoa(maxFuncLines))
		}
		return true
	})
	return out
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return "(*" + recvName(e.X) + ")"
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return recvName(e.X)
	}
	return "?"
}
