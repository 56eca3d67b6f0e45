package cvq

// URLs that several catalog rows share.
const (
	urlSetupDL50   = "http://download.microsoft.com/download/msnmessenger/install/5.0/w98nt42kmexp/en-us/setupdl.exe"
	urlMessengerMS = "http://messenger.microsoft.com"
	urlMessengerMN = "http://messenger.msn.com"
	urlInstall70   = "http://msgr.dlservice.microsoft.com/download/5/d/9/5d9bb5b2-49c7-4890-94ab-d1d5e44a0e6d/Install_MSN_Messenger.exe"
	urlSetup60Dir  = "http://download.microsoft.com/download/8/a/4/8a42bcae-f533-4468-b871-d2bc8dd32e9e/"
	urlInstall75   = "http://msgr.dlservice.microsoft.com/download/5/a/8/5a892c0f-5b87-4767-8927-6fe5d8cfc582/Install_MSN_Messenger.exe"
	urlInstall81   = "http://msgruser.dlservice.microsoft.com/download/1/A/4/1A4FEB1A-18E0-423A-B898-F697402E4F7F/Install_Messenger.exe"
	urlWLM85ES     = "http://msgr.dlservice.microsoft.com/download/5/6/4/5646481F-33EF-4B08-AF00-4904F7677B89/ES/Install_WLMessenger.exe"
	urlWLM85ESUser = "http://msgruser.dlservice.microsoft.com/download/5/6/4/5646481F-33EF-4B08-AF00-4904F7677B89/ES/Install_WLMessenger.exe"
	urlWLSetupCVR  = "http://msgr.dlservice.microsoft.com/download/5/2/E/52EB299A-E4DE-43E2-8D55-510D7FB03610/en/wlsetup-cvr.exe"
	urlEscargot    = "https://escargot.log1p.xyz"
)

// localeES is Spanish (Spain, modern sort), the locale of the 2008 captures.
const localeES = 0x0c0a

// referenceEntries is the reference server's catalog: the seed's two
// success replies, and the CVR replies msnp-wiki shows for each dialect.
var referenceEntries = []Entry{
	{Command: "CVQ", Library: "MSMSGS",
		Recommended: "5.0.0537", Recommended2: "5.0.0537", Minimum: "1.0.0863",
		DownloadURL: urlSetupDL50, FallbackURL: urlMessengerMS,
		Rule:   "Reference catalog row for MSMSGS: the seed's \"Old\" CVQ reply.",
		Source: "SEED, YW-CVR0"},
	{Command: "CVQ", Library: "MSNMSGR",
		Recommended: "7.0.0813", Recommended2: "7.0.0813", Minimum: "6.2.0205",
		DownloadURL: urlInstall70, FallbackURL: urlMessengerMN,
		Rule:   "Reference catalog row for MSNMSGR: the seed's \"New\" CVQ reply.",
		Source: "SEED, YW-CVR0"},
	{Command: "CVR", Library: "MSNMSGR", MinDialect: 8, MaxDialect: 8,
		Recommended: "5.0.0537", Recommended2: "5.0.0537", Minimum: "1.0.0863",
		DownloadURL: urlSetupDL50, FallbackURL: urlMessengerMS,
		Rule:   "Reference catalog row for CVR in MSNP8: msnp-wiki's MSNP8 login example.",
		Source: "YW-P8"},
	{Command: "CVR", Library: "MSNMSGR", MinDialect: 9, MaxDialect: 9,
		Recommended: "6.0.0602", Recommended2: "6.0.0602", Minimum: "6.0.0268",
		DownloadURL: urlSetup60Dir + "SetupDl.exe", FallbackURL: urlMessengerMN,
		Rule:   "Reference catalog row for CVR in MSNP9: msnp-wiki's MSNP9 login example.",
		Source: "YW-P9"},
	{Command: "CVR", Library: "MSNMSGR", MinDialect: 10, MaxDialect: 23,
		Recommended: "6.1.0211", Recommended2: "6.1.0211", Minimum: "6.1.0155",
		DownloadURL: "http://download.microsoft.com/download/8/3/C/83C4B2DB-AC1C-4B56-8144-4472C0982F21/SetupDl.exe", FallbackURL: urlMessengerMN,
		Rule:   "Reference catalog row for CVR in MSNP10 and later: msnp-wiki's MSNP10–12 login examples (no later page shows a reply, so the playground keeps this one).",
		Source: "YW-P10, YW-P11, YW-P12"},
	{Library: "MSG80BETA",
		Recommended: "8.0.0566", Recommended2: "8.0.0566", Minimum: "8.0.0566",
		DownloadURL: "http://msgr.dlservice.microsoft.com/download/4/5/b/45beb06f-5a08-4694-abd8-d6e706b06b68/Install_Messenger_Beta.exe", FallbackURL: "http://ideas.live.com",
		Rule:   "Reference catalog row for the WLM 8.0 beta: msnp-wiki's MSNP13/14 login example.",
		Source: "YW-P13, YW-P14"},
}

// unknownMS is what Microsoft's server sent an unrecognised client: 1.0.0000
// three times (2003 capture). The URLs of that line were not visible, so
// the era's own URLs stand in for them.
func unknownMS(dl, fb, source string) *Entry {
	return &Entry{
		Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
		DownloadURL: dl, FallbackURL: fb,
		Rule:   "Microsoft answered libraries it did not recognise with 1.0.0000 three times (MSGSTRST, 2003). The URLs of that capture are not visible: the era's own URLs stand in for them (assumption). MSNPiki and NINA claim instead that the minimum is the client's own version; the captures do not bear that out.",
		Source: "HYP-MISC, " + source,
	}
}

// msProfile builds one Microsoft era. Everything but the catalog is the
// same in every era: no validation beyond the shape, minimum not enforced.
func msProfile(era, title, desc, source string, verMin, verMax Dialect, verList bool, unknown *Entry, entries []Entry) *Profile {
	return &Profile{
		Name: "microsoft@" + era[:7], Title: title, Description: desc, Source: source, Era: era,
		VERMin: verMin, VERMax: verMax, VERList: verList, AcceptCVR0: true,
		VERNote:    "Dialect range inferred from this era's captures; Microsoft refused dialects below MSNP8 from October 2003 [WP-MSNP].",
		HandlesCVQ: true, HandlesCVR: true,
		ShortCode: "731", LocaleCode: "710",
		CVQCloses: true,
		Unknown:   unknown,
		Entries:   entries,
	}
}

// microsoftEras are Microsoft's Dispatch Server as the dated captures show
// it, oldest first. Each row cites its capture.
var microsoftEras = []*Profile{
	msProfile("2003-01-01", "Microsoft, 2003 (MSN Messenger 4.6 era)",
		"Replies from hypothetic's 2003 capture of an MSN Messenger 3.6 login.", "HYP-MISC",
		MSNP2, MSNP8, true, unknownMS("http://download.microsoft.com/download/msnmessenger/install/4.6/win98me/en-us/mmssetup.exe", urlMessengerMS, "CAP-2003"),
		[]Entry{{Library: "MSMSGS", SystemType: "win", Locale: 0x0409,
			Recommended: "4.6.0083", Recommended2: "4.6.0083", Minimum: "1.0.0000",
			DownloadURL: "http://download.microsoft.com/download/msnmessenger/install/4.6/win98me/en-us/mmssetup.exe", FallbackURL: urlMessengerMS,
			Rule:   "Microsoft, 2003: MSMSGS on Windows 98 was told 4.6.0083, minimum 1.0.0000 (capture CAP-2003).",
			Source: "CAP-2003, HYP-MISC"}}),
	msProfile("2003-10-01", "Microsoft, late 2003 (MSN Messenger 6.0 era)",
		"Replies from the widely copied MSNP8 documentation example; its date is an inference (6.0.0602 is recommended, so after July 2003).", "CAP-MSNP8-doc",
		MSNP8, 9, true, unknownMS(urlSetup60Dir+"SetupDl.exe", urlMessengerMN, "CAP-MSNP8-doc"),
		[]Entry{
			{Library: "MSNMSGR", SystemType: "win",
				Recommended: "6.0.0602", Recommended2: "6.0.0602", Minimum: "1.0.0000",
				DownloadURL: urlSetup60Dir + "SETUP9x.EXE", FallbackURL: urlMessengerMN,
				Rule:   "Microsoft, late 2003: a Windows 98 client got the 9x installer (CAP-MSNP8-doc).",
				Source: "CAP-MSNP8-doc"},
			{Library: "MSNMSGR", SystemType: "winnt",
				Recommended: "6.0.0602", Recommended2: "6.0.0602", Minimum: "1.0.0000",
				DownloadURL: urlSetup60Dir + "SetupDl.exe", FallbackURL: urlMessengerMN,
				Rule:   "Microsoft, late 2003: NT clients got SetupDl.exe from the same folder (assumption: msnp-wiki's MSNP9 example shows that file beside SETUP9x.EXE).",
				Source: "CAP-MSNP8-doc, YW-P9"},
		}),
	msProfile("2006-12-14", "Microsoft, December 2006 (MSN Messenger 7.5 era)",
		"Replies from a gaim 2.0 beta debug log posted on 2006-12-14.", "CAP-2006-12",
		MSNP8, 13, true, unknownMS(urlInstall75, urlMessengerMN, "CAP-2006-12"),
		[]Entry{{Library: "MSNMSGR",
			Recommended: "7.5.0324", Recommended2: "7.5.0324", Minimum: "6.2.0208",
			DownloadURL: urlInstall75, FallbackURL: urlMessengerMN,
			Rule:   "Microsoft, December 2006: MSNMSGR was told 7.5.0324, minimum 6.2.0208 (capture CAP-2006-12).",
			Source: "CAP-2006-12"}}),
	msProfile("2008-01-20", "Microsoft, January 2008 (WLM 8.1 era)",
		"Replies from an aMSN log posted on 2008-01-20.", "CAP-2008-01",
		MSNP8, 15, true, unknownMS(urlInstall81, "http://get.live.com", "CAP-2008-01"),
		[]Entry{{Library: "MSNMSGR",
			Recommended: "8.1.0178", Recommended2: "8.1.0178", Minimum: "8.1.0178",
			DownloadURL: urlInstall81, FallbackURL: "http://get.live.com",
			Rule:   "Microsoft, January 2008: 8.1.0178 recommended and required (capture CAP-2008-01).",
			Source: "CAP-2008-01"}}),
	msProfile("2008-05-30", "Microsoft, mid 2008 (WLM 8.5 era)",
		"Replies from emesene logs posted on 2008-05-30 and 2008-06-15; the installer followed the locale.", "CAP-2008-05, CAP-2008-06",
		MSNP8, 15, true, unknownMS(urlWLM85ES, "http://get.live.com/es", "CAP-2008-06"),
		[]Entry{{Library: "MSNMSGR", Locale: localeES,
			Recommended: "8.5.1302", Recommended2: "8.5.1302", Minimum: "8.1.0178",
			DownloadURL: urlWLM85ES, FallbackURL: "http://get.live.com/es",
			Rule:   "Microsoft, mid 2008: a Spanish (0x0c0a) client got the Spanish 8.5 installer (capture CAP-2008-06). Only Spanish was captured; other locales are shown this row too (assumption).",
			Source: "CAP-2008-05, CAP-2008-06"}}),
	msProfile("2008-12-07", "Microsoft, December 2008",
		"Replies from an emesene log posted on 2008-12-07; VER no longer echoes the list.", "CAP-2008-12",
		MSNP8, 18, false, unknownMS(urlWLM85ESUser, "http://get.live.com/es", "CAP-2008-12"),
		[]Entry{{Library: "MSNMSGR", Locale: localeES,
			Recommended: "8.1.0178", Recommended2: "8.1.0178", Minimum: "8.1.0178",
			DownloadURL: urlWLM85ESUser, FallbackURL: "http://get.live.com/es",
			Rule:   "Microsoft, December 2008: a Spanish client was told 8.1.0178 with the Spanish installer (capture CAP-2008-12). Only Spanish was captured; other locales are shown this row too (assumption).",
			Source: "CAP-2008-12"}}),
	msProfile("2009-06-02", "Microsoft, June 2009 (WLM 2009 era)",
		"Replies from a Pidgin (libpurple, MSNP15) log posted in June 2009.", "CAP-2009-06",
		MSNP8, 18, false, unknownMS(urlWLSetupCVR, "http://download.live.com/?sku=messenger", "CAP-2009-06"),
		[]Entry{{Library: "MSNMSGR", Locale: 0x0409,
			Recommended: "14.0.8064", Recommended2: "14.0.8064", Minimum: "8.1.0178",
			DownloadURL: urlWLSetupCVR, FallbackURL: "http://download.live.com/?sku=messenger",
			Rule:   "Microsoft, June 2009: WLM 2009 (14.0.8064) recommended, 8.1.0178 minimum (capture CAP-2009-06).",
			Source: "CAP-2009-06"}}),
}

var referenceProfile = &Profile{
	Name:  "reference",
	Title: "Reference (the seed's server)",
	Description: "Implements the decision order of rules §4: shape, locale, client checks, then the catalog. " +
		"Reproduces the seed's six exchanges and msnp-wiki's examples.",
	Source: "SEED, YW-CVR0, YW-VER",
	VERMin: MSNP8, VERMax: MSNP23, AcceptCVR0: true,
	VERNote:    "Accepts the dialects its catalog answers CVR in, so msnp-wiki's per-dialect sessions replay; its CVR0 page and NINA show MSNP9–13 clients getting CVR0 instead.",
	HandlesCVQ: true, HandlesCVR: true,
	ShortCode: "731", LocaleCode: "710", ClientCode: "420",
	CVQCloses: true,
	Entries:   referenceEntries,
}

var escargotProfile = &Profile{
	Name:  "escargot",
	Title: "Escargot (revival server, 2018)",
	Description: "The revival server's 2018 code: CVR is answered with the client's own version three times and the " +
		"server's site twice, nothing is validated, and CVQ has no handler at all.",
	Source: "ESC, ESC-NOTES",
	VERMin: MSNP2, VERMax: MSNP21,
	VERNote:     "Escargot lists MSNP2–18 as supported and MSNP19–21 as not actually supported; CVR0 alone is not accepted.",
	HandlesCVR:  true,
	EchoVersion: true, EchoURL: urlEscargot,
}

// profileList is every profile, the default first.
var profileList = func() []*Profile {
	out := []*Profile{referenceProfile}
	out = append(out, microsoftEras...)
	return append(out, escargotProfile)
}()
