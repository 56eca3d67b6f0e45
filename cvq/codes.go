package cvq

// The diagnostic codes: every value Diagnostic.Code takes, and the only place they are
// spelled. A code is stable; the message text beside it may change, so scripts should
// match codes. What each one means, for a learner, is in the reference: docs/
// diagnostics.go, rendered as reference/diagnostics.html#diag-CODE. A test fails when the
// codec emits a code that is not listed here, or a literal where a constant belongs.
const (
	// The line as a whole.

	CodeBareLF        = "bare-lf"         // the line ends with LF alone, not CR LF
	CodeAfterLine     = "after-line"      // text after the first line break, not simulated
	CodeTooManyTokens = "too-many-tokens" // far more tokens than any command; the rest is folded into one
	CodeHiddenChar    = "hidden-char"     // a control, bidi or invisible format character
	CodeEmptyParam    = "empty-param"     // two spaces in a row, or a trailing space
	CodeClosed        = "closed"          // a line sent on a connection that is already closed

	// The command and the TrID.

	CodeUnknownCommand = "unknown-command" // not a command of the handshake
	CodeCommandCase    = "command-case"    // a command name in the wrong case (cvq for CVQ)
	CodeMissingTrID    = "missing-trid"    // no TrID after the command
	CodeBadTrID        = "bad-trid"        // the TrID is not a 32-bit decimal number
	CodeTrIDZeros      = "trid-zeros"      // the TrID has leading zeros

	// The shape of the request in the judging dialect.

	CodeRemoved        = "removed"         // the command does not exist in the dialect (MSNP24+)
	CodeMissingParam   = "missing-param"   // fewer parameters than the dialect's shape
	CodeMissingShifted = "missing-shifted" // a parameter in the middle seems to be missing
	CodeShifted        = "shifted"         // the value fits another parameter better
	CodeExtraParam     = "extra-param"     // one token too many for any dialect
	CodeNotYet         = "not-yet"         // a parameter only a later dialect has

	// The values of the request's parameters.

	CodeLocaleMalformed  = "locale-malformed"  // not 0x and four hex digits
	CodeLocaleMeta       = "locale-meta"       // a placeholder such as 0x0400, not a language
	CodeLocaleUnassigned = "locale-unassigned" // a language ID [MS-LCID] does not assign
	CodeSystemType       = "system-type"       // a system-type no official client sent
	CodeSystemVer        = "system-ver"        // a system-ver that is not a dotted number
	CodeSystemArch       = "system-arch"       // a system-arch other than i386
	CodeLibraryUnknown   = "library-unknown"   // a requesting-library no official client sent
	CodeVersionMalformed = "version-malformed" // a client-version that is not dotted numbers
	CodeVersionFormat    = "version-format"    // dotted numbers, but not in the {M}M.m.pppp form
	CodeClientIDEmpty    = "client-id-empty"   // client-identification empty from MSNP8 on
	CodeClientIDEarly    = "client-id-early"   // client-identification filled in MSNP4-7 (a note: every capture fills it)
	CodeClientIDAbsent   = "client-id-absent"  // client-identification left out in MSNP4-7 (a note: documented as empty)
	CodeHandle           = "handle"            // a user-handle that is not an e-mail address
	CodeHandleEmpty      = "handle-empty"      // an empty user-handle
	CodeHopBlob          = "hop-blob"          // a hop-blob that is neither 0 nor base64

	// VER.

	CodeSecondVER      = "second-ver"      // VER sent twice on one connection
	CodeDialectCase    = "dialect-case"    // a dialect name in the wrong case
	CodeDialectUnknown = "dialect-unknown" // not MSNPn or CVR0
	CodeCVR0Last       = "cvr0-last"       // CVR0 offered before a real dialect

	// How the selected server answers.

	CodeNoHandler       = "no-handler"       // the profile has no handler for the command
	CodeShortIgnored    = "short-ignored"    // the profile sends nothing for a short line
	CodeNoRow           = "no-row"           // the profile's catalog has no row for the line
	CodeDocDisagreement = "doc-disagreement" // the documentation contradicts itself here
	CodeDialectFit      = "dialect-fit"      // the line fits other dialects than the selected one (Result.Suggest)
	CodeEraUncovered    = "era-uncovered"    // a Microsoft date past the newest capture: the newest era answers

	// Sessions: the order of commands on one connection.

	CodeNoVER        = "no-ver"         // CVQ or CVR with no VER before it
	CodeCVRInCVR0    = "cvr-in-cvr0"    // CVR after VER settled on CVR0
	CodeCVQInDialect = "cvq-in-dialect" // CVQ after VER settled on a real dialect
	// CVQ after VER settled on CVR0, judged as the newest dialect the client offered
	CodeCVQOfferedDialect = "cvq-offered-dialect"

	// Transcripts: pasted logs.

	CodeTooLong            = "too-long"            // more protocol lines than are checked
	CodeOrphanContinuation = "orphan-continuation" // a ".. " line with nothing to continue
	CodeProse              = "prose"               // a line that is neither C: nor S: nor a command
	CodeNewConnection      = "new-connection"      // a transcript line read as a new connection
)
