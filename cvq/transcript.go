package cvq

// TranscriptLine is one protocol line recovered from a pasted transcript.
type TranscriptLine struct {
	_    noCompare
	_    noCompare
	Dir  byte   // 'C' for a client line, 'S' for a server line
	Text string // the protocol line: prefixes removed, continuations joined
	Line int    // 1-based line number in the paste where it starts
	// Start and End locate the first part of Text inside that physical
	// line (continuations are joined from later lines).
	Start, End int
}

// FieldDiff is one field where a server line in a transcript differs from
// what the profile answers.
type FieldDiff struct {
	_        noCompare
	_        noCompare
	Index    int    // field position, 0 = command
	Param    string // the field's name in the expected reply ("" past its end)
	Expected string // the token the profile sends; "" past the end of its reply
	Observed string // the token in the transcript; "" past the end of the observed line
	Start    int    // byte range [Start, End) in the observed line; Start == End past its end
	End      int    // see Start
}

// CheckStatus is the verdict on one server line of a transcript.
type CheckStatus uint8

// The verdicts on server lines.
const (
	CheckMatch     CheckStatus = iota // the profile sends exactly this
	CheckDiffer                       // the profile sends something else
	CheckUnchecked                    // not a handshake line, or no client line to pair it with
)

// String returns "match", "differ" or "unchecked".
func (c CheckStatus) String() string {
	switch c {
	case CheckDiffer:
		return "differ"
	case CheckUnchecked:
		return "unchecked"
	}
	return "match"
}

// Check compares one server line of a transcript with the profile.
type Check struct {
	Line     int         // index into Transcript.Lines
	Expected string      // what the profile answers; "" for nothing
	Observed string      // the server line as the transcript has it
	Status   CheckStatus // match, differ or unchecked
	// Note says why a line is unchecked (no client line with its TrID, not
	// a handshake line), or remarks on a match; "" when there is nothing
	// to add.
	Note  string
	Diffs []FieldDiff // the fields that differ, in order; empty unless Status is CheckDiffer
}

// Step is one client line of a transcript with what the profile does with
// it and the server lines the transcript pairs with it.
type Step struct {
	Client int     // index into Transcript.Lines
	Result Result  // what the simulated connection did with the client line
	Checks []Check // the transcript's server lines paired with it by TrID
}

// LineDiagnostic is a diagnostic about the transcript itself, located by
// 1-based line number and a byte range inside that line.
type LineDiagnostic struct {
	Line int // 1-based line number in the paste
	Diagnostic
}

// Transcript is a pasted session, simulated and checked.
type Transcript struct {
	Lines       []TranscriptLine // the protocol lines recovered from the paste, in order
	Steps       []Step           // one per client line, in order
	Unpaired    []Check          // server lines with no client line to pair with
	Diagnostics []LineDiagnostic // about the paste itself: skipped prose, new connections, cuts
	// State of the last connection at the end of the transcript (so far,
	// while a TranscriptCheck is under way).
	State SessionState
	// States holds the connection after each protocol line, by its index
	// in Lines: after a client line, as the profile left it (a new
	// connection where the log starts one; unchanged by a line the
	// playground does not simulate); after a server line, as the log's
	// server left it where it answered otherwise than the profile (a VER
	// settling on CVR0, a "VER n 0" closing).
	States []SessionState

	paste   lineTable        // the text checked, for PasteLine
	byTrID  map[uint32][]int // client steps by numeric TrID, for pairing server lines
	oddTrID []oddStep        // steps whose TrID is not a number (rare: searched in order)
}

// PasteLine returns line n (1-based, as Line counts them) of the text the
// transcript was checked from, without its line end (LF or CR LF); "" when
// there is no line n. The Start and End of a TranscriptLine or
// LineDiagnostic index the PasteLine of its Line.
func (t *Transcript) PasteLine(n int) string { return t.paste.line(n) }
