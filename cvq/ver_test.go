package cvq

import "testing"

func TestVERNegotiation(t *testing.T) {
	ms, _ := LookupProfile("microsoft@2006-12")
	for _, c := range []struct {
		line  string
		p     *Profile
		reply string
		close bool
	}{
		{"VER 1 MSNP2 CVR0", nil, "VER 1 CVR0", false},
		{"VER 1 MSNP10 MSNP9 CVR0", nil, "VER 1 MSNP10", false},
		{"VER 3 MSNP8 CVR0", nil, "VER 3 MSNP8", false},
		{"VER 1 DISREGARDANCE FOR A REAL PROTOCOL", nil, "VER 1 0", true},
		{"VER MSNP8 CVR0", nil, "", true},
		{"VER 1 MSNP9 MSNP8 CVR0", ms, "VER 1 MSNP9 MSNP8 CVR0", false},
		{"VER 0 MSNP8 MYPROTOCOL CVR0", ms, "VER 0 MSNP8 CVR0", false},
		{"VER 1 MSNP2 CVR0", escargotProfile, "VER 1 MSNP2", false},
		{"VER 1 CVR0", escargotProfile, "VER 1 0", true},
	} {
		r := Simulate(c.line, 8, c.p)
		if r.Reply != c.reply || r.Disconnect != c.close {
			t.Errorf("%q: reply %q close %v, want %q %v", c.line, r.Reply, r.Disconnect, c.reply, c.close)
		}
	}
}
