package cvq

// Example is a ready-made input for the playground, labelled with where it
// comes from. Line examples are one client line; session examples are a
// transcript (client and server lines) that the page loads as a session
// and checks against the profile.
type Example struct {
	_       noCompare
	ID      string  // stable id used by -example and the page's menu: "seed-new", "cap-2008-01"
	Title   string  // shown in the menu
	Group   string  // the menu group: "Seed document", "Handshakes", "Captures", "Other servers"
	Source  string  // where the lines come from, with source keys in brackets ([SEED])
	Dialect Dialect // the client's dialect the example runs in
	Profile string  // profile name, as LookupProfile takes it
	// Session is true for a transcript (client and server lines, loaded
	// into the console and checked line by line) and false for one client
	// line (loaded into the request box).
	Session bool
	Input   string // the line, or the transcript's text exactly as its source prints it
}

// examples are the seed's six exchanges, the VER handshakes of the
// documentation, and the dated captures the Microsoft eras reproduce.
var examples = []Example{
	{ID: "seed-old", Title: "Seed: \"Old\" CVQ (MSN Messenger 1.0)", Source: "Seed document, \"Old\" example [SEED]",
		Dialect: 2, Profile: "reference", Input: "CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS"},
	{ID: "seed-new", Title: "Seed: \"New\" CVQ (MSN Messenger 6.0)", Source: "Seed document, \"New\" example [SEED]",
		Dialect: 8, Profile: "reference", Input: "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"},
	{ID: "seed-420-version", Title: "Seed: 420 for an impossible version", Source: "Seed document, 420 example [SEED]",
		Dialect: 8, Profile: "reference", Input: "CVQ 3 0x0409 winnt 5.0 i386 MSNMSGR 99.9.9999 MSMSGS"},
	{ID: "seed-420-library", Title: "Seed: 420 for an unknown library", Source: "Seed document, 420 example [SEED]",
		Dialect: 8, Profile: "reference", Input: "CVQ 4 0x0409 winnt 5.0 i386 YCOMM 0.1.0023 MSMSGS"},
	{ID: "seed-710", Title: "Seed: 710 for an invalid language ID", Source: "Seed document, 710 example [SEED]",
		Dialect: 8, Profile: "reference", Input: "CVQ 5 0x1111 winnt 5.1 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"},
	{ID: "seed-731", Title: "Seed: 731 for a malformed CVQ", Source: "Seed document, 731 example [SEED]",
		Dialect: 8, Profile: "reference", Input: "CVQ 6 spaghetti"},
	{ID: "ver-cvr0", Title: "VER settles on CVR0, then CVQ", Source: "msnp-wiki CVR0 page [YW-CVR0]",
		Dialect: 2, Profile: "reference", Session: true,
		Input: "C: VER 1 MSNP2 CVR0\nS: VER 1 CVR0\nC: CVQ 2 0x0409 win 4.10 i386 MSMSGS 1.0.0863\n" +
			"S: CVQ 2 5.0.0537 5.0.0537 1.0.0863\n.. http://download.microsoft.com/download/msnmessenger/install/5.0/w98nt42kmexp/en-us/setupdl.exe\n.. http://messenger.microsoft.com"},
	{ID: "ver-msnp8", Title: "VER settles on MSNP8, then CVR", Source: "msnp-wiki VER and MSNP8 pages [YW-VER] [YW-P8]",
		Dialect: 8, Profile: "reference", Session: true,
		Input: "C: VER 3 MSNP8 CVR0\nS: VER 3 MSNP8\nC: CVR 4 0x0409 win 4.10 i386 MSNMSGR 5.0.0537 MSMSGS example@hotmail.com\n" +
			"S: CVR 4 5.0.0537 5.0.0537 1.0.0863 http://download.microsoft.com/download/msnmessenger/install/5.0/w98nt42kmexp/en-us/setupdl.exe http://messenger.microsoft.com"},
	{ID: "ver-none", Title: "VER with nothing in common", Source: "msnp-wiki VER page [YW-VER]",
		Dialect: 8, Profile: "reference", Session: true,
		Input: "C: VER 1 DISREGARDANCE FOR A REAL PROTOCOL\nS: VER 1 0"},
	{ID: "cap-2003", Title: "Capture 2003: MSN Messenger 3.6 (hypothetic)", Source: "hypothetic.org, CVR section [HYP-MISC] [CAP-2003]",
		Dialect: 5, Profile: "microsoft@2003-01", Session: true,
		Input: ">>> CVR 7 0x0409 win 4.10 i386 MSMSGS 3.6.0025 MSMSGS\\r\\n\n" +
			"<<< CVR 7 4.6.0083 4.6.0083 1.0.0000 http://download.microsoft.com/download/msnmessenger/install/4.6/win98me/en-us/mmssetup.exe http://messenger.microsoft.com\\r\\n"},
	{ID: "cap-msnp8-doc", Title: "MSNP8 documentation example (MSN Messenger 5.0 on Windows 98)", Source: "hypothetic/MSNPiki MSNP8 example, undated [CAP-MSNP8-doc]",
		Dialect: 8, Profile: "microsoft@2003-10", Session: true,
		Input: ">>> CVR 2 0x0409 win 4.10 i386 MSNMSGR 5.0.0544 MSMSGS example@passport.com\\r\\n\n" +
			"<<< CVR 2 6.0.0602 6.0.0602 1.0.0000 http://download.microsoft.com/download/8/a/4/8a42bcae-f533-4468-b871-d2bc8dd32e9e/SETUP9x.EXE http://messenger.msn.com\\r\\n"},
	{ID: "cap-2006-12", Title: "Capture 2006-12: gaim 2.0 beta", Source: "gaim debug log posted 2006-12-14 [CAP-2006-12]",
		Dialect: 9, Profile: "microsoft@2006-12", Session: true,
		Input: "msn: C: NS 000: VER 1 MSNP9 MSNP8 CVR0\nmsn: S: NS 000: VER 1 MSNP9 MSNP8 CVR0\n" +
			"msn: C: NS 000: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS < MSN Account >\n" +
			"msn: S: NS 000: CVR 2 7.5.0324 7.5.0324 6.2.0208 http://msgr.dlservice.microsoft.com/download/5/a/8/5a892c0f-5b87-4767-8927-6fe5d8cfc582/Install_MSN_Messenger.exe http://messenger.msn.com"},
	{ID: "cap-2008-01", Title: "Capture 2008-01: aMSN", Source: "aMSN log posted 2008-01-20 [CAP-2008-01]",
		Dialect: 12, Profile: "microsoft@2008-01", Session: true,
		Input: "->ns-sock7 VER 1 MSNP12 CVR0\n->ns-sock7 CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.0.0812 msmsgs doandu90@hotmail.com\n" +
			"<-ns-sock7 VER 1 MSNP12 CVR0\n" +
			"<-ns-sock7 CVR 2 8.1.0178 8.1.0178 8.1.0178 http://msgruser.dlservice.microsoft.com/download/1/A/4/1A4FEB1A-18E0-423A-B898-F697402E4F7F/Install_Messenger.exe http://get.live.com\n" +
			"<-ns-sock7 XFR 3 NS 207.46.108.64:1863 0 207.46.28.93:1863"},
	{ID: "cap-2008-06", Title: "Capture 2008-06: emesene, Spanish locale", Source: "emesene log posted 2008-06-15 [CAP-2008-06]",
		Dialect: 13, Profile: "microsoft@2008-05", Session: true,
		Input: ">>> VER 1 MSNP13 CVR0\n<<< VER 1 MSNP13 CVR0\n>>> CVR 2 0x0c0a winnt 5.1 i386 MSNMSGR 8.0.0792 msmsgs gefarion@gmail.com\n" +
			"<<< CVR 2 8.5.1302 8.5.1302 8.1.0178 http://msgr.dlservice.microsoft.com/download/5/6/4/5646481F-33EF-4B08-AF00-4904F7677B89/ES/Install_WLMessenger.exe http://get.live.com/es\n" +
			">>> USR 3 TWN I gefarion@gmail.com\n<<< XFR 3 NS 207.46.110.44:1863 U D"},
	{ID: "cap-2008-12", Title: "Capture 2008-12: emesene, VER no longer echoes", Source: "emesene log posted 2008-12-07 [CAP-2008-12]",
		Dialect: 13, Profile: "microsoft@2008-12", Session: true,
		Input: ">>> VER 1 MSNP13 CVR0\n<<< VER 1 MSNP13\n>>> CVR 2 0x0c0a winnt 5.1 i386 MSNMSGR 8.0.0792 msmsgs ilbalta@hotmail.com\n" +
			"<<< CVR 2 8.1.0178 8.1.0178 8.1.0178 http://msgruser.dlservice.microsoft.com/download/5/6/4/5646481F-33EF-4B08-AF00-4904F7677B89/ES/Install_WLMessenger.exe http://get.live.com/es"},
	{ID: "cap-2009-06", Title: "Capture 2009-06: Pidgin (libpurple, MSNP15)", Source: "Pidgin debug log posted June 2009 [CAP-2009-06]",
		Dialect: 15, Profile: "microsoft@2009-06", Session: true,
		Input: "(12:35:57) msn: C: NS 000: VER 1 MSNP15 CVR0\n(12:35:58) msn: S: NS 000: VER 1 MSNP15\n" +
			"(12:35:58) msn: C: NS 000: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 \n" +
			"(12:35:58) msn: S: NS 000: CVR 2 14.0.8064 14.0.8064 8.1.0178 http://msgr.dlservice.microsoft.com/download/5/2/E/52EB299A-E4DE-43E2-8D55-510D7FB03610/en/wlsetup-cvr.exe http://download.live.com/?sku=messenger\n" +
			"(12:35:58) msn: C: NS 000: VER 4 MSNP15 CVR0\n" +
			"(12:35:58) msn: C: NS 000: CVR 5 0x0409 winnt 5.1 i386 MSNMSGR 8.5.1302 BC01 ilikahua@hotmail.com\n" +
			"(12:36:01) msn: S: NS 000: CVR 5 14.0.8064 14.0.8064 8.1.0178 http://msgr.dlservice.microsoft.com/download/5/2/E/52EB299A-E4DE-43E2-8D55-510D7FB03610/en/wlsetup-cvr.exe http://download.live.com/?sku=messenger"},
	{ID: "escargot-cvr", Title: "Escargot echoes the client's version", Source: "Escargot server code, 2018 [ESC]",
		Dialect: 8, Profile: "escargot", Input: "CVR 2 0x0409 winnt 5.1 i386 MSMSGS 4.7.3001 WindowsMessenger test@hotmail.com"},
	{ID: "escargot-cvq", Title: "Escargot has no CVQ handler", Source: "Escargot server code, 2018 [ESC]",
		Dialect: 8, Profile: "escargot", Input: "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"},
}

// Examples lists the ready-made inputs, each with its menu group, in a new
// slice on each call.
func Examples() []Example { return groupedExamples() }

// groupedExamples fills in each example's group from its id, so the table
// above stays one line of facts per example. It runs on each call, not at
// start-up: the simulator never needs the examples, so the WebAssembly
// module, which has a size budget, does not carry them (the page reads them
// from the metadata the build writes).
func groupedExamples() []Example {
	out := append([]Example(nil), examples...)
	for i := range out {
		switch id := out[i].ID; {
		case hasPrefix(id, "seed-"):
			out[i].Group = "Seed document"
		case hasPrefix(id, "ver-"):
			out[i].Group = "Handshakes"
		case hasPrefix(id, "cap-"):
			out[i].Group = "Captures"
		default:
			out[i].Group = "Other servers"
		}
	}
	return out
}
