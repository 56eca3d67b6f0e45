package docs

// DiagnosticDoc explains one diagnostic code (cvq.Diagnostic.Code) to a learner.
type DiagnosticDoc struct {
	Code  string // the code as the codec emits it; the entry's element id is "diag-" + Code
	About string // Markdown: what the message means, when it appears and what to do
}

// Diagnostics explains every code in cvq/codes.go, grouped as that file groups them. A test
// checks that the two lists hold the same codes.
var Diagnostics = []DiagnosticDoc{
	// The line as a whole.
	{"bare-lf", "The line ends with a line feed alone. MSNP ends every command with CR LF; whether a server accepts a bare LF differs from one implementation to another, so the simulator answers but warns. See [lines and tokens](rules.md#lines)."},
	{"after-line", "More text follows the first line break. In one-line mode only the first line is simulated; use the session console, or paste the text as a transcript, to send several lines."},
	{"hidden-char", "The line holds a character that a display draws as nothing or that reorders the text around it: a control character (a tab or a NUL included), a right-to-left or left-to-right mark, embedding, override or isolate, a zero-width space or joiner, a soft hyphen, a byte order mark or a tag character. The server reads it as part of the token like any other byte, but on screen the line can look like something else (a right-to-left override draws exe.txt as txt.exe), so the page shows each as a marker such as ⟨U+202E⟩. One warning covers a run of them; a line gets at most four."},
	{"too-many-tokens", "The line has far more tokens than any handshake command. The first ones are annotated and everything after them is shown as a single token, so that a pasted wall of text costs no more than a long line."},
	{"empty-param", "Two spaces in a row, or a space at the end, make an empty parameter. The protocol splits on single spaces, and real server replies contained such empty fields. See [lines and tokens](rules.md#lines)."},
	{"closed", "The connection was already closed (by the server after an error or after a CVQ answer, or by the client). A server reads nothing more on it; start a new connection."},

	// The command and the TrID.
	{"unknown-command", "The first token is not a command the handshake knows. The playground simulates [VER](params/dialect.md), [CVQ and CVR](params/command.md)."},
	{"command-case", "Command names are case-sensitive: `cvq` is not `CVQ`. The message suggests the correct spelling."},
	{"missing-trid", "No transaction ID follows the command. A server cannot answer a line it cannot match, so it closes the connection without a reply (step 1 of the [decision order](rules.md#decision-order))."},
	{"bad-trid", "The [TrID](params/trid.md) is not a decimal number that fits in 32 bits. The server closes the connection without a reply."},
	{"trid-zeros", "The TrID has leading zeros. The server reads the number, so its answer carries the TrID without them, and a client matching answers by text would not recognise it."},

	// The shape of the request in the judging dialect.
	{"removed", "The command does not exist in the judging dialect: VER, CVR and CVQ were replaced in MSNP24 by CNT with an XML payload. The playground assumes such a server closes the connection. See [dialects](rules.md#dialects)."},
	{"missing-param", "The line has fewer parameters than the judging dialect's shape (6 in MSNP2–3, 7 in MSNP4–7, 8 from MSNP8, 9 for CVR from MSNP21). See [dialects](rules.md#dialects)."},
	{"missing-shifted", "A parameter in the middle of the line seems to be missing: the values after it fit the next parameters' formats. The seed's 710 example lacks [system-arch](params/system-arch.md) in exactly this way."},
	{"shifted", "The value fits the format of another parameter better than the one at its position, most likely because a parameter before it is missing."},
	{"extra-param", "No dialect has a parameter at this position for this command: the token is one too many."},
	{"not-yet", "The parameter exists, but only from a later dialect than the judging one (for example a [user-handle](params/user-handle.md) sent by an MSNP5 client). A filled [client-identification](params/client-identification.md) in MSNP2–7 is only a warning: the seed's own \"Old\" example sends one."},

	// The values of the request's parameters.
	{"locale-malformed", "The [locale](params/locale.md) is not `0x` followed by four hexadecimal digits. The reference server answers 710."},
	{"locale-meta", "The locale is one of Windows' placeholder values (neutral, user default, system default, custom, invariant …), which stand for a setting rather than a language. The reference server answers 710."},
	{"locale-unassigned", "The locale has the right form but [MS-LCID](sources.md#src-MS-LCID) assigns no language to it (the seed's `0x1111`). The reference server answers 710."},
	{"system-type", "The [system-type](params/system-type.md) is not one official clients sent (`win`, `winnt`, `mac`). Servers did not check it; the playground warns."},
	{"system-ver", "The [system-ver](params/system-ver.md) is not a dotted number such as `5.1`."},
	{"system-arch", "The [system-arch](params/system-arch.md) is not `i386`, the value every official Windows build sent."},
	{"library-unknown", "No official client sent this [requesting-library](params/requesting-library.md). When a known name is close, the message names it. The reference server answers 420."},
	{"version-malformed", "The [client-version](params/client-version.md) is not made of dotted numbers. The reference server answers 420."},
	{"version-format", "The client-version is dotted numbers but not in the documented `{M}M.m.pppp` form. Servers compare versions part by part, so the value still works."},
	{"client-id-empty", "[client-identification](params/client-identification.md) is empty, but from MSNP8 official clients fill it (usually `MSMSGS`)."},
	{"client-id-early", "client-identification is documented as always empty in MSNP4–MSNP7, yet captures and the release table of that era show it filled. Accepted, with this note."},
	{"client-id-absent", "client-identification is left out in MSNP4–MSNP7. The documentation says it was empty in those dialects, and no source shows how an empty parameter was written (nothing, or a trailing space), so this is a note, not an error."},
	{"handle", "The [user-handle](params/user-handle.md) does not look like an e-mail address (a Passport account)."},
	{"handle-empty", "The user-handle is empty. Published logs often blank it out to hide the poster's address."},
	{"hop-blob", "The [hop-blob](params/hop-blob.md) is neither `0` nor base64 of the previous XFR's redirect details."},

	// VER.
	{"second-ver", "VER was already sent on this connection. The reference server answers 715 and closes the connection, as hypothetic describes and Escargot does."},
	{"dialect-case", "Dialect names are case-sensitive (`msnp8` is not `MSNP8`): the server does not recognise this one."},
	{"dialect-unknown", "Not a [dialect](params/dialect.md) name: `MSNP` followed by a number, or `CVR0`."},
	{"cvr0-last", "Clients list `CVR0` last, after their real dialects, in order of preference. Here it is not last."},

	// How the selected server answers.
	{"no-handler", "The selected [profile](rules.md#profiles) has no handler for the command (Escargot has none for CVQ): the line is only logged and nothing is sent."},
	{"short-ignored", "The selected profile fails on a line this short and sends nothing; this is inferred from the server's code."},
	{"no-row", "The selected profile's catalog has no row that could answer this line."},
	{"dialect-fit", "The line fits other dialects than the one selected: the dialects the release catalog lists for the client's build, or the dialects whose command has as many parameters as the line. The page offers to switch to the newest of them."},
	{"era-uncovered", "A Microsoft profile was asked for a date after the newest capture: no capture covers it, so the newest era answers, as the note names."},
	{"doc-disagreement", "The documentation disagrees with itself about what happens here (who closes the connection after a CVQ answer; whether a client at exactly the minimum version upgrades). The notes show both readings. See [disagreements](rules.md#disagreements)."},

	// Sessions: the order of commands on one connection.
	{"no-ver", "A CVQ or CVR with no VER before it on this connection. The simulator judges it by the dialect selector."},
	{"cvr-in-cvr0", "VER settled on CVR0, where the client's only command is CVQ; a CVR here is out of place. See [the CVR0 handshake](rules.md#cvr0)."},
	{"cvq-offered-dialect", "After VER settled on CVR0, the CVQ is judged as the newest dialect the client offered in its VER, not the dialect selector: a client's CVQ has the shape of its own protocol version. See [the CVR0 handshake](rules.md#cvr0)."},
	{"cvq-in-dialect", "VER settled on a real dialect, where the client sends CVR; CVQ belongs to the CVR0 fallback. The simulator answers it anyway, judged by that dialect."},

	// Transcripts: pasted logs.
	{"too-long", "The pasted transcript has more protocol lines than the playground checks; the rest is cut off. See [transcripts](rules.md#transcripts)."},
	{"orphan-continuation", "A continuation line (starting with `.. `) with no line before it to continue."},
	{"prose", "A line with no `C:`/`S:` (or `>>>`/`<<<`, `->`/`<-`) prefix and no command name is read as prose and skipped."},
	{"new-connection", "The transcript's line is read as the start of a new connection: the last one was closed, the TrIDs start again, or the log moved on after its first VER (as after an XFR to the Notification Server)."},
}

// LookupDiagnostic returns the explanation of a diagnostic code.
func LookupDiagnostic(code string) (DiagnosticDoc, bool) {
	for _, d := range Diagnostics {
		if d.Code == code {
			return d, true
		}
	}
	return DiagnosticDoc{}, false
}
