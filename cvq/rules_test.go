package cvq

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// ruleIDs reads rules.go and returns the values of its Rule… constants.
func ruleIDs(t *testing.T) map[string]bool {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "rules.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, s := range g.Specs {
				v := s.(*ast.ValueSpec)
				for i, name := range v.Names {
					if lit, ok := v.Values[i].(*ast.BasicLit); ok && strings.HasPrefix(name.Name, "Rule") {
						id, _ := strconv.Unquote(lit.Value)
						ids[id] = true
					}
				}
			}
		}
	}
	if len(ids) < 10 {
		t.Fatalf("rules.go lists %d rule ids", len(ids))
	}
	return ids
}

func reads(r Rule) []int {
	var out []int
	for i := 0; i < 64; i++ {
		if r.ReadsToken(i) {
			out = append(out, i)
		}
	}
	return out
}

// Each reply field has its own rule (issue 15 item 4): what fired, which
// request tokens it read, the row, and for an error the decision step of
// rules §4 (731 at step 3, 710 at 4, 420 at 5: the seed's order).
func TestRulePerField(t *testing.T) {
	const tail = " MSMSGS a@b.c\r\n"
	type want struct {
		field int // index into ReplyFields
		id    string
		step  int
		reads []int
		row   int
	}
	cases := []struct {
		line, dialect, profile string
		want                   []want
	}{
		{"CVQ 6 spaghetti\r\n", "MSNP8", "reference", []want{{0, RuleTooFew, 3, []int{2}, 0}, {1, RuleTrID, 0, []int{1}, 0}}},
		{"CVQ 2 0x1111 winnt 5.1 i386 MSNMSGR 6.0.0602" + tail, "MSNP8", "reference", []want{{0, RuleBadLocale, 4, []int{2}, 0}}},
		{"CVQ 2 0x0409 winnt 5.1 i386 YCOMM 0.1.0023" + tail, "MSNP8", "reference", []want{{0, RuleUnknownClient, 5, []int{6}, 0}}},
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 99.9.9999" + tail, "MSNP8", "reference", []want{{0, RuleTooNew, 5, []int{6, 7}, 0}}},
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.x" + tail, "MSNP8", "reference", []want{{0, RuleBadVersion, 5, []int{7}, 0}}},
		{"CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602" + tail, "MSNP8", "reference", []want{
			{0, RuleCommand, 0, []int{0}, 0}, {1, RuleTrID, 0, []int{1}, 0},
			{2, RuleRow, 6, []int{6}, 2}, {6, RuleRow, 6, []int{6}, 2}}},
		{"CVR 2 0x0409 winnt 5.1 i386 macmsgs 5.0.0540" + tail, "MSNP8", "reference", []want{{4, RuleStandIn, 6, []int{6}, 3}}},
		{"CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302" + tail, "MSNP15", "escargot", []want{
			{2, RuleEchoVersion, 6, []int{7}, 0}, {4, RuleEchoVersion, 6, []int{7}, 0}, {5, RuleEchoURL, 6, nil, 0}}},
		{"CVR 2 0x0409 winnt 5.1 i386 YCOMM 8.5.1302" + tail, "MSNP15", "microsoft@2008-06", []want{{3, RuleUnknownLibrary, 6, []int{6}, 2}}},
		// The 2008 row is the Spanish installer's: choosing it read the locale too.
		{"CVR 2 0x0c0a winnt 5.1 i386 MSNMSGR 8.5.1302" + tail, "MSNP15", "microsoft@2008-06", []want{{5, RuleRow, 6, []int{2, 6}, 1}}},
		{"VER 1 MSNP8 CVR0\r\n", "MSNP8", "reference", []want{{2, RuleVERChoice, 0, []int{2}, 0}}},
		{"VER 1 MSNP8 MSNP7 CVR0\r\n", "MSNP8", "microsoft@2003-01", []want{{3, RuleVERList, 0, []int{3}, 0}}},
		{"VER 1 MSNP2 MSNP3\r\n", "MSNP8", "microsoft@2009-06", []want{{2, RuleVERNone, 0, []int{2, 3}, 0}}},
	}
	for _, c := range cases {
		p, _ := LookupProfile(c.profile)
		d, _ := ParseDialect(c.dialect)
		r := Simulate(c.line, d, p)
		for _, w := range c.want {
			if w.field >= len(r.ReplyFields) {
				t.Errorf("%s %q: reply %q has no field %d", c.profile, c.line, r.Reply, w.field)
				continue
			}
			f := &r.ReplyFields[w.field]
			if f.Rule.ID != w.id || f.Rule.Step != w.step || !reflect.DeepEqual(reads(f.Rule), w.reads) || f.Rule.Row != w.row || f.Rule.Text == "" {
				t.Errorf("%s %q: %s rule %s step %d reads %v row %d text %q; want %s step %d reads %v row %d",
					c.profile, c.line, f.Param, f.Rule.ID, f.Rule.Step, reads(f.Rule), f.Rule.Row, f.Rule.Text, w.id, w.step, w.reads, w.row)
			}
		}
	}
}

// Over every example line under every profile, each reply field names a
// listed rule with a sentence, reads only tokens the request has, and a row
// number that finds the row whose value the field carries.
func TestRulesNameRealRows(t *testing.T) {
	ids := ruleIDs(t)
	seen := map[string]bool{}
	for _, ex := range Examples() {
		for _, p := range Profiles() {
			var results []Result
			if ex.Session {
				tr := CheckTranscript(ex.Input, ex.Dialect, p)
				for _, st := range tr.Steps {
					results = append(results, st.Result)
				}
			} else {
				results = append(results, Simulate(ex.Input, ex.Dialect, p))
			}
			for i := range results {
				r := &results[i]
				for j := range r.ReplyFields {
					f := &r.ReplyFields[j]
					seen[f.Rule.ID] = true
					if !ids[f.Rule.ID] || f.Rule.Text == "" {
						t.Errorf("%s under %s: %s has rule %q (%q)", ex.ID, p.Name, f.Param, f.Rule.ID, f.Rule.Text)
					}
					if f.Rule.Reads>>uint(len(r.Fields)) != 0 {
						t.Errorf("%s under %s: %s reads tokens the request lacks: %v", ex.ID, p.Name, f.Param, reads(f.Rule))
					}
					if f.Rule.Row == 0 {
						continue
					}
					e, ok := p.Row(f.Rule.Row)
					vals := []string{"", "", e.Recommended, e.Recommended2, e.Minimum, e.DownloadURL, e.FallbackURL}
					if !ok || j >= len(vals) || vals[j] != f.Value || !strings.HasSuffix(f.Rule.Text, e.Rule) {
						t.Errorf("%s under %s: %s = %q names row %d (%v)", ex.ID, p.Name, f.Param, f.Value, f.Rule.Row, ok)
					}
				}
			}
		}
	}
	for _, id := range []string{RuleCommand, RuleTrID, RuleRow, RuleTooFew, RuleBadLocale, RuleUnknownClient, RuleVERChoice} {
		if !seen[id] {
			t.Errorf("no example line fires rule %q: the test no longer covers it", id)
		}
	}
}

// docs/rules.md explains every rule id under the anchor rule-ID, which the
// page links to.
func TestRulesDocumented(t *testing.T) {
	b, err := os.ReadFile("../docs/rules.md")
	if err != nil {
		t.Fatal(err)
	}
	listed := ruleIDs(t)
	if got := RuleIDs(); len(got) != len(listed) {
		t.Errorf("RuleIDs() has %d ids, rules.go declares %d", len(got), len(listed))
	}
	for id := range listed {
		if !strings.Contains(string(b), "{#rule-"+id+"}") {
			t.Errorf("docs/rules.md has no entry {#rule-%s}", id)
		}
	}
}
