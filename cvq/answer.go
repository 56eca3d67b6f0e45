package cvq

// errorMeaning names an error code the profiles send, with the seed's
// reading first, and errorNote gives where the sources disagree on it.
func errorMeaning(code string) (meaning, note string) {
	switch code {
	case "420":
		return "invalid client identification or version (seed)", note420[0]
	case "710":
		return "invalid language ID (seed)", note710[0]
	case "731":
		return "invalid CVR (seed)", note731[0]
	case "715":
		return "not expected", "Repeating VER is undefined per msnp-wiki; hypothetic and Escargot answer 715 and close."
	}
	return "", ""
}

// tok returns request parameter i (0 = locale), or "" when absent.
func (s *sim) param(i int) string {
	if 2+i < len(s.l.Tokens) {
		return s.l.Tok(2 + i)
	}
	return ""
}

// answer decides the server's reply to a CVQ/CVR with a valid TrID, in the
// decision order of the reference's rules §4 (docs/rules.md), each step switched on or off by the
// profile.
func (s *sim) answer(isCVR bool) {
	p, cmd := s.p, s.res.Command
	if isCVR && !p.HandlesCVR || !isCVR && !p.HandlesCVQ {
		s.diag(Note, 0, s.l.Tokens[0].End, CodeNoHandler, p.Title+" has no handler for "+cmd+": the line is only logged.")
		s.res.Outcome = Outcome{Kind: OutcomeIgnored, Text: "No reply; the client waits and eventually gives up or times out.",
			Reason: "The server does not implement " + cmd + "."}
		return
	}
	if len(s.l.Tokens)-2 < 6 {
		if p.ShortCode == "" {
			s.diag(Note, 0, len(s.l.Body), CodeShortIgnored, p.Title+" fails on a short line and sends nothing (inference from its code).")
			s.res.Outcome = Outcome{Kind: OutcomeIgnored, Text: "No reply.", Reason: "Fewer than six parameters after the TrID."}
			return
		}
		s.errorReply(p.ShortCode, true, Rule{ID: RuleTooFew, Step: 3, Reads: (tokenBit(len(s.l.Tokens)) - 1) &^ 3,
			Text: "Fewer than six parameters follow the TrID."})
		return
	}
	if p.LocaleCode != "" {
		if _, st := checkLocale(s.param(pLocale)); st != localeOK {
			s.errorReply(p.LocaleCode, false, Rule{ID: RuleBadLocale, Step: 4, Reads: paramBit(pLocale),
				Text: "The locale is not an assigned language ID, and the locale is checked first."})
			return
		}
	}
	lib, ver := s.param(pLibrary), s.param(pClientVersion)
	rowLib, rule := lib, ""
	if !p.knows(lib) {
		// A library tied to Microsoft is no stranger: a stand-in row answers it, labelled.
		if near, why, ok := nearLibrary(lib); ok && p.knows(near) {
			rowLib = near
			rule = "Assumption of the playground: no source shows what a server answered " + lib + ", which " + why + "; the " + near + " row answers. "
		}
	}
	if p.ClientCode != "" {
		var why Rule
		if s.clientCheck(lib, rowLib, ver, &why) {
			s.errorReply(p.ClientCode, false, why)
			return
		}
	}
	var e Entry
	why := Rule{ID: RuleRow, Step: 6}
	if rule != "" {
		why.ID = RuleStandIn
	}
	switch {
	case p.EchoVersion:
		e = Entry{Recommended: ver, Recommended2: ver, Minimum: ver, DownloadURL: p.EchoURL, FallbackURL: p.EchoURL,
			Rule: "Escargot copies the client's own version into all three version fields and its web site into both URLs.", Source: "ESC"}
		why.ID = RuleEchoVersion
	case !p.knows(rowLib) && p.Unknown != nil:
		e = *p.Unknown
		why.ID, why.Reads, why.Row = RuleUnknownLibrary, paramBit(pLibrary), len(p.Entries)+1
	default:
		n, exact := p.find(cmd, rowLib, s.param(pSystemType), localeID(s.param(pLocale)), s.d, ver)
		if n < 0 {
			s.diag(Note, 0, len(s.l.Body), CodeNoRow, p.Title+" has no catalog row that could answer this line.")
			s.res.Outcome = Outcome{Kind: OutcomeIgnored, Text: "No reply.", Reason: "Nothing in the catalog."}
			return
		}
		row := &p.Entries[n]
		e = *row
		why.Reads, why.Row = rowReads(row), n+1
		switch {
		case !exact:
			why.ID = RuleNearestRow
			rule += "No row matches every field of this request; this is the nearest one (assumption). "
		case p.Era != "" && row.Client != "" && row.Client != ver:
			rule += "Assumption of the playground: the capture shows this row answering " + row.Client + "; none shows what this era sent " + ver + ". "
		}
	}
	why.Text = e.Rule
	if rule != "" {
		why.Text = rule + e.Rule
	}
	s.successReply(cmd, &e, why)
}

// clientCheck is step 5 of the decision order: whether the client is
// unknown or impossible (rowLib is the library whose row would answer lib).
// It reports whether a check failed, and sets why to that check's rule.
func (s *sim) clientCheck(lib, rowLib, ver string, why *Rule) bool {
	why.Step = 5
	switch {
	case !s.p.knows(rowLib):
		why.ID, why.Reads, why.Text = RuleUnknownClient, paramBit(pLibrary), "The server's catalog has no row for this requesting-library."
	case CheckVersion(ver) == VersionMalformed:
		why.ID, why.Reads, why.Text = RuleBadVersion, paramBit(pClientVersion), "The client-version is malformed."
	default:
		if r, ok := latestRelease(lib); ok {
			if c, _ := CompareVersions(ver, r.Build); c > 0 {
				why.ID, why.Reads = RuleTooNew, paramBit(pLibrary)|paramBit(pClientVersion)
				why.Text = "The client-version is newer than the newest release known for " + lib + " (" + r.Build + ")."
			}
		}
	}
	return why.ID != ""
}

// nearLibraries are requesting-libraries that sources tie to Microsoft,
// with the library whose catalog row stands in for them and the evidence
// (facts §3). MSGSTRST is not here: the one capture shows what Microsoft
// answered it (1.0.0000 three times, as any library it did not recognise),
// which the reference catalog's own row and the eras' Unknown row follow.
var nearLibraries = [...][3]string{
	{"MSMSGSMARS", "MSMSGS", "NINA names as Windows Messenger 4.0's [NINA-CVR]"},
	{"WindowsMessenger", "MSNMSGR", "NINA names as Windows Messenger 4.7's [NINA-CVR]"},
	{"macmsgs", "MSNMSGR", "Messenger for Mac sent from MSNP8 to MSNP21 [NINA-MAC] [BITLBEE-21]"},
	{"macmsgsbeta", "MSNMSGR", "the Messenger for Mac 8 beta sent [NINA-MAC]"},
}

// nearLibrary returns the row library that stands in for lib, and why.
func nearLibrary(lib string) (near, why string, ok bool) {
	for _, n := range nearLibraries {
		if n[0] == lib {
			return n[1], n[2], true
		}
	}
	return "", "", false
}

func localeID(v string) uint16 {
	id, _ := parseLocale(v)
	return id
}

// errorReply answers NNN TrID; why is the check that failed, and its Text
// the outcome's reason.
func (s *sim) errorReply(code string, disconnect bool, why Rule) {
	trid := s.replyTrID()
	var b builder
	b.grow(len(code) + 1 + len(trid))
	b.writeString(code)
	b.writeByte(' ')
	b.writeString(trid)
	s.res.Reply = b.String()
	meaning, note := errorMeaning(code)
	if s.p.Era != "" && code != "715" {
		// A dated (Microsoft) era: no capture shows these codes.
		note = "Assumption of the playground: no capture shows Microsoft sending 420, 710 or 731 (rules §11). " + note
	}
	s.res.ReplyFields = []Field{
		{Param: paramErrorCode.Name, Index: 0, Start: 0, End: len(code), Value: code, Status: StatusError,
			Meaning: meaning, Source: paramErrorCode.Source,
			Note: note, Rule: why},
		{Param: paramTrID.Name, Index: 1, Start: len(code) + 1, End: len(s.res.Reply), Value: trid,
			Source: paramTrID.Source, Rule: ruleTrID},
	}
	text := "The client reports the error and does not sign in."
	if disconnect {
		s.close("server")
		text = "The server closes the connection after the error; the client reports it."
	}
	s.res.Outcome = Outcome{Kind: OutcomeRejected, Text: text, Reason: why.Text}
}

// successReply answers CMD TrID r1 r2 r3 r4 r5 from e, for the reason why,
// and works out the client's next step.
func (s *sim) successReply(cmd string, e *Entry, why Rule) {
	trid := s.replyTrID()
	vals := [numReplyParams]string{e.Recommended, e.Recommended2, e.Minimum, e.DownloadURL, e.FallbackURL}
	size := len(cmd) + 1 + len(trid)
	for _, v := range vals {
		size += 1 + len(v)
	}
	var b builder
	b.grow(size)
	b.writeString(cmd)
	b.writeByte(' ')
	b.writeString(trid)
	fields := make([]Field, 0, 2+numReplyParams)
	fields = append(fields,
		Field{Param: paramCommand.Name, Start: 0, End: len(cmd), Value: cmd, Source: paramCommand.Source,
			Rule: ruleCommand},
		Field{Param: paramTrID.Name, Index: 1, Start: len(cmd) + 1, End: len(cmd) + 1 + len(trid), Value: trid,
			Source: paramTrID.Source, Rule: ruleTrID})
	for i, v := range vals {
		b.writeByte(' ')
		start := b.len()
		b.writeString(v)
		p := &replyParams[i]
		f := Field{Param: p.Name, Index: 2 + i, Start: start, End: b.len(), Value: v,
			Since: p.Since, Source: e.Source, Note: p.Note, Rule: why}
		if why.ID == RuleEchoVersion {
			// Escargot: the versions are the client's own, the URLs its own site.
			f.Rule.Reads = paramBit(pClientVersion)
			if i > rMinimum {
				f.Rule.ID, f.Rule.Reads = RuleEchoURL, 0
			}
		}
		if i <= rMinimum {
			if r, ok := lookupBuild(v); ok {
				f.Meaning, f.Detail = r.Product, r.Date
			}
		}
		fields = append(fields, f)
	}
	s.res.Reply = b.String()
	for i := range fields {
		fields[i].Value = s.res.Reply[fields[i].Start:fields[i].End]
	}
	s.res.ReplyFields = fields
	s.outcome(cmd, e)
}

// outcome applies the client's rule: below the minimum → forced upgrade;
// below the recommended version → optional upgrade; else up to date.
func (s *sim) outcome(cmd string, e *Entry) {
	ver := s.param(pClientVersion)
	isCVQ := cmd == "CVQ" && s.p.CVQCloses
	if isCVQ {
		s.close("server")
	}
	cmin, okMin := CompareVersions(ver, e.Minimum)
	crec, okRec := CompareVersions(ver, e.Recommended)
	k := OutcomeUpToDate
	reason := ""
	switch {
	case !okMin || !okRec:
		k, reason = OutcomeNone, "client-version or a reply version is not a dotted number."
	case cmin < 0:
		k, reason = OutcomeForcedUpgrade, "client-version "+ver+" is below minimum-allowed-version "+e.Minimum+"."
	case crec < 0:
		k, reason = OutcomeOptionalUpgrade, "client-version "+ver+" is at least the minimum "+e.Minimum+" but below recommended-version "+e.Recommended+"."
	default:
		reason = "client-version " + ver + " is at least recommended-version " + e.Recommended + "."
	}
	text := outcomeTexts[k]
	if isCVQ {
		text = outcomeTextsCVR0[k]
	}
	s.res.Outcome = Outcome{Kind: k, Text: text, Reason: reason}
	if isCVQ && okRec && s.param(pLibrary) == "MSG80BETA" {
		s.betaOutcome(crec < 0)
	}
	var notes []string
	switch {
	case isCVQ && k == OutcomeOptionalUpgrade && cmin == 0:
		notes = noteWhoClosesMinEqual
	case isCVQ:
		notes = noteWhoCloses
	case k == OutcomeOptionalUpgrade && cmin == 0:
		notes = noteMinEqual
	}
	if len(notes) > 0 {
		s.diag(Note, 0, len(s.l.Body), CodeDocDisagreement, "The documentation disagrees with itself here.", notes...)
	}
}

// betaOutcome is what the WLM 8.0 beta (MSNP13) does with a CVQ reply in
// CVR0 mode, which a source describes (facts §1.5, NINA-CV): nothing when
// recommended-version is above its own build, an error when it is not.
func (s *sim) betaOutcome(newer bool) {
	const src = " (NINA's Client Versioning page [NINA-CV], on the MSNP13 beta in CVR0 mode.)"
	if newer {
		s.res.Outcome = Outcome{Kind: OutcomeNone, Text: "The WLM 8.0 beta does nothing: recommended-version is above its own build.",
			Reason: "recommended-version " + s.res.ReplyFields[2].Value + " is higher than client-version " + s.param(pClientVersion) + "." + src}
		return
	}
	s.res.Outcome = Outcome{Kind: OutcomeRejected,
		Text:   "The WLM 8.0 beta shows \"The service is not compatible with this version\" (0x81000305, MSGR_E_SERVER_VERSION).",
		Reason: "recommended-version " + s.res.ReplyFields[2].Value + " is not higher than client-version " + s.param(pClientVersion) + "." + src}
}

// outcomeTexts say what the client does next, by outcome, inside a real
// dialect, where a client that need not upgrade goes on to sign in.
var outcomeTexts = [...]string{
	OutcomeNone:            "The client cannot compare versions.",
	OutcomeForcedUpgrade:   "Forced upgrade: the client disconnects, downloads download-url and runs it; if the download fails it opens fallback-url.",
	OutcomeOptionalUpgrade: "Optional upgrade: the client may offer recommended-version and carries on signing in.",
	OutcomeUpToDate:        "Up to date: the client carries on signing in.",
}

// outcomeTextsCVR0 are the same outcomes after a CVQ in CVR0 mode
// (docs/rules.md §4 step 7, §5). There is no sign-in in the fallback: the client
// makes its upgrade decision, the connection ends, and signing in takes a
// new connection on which VER settles on a real dialect.
var outcomeTextsCVR0 = [len(outcomeTexts)]string{
	OutcomeNone:            "The client cannot compare versions. " + cvr0Ends,
	OutcomeForcedUpgrade:   "Forced upgrade: the client downloads download-url and runs it; if the download fails it opens fallback-url. CVR0 mode has no sign-in: the connection ends here, and the upgraded client signs in on a new connection where VER settles on a real dialect.",
	OutcomeOptionalUpgrade: "Optional upgrade: the client may offer recommended-version. " + cvr0Ends,
	OutcomeUpToDate:        "Up to date: no upgrade is needed. " + cvr0Ends,
}

const cvr0Ends = "CVR0 mode has no sign-in: the connection ends here; signing in needs a new connection where VER settles on a real dialect."

var noteWhoClosesMinEqual = append(append([]string(nil), noteWhoCloses...), noteMinEqual...)
