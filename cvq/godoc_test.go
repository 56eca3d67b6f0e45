package cvq

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"
)

// Every exported struct field of the package has a doc or line comment, so
// `go doc cvq.Result` explains each field (units and bases included) to
// someone who never opens the source.
func TestExportedFieldsDocumented(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range pkgs["cvq"].Files {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok || !ts.Name.IsExported() {
				return true
			}
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				return true
			}
			for _, field := range st.Fields.List {
				for _, name := range field.Names {
					if !name.IsExported() {
						continue
					}
					checked++
					if field.Doc == nil && field.Comment == nil {
						t.Errorf("%s: %s.%s has no comment", fset.Position(field.Pos()), ts.Name.Name, name.Name)
					}
				}
			}
			return true
		})
	}
	if checked < 50 {
		t.Errorf("only %d exported fields found: is the parser reading the package?", checked)
	}
}
