package cvq_test

import (
	"fmt"

	"github.com/cvq-playground/cvq-playground/cvq"
)

// The seed's malformed CVQ: the reference server answers 731 and closes the
// connection.
func ExampleSimulate() {
	r := cvq.Simulate("CVQ 6 spaghetti", cvq.MSNP8, nil) // nil: the reference profile
	fmt.Println(r.Reply, r.Disconnect, r.Outcome.Kind)
	for _, f := range r.Fields {
		fmt.Printf("%s [%d,%d) %q %s\n", f.Param, f.Start, f.End, f.Value, f.Status)
	}
	// Output:
	// 731 6 true rejected
	// command [0,3) "CVQ" ok
	// trid [4,5) "6" ok
	// locale [6,15) "spaghetti" error
}

// A connection remembers what VER settled on: after CVR0 the server expects
// CVQ, answers it, and closes.
func ExampleNewSession() {
	s := cvq.NewSession(cvq.MSNP2, nil)
	for _, line := range []string{
		"VER 1 MSNP2 CVR0",
		"CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863",
	} {
		r := s.Send(line)
		fmt.Printf("%.34s -> %.34s\n", line, r.Reply)
	}
	st := s.State()
	fmt.Println(st.Mode, st.Closed, st.ClosedBy)
	// Output:
	// VER 1 MSNP2 CVR0 -> VER 1 CVR0
	// CVQ 2 0x0409 win 4.10 i386 MSMSGS  -> CVQ 2 5.0.0537 5.0.0537 1.0.0863 h
	// CVR0 true server
}

// A log pasted from a debug window (here the CAP-2008-12 capture, its reply
// tampered with) is replayed through the era's profile, and every server
// line in it is compared field by field with what the profile answers.
func ExampleCheckTranscript() {
	const log = `>>> VER 1 MSNP13 CVR0
<<< VER 1 MSNP13
>>> CVR 2 0x0c0a winnt 5.1 i386 MSNMSGR 8.0.0792 msmsgs ilbalta@hotmail.com
<<< CVR 2 8.1.0178 8.1.0178 8.0.0000 http://example.com/tampered.exe http://get.live.com/es`
	p, _ := cvq.LookupProfile("microsoft@2008-12-07")
	t := cvq.CheckTranscript(log, cvq.Dialect(13), p)
	for _, st := range t.Steps {
		for _, c := range st.Checks {
			fmt.Printf("line %d: %s\n", c.Line+1, c.Status)
			for _, d := range c.Diffs {
				fmt.Printf("  %s: expected %s, observed %s\n", d.Param, d.Expected, d.Observed)
			}
		}
	}
	// Output:
	// line 2: match
	// line 4: differ
	//   minimum-allowed-version: expected 8.1.0178, observed 8.0.0000
	//   download-url: expected http://msgruser.dlservice.microsoft.com/download/5/6/4/5646481F-33EF-4B08-AF00-4904F7677B89/ES/Install_WLMessenger.exe, observed http://example.com/tampered.exe
}

// Parsing and encoding are exact inverses: empty parameters and the
// terminator survive the round trip.
func ExampleParseRequest() {
	line := "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 \r\n"
	req, err := cvq.ParseRequest(line)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(req.Command, req.TrID, len(req.Params), req.Params[7] == "")
	fmt.Println(req.Encode() == line)

	_, err = cvq.ParseRequest("CVQ 007 0x0409")
	fmt.Println(err)
	// Output:
	// CVR 2 8 true
	// true
	// column 5: TrID has leading zeros
}

// A real date picks the Microsoft era in force on that day.
func ExampleLookupProfile() {
	for _, name := range []string{"reference", "microsoft@2008-06-15", "microsoft", "escargot", "msn"} {
		p, ok := cvq.LookupProfile(name)
		if !ok {
			fmt.Println(name, "-> unknown")
			continue
		}
		fmt.Println(name, "->", p.Name)
	}
	// Output:
	// reference -> reference
	// microsoft@2008-06-15 -> microsoft@2008-05
	// microsoft -> microsoft@2010-03
	// escargot -> escargot
	// msn -> unknown
}
