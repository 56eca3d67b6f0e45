package cvq

// Reading a pasted transcript: prefixes, continuations, prose.

// maxTranscriptLines bounds the work done on a paste.
const maxTranscriptLines = 5000

// maxSkippedDiagnostics bounds the diagnostics about lines a transcript
// skips (prose, continuations with nothing to continue): the first ones
// are reported line by line, and one "skipped-more" diagnostic at the next
// skipped line counts the rest. Without it a paste of prose yields one
// diagnostic per line, which only the protocol lines' limit does not
// bound.
const maxSkippedDiagnostics = 50

// ParseTranscript recovers the protocol lines of a transcript pasted from
// documentation or a log: C:/S:, >>>/<<<, ->/<- prefixes (also libpurple's
// "msn: C: NS 000:" with a timestamp, and aMSN's "->ns-sock7"), lines that
// begin with ".. " continuing the previous one, and a literal \r\n at the
// end of a line. Lines without a prefix are client lines when they start
// with a command name; other unprefixed lines are skipped as prose.
// Each skipped line gets a diagnostic ("prose", "orphan-continuation") up
// to the first 50; one "skipped-more" diagnostic, at the first skipped
// line after those, counts the rest.
func ParseTranscript(text string) ([]TranscriptLine, []LineDiagnostic) {
	return parseTranscript(newLineTable(text))
}

func parseTranscript(paste lineTable) ([]TranscriptLine, []LineDiagnostic) {
	var lines []TranscriptLine
	var diags []LineDiagnostic
	// Continuations of the newest line gather in cont and are joined into
	// its Text once, when the next line starts or the paste ends: adding
	// them to Text one by one would copy the line again for each, which is
	// quadratic in a paste of thousands of ".. " lines.
	var cont builder
	joining := false
	flush := func() {
		if joining {
			lines[len(lines)-1].Text = cont.String()
			cont = builder{}
			joining = false
		}
	}
	sk := skipper{summary: -1}
	skip := func(d LineDiagnostic) { diags = sk.skip(diags, d) }
	for no := 1; no <= len(paste.starts); no++ {
		raw := paste.line(no)
		if isBlank(raw) {
			continue
		}
		if len(lines) >= maxTranscriptLines {
			diags = append(diags, LineDiagnostic{no, Diagnostic{Severity: Warning, End: len(raw), Code: CodeTooLong,
				Text: "The transcript is cut here: at most " + formatUint(maxTranscriptLines) + " protocol lines are checked."}})
			break
		}
		if hasPrefix(raw, ".. ") {
			if len(lines) == 0 {
				skip(LineDiagnostic{no, Diagnostic{Severity: Warning, End: 2, Code: CodeOrphanContinuation,
					Text: "A continuation line (\".. \") with no line before it to continue."}})
				continue
			}
			if !joining {
				cont.writeString(lines[len(lines)-1].Text)
				joining = true
			}
			cont.writeByte(' ')
			cont.writeString(trimSuffix(raw[3:], `\r\n`))
			continue
		}
		dir, start, ok := linePrefix(raw)
		body := raw[start:]
		if !ok {
			if !looksLikeCommand(body) {
				skip(LineDiagnostic{no, Diagnostic{Severity: Note, End: len(raw), Code: CodeProse,
					Text: "Skipped: no C:/S: (or >>>/<<<, ->/<-) prefix and no command name, so this reads as prose."}})
				continue
			}
			dir = 'C'
		}
		flush() // a new protocol line starts here
		if hasSuffix(body, `\r\n`) {
			body = body[:len(body)-4]
		}
		if dir == 'C' {
			if c, sv, ok := sameLineAnswer(body, start, no); ok {
				lines = append(lines, c, sv)
				continue
			}
		}
		lines = append(lines, TranscriptLine{Dir: dir, Text: body, Line: no, Start: start, End: start + len(body)})
	}
	flush()
	sk.finish(diags)
	return lines, diags
}

// skipper reports the lines a transcript skips one by one up to
// maxSkippedDiagnostics, then counts the rest in one "skipped-more"
// diagnostic at the first of them.
type skipper struct {
	n       int // lines skipped so far
	summary int // index of the "skipped-more" diagnostic; -1 before it
	last    int // the last skipped line counted in the summary
}

func (k *skipper) skip(diags []LineDiagnostic, d LineDiagnostic) []LineDiagnostic {
	k.n++
	switch {
	case k.n <= maxSkippedDiagnostics:
		return append(diags, d)
	case k.summary < 0:
		k.summary = len(diags)
		d.Code, d.Start, d.Notes = "skipped-more", 0, nil
		diags = append(diags, d)
	case d.Severity > diags[k.summary].Severity:
		diags[k.summary].Severity = d.Severity
	}
	k.last = d.Line
	return diags
}

// finish writes the summary's text once the count is known.
func (k *skipper) finish(diags []LineDiagnostic) {
	if k.summary >= 0 {
		diags[k.summary].Text = skippedMoreText(k.n-maxSkippedDiagnostics, k.last)
	}
}

// sameLineAnswer splits a client line that carries the server's answer
// after a wide gap, as documentation sometimes writes them:
// "C: VER 1 MSNP8 CVR0      S: VER 1 MSNP8". start is where body begins in
// its physical line no.
func sameLineAnswer(body string, start, no int) (c, sv TranscriptLine, ok bool) {
	gap := index(body, "   ")
	if gap <= 0 {
		return c, sv, false
	}
	rest := trimLeftByte(body[gap:], ' ')
	d2, s2, ok2 := linePrefix(rest)
	if !ok2 || d2 != 'S' {
		return c, sv, false
	}
	off := start + len(body) - len(rest) + s2
	return TranscriptLine{Dir: 'C', Text: body[:gap], Line: no, Start: start, End: start + gap},
		TranscriptLine{Dir: 'S', Text: rest[s2:], Line: no, Start: off, End: off + len(rest) - s2}, true
}

// skippedMoreText is the summary of the skipped lines that are not
// reported one by one.
func skippedMoreText(n, last int) string {
	more := "1 more line is"
	if n > 1 {
		more = formatUint(uint64(n)) + " more lines are"
	}
	return "From here to line " + formatUint(uint64(last)) + ", " + more +
		" skipped as prose or as continuations with nothing to continue; only the first " +
		formatUint(maxSkippedDiagnostics) + " skipped lines are listed one by one."
}

// linePrefix finds a direction prefix and returns the offset where the
// protocol text starts.
//
// Real traces indent some lines: the indentation is skipped, so an indented
// "S: …" is read as the server line it is, and start is past the
// indentation even when there is no prefix.
func linePrefix(s string) (dir byte, start int, ok bool) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	ind := i
	// libpurple debug timestamps: "(12:35:57) ".
	if hasPrefix(s[i:], "(") {
		if j := index(s[i:], ") "); j > 0 && j < 24 {
			i += j + 2
		}
	}
	if hasPrefix(s[i:], "msn: ") {
		i += 5
	}
	rest := s[i:]
	n := 0
	switch {
	case hasPrefix(rest, "C:"), hasPrefix(rest, "c:"):
		dir, n = 'C', 2
	case hasPrefix(rest, "S:"), hasPrefix(rest, "s:"):
		dir, n = 'S', 2
	case hasPrefix(rest, ">>>"):
		dir, n = 'C', 3
	case hasPrefix(rest, "<<<"):
		dir, n = 'S', 3
	case hasPrefix(rest, "->"):
		dir, n = 'C', 2
	case hasPrefix(rest, "<-"):
		dir, n = 'S', 2
	default:
		return 0, ind, false
	}
	i += n
	if i < len(s) && s[i] != ' ' && (n == 2 && s[i-1] == '>' || n == 2 && s[i-2] == '<') {
		// aMSN names the socket right after the arrow: "->ns-sock7 VER …".
		if j := indexByte(s[i:], ' '); j > 0 {
			i += j
		} else {
			i = len(s)
		}
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	// libpurple tags the connection: "NS 000: ".
	if len(s)-i >= 8 && (s[i:i+3] == "NS " || s[i:i+3] == "DS " || s[i:i+3] == "SB ") && isDigits(s[i+3:i+6]) && s[i+6:i+8] == ": " {
		i += 8
	}
	return dir, i, true
}

// looksLikeCommand: an unprefixed line that starts with three upper-case
// letters (or a known command in any case) followed by a space or the end.
func looksLikeCommand(s string) bool {
	if len(s) < 3 || len(s) > 3 && s[3] != ' ' {
		return false
	}
	w := s[:3]
	if equalFold(w, "CVQ") || equalFold(w, "CVR") || equalFold(w, "VER") {
		return true
	}
	for i := 0; i < 3; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// handshake reports whether the simulator answers this command.
func handshake(cmd string) bool {
	return equalFold(cmd, "CVQ") || equalFold(cmd, "CVR") || equalFold(cmd, "VER")
}
