//go:build !js

package cvq

// releaseTexts holds each release's product, first-release date, source
// keys and note (where sources disagree), in the order of releases. Only
// the native build carries it: the page reads the same text from the
// metadata the build writes (#cvq-meta).
var releaseTexts = [...][4]string{
	{"MSN Messenger Service 1.0", "1999-07-22", "YW-P2, NINA-CLI, ESC-NOTES, WP-MSN, NINA-HIST",
		"Dated by Wikipedia; Escargot's notes and NINA's history put the release five days earlier, on 1999-07-17. No p7: it only arrived with MSNP4."}, // 1.0.0863
	{"MSN Messenger Service 1.0", "", "YW-P2, NINA-CLI",
		""}, // 1.0.0889
	{"MSN Messenger Service 1.0", "", "YW-P2, NINA-CLI",
		""}, // 1.0.0893
	{"MSN Messenger 2.0", "1999-11-16", "YW-P3, ESC-NOTES, WP-MSN",
		""}, // 2.0.0083
	{"MSN Messenger 2.0", "", "YW-P3",
		""}, // 2.0.0085
	{"MSN Messenger 2.1", "", "YW-P4",
		"The build that introduced MSNP4. The facts give only MSNP4; MSNP3 as the oldest dialect is our inference from 2.0 (3, 2) and 2.2 (4, 3)."}, // 2.1.1047
	{"MSN Messenger 2.2", "2000-03-28", "YW-P4, ESC-NOTES, NINA-CVR",
		"NINA says this version sends MSGSTRST as its library \"under certain circumstances\". The date is Escargot's for the whole 2.2+ group."}, // 2.2.1053
	{"MSN Messenger 3.0", "2000-08-07", "YW-P5, ESC-NOTES",
		""}, // 3.0.0283
	{"MSN Messenger 3.0", "", "YW-P5",
		""}, // 3.0.0286
	{"MSN Messenger 3.5", "", "NINA-CLI",
		"No source lists its dialects: MSNP5 and MSNP4 are inferred from 3.0 and 3.6."}, // 3.5.0077
	{"MSN Messenger 3.6", "", "YW-P6",
		"Does not offer MSNP6 yet."}, // 3.6.0024
	{"MSN Messenger 3.6", "", "HYP-MISC, YW-P6",
		"hypothetic's 2003 capture shows this build sending both MSMSGS and MSGSTRST as its library; Microsoft answered the MSGSTRST line with 1.0.0000 three times."}, // 3.6.0025
	{"MSN Messenger 3.6", "", "YW-P6",
		""}, // 3.6.0026
	{"MSN Messenger 3.6 (patch)", "", "YW-P6",
		"The first patch release to raise the protocol (MSNP6). The facts name only MSNP6; MSNP4 as the oldest is our inference from 3.6."}, // 3.6.0038
	{"MSN Messenger 3.6 (patch)", "", "YW-P6",
		"MSNP4 as the oldest dialect is our inference, as for 3.6.0038."}, // 3.6.0039
	{"MSN/Windows Messenger 4.0", "", "NINA-CVR, NINA-CLI",
		"NINA names MSMSGSMARS as the library of Windows Messenger 4.0 but it is unverified. No source gives its dialects or p7: MSNP4-6 sits between the 3.6 patch (MSNP6) and 4.5 (MSNP7), and MSMSGS is what other builds of the time sent."}, // 4.0.0135
	{"MSN Messenger 4.5", "2002-09-24", "YW-P7, ESC-NOTES",
		"Escargot dates the 4.5+ group 2002-09-24, almost a year after Wikipedia's date for 4.6 (2001-10-23); both cannot be right."}, // 4.5.0121
	{"MSN Messenger 4.6", "2001-10-23", "WP-MSN, ESC-NOTES",
		"Wikipedia's date; it comes before Escargot's date for 4.5 (2002-09-24)."}, // 4.6.0073
	{"MSN Messenger 4.6", "", "WP-MSN, ESC-NOTES, HYP-MISC",
		"Microsoft still recommended this build to MSNP7-era clients in hypothetic's 2003 capture."}, // 4.6.0083
	{"Windows Messenger 4.7", "", "NINA-CVR",
		"Library and p7 come from an unidentified capture and client code; NINA names the WindowsMessenger id. Only MSNP8 is attested, not its whole VER list."}, // 4.7.2009
	{"Windows Messenger 4.7", "", "NINA-CVR",
		"As 4.7.2009; this is the build in an Escargot-style CVR example [ESC]."}, // 4.7.3001
	{"MSN Messenger 5.0", "", "NINA-CLI",
		"Listed only by NINA. NINA says builds up to 0340 could still log in with MD5, which belongs to MSNP7 and older, so they may have offered an older dialect too (inference); the facts give MSNP8."}, // 5.0.0124
	{"MSN Messenger 5.0", "", "NINA-CLI",
		"Listed only by NINA; MD5 or TWN login (see 5.0.0124)."}, // 5.0.0317
	{"MSN Messenger 5.0", "", "NINA-CLI",
		"Listed only by NINA; MD5 or TWN login (see 5.0.0124)."}, // 5.0.0322
	{"MSN Messenger 5.0", "", "NINA-CLI",
		"Listed only by NINA; MD5 or TWN login (see 5.0.0124)."}, // 5.0.0327
	{"MSN Messenger 5.0", "", "NINA-CLI",
		"Listed only by NINA; MD5 or TWN login (see 5.0.0124)."}, // 5.0.0340
	{"MSN Messenger 5.0", "", "NINA-CLI",
		"Listed only by NINA; TWN login only."}, // 5.0.0515
	{"MSN Messenger 5.0", "", "NINA-CLI",
		"Listed only by NINA; TWN login only."}, // 5.0.0527
	{"MSN Messenger 5.0", "2003-02-19", "YW-P8, ESC-NOTES, NINA-CLI",
		"Only Escargot's notes date the 5.0 line; no second source confirms it."}, // 5.0.0537
	{"MSN Messenger 5.0", "", "YW-P8, NINA-CLI",
		""}, // 5.0.0540
	{"MSN Messenger 5.0", "", "YW-P8, NINA-CLI",
		"The build in the widely copied MSNP8 CVR example; in 2010 Microsoft answered it with 1.0.0000 three times."}, // 5.0.0544
	{"MSN Messenger 5.0", "", "YW-P8, NINA-CLI",
		""}, // 5.0.0575
	{"MSN Messenger 6.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 6.0.0250
	{"MSN Messenger 6.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 6.0.0256
	{"MSN Messenger 6.0", "", "NINA-CLI",
		"Listed by NINA; msnp-wiki's MSNP9 example gives it as the minimum version."}, // 6.0.0268
	{"MSN Messenger 6.0", "2003-07-11", "YW-P9, ESC-NOTES, NINA-CLI",
		""}, // 6.0.0602
	{"MSN Messenger 6.1", "", "NINA-CLI",
		"Listed only by NINA."}, // 6.1.0114
	{"MSN Messenger 6.1", "", "NINA-CLI",
		"Listed only by NINA."}, // 6.1.0128
	{"MSN Messenger 6.1", "", "NINA-CLI",
		"Listed only by NINA."}, // 6.1.0150
	{"MSN Messenger 6.1", "2004-06-01", "YW-P10, ESC-NOTES",
		"The date is Escargot's for the whole 6.1+ group; NINA lists three earlier 6.1 builds."}, // 6.1.0155
	{"MSN Messenger 6.1", "", "YW-P10, NINA-CLI",
		""}, // 6.1.0211
	{"MSN Messenger 6.2", "", "NINA-CLI",
		"Listed only by NINA. Dialects inferred from Escargot's 6.1+ group (MSNP10, MSNP9)."}, // 6.2.0133
	{"MSN Messenger 6.2", "", "NINA-CLI",
		"Listed only by NINA. Dialects inferred from Escargot's 6.1+ group (MSNP10, MSNP9)."}, // 6.2.0137
	{"MSN Messenger 6.2", "", "KOPETE, NINA-CLI",
		"Dialects inferred from Escargot's 6.1+ group (MSNP10, MSNP9); no source dates 6.2."}, // 6.2.0205
	{"MSN Messenger 6.2", "", "KOPETE, NINA-CLI",
		"Dialects inferred from Escargot's 6.1+ group (MSNP10, MSNP9). Microsoft's minimum version in December 2006."}, // 6.2.0208
	{"MSN Messenger 7.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.0.0205
	{"MSN Messenger 7.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.0.0225
	{"MSN Messenger 7.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.0.0332
	{"MSN Messenger 7.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.0.0425
	{"MSN Messenger 7.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.0.0429
	{"MSN Messenger 7.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.0.0604
	{"MSN Messenger 7.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.0.0632
	{"MSN Messenger 7.0", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.0.0732
	{"MSN Messenger 7.0", "2005-03-31", "YW-P11, ESC-NOTES, NINA-CLI",
		"Third-party clients that copy this line also send p7 in lower case (msmsgs)."}, // 7.0.0777
	{"MSN Messenger 7.0", "", "YW-P11, NINA-CLI",
		"The seed's CVQ reply recommends this build."}, // 7.0.0813
	{"MSN Messenger 7.0", "", "YW-P11, NINA-CLI",
		""}, // 7.0.0816
	{"MSN Messenger 7.0", "", "YW-P11, NINA-CLI",
		""}, // 7.0.0820
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.5.0160
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.5.0162
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.5.0244
	{"MSN Messenger 7.5", "2005-10-18", "YW-P12, ESC-NOTES, NINA-CLI",
		""}, // 7.5.0299
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA, as \"0303P\"; what the P means is not explained, and a client sends the digits only."}, // 7.5.0303
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.5.0306
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.5.0311
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA, as \"0319P\" (see 7.5.0303)."}, // 7.5.0319
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA, as \"0320P\" (see 7.5.0303)."}, // 7.5.0320
	{"MSN Messenger 7.5", "", "NINA-CLI",
		"Listed only by NINA."}, // 7.5.0322
	{"MSN Messenger 7.5", "", "YW-P12, NINA-CLI",
		"Microsoft's recommended build in December 2006."}, // 7.5.0324
	{"Windows Live Messenger 8.0 beta", "", "NINA-CV",
		"From NINA's CVR0 example, whose request spells the version \"b.0.0328\" while the reply says 8.0.0328; the b is most likely a transcription error. Undated; the Windows Live Messenger name dates from 2005-12-13 (Wikipedia)."}, // 8.0.0328
	{"Windows Live Messenger 8.0 beta", "", "YW-P13, NINA-CV",
		"Undated; the Windows Live Messenger name dates from 2005-12-13 (Wikipedia). msnp-wiki's MSNP13 page also shows MSNMSGR/MSMSGS in the same session, an editing slip."}, // 8.0.0566
	{"Windows Live Messenger 8.0", "2006-06-19", "YW-P13, YW-P14, ESC-NOTES",
		""}, // 8.0.0787
	{"Windows Live Messenger 8.0", "", "YW-P13, YW-P14",
		"Sent by emesene in 2008 captures."}, // 8.0.0792
	{"Windows Live Messenger 8.0", "", "YW-P13, YW-P14",
		"Sent by aMSN in a 2008 capture."}, // 8.0.0812
	{"Windows Live Messenger 8.1", "2007-01-29", "TELEPK, ESC-NOTES, PAPYON, WP-MSNP",
		"The release page gives 29 or 30 January 2007, Escargot the 29th; Microsoft forced upgrades to 8.1 from 2007-09-11. Escargot's grid gives MSNP15 and leaves the rest open, while papyon sends this build with MSNP18, 16 and 15."}, // 8.1.0178
	{"Windows Live Messenger 8.5", "", "PURPLE-NS, SHARP-CRED, MIRANDA-CMD",
		"p7 differs between clients that imitate it: libpurple sends BC01 (and says the CVR string is checked), MSNPSharp and Miranda send msmsgs. File version 8.5.1302.1018."}, // 8.5.1302
	{"Windows Live Messenger 2009 beta", "", "IMFREE",
		"MSNP18 per imfreedom. No source gives library or p7: MSNMSGR/msmsgs assumed like the other 14.0 builds."}, // 14.0.5027
	{"Windows Live Messenger 2009 (pre-release?)", "", "SHARP-CRED, AMSN",
		"Uncertain which release this is; MSNPSharp and aMSN send it with MSNP16 and MSNP18."}, // 14.0.8050.1202
	{"Windows Live Messenger 2009", "2009-01-07", "SHARP-CRED, ESC-NOTES, CAP-2009-06",
		"Microsoft recommended it (written 14.0.8064) in June 2009."}, // 14.0.8064.0206
	{"Windows Live Messenger 2009 (update)", "2009", "CAP-*",
		"Known only from a server reply later in 2009, which gives no exact date; library and p7 assumed like the other 14.0 builds."}, // 14.0.8089
	{"Windows Live Messenger 2009", "", "MIRANDA-CMD, BITLBEE-21",
		"The last 2009 build. Miranda sends it with MSNP18; BitlBee (spelled 14.0.8117.416) used it with MSNP21."}, // 14.0.8117.0416
	{"Windows Live Messenger 2009", "", "BITLBEE-21",
		"BitlBee's spelling of 14.0.8117.0416 without the leading zero, sent with MSNP21."}, // 14.0.8117.416
	{"Windows Live Messenger 2011", "2010-09-30", "SIBI, ESC-NOTES, SHARP-CRED",
		"Escargot's grid says MSNP19 and MSNPSharp uses the 2011 builds with MSNP21; the range covers both."}, // 15.4.3502.0922
	{"Windows Live Messenger 2011", "", "SHARP-CRED",
		"MSNPSharp's MSNP21 build string; MSNP19 per Escargot's grid."}, // 15.4.3508.1109
	{"Windows Live Messenger 2011", "", "SHARP-CRED",
		"MSNPSharp's later MSNP21 build string; MSNP19 per Escargot's grid."}, // 15.4.3538.0513
	{"Windows Live Messenger 2012", "2012-08-07", "WP-MSN, ESC-NOTES",
		"No source gives library or p7: assumed like 2011. MSNP21 per Escargot (others unknown)."}, // 16.4.3503
	{"Windows Live Messenger 2012", "", "WP-MSN, ESC-NOTES",
		"The last release. Library and p7 assumed like 2011; the fourth part is written without a leading zero as the sources give it."}, // 16.4.3508.205
	{"Messenger for Mac 3.5 (as impersonated by BitlBee)", "", "BITLBEE-2005, BITLBEE-21",
		"Only seen in BitlBee's imitation (mac 10.2.0 ppc), which kept it from MSNP8 to MSNP21; the dialect range is BitlBee's, not the Mac client's."}, // 3.5.1
	{"Messenger for Mac 6", "", "NINA-MAC",
		"Library and p7 inferred from the Mac 8 lines."}, // 6.0.3
	{"Messenger for Mac 7", "", "NINA-MAC",
		"Library and p7 inferred from the Mac 8 lines."}, // 7.0.2
	{"Messenger for Mac 8 beta", "", "NINA-MAC",
		"Keeps TWN login even in MSNP15 and later."}, // 8.0.0
	{"Messenger for Mac 8", "", "NINA-MAC",
		"Keeps TWN login even in MSNP15 and later."}, // 8.0.1
}
