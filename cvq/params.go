package cvq

// Param describes one parameter of the handshake: what it is for, when it
// appeared and what changed since. The tables below are the single place
// the playground states these facts; the page and the CLI show them as
// they are.
type Param struct {
	_       noCompare
	Name    string  // the parameter's name as the page and the CLI show it: "locale", "client-version"
	About   string  // what it is for, in a sentence or two
	Since   Dialect // 0 when the parameter has always been there
	Changes string  // what changed in later dialects; "" when nothing did
	Source  string  // source keys backing these facts
	Note    string  // where the sources disagree
}

// Indexes into requestParams: the positions after the TrID.
const (
	pLocale = iota
	pSystemType
	pSystemVer
	pSystemArch
	pLibrary
	pClientVersion
	pClientID
	pUserHandle
	pHopBlob
	numRequestParams
)

// requestParams are CVQ/CVR request parameters 1…9, in wire order.
var requestParams = [numRequestParams]Param{
	{Name: "locale", Since: MSNP2,
		Source: "SEED, MS-LCID, BITLBEE-24"},
	{Name: "system-type", Since: MSNP2,
		Source: "SEED, NINA-CVR, MIRANDA-CMD"},
	{Name: "system-ver", Since: MSNP2,
		Source: "SEED, OSVER, SHARP-NS"},
	{Name: "system-arch", Since: MSNP2,
		Source: "SEED, NINA-CVR"},
	{Name: "requesting-library", Since: MSNP2,
		Source: "SEED, NINA-CVR, YW-P13",
		Note:   "NINA calls this field the library name and the 7th the client name; MSNPiki calls it the client name and spells the official value MSMSGR."},
	{Name: "client-version", Since: MSNP2,
		Source: "SEED, YW-CVR, SHARP-CRED"},
	{Name: "client-identification", Since: MSNP4,
		Source: "SEED, YW-P4, YW-P8",
		Note:   "hypothetic counts seven parameters only from MSNP5; msnp-wiki says MSNP4 added this one."},
	{Name: "user-handle", Since: MSNP8,
		Source: "SEED, YW-P8"},
	{Name: "hop-blob", Since: MSNP21,
		Source: "SHARP-NS, BITLBEE-21"},
}

// Indexes into replyParams.
const (
	rRecommended = iota
	rRecommended2
	rMinimum
	rDownloadURL
	rFallbackURL
	numReplyParams
)

// replyParams are the five fields of a successful CVQ/CVR reply.
var replyParams = [numReplyParams]Param{
	{Name: "recommended-version", Since: MSNP2,
		Source: "SEED, YW-CVR, PIKI-CVR"},
	{Name: "recommended-version-2", Since: MSNP2,
		Source: "SEED, PIKI-CVR",
		Note:   "MSNPiki says it is always identical to the first; the seed wonders whether it could be a maximum (a forced downgrade). Every capture has the two equal."},
	{Name: "minimum-allowed-version", Since: MSNP2,
		Source: "SEED, YW-CVR",
		Note:   "Captures show Microsoft's server did not enforce it: clients below the minimum went on to sign in. Enforcement was the client's job."},
	{Name: "download-url", Since: MSNP2,
		Source: "SEED, YW-CVR"},
	{Name: "fallback-url", Since: MSNP2,
		Source: "SEED, YW-CVR0",
		Note:   "MSNPiki describes it as a page about the new version rather than a fallback."},
}

// Fixed parameters that are not request or reply fields.
var (
	paramCommand = Param{Name: "command",
		Source: "SEED, YW-CVR"}
	paramTrID = Param{Name: "trid",
		Source: "SEED, YW-VER"}
	paramErrorCode = Param{Name: "error-code",
		Source: "SEED, PIKI-ERR"}
	paramDialect = Param{Name: "dialect",
		Source: "YW-VER, NINA-CV, PIKI-VER"}
	paramExtra = Param{Name: "extra"}
)

// paramProse holds what each parameter is for and what changed since, by
// name. It is text a learner reads, so only ParamInfo and Params use it: the
// simulator never does, which keeps it out of the WebAssembly module (the
// page gets it from the metadata the build writes, DESIGN.md).
var paramProse = [...]struct{ name, about, changes string }{
	{"locale",
		"The client's language as a Windows language ID: 0x and four hex digits (0x0409 is English, United States).",
		"Unchanged while CVQ existed; MSNP24's CNT replaced it with a tag such as en-us."},
	{"system-type",
		"The operating system family: win for Windows 95/98/ME, winnt for the NT line, mac for Mac OS X.",
		"Unchanged."},
	{"system-ver",
		"The operating system's major and minor version, such as 5.1 for Windows XP; some clients add the service pack as a third part.",
		"Unchanged; three-part forms (6.1.1) come from third-party clients."},
	{"system-arch",
		"The processor architecture the client runs on; official Windows builds always send i386.",
		"Unchanged."},
	{"requesting-library",
		"The name of the program or library asking: MSMSGS before 5.0, MSNMSGR from 5.0 on, MSG80BETA for the WLM 8.0 beta.",
		"Values changed with the client line (MSMSGS → MSNMSGR at MSN Messenger 5.0)."},
	{"client-version",
		"The client's own build, written {M}M.m.pppp; WLM 2009 and later add a fourth part.",
		"Four-part builds from WLM 2009 (14.0.8064.0206) on."},
	{"client-identification",
		"The internal name of the code base the client was built from, usually MSMSGS (msmsgs in later clients).",
		"Added in MSNP4 but sent empty until MSNP8, which fills it."},
	{"user-handle",
		"The account (passport) the client is about to sign in with.",
		"Added in MSNP8."},
	{"hop-blob",
		"CVR only: 0 on first contact, or base64 of the redirect details copied from the previous XFR.",
		"Added in MSNP21; nothing documents MSNP22 or MSNP23, so the playground assumes they kept it."},
	{"recommended-version",
		"The newest client the server recommends for this system.",
		""},
	{"recommended-version-2",
		"A second copy of the recommended version.",
		""},
	{"minimum-allowed-version",
		"The oldest build the server considers safe; a client below it should disconnect and upgrade.",
		""},
	{"download-url",
		"The installer the client downloads and runs to reach the recommended version.",
		""},
	{"fallback-url",
		"The page the client opens when the download fails.",
		"Added in MSNP2, when the CVR0 fallback's CVR was renamed CVQ."},
	{"command",
		"The command name. Case matters: CVQ is the query sent after VER settled on CVR0; CVR is its twin inside a real dialect.",
		""},
	{"trid",
		"The transaction ID: a decimal number the server copies into its answer so the client can match them.",
		""},
	{"error-code",
		"A three-digit error code; error replies carry nothing but the code and the TrID.",
		""},
	{"dialect",
		"A protocol version the client offers (MSNPn), or CVR0, the fallback that only allows CVQ.",
		""},
	{"extra",
		"A token the selected dialect has no parameter for.",
		""},
}

// withProse returns p with its About and Changes filled in from paramProse.
func withProse(p Param) Param {
	for _, t := range paramProse {
		if t.name == p.Name {
			p.About, p.Changes = t.about, t.changes
		}
	}
	return p
}

// ParamInfo describes the parameter a Field names ("locale",
// "recommended-version", "extra" …); false for an unknown name.
func ParamInfo(name string) (Param, bool) {
	for _, p := range allParams() {
		if p.Name == name {
			return withProse(*p), true
		}
	}
	return Param{}, false
}

// allParams is every parameter a Field can name.
func allParams() []*Param {
	out := []*Param{&paramCommand, &paramTrID, &paramErrorCode, &paramDialect, &paramExtra}
	for i := range requestParams {
		out = append(out, &requestParams[i])
	}
	for i := range replyParams {
		out = append(out, &replyParams[i])
	}
	return out
}

// Params lists every parameter the playground annotates, in the order the
// page shows them: command, TrID, request parameters, reply fields.
func Params() []Param {
	out := make([]Param, 0, 4+numRequestParams+numReplyParams)
	out = append(out, paramCommand, paramTrID)
	out = append(out, requestParams[:]...)
	out = append(out, replyParams[:]...)
	out = append(out, paramErrorCode, paramDialect)
	for i := range out {
		out[i] = withProse(out[i])
	}
	return out
}

// requestShape returns how many parameters after the TrID the dialect's
// CVQ (or CVR, when isCVR) has: 6 in MSNP2–3, 7 in MSNP4–7, 8 in MSNP8 and
// later, and for CVR 9 from MSNP21; 0 for MSNP24+, where neither exists.
func requestShape(d Dialect, isCVR bool) int {
	switch {
	case d >= MSNP24 || !d.Valid():
		return 0
	case d < MSNP4:
		return 6
	case d < MSNP8:
		return 7
	case isCVR && d >= MSNP21:
		return 9
	}
	return 8
}
