package cvq

// libraries lists every requesting-library (p5) value the sources report
// for official clients, in the order closestLibrary prefers on a tie.
// MSGSTRST has no release row of its own: the sources only say that
// builds otherwise listed as MSMSGS (2.2 per NINA, 3.6.0025 in hypothetic's
// capture) sometimes sent it.
var libraries = [...]string{
	"MSNMSGR",     // MSN Messenger 5.0 and later, Windows Live Messenger
	"MSMSGS",      // MSN Messenger before 5.0, Windows Messenger 4.7
	"MSGSTRST",    // 2.2 "under certain circumstances" (NINA), 3.6.0025 (hypothetic)
	"MSMSGSMARS",  // Windows Messenger 4.0 (NINA, unverified)
	"MSG80BETA",   // Windows Live Messenger 8.0 beta
	"macmsgs",     // Messenger for Mac
	"macmsgsbeta", // Messenger for Mac 8 beta
}

// releases holds one row per client-version string that the reference
// facts (§3) attribute to an official client, including the "also" builds
// of a row and NINA's full per-line build lists. Rows run oldest first,
// Windows then Mac.
//
// Dates: a row of the facts gives one date, that of the line's first
// release, so only the build it is written against carries it; the other
// builds of the line are undated ("") because no source dates them.
// Dialects: where the facts give only the newest dialect, or none, the
// oldest one is inferred from the neighbouring lines and the Note says so.
// Each row's product, date, sources and note are in releaseTexts, in the
// same order: text a learner reads, which the WebAssembly build leaves out
// (catalog_text_js.go); the simulator decides with the fields below.
var releases = [...]Release{
	// MSN Messenger Service 1.0: MSNP2 only.
	{Build: "1.0.0863", Library: "MSMSGS", ClientID: "", MinMSNP: 2, MaxMSNP: 2},
	{Build: "1.0.0889", Library: "MSMSGS", ClientID: "", MinMSNP: 2, MaxMSNP: 2},
	{Build: "1.0.0893", Library: "MSMSGS", ClientID: "", MinMSNP: 2, MaxMSNP: 2},

	// 2.x: MSNP3, then MSNP4 with the client-identification parameter.
	{Build: "2.0.0083", Library: "MSMSGS", ClientID: "", MinMSNP: 2, MaxMSNP: 3},
	{Build: "2.0.0085", Library: "MSMSGS", ClientID: "", MinMSNP: 2, MaxMSNP: 3},
	{Build: "2.1.1047", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 3, MaxMSNP: 4},
	{Build: "2.2.1053", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 3, MaxMSNP: 4},

	// 3.x: MSNP5 and MSNP4; the 3.6 patch added MSNP6.
	{Build: "3.0.0283", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 5},
	{Build: "3.0.0286", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 5},
	{Build: "3.5.0077", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 5},
	{Build: "3.6.0024", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 5},
	{Build: "3.6.0025", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 5},
	{Build: "3.6.0026", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 5},
	{Build: "3.6.0038", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 6},
	{Build: "3.6.0039", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 6},

	// 4.x.
	{Build: "4.0.0135", Library: "MSMSGSMARS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 6},
	{Build: "4.5.0121", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 7},
	{Build: "4.6.0073", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 7},
	{Build: "4.6.0083", Library: "MSMSGS", ClientID: "MSMSGS", MinMSNP: 4, MaxMSNP: 7},
	{Build: "4.7.2009", Library: "MSMSGS", ClientID: "WindowsMessenger", MinMSNP: 8, MaxMSNP: 8},
	{Build: "4.7.3001", Library: "MSMSGS", ClientID: "WindowsMessenger", MinMSNP: 8, MaxMSNP: 8},

	// 5.0: MSNP8 only ("protocol split"). NINA: up to 0340 MD5 or TWN, 0515+ TWN only.
	{Build: "5.0.0124", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0317", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0322", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0327", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0340", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0515", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0527", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0537", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0540", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0544", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},
	{Build: "5.0.0575", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 8},

	// 6.x.
	{Build: "6.0.0250", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 9},
	{Build: "6.0.0256", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 9},
	{Build: "6.0.0268", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 9},
	{Build: "6.0.0602", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 8, MaxMSNP: 9},
	{Build: "6.1.0114", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},
	{Build: "6.1.0128", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},
	{Build: "6.1.0150", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},
	{Build: "6.1.0155", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},
	{Build: "6.1.0211", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},
	{Build: "6.2.0133", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},
	{Build: "6.2.0137", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},
	{Build: "6.2.0205", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},
	{Build: "6.2.0208", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 9, MaxMSNP: 10},

	// 7.0: MSNP11, MSNP10.
	{Build: "7.0.0205", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0225", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0332", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0425", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0429", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0604", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0632", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0732", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0777", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0813", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0816", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},
	{Build: "7.0.0820", Library: "MSNMSGR", ClientID: "MSMSGS", MinMSNP: 10, MaxMSNP: 11},

	// 7.5: MSNP12, MSNP11, MSNP10. NINA writes some builds with a "P" suffix.
	{Build: "7.5.0160", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0162", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0244", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0299", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0303", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0306", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0311", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0319", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0320", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0322", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},
	{Build: "7.5.0324", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 10, MaxMSNP: 12},

	// Windows Live Messenger 8.x.
	{Build: "8.0.0328", Library: "MSG80BETA", ClientID: "msmsgs", MinMSNP: 13, MaxMSNP: 13},
	{Build: "8.0.0566", Library: "MSG80BETA", ClientID: "msmsgs", MinMSNP: 13, MaxMSNP: 13},
	{Build: "8.0.0787", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 13, MaxMSNP: 14},
	{Build: "8.0.0792", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 13, MaxMSNP: 14},
	{Build: "8.0.0812", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 13, MaxMSNP: 14},
	{Build: "8.1.0178", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 15, MaxMSNP: 15},
	{Build: "8.5.1302", Library: "MSNMSGR", ClientID: "BC01", MinMSNP: 15, MaxMSNP: 15},

	// Windows Live Messenger 2009 (14.0), 2011 (15.4), 2012 (16.4).
	{Build: "14.0.5027", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 18, MaxMSNP: 18},
	{Build: "14.0.8050.1202", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 16, MaxMSNP: 18},
	{Build: "14.0.8064.0206", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 18, MaxMSNP: 18},
	{Build: "14.0.8089", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 18, MaxMSNP: 18},
	{Build: "14.0.8117.0416", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 18, MaxMSNP: 18},
	{Build: "14.0.8117.416", Library: "MSNMSGR", ClientID: "msmsgs", MinMSNP: 18, MaxMSNP: 21},
	{Build: "15.4.3502.0922", Library: "MSNMSGR", ClientID: "MSNMSGR", MinMSNP: 19, MaxMSNP: 21},
	{Build: "15.4.3508.1109", Library: "MSNMSGR", ClientID: "MSNMSGR", MinMSNP: 19, MaxMSNP: 21},
	{Build: "15.4.3538.0513", Library: "MSNMSGR", ClientID: "MSNMSGR", MinMSNP: 19, MaxMSNP: 21},
	{Build: "16.4.3503", Library: "MSNMSGR", ClientID: "MSNMSGR", MinMSNP: 21, MaxMSNP: 21},
	{Build: "16.4.3508.205", Library: "MSNMSGR", ClientID: "MSNMSGR", MinMSNP: 21, MaxMSNP: 21},

	// Messenger for Mac.
	{Build: "3.5.1", Library: "macmsgs", ClientID: "macmsgs", MinMSNP: 8, MaxMSNP: 21},
	{Build: "6.0.3", Library: "macmsgs", ClientID: "macmsgs", MinMSNP: 13, MaxMSNP: 14},
	{Build: "7.0.2", Library: "macmsgs", ClientID: "macmsgs", MinMSNP: 13, MaxMSNP: 14},
	{Build: "8.0.0", Library: "macmsgsbeta", ClientID: "macmsgsbeta", MinMSNP: 13, MaxMSNP: 16},
	{Build: "8.0.1", Library: "macmsgs", ClientID: "macmsgs", MinMSNP: 13, MaxMSNP: 16},
}
