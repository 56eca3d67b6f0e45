package cvq

// Notes on places where the documentation disagrees with itself; shown
// wherever the simulator's behaviour depends on them.
var (
	noteOldP7 = []string{
		"The seed's \"Old\" example fills client-identification for an MSNP2 client, but its own change list says the parameter was added in MSNP4 and stayed empty until MSNP8; msnp-wiki's current CVR0 page drops it. The playground accepts it and tells you.",
	}
	noteWhoCloses = []string{
		"Who ends the connection after a CVQ reply is disputed: the seed says the client disconnects, msnp-wiki's CVR0 page says the server does. The playground closes it and shows both readings.",
	}
	noteSeed710 = []string{
		"The seed's own 710 example lacks system-arch, so every parameter after system-ver sits one place left. The reference server checks the locale first, so its answer is still 710.",
	}
	noteMinEqual = []string{
		"The seed's \"Old\" example has client-version equal to the minimum and still says the client disconnects; by the stated rule (below the minimum) it need not.",
	}
	note420 = []string{
		"The seed says 420 means an invalid client identification or version and \"may or may not\" disconnect; msnp-wiki's error table names it MSGR_E_INVITE_REQUIRED and MSNPSharp InvalidAccountPermissions. The reference server keeps the connection open.",
	}
	note710 = []string{
		"710 is an invalid language ID for the seed and Miranda; libpurple and MSNPSharp read it as bad CVR parameters in general. Whether the connection closes is not stated anywhere; the reference server keeps it open.",
	}
	note731 = []string{
		"The seed uses 731 for a malformed CVQ and says the server disconnects; libpurple and MSNPSharp call it \"not expected\", and hypothetic saw it for a CVR sent before the first USR. msnp-wiki's error table does not list it.",
	}
	noteUpperX = []string{
		"Assumption of the playground: no source shows what a server does with 0X. Every capture and every client in the sources writes a lower-case 0x, and the playground takes only that form as a locale, so a server that checks the locale answers 710.",
	}
	noteP7Era = []string{
		"What the sources show: msnp-wiki [YW-P4] says empty until MSNP8; [CAP-2003] and the release catalog's 2.1, 3.0 and 3.6 rows fill it with MSMSGS. The playground takes either form without an error.",
	}
	noteShape = []string{
		"The seed's 420 examples also carry seven parameters with a filled client-identification and no user-handle: no documented dialect has that shape.",
	}
)

// knownArch lists processor names clients are known to send.
var knownArch = [...]string{"i386", "x86", "ppc", "amd64", "x86_64"}

func isKnownArch(s string) bool {
	for _, a := range knownArch {
		if s == a {
			return true
		}
	}
	return false
}

// knownClientIDs are client-identification values seen in the sources.
var knownClientIDs = [...]string{"MSMSGS", "msmsgs", "BC01", "MSNMSGR", "WindowsMessenger", "macmsgs", "macmsgsbeta"}

func isKnownClientID(s string) bool {
	for _, a := range knownClientIDs {
		if s == a {
			return true
		}
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// fits tells whether value v looks like request parameter i. It is a loose
// test used only to recognise parameters that slid out of place.
func fits(i int, v string) bool {
	switch i {
	case pLocale:
		// "0X" too: a token meant as the locale, even misspelt, stays in
		// the locale's place, and the locale check flags it there.
		return len(v) > 2 && (v[:2] == "0x" || v[:2] == "0X")
	case pSystemType:
		return knownSystemType(v) || isLetters(v) && !hasUpper(v) && len(v) <= 16
	case pSystemVer:
		return isDigits(v) || CheckVersion(v) != VersionMalformed && countByte(v, '.') <= 2 && len(v) <= 8
	case pSystemArch:
		return isKnownArch(v)
	case pLibrary:
		return knownLibrary(v) || isLetters(v) && !hasLower(v) && len(v) >= 3
	case pClientVersion:
		return CheckVersion(v) != VersionMalformed && countByte(v, '.') >= 2
	case pClientID:
		return v == "" || isKnownClientID(v)
	case pUserHandle:
		return indexByte(v, '@') > 0
	case pHopBlob:
		return v == "0" || len(v) >= 8
	}
	return false
}

// findShift looks for one missing parameter in the middle of the line: the
// first position k whose token does not fit parameter k while it and every
// later token (at least two of them) fit the parameter one place further
// right. It returns -1 when the line does not look shifted.
func findShift(vals func(int) string, n, expected int) int {
	if n >= expected || n == 0 {
		return -1
	}
	for k := 0; k < n; k++ {
		if fits(k, vals(k)) {
			continue
		}
		if n-k < 2 {
			return -1 // one token is too little evidence of a shift
		}
		for j := k; j < n; j++ {
			if j+1 >= numRequestParams || !fits(j+1, vals(j)) {
				return -1
			}
		}
		return k
	}
	return -1
}

// cv simulates a CVQ or CVR line.
func (s *sim) cv(isCVR bool) {
	if !s.trid() {
		s.params(isCVR, 0)
		return
	}
	if s.d >= MSNP24 {
		s.params(isCVR, 0)
		s.mark(&s.res.Fields[0], StatusError, CodeRemoved,
			"CVQ and CVR do not exist in MSNP24 and later: the VER/CVR0 handshake was replaced by CNT with an XML payload.")
		s.close("server")
		s.res.Outcome = Outcome{Kind: OutcomeClosed, Text: "The server closes the connection without a reply.",
			Reason: "Assumption of the playground: an MSNP24 server does not know the command."}
		return
	}
	s.params(isCVR, requestShape(s.d, isCVR))
	s.suggestDialect(isCVR)
	s.answer(isCVR)
}

// suggestDialect says which dialects fit the line when the selected one
// does not: the dialects the client's build offers (release catalog), or
// else, for a line with more parameters than the dialect has, the dialects
// with that many. The page offers to switch to Result.Suggest.
func (s *sim) suggestDialect(isCVR bool) {
	lo, hi, why, byCount := Dialect(0), Dialect(0), "", false
	n := len(s.l.Tokens) - 2
	if r, ok := lookupBuild(s.param(pClientVersion)); ok && r.MaxMSNP != 0 {
		if s.d >= r.MinMSNP && s.d <= r.MaxMSNP {
			return
		}
		lo, hi, why = r.MinMSNP, r.MaxMSNP, "the release catalog's dialects for "+r.Build
	} else if n > requestShape(s.d, isCVR) {
		switch {
		case n == 7:
			lo, hi = MSNP4, MSNP8-1
		case n == 8:
			lo, hi = MSNP8, MSNP23
		case n == 9 && isCVR:
			lo, hi = MSNP21, MSNP23
		default:
			return
		}
		byCount = true
		why = "the dialects whose " + s.res.Command + " has " + formatUint(uint64(n)) + " parameters"
	} else {
		return
	}
	// The newest dialect the build offers; by count, the first with that
	// many parameters.
	s.res.Suggest = hi
	if byCount {
		s.res.Suggest = lo
	}
	s.diag(Note, 0, s.l.Tokens[0].End, CodeDialectFit, "This line fits "+lo.String()+"–"+hi.String()+" ("+why+"), not "+s.d.String()+".")
}

// params annotates the request parameters against a shape of expected
// parameters (0: annotate by position without judging the shape).
func (s *sim) params(isCVR bool, expected int) {
	l := &s.l
	n := len(l.Tokens) - 2
	if n <= 0 {
		if expected > 0 {
			s.diag(Error, len(l.Body), len(l.Body), CodeMissingParam,
				"No parameters follow the TrID; "+s.d.String()+" expects locale, system-type, system-ver, system-arch, requesting-library and client-version at least.")
		}
		return
	}
	shift := -1
	if expected > 0 {
		shift = findShift(func(i int) string { return l.Tok(i + 2) }, n, expected)
	}
	if shift >= 0 {
		// A diagnostic for each token from the shift on and one for the gap,
		// with room for one more: reserved at once instead of grown twice.
		if d := s.res.Diagnostics; cap(d)-len(d) < n-shift+2 {
			s.res.Diagnostics = append(make([]Diagnostic, 0, len(d)+n-shift+2), d...)
		}
	}
	for i := 0; i < n; i++ {
		p := &paramExtra
		if i < numRequestParams && (isCVR || i != pHopBlob) {
			p = &requestParams[i]
		}
		f := s.field(i+2, p)
		if expected == 0 {
			// The server does not read these tokens as parameters.
			f.Status = StatusUnchecked
			continue
		}
		switch {
		case p == &paramExtra:
			s.mark(f, StatusError, CodeExtraParam, "No dialect has a parameter here for "+s.res.Command+": this token is one too many.")
			continue
		case i >= expected:
			s.tooNew(f, i)
		}
		if shift >= 0 && i >= shift {
			// Decode the token as the parameter it looks like, so the
			// learner sees what it was meant to be; the server's own
			// positional reading is what the shift warning explains.
			s.mark(f, StatusWarning, CodeShifted, paramTexts[i].shifted)
			keep := len(s.res.Diagnostics)
			meant := *f
			s.check(&meant, i+1)
			s.res.Diagnostics = s.res.Diagnostics[:keep]
			f.Meaning, f.Detail = meant.Meaning, meant.Detail
			continue
		}
		s.check(f, i)
	}
	switch {
	case shift >= 0:
		at := l.Tokens[shift+2].Start
		if shift > 0 {
			at = l.Tokens[shift+1].End
		}
		notes := []string(nil)
		if shift == pSystemArch {
			notes = noteSeed710
		}
		s.diag(Error, at, at, CodeMissingShifted, paramTexts[shift].missingShifted, notes...)
	case n == pClientID && expected == pClientID+1:
		// MSNP4–7 without client-identification: documented as empty, and
		// no source shows how an empty one was written (PROTOCOL.md §2).
		s.diag(Note, len(l.Body), len(l.Body), CodeClientIDAbsent,
			"No client-identification: msnp-wiki documents it as always empty in MSNP4 to MSNP7, and no source shows whether an empty one was sent as nothing or as a trailing space.", noteP7Era...)
	case n < expected:
		// One diagnostic names every missing parameter: they all sit at the
		// same place, the end of the line.
		notes := []string(nil)
		if n == pUserHandle {
			notes = noteShape
		}
		s.diag(Error, len(l.Body), len(l.Body), CodeMissingParam, missingTexts[n][expected], notes...)
	}
}

// paramTexts are the diagnostics about each request parameter, written
// once at start-up so that the per-keystroke path does not build strings.
var paramTexts = func() (t [numRequestParams]struct {
	_                               noCompare
	shifted, missingShifted, notYet string
}) {
	for i := range t {
		name := requestParams[i].Name
		if i+1 < numRequestParams {
			t[i].shifted = "Read as " + name + " by position, but it looks like " + requestParams[i+1].Name + ": a parameter before it is missing."
		}
		t[i].missingShifted = name + " is missing: every parameter after it moved one place left, so the server reads each of them as the one before."
		t[i].notYet = name + " was added in " + requestParams[i].Since.String() + "; the selected dialect does not have it yet."
	}
	return t
}()

// missingTexts[n][e] is the diagnostic for a line that stops after n of the
// e parameters its dialect sends (0 < n < e), also written once at start-up.
var missingTexts = func() (t [numRequestParams][numRequestParams + 1]string) {
	for n := 1; n < numRequestParams; n++ {
		for e := n + 1; e <= numRequestParams; e++ {
			t[n][e] = missingText(n, e)
		}
	}
	return t
}()

// missingText names the parameters a line lacks after its first n, as in
// "3 parameters are missing after system-arch: requesting-library,
// client-version and client-identification. …".
func missingText(n, expected int) string {
	sends := "the selected dialect sends " + formatUint(uint64(expected)) + " parameters after the TrID."
	if expected-n == 1 {
		return requestParams[n].Name + " is missing: " + sends
	}
	var b builder
	b.writeString(formatUint(uint64(expected - n)))
	b.writeString(" parameters are missing after ")
	b.writeString(requestParams[n-1].Name)
	b.writeString(": ")
	for i := n; i < expected; i++ {
		switch {
		case i == expected-1:
			b.writeString(" and ")
		case i > n:
			b.writeString(", ")
		}
		b.writeString(requestParams[i].Name)
	}
	b.writeString("; ")
	b.writeString(sends)
	return b.String()
}

// tooNew flags a parameter the dialect does not have yet.
func (s *sim) tooNew(f *Field, i int) {
	if i == pClientID && s.d < MSNP4 {
		s.mark(f, StatusWarning, CodeNotYet, paramTexts[i].notYet, noteOldP7...)
		return
	}
	s.mark(f, StatusError, CodeNotYet, paramTexts[i].notYet)
}
