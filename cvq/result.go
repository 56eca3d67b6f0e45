package cvq

// Severity ranks a diagnostic.
type Severity uint8

// The severities, mildest first.
const (
	// Note is information for the learner: a documented disagreement, an
	// assumption of the playground, a hint.
	Note Severity = iota
	// Warning marks something a real server would probably tolerate but a
	// careful client would not send.
	Warning
	// Error marks something that breaks the line for the selected dialect.
	Error
)

// String returns "note", "warning" or "error".
func (s Severity) String() string {
	switch s {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "note"
}

// Status is the verdict on one field of a line.
type Status uint8

// The field verdicts.
const (
	StatusOK Status = iota
	StatusWarning
	StatusError
	// StatusUnchecked marks a token the server does not read as a
	// parameter: it follows an unknown command, a command the dialect
	// does not have (MSNP24), a TrID it rejected, or it was sent on a closed
	// connection. Nothing about it is right or wrong.
	StatusUnchecked
)

// String returns "ok", "warning", "error" or "unchecked".
func (s Status) String() string {
	switch s {
	case StatusWarning:
		return "warning"
	case StatusError:
		return "error"
	case StatusUnchecked:
		return "unchecked"
	}
	return "ok"
}

// Field is one token of a request or reply line with everything the
// playground knows about its value. What the parameter itself is for and
// how it changed over the versions is the same for every value:
// ParamInfo(Param) has it, so Simulate does not copy it into each field.
type Field struct {
	_       noCompare
	Param   string  // parameter name: "command", "trid", "locale", … "extra" for a surplus token
	Index   int     // position in the line, 0 for the command
	Start   int     // byte offset of the token in the line
	End     int     // byte offset just past the token
	Value   string  // the token's text
	Meaning string  // what this value means: "English (United States)", "Windows XP" …
	Detail  string  // secondary decoding: a BCP 47 tag, a release date …
	Status  Status  // whether the value is valid here
	Since   Dialect // dialect the parameter appeared in; 0 when it was always there
	Source  string  // source keys from the reference facts
	Note    string  // where the sources disagree, or an assumption of the playground
	Rule    Rule    // reply fields: how the server came to this value ("why this value?")
}

// Rule is how the server came to one reply field's value: which rule fired,
// which request tokens it read, the catalog row it took the value from and,
// for a CVQ or CVR reply, the step of the decision order (docs/rules.md §4)
// that produced it. Each field has its own: in one reply the TrID is copied,
// the versions come from a row and an error code from the check that failed.
type Rule struct {
	// ID names the rule, one of the Rule… constants (rules.go): short and
	// stable, for programs and for the page, which explains it in its own words.
	ID string
	// Step is the step of rules §4 that produced the reply: 3 (too few
	// parameters, 731), 4 (the locale, 710), 5 (the client, 420) or 6 (a
	// catalog answer); 0 for a VER reply.
	Step int
	// Reads marks the request tokens the rule read: bit i is Fields[i] of
	// the same Result (0 the command, 1 the TrID, 2 the locale …; tokens past
	// the 64th are not marked). ReadsToken tests one.
	Reads uint64
	// Row is the catalog row the value came from, numbered as Profile.Row
	// numbers them; 0 when no row gave it (copied, echoed, an error).
	Row int
	// Text says it in a sentence, with the row's own words and any
	// assumption of the playground.
	Text string
}

// ReadsToken reports whether the rule read request token i.
func (r *Rule) ReadsToken(i int) bool { return i >= 0 && i < 64 && r.Reads&(1<<uint(i)) != 0 }

// Diagnostic is a located message about a line.
type Diagnostic struct {
	Severity Severity // note, warning or error
	Start    int      // byte range [Start, End) in the line it is about
	End      int      // equal to Start for a position between tokens
	Code     string   // short stable id, one of the Code… constants of codes.go (CodeBareLF is "bare-lf")
	Text     string   // the message, one or two sentences in plain words
	Notes    []string // further explanation; shared, never modified
}

// OutcomeKind says what the client does after the server's answer.
type OutcomeKind uint8

// The client's next steps.
const (
	// OutcomeNone: nothing was decided (empty input, a line the server ignores).
	OutcomeNone OutcomeKind = iota
	// OutcomeForcedUpgrade: client-version is below the minimum; the client
	// disconnects and downloads download-url.
	OutcomeForcedUpgrade
	// OutcomeOptionalUpgrade: a newer recommended version is offered.
	OutcomeOptionalUpgrade
	// OutcomeUpToDate: the client is at or above the recommended version.
	OutcomeUpToDate
	// OutcomeRejected: the server answered with an error code.
	OutcomeRejected
	// OutcomeClosed: the server closed the connection without an answer.
	OutcomeClosed
	// OutcomeIgnored: the server neither answered nor closed.
	OutcomeIgnored
	// OutcomeNegotiated: a VER exchange settled the dialect (or CVR0).
	OutcomeNegotiated
)

// String returns a stable kebab-case name: "forced-upgrade", "up-to-date" …
func (k OutcomeKind) String() string {
	switch k {
	case OutcomeForcedUpgrade:
		return "forced-upgrade"
	case OutcomeOptionalUpgrade:
		return "optional-upgrade"
	case OutcomeUpToDate:
		return "up-to-date"
	case OutcomeRejected:
		return "rejected"
	case OutcomeClosed:
		return "closed"
	case OutcomeIgnored:
		return "ignored"
	case OutcomeNegotiated:
		return "negotiated"
	}
	return "none"
}

// Outcome is the client's next step with the reason for it.
type Outcome struct {
	_      noCompare
	Kind   OutcomeKind // the next step as a value: forced upgrade, rejected, …
	Text   string      // the next step in a sentence
	Reason string      // why, in terms of the fields
}

// Result is everything Simulate knows about one client line: the annotated
// request, the reply, whether the connection closes, the client's next step
// and the diagnostics. It holds plain values only, so the page and the
// command-line tool can render it without knowing the protocol.
type Result struct {
	Input       string  // the line as given, terminator included
	Command     string  // the command token, "" for an empty line
	Dialect     Dialect // the client's dialect the line was judged in
	Profile     string  // name of the profile that answered
	Fields      []Field // one per token of Input's first line, in order (a long line's surplus folded into the last)
	Reply       string  // the reply line without its CRLF; "" when there is none
	ReplyFields []Field // one per token of Reply, with the rule that produced each value
	Disconnect  bool    // the server closes the connection after this line
	Outcome     Outcome // what the client does next, and why
	// Diagnostics are located messages about Input (byte ranges into it),
	// in the order the checks found them.
	Diagnostics []Diagnostic
	// Suggest is a dialect that fits the line better than the selected
	// one (the client's known dialects, or its parameter count), with a
	// "dialect-fit" note saying why; 0 when the selected one fits.
	Suggest Dialect
}

// Worst returns the highest severity among the diagnostics, and false when
// there are none.
func (r *Result) Worst() (Severity, bool) {
	if len(r.Diagnostics) == 0 {
		return Note, false
	}
	w := Note
	for _, d := range r.Diagnostics {
		if d.Severity > w {
			w = d.Severity
		}
	}
	return w, true
}
