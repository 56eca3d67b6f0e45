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
	{Command: "CVQ", Library: "MSGSTRST",
		Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
		DownloadURL: urlSetupDL50, FallbackURL: urlMessengerMS,
		Rule:   "Reference catalog row for MSGSTRST (MSN Messenger 2.2 to 3.6): the only capture shows Microsoft answering it 1.0.0000 three times (2003). Its URLs were not visible: the MSMSGS row's stand in (assumption).",
		Source: "HYP-MISC, CAP-2003"},
	{Library: "MSG80BETA",
		Recommended: "8.0.0566", Recommended2: "8.0.0566", Minimum: "8.0.0566",
		DownloadURL: "http://msgr.dlservice.microsoft.com/download/4/5/b/45beb06f-5a08-4694-abd8-d6e706b06b68/Install_Messenger_Beta.exe", FallbackURL: "http://ideas.live.com",
		Rule:   "Reference catalog row for the WLM 8.0 beta: msnp-wiki's MSNP13/14 login example.",
		Source: "YW-P13, YW-P14"},
}

// What every Microsoft era shares: no validation beyond the shape and the
// locale, the minimum not enforced. The eras below are literals rather than
// calls to a constructor so that the compiler lays them out as static data:
// a constructor call per era costs code that runs at start-up, in a module
// with a size budget.
const (
	verNoteMS     = "Dialect range inferred from this era's captures; Microsoft refused dialects below MSNP8 from October 2003 [WP-MSNP]."
	ruleUnknownMS = "Microsoft answered libraries it did not recognise with 1.0.0000 three times (MSGSTRST, 2003). The URLs of that capture are not visible: the era's own URLs stand in for them (assumption). MSNPiki and NINA claim instead that the minimum is the client's own version; the captures do not bear that out."
	urlLive09     = "http://download.live.com/?sku=messenger"
)

// microsoftEras are Microsoft's Dispatch Server as the dated captures show
// it, oldest first. Each row cites its capture; Client names the
// client-version the capture shows the row answering, so that a reply to
// any other client is labelled as the playground's assumption.
var microsoftEras = []*Profile{
	{Name: "microsoft@2003-01", Title: "Microsoft, 2003 (MSN Messenger 4.6 era)", Source: "HYP-MISC", Era: "2003-01-01",
		VERMin: MSNP2, VERMax: MSNP8, VERList: true, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: "http://download.microsoft.com/download/msnmessenger/install/4.6/win98me/en-us/mmssetup.exe", FallbackURL: urlMessengerMS,
			Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-2003"},
		Entries: []Entry{{Library: "MSMSGS", SystemType: "win", Locale: 0x0409, Client: "3.6.0025",
			Recommended: "4.6.0083", Recommended2: "4.6.0083", Minimum: "1.0.0000",
			DownloadURL: "http://download.microsoft.com/download/msnmessenger/install/4.6/win98me/en-us/mmssetup.exe", FallbackURL: urlMessengerMS,
			Rule:   "Microsoft, 2003: MSMSGS on Windows 98 was told 4.6.0083, minimum 1.0.0000 (capture CAP-2003).",
			Source: "CAP-2003, HYP-MISC"}}},
	{Name: "microsoft@2003-10", Title: "Microsoft, late 2003 (MSN Messenger 6.0 era)", Source: "CAP-MSNP8-doc", Era: "2003-10-01",
		VERMin: MSNP8, VERMax: 9, VERList: true, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: urlSetup60Dir + "SetupDl.exe", FallbackURL: urlMessengerMN,
			Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-MSNP8-doc"},
		Entries: []Entry{
			{Library: "MSNMSGR", SystemType: "win", Client: "5.0.0544",
				Recommended: "6.0.0602", Recommended2: "6.0.0602", Minimum: "1.0.0000",
				DownloadURL: urlSetup60Dir + "SETUP9x.EXE", FallbackURL: urlMessengerMN,
				Rule:   "Microsoft, late 2003: a Windows 98 client got the 9x installer (CAP-MSNP8-doc).",
				Source: "CAP-MSNP8-doc"},
			{Library: "MSNMSGR", SystemType: "winnt",
				Recommended: "6.0.0602", Recommended2: "6.0.0602", Minimum: "1.0.0000",
				DownloadURL: urlSetup60Dir + "SetupDl.exe", FallbackURL: urlMessengerMN,
				Rule:   "Microsoft, late 2003: NT clients got SetupDl.exe from the same folder (assumption: msnp-wiki's MSNP9 example shows that file beside SETUP9x.EXE).",
				Source: "CAP-MSNP8-doc, YW-P9"},
		}},
	{Name: "microsoft@2006-12", Title: "Microsoft, December 2006 (MSN Messenger 7.5 era)", Source: "CAP-2006-12", Era: "2006-12-14",
		VERMin: MSNP8, VERMax: 13, VERList: true, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: urlInstall75, FallbackURL: urlMessengerMN, Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-2006-12"},
		Entries: []Entry{{Library: "MSNMSGR", Client: "6.0.0602",
			Recommended: "7.5.0324", Recommended2: "7.5.0324", Minimum: "6.2.0208",
			DownloadURL: urlInstall75, FallbackURL: urlMessengerMN,
			Rule:   "Microsoft, December 2006: MSNMSGR was told 7.5.0324, minimum 6.2.0208 (capture CAP-2006-12).",
			Source: "CAP-2006-12"}}},
	{Name: "microsoft@2008-01", Title: "Microsoft, January 2008 (WLM 8.1 era)", Source: "CAP-2008-01", Era: "2008-01-20",
		VERMin: MSNP8, VERMax: 15, VERList: true, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: urlInstall81, FallbackURL: "http://get.live.com", Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-2008-01"},
		Entries: []Entry{{Library: "MSNMSGR", Client: "8.0.0812",
			Recommended: "8.1.0178", Recommended2: "8.1.0178", Minimum: "8.1.0178",
			DownloadURL: urlInstall81, FallbackURL: "http://get.live.com",
			Rule:   "Microsoft, January 2008: 8.1.0178 recommended and required (capture CAP-2008-01).",
			Source: "CAP-2008-01"}}},
	{Name: "microsoft@2008-05", Title: "Microsoft, mid 2008 (WLM 8.5 era)", Source: "CAP-2008-05, CAP-2008-06", Era: "2008-05-30",
		VERMin: MSNP8, VERMax: 15, VERList: true, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: urlWLM85ES, FallbackURL: "http://get.live.com/es", Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-2008-06"},
		Entries: []Entry{{Library: "MSNMSGR", Locale: localeES, Client: "8.0.0792",
			Recommended: "8.5.1302", Recommended2: "8.5.1302", Minimum: "8.1.0178",
			DownloadURL: urlWLM85ES, FallbackURL: "http://get.live.com/es",
			Rule:   "Microsoft, mid 2008: a Spanish (0x0c0a) client got the Spanish 8.5 installer (capture CAP-2008-06). Only Spanish was captured; other locales are shown this row too (assumption).",
			Source: "CAP-2008-05, CAP-2008-06"}}},
	{Name: "microsoft@2008-12", Title: "Microsoft, December 2008", Source: "CAP-2008-12", Era: "2008-12-07",
		VERMin: MSNP8, VERMax: 18, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: urlWLM85ESUser, FallbackURL: "http://get.live.com/es", Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-2008-12"},
		Entries: []Entry{{Library: "MSNMSGR", Locale: localeES, Client: "8.0.0792",
			Recommended: "8.1.0178", Recommended2: "8.1.0178", Minimum: "8.1.0178",
			DownloadURL: urlWLM85ESUser, FallbackURL: "http://get.live.com/es",
			Rule:   "Microsoft, December 2008: a Spanish client was told 8.1.0178 with the Spanish installer (capture CAP-2008-12). Only Spanish was captured; other locales are shown this row too (assumption).",
			Source: "CAP-2008-12"}}},
	{Name: "microsoft@2009-06", Title: "Microsoft, June 2009 (WLM 2009 era)", Source: "CAP-2009-06", Era: "2009-06-02",
		VERMin: MSNP8, VERMax: 18, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: urlWLSetupCVR, FallbackURL: urlLive09, Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-2009-06"},
		Entries: []Entry{{Library: "MSNMSGR", Locale: 0x0409, Client: "8.5.1302",
			Recommended: "14.0.8064", Recommended2: "14.0.8064", Minimum: "8.1.0178",
			DownloadURL: urlWLSetupCVR, FallbackURL: urlLive09,
			Rule:   "Microsoft, June 2009: WLM 2009 (14.0.8064) recommended, 8.1.0178 minimum (capture CAP-2009-06).",
			Source: "CAP-2009-06"}}},
	{Name: "microsoft@2009-10", Title: "Microsoft, later 2009 (WLM 2009 update)", Source: "CAP-2009-06", Era: "2009-10-01",
		VERMin: MSNP8, VERMax: 18, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: urlWLSetupCVR, FallbackURL: urlLive09, Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-2009-06"},
		Entries: []Entry{{Library: "MSNMSGR",
			Recommended: "14.0.8089", Recommended2: "14.0.8089", Minimum: "14.0.8089",
			DownloadURL: urlWLSetupCVR, FallbackURL: urlLive09,
			Rule:   "Microsoft, later 2009: the minimum was 14.0.8089 (an undated trace the sources mention without its line). Recommended-version and the URLs are not in the sources: the minimum and the June 2009 URLs (CAP-2009-06) stand in (assumption).",
			Source: "CAP-2009-06"}}},
	{Name: "microsoft@2010-03", Title: "Microsoft, March 2010", Source: "CAP-2010-03", Era: "2010-03-01",
		VERMin: MSNP8, VERMax: 18, AcceptCVR0: true, VERNote: verNoteMS,
		HandlesCVQ: true, HandlesCVR: true, ShortCode: "731", LocaleCode: "710", CVQCloses: true,
		Unknown: &Entry{Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
			DownloadURL: urlWLSetupCVR, FallbackURL: urlLive09, Rule: ruleUnknownMS, Source: "HYP-MISC, CAP-2010-03"},
		Entries: []Entry{
			{Library: "MSNMSGR", Before: "8.1.0178", Client: "5.0.0544",
				Recommended: "1.0.0000", Recommended2: "1.0.0000", Minimum: "1.0.0000",
				DownloadURL: urlWLSetupCVR, FallbackURL: urlLive09,
				Rule:   "Microsoft, March 2010: an obsolete MSN Messenger 5.0 (5.0.0544) was told 1.0.0000 three times (CAP-2010-03). Builds below 8.1.0178, the minimum since the 2007 forced upgrade, are answered the same (assumption); the URLs were not visible, the 2009 ones stand in.",
				Source: "CAP-2010-03"},
			{Library: "MSNMSGR",
				Recommended: "14.0.8089", Recommended2: "14.0.8089", Minimum: "14.0.8089",
				DownloadURL: urlWLSetupCVR, FallbackURL: urlLive09,
				Rule:   "Microsoft, March 2010: no capture shows a current client's reply; the later-2009 minimum 14.0.8089 and the 2009 URLs stand in (assumption).",
				Source: "CAP-2010-03, CAP-2009-06"},
		}},
}

var referenceProfile = &Profile{
	Name:   "reference",
	Title:  "Reference (the seed's server)",
	Source: "SEED, YW-CVR0, YW-VER",
	VERMin: MSNP8, VERMax: MSNP23, AcceptCVR0: true,
	VERNote:    "Accepts the dialects its catalog answers CVR in, so msnp-wiki's per-dialect sessions replay; its CVR0 page and NINA show MSNP9–13 clients getting CVR0 instead.",
	HandlesCVQ: true, HandlesCVR: true,
	ShortCode: "731", LocaleCode: "710", ClientCode: "420",
	CVQCloses: true,
	Entries:   referenceEntries,
}

var escargotProfile = &Profile{
	Name:   "escargot",
	Title:  "Escargot (revival server, 2018)",
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
