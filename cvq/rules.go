package cvq

// The ids of Rule.ID: which rule gave a reply field its value. docs/rules.md
// explains each under the anchor rule-ID (rules.html#rule-row in the built
// reference, where the page links), so beside Rule.Text's sentence about
// this very reply the WebAssembly module carries only these short ids.
const (
	// RuleCommand: the reply repeats the request's command name.
	RuleCommand = "command"
	// RuleTrID: the TrID is copied from the request.
	RuleTrID = "trid"
	// RuleRow: the catalog row chosen by requesting-library (and, where
	// rows differ by them, system-type, locale, dialect and client-version).
	RuleRow = "row"
	// RuleNearestRow: no row matches every key of the request; the nearest
	// one answers (an assumption of the playground).
	RuleNearestRow = "nearest-row"
	// RuleStandIn: a library sources tie to Microsoft but no source shows
	// answered; the row of the library that stands in for it answers.
	RuleStandIn = "stand-in-row"
	// RuleUnknownLibrary: the profile's row for libraries its catalog does
	// not know (Profile.Unknown).
	RuleUnknownLibrary = "unknown-library"
	// RuleEchoVersion: the client's own client-version, copied back.
	RuleEchoVersion = "echo-version"
	// RuleEchoURL: the server's own address, the same for every client.
	RuleEchoURL = "echo-url"
	// RuleTooFew: step 3, fewer than six parameters after the TrID.
	RuleTooFew = "too-few"
	// RuleBadLocale: step 4, the locale is not an assigned language ID.
	RuleBadLocale = "bad-locale"
	// RuleUnknownClient: step 5, the catalog has no row for the library.
	RuleUnknownClient = "unknown-client"
	// RuleBadVersion: step 5, the client-version is malformed.
	RuleBadVersion = "bad-version"
	// RuleTooNew: step 5, the client-version is newer than the newest
	// release known for its library.
	RuleTooNew = "too-new"
	// RuleVERAgain: a second VER on the connection is answered 715.
	RuleVERAgain = "ver-again"
	// RuleVERChoice: the one dialect the server chose among those offered.
	RuleVERChoice = "ver-choice"
	// RuleVERList: every offered dialect the server supports, echoed.
	RuleVERList = "ver-list"
	// RuleVERNone: nothing offered is acceptable; the server answers 0.
	RuleVERNone = "ver-none"
)

// The rules of the two fields every reply copies from its request.
var (
	ruleCommand = Rule{ID: RuleCommand, Reads: 1, Text: "The reply carries the request's command name."}
	ruleTrID    = Rule{ID: RuleTrID, Reads: 2, Text: "Copied from the request."}
)

// RuleIDs lists the rule ids, in the order rules.go declares them.
func RuleIDs() []string {
	return []string{RuleCommand, RuleTrID, RuleRow, RuleNearestRow, RuleStandIn, RuleUnknownLibrary, RuleEchoVersion,
		RuleEchoURL, RuleTooFew, RuleBadLocale, RuleUnknownClient, RuleBadVersion, RuleTooNew, RuleVERAgain,
		RuleVERChoice, RuleVERList, RuleVERNone}
}

// tokenBit is the Rule.Reads bit of request token i.
func tokenBit(i int) uint64 {
	if i < 0 || i >= 64 {
		return 0
	}
	return 1 << uint(i)
}

// paramBit is the Rule.Reads bit of request parameter p (pLocale …).
func paramBit(p int) uint64 { return tokenBit(2 + p) }

// rowReads marks what choosing row e read: the library, and the keys the
// row is specific about.
func rowReads(e *Entry) uint64 {
	r := paramBit(pLibrary)
	if e.SystemType != "" {
		r |= paramBit(pSystemType)
	}
	if e.Locale != 0 {
		r |= paramBit(pLocale)
	}
	if e.Before != "" {
		r |= paramBit(pClientVersion)
	}
	return r
}

// Row returns catalog row n as Rule.Row numbers it: 1 … len(Entries) are
// Entries in order, len(Entries)+1 is Unknown.
func (p *Profile) Row(n int) (*Entry, bool) {
	switch {
	case n >= 1 && n <= len(p.Entries):
		return &p.Entries[n-1], true
	case n == len(p.Entries)+1 && p.Unknown != nil:
		return p.Unknown, true
	}
	return nil, false
}
