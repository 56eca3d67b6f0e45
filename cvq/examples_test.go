package cvq

import "testing"

// Every session example is a real exchange (documentation or capture): the
// profile it names must answer each server line exactly.
func TestExamplesReproduce(t *testing.T) {
	for _, ex := range Examples() {
		t.Run(ex.ID, func(t *testing.T) {
			p, ok := LookupProfile(ex.Profile)
			if !ok || p.Name != ex.Profile {
				t.Fatalf("profile %q is not one of Profiles() (the page's menu offers only those)", ex.Profile)
			}
			if ex.Group == "" {
				t.Errorf("no group")
			}
			if !ex.Session {
				r := Simulate(ex.Input, ex.Dialect, p)
				if r.Command == "" {
					t.Fatalf("empty result")
				}
				return
			}
			tr := replays(t, ex.Input, ex.Dialect, p)
			for _, u := range tr.Unpaired {
				if l := Tokenize(u.Observed); handshake(l.Tok(0)) {
					t.Errorf("unpaired handshake line %q", u.Observed)
				}
			}
		})
	}
}
