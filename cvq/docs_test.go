package cvq

import "testing"

// The documentation examples of facts §6.2 that the reference profile
// claims, each named by its source.
func TestDocumentationExamples(t *testing.T) {
	for _, c := range []struct {
		source  string
		d       Dialect
		request string
		reply   string
	}{
		{"YW-CVR0 (current text)", 2, "CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863",
			"CVQ 2 5.0.0537 5.0.0537 1.0.0863 http://download.microsoft.com/download/msnmessenger/install/5.0/w98nt42kmexp/en-us/setupdl.exe http://messenger.microsoft.com"},
		{"YW-CVR0", 8, "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.1.0211 MSMSGS example@hotmail.com",
			"CVQ 2 7.0.0813 7.0.0813 6.2.0205 http://msgr.dlservice.microsoft.com/download/5/d/9/5d9bb5b2-49c7-4890-94ab-d1d5e44a0e6d/Install_MSN_Messenger.exe http://messenger.msn.com"},
		{"YW-P8", 8, "CVR 2 0x0409 win 4.10 i386 MSNMSGR 5.0.0537 MSMSGS example@hotmail.com",
			"CVR 2 5.0.0537 5.0.0537 1.0.0863 http://download.microsoft.com/download/msnmessenger/install/5.0/w98nt42kmexp/en-us/setupdl.exe http://messenger.microsoft.com"},
		{"YW-P9", 9, "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com",
			"CVR 2 6.0.0602 6.0.0602 6.0.0268 http://download.microsoft.com/download/8/a/4/8a42bcae-f533-4468-b871-d2bc8dd32e9e/SetupDl.exe http://messenger.msn.com"},
		{"YW-P10", 10, "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com",
			"CVR 2 6.1.0211 6.1.0211 6.1.0155 http://download.microsoft.com/download/8/3/C/83C4B2DB-AC1C-4B56-8144-4472C0982F21/SetupDl.exe http://messenger.msn.com"},
		{"YW-P11", 11, "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com",
			"CVR 2 6.1.0211 6.1.0211 6.1.0155 http://download.microsoft.com/download/8/3/C/83C4B2DB-AC1C-4B56-8144-4472C0982F21/SetupDl.exe http://messenger.msn.com"},
		{"YW-P12", 12, "CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com",
			"CVR 2 6.1.0211 6.1.0211 6.1.0155 http://download.microsoft.com/download/8/3/C/83C4B2DB-AC1C-4B56-8144-4472C0982F21/SetupDl.exe http://messenger.msn.com"},
		{"YW-P13", 13, "CVR 2 0x0409 winnt 5.1 i386 MSG80BETA 8.0.0566 msmsgs example@hotmail.com",
			"CVR 2 8.0.0566 8.0.0566 8.0.0566 http://msgr.dlservice.microsoft.com/download/4/5/b/45beb06f-5a08-4694-abd8-d6e706b06b68/Install_Messenger_Beta.exe http://ideas.live.com"},
		{"YW-P14", 14, "CVR 2 0x0409 winnt 5.1 i386 MSG80BETA 8.0.0566 msmsgs example@hotmail.com",
			"CVR 2 8.0.0566 8.0.0566 8.0.0566 http://msgr.dlservice.microsoft.com/download/4/5/b/45beb06f-5a08-4694-abd8-d6e706b06b68/Install_Messenger_Beta.exe http://ideas.live.com"},
	} {
		r := Simulate(c.request, c.d, nil)
		if r.Reply != c.reply {
			t.Errorf("%s: %s\n got %q\nwant %q", c.source, c.request, r.Reply, c.reply)
		}
		if w, ok := r.Worst(); ok && w == Error {
			t.Errorf("%s: the documented request is flagged as an error: %+v", c.source, r.Diagnostics)
		}
	}
}
