package cvq

// noteVERShape is the sources' disagreement on the VER reply.
const noteVERShape = "msnp-wiki says the server answers with the one dialect it prefers; MSNPiki and NINA say it lists every offered dialect it supports, CVR0 included, in any order. Microsoft's server did the second until mid 2008 and the first from December 2008."

// offeredDialect reads a dialect token of a VER line: a real dialect, or
// CVR0 (reported as cvr0).
func offeredDialect(v string) (d Dialect, cvr0, ok bool) {
	if v == "CVR0" {
		return 0, true, true
	}
	if len(v) < 5 || v[:4] != "MSNP" || !isDigits(v[4:]) || len(v) > 7 {
		return 0, false, false
	}
	n := 0
	for i := 4; i < len(v); i++ {
		n = n*10 + int(v[i]-'0')
	}
	if n < 2 {
		return 0, false, false
	}
	if n > 255 {
		n = 255
	}
	return Dialect(n), false, true
}

// ver simulates VER: the server picks the dialect both sides speak.
func (s *sim) ver() {
	if !s.trid() {
		for i := 2; i < len(s.l.Tokens); i++ {
			s.field(i, &paramDialect)
		}
		return
	}
	p := s.p
	if s.d >= MSNP24 {
		s.diag(Error, 0, s.l.Tokens[0].End, CodeRemoved,
			"VER does not exist in MSNP24 and later: login starts with CNT instead.")
		s.close("server")
		s.res.Outcome = Outcome{Kind: OutcomeClosed, Text: "The server closes the connection without a reply.",
			Reason: "Assumption of the playground: an MSNP24 server does not know VER."}
		return
	}
	if s.st.verDone {
		for i := 2; i < len(s.l.Tokens); i++ {
			s.field(i, &paramDialect)
		}
		s.errorReply("715", true, Rule{ID: RuleVERAgain, Reads: 1, Text: "VER may be sent once per connection."})
		s.diag(Error, 0, s.l.Tokens[0].End, CodeSecondVER, "A second VER on the same connection.")
		return
	}
	best, newest, offeredCVR0 := s.verOffers()
	if len(s.l.Tokens) > 2 && s.l.Tok(len(s.l.Tokens)-1) != "CVR0" && offeredCVR0 {
		s.diag(Note, 0, len(s.l.Body), CodeCVR0Last, "Clients list CVR0 last, after their real dialects.")
	}
	if best == 0 && !(offeredCVR0 && p.AcceptCVR0) {
		s.verReply(func(b *builder) { b.writeString("0") })
		s.close("server")
		s.res.Outcome = Outcome{Kind: OutcomeClosed, Text: "The server answers VER … 0 and closes the connection.",
			Reason: "No dialect offered is one " + p.Title + " accepts (" + p.VERMin.String() + "–" + p.VERMax.String() + cvr0Clause(p) + ")."}
		return
	}
	s.st.verDone = true
	s.st.mode, s.st.cvr0, s.st.offered = best, best == 0, newest
	s.verReply(s.verWriter(best))
	if best == 0 {
		s.res.Outcome = Outcome{Kind: OutcomeNegotiated, Text: "No real dialect in common: the client falls back to CVR0 and sends CVQ to learn which client it should install.",
			Reason: p.Title + " accepts " + p.VERMin.String() + "–" + p.VERMax.String() + " and CVR0. " + p.VERNote}
	} else {
		s.res.Outcome = Outcome{Kind: OutcomeNegotiated, Text: "The connection speaks " + best.String() + ": the client goes on with CVR, then USR.",
			Reason: best.String() + " is the newest dialect both sides offer. " + p.VERNote}
	}
}

// verWriter writes the dialects of the VER reply: the chosen one (or CVR0),
// or, for a profile that echoes the list, every offered one it supports.
func (s *sim) verWriter(best Dialect) func(*builder) {
	p := s.p
	write := func(b *builder) {
		if best == 0 {
			b.writeString("CVR0")
		} else {
			b.writeString(best.String())
		}
	}
	if p.VERList {
		write = func(b *builder) {
			count := 0
			for i := 2; i < len(s.l.Tokens); i++ {
				v := s.l.Tok(i)
				d, cvr0, ok := offeredDialect(v)
				if cvr0 && p.AcceptCVR0 || ok && !cvr0 && d >= p.VERMin && d <= p.VERMax {
					if count > 0 {
						b.writeByte(' ')
					}
					b.writeString(v)
					count++
				}
			}
		}
	}
	return write
}

// verOffers annotates the dialects a VER offers and returns the newest one
// the profile accepts (0: none), the newest real one offered at all, and
// whether CVR0 was offered.
func (s *sim) verOffers() (best, newest Dialect, offeredCVR0 bool) {
	p := s.p
	for i := 2; i < len(s.l.Tokens); i++ {
		f := s.field(i, &paramDialect)
		d, cvr0, ok := offeredDialect(f.Value)
		switch {
		case cvr0:
			offeredCVR0 = true
			f.Meaning = "the CVR0 fallback: only CVQ may follow"
		case ok:
			if d > MSNP23 {
				f.Meaning = "a dialect from after VER was removed"
			} else {
				f.Meaning = "protocol version " + f.Value[4:]
			}
			if d >= p.VERMin && d <= p.VERMax && d > best {
				best = d
			}
			newest = max(newest, min(d, MSNP23))
		case equalFold(f.Value, "CVR0") || len(f.Value) > 4 && equalFold(f.Value[:4], "MSNP"):
			s.mark(f, StatusWarning, CodeDialectCase, "Dialect names are case-sensitive: the server does not recognise this spelling.")
		default:
			s.mark(f, StatusWarning, CodeDialectUnknown, "Not a dialect name: MSNP followed by a number, or CVR0.")
		}
	}
	return best, newest, offeredCVR0
}

func cvr0Clause(p *Profile) string {
	if p.AcceptCVR0 {
		return ", or CVR0"
	}
	return "; CVR0 alone is refused"
}

// verReply writes "VER TrID …" and annotates its fields.
func (s *sim) verReply(write func(*builder)) {
	trid := s.replyTrID()
	var b builder
	b.writeString("VER ")
	b.writeString(trid)
	b.writeByte(' ')
	write(&b)
	s.res.Reply = b.String()
	reply := s.res.Reply
	fields := []Field{
		{Param: paramCommand.Name, Start: 0, End: 3, Value: "VER", Source: paramCommand.Source,
			Rule: ruleCommand},
		{Param: paramTrID.Name, Index: 1, Start: 4, End: 4 + len(trid), Value: trid,
			Source: paramTrID.Source, Rule: ruleTrID},
	}
	start := 5 + len(trid)
	for i := start; i <= len(reply); i++ {
		if i == len(reply) || reply[i] == ' ' {
			v := reply[start:i]
			f := Field{Param: paramDialect.Name, Index: len(fields), Start: start, End: i, Value: v,
				Source: paramDialect.Source, Rule: Rule{ID: RuleVERChoice, Reads: s.offering(v), Text: s.p.VERNote}, Note: noteVERShape}
			switch {
			case v == "0":
				f.Meaning, f.Status = "no dialect in common", StatusError
				f.Rule = Rule{ID: RuleVERNone, Reads: (tokenBit(len(s.l.Tokens)) - 1) &^ 3,
					Text: "Nothing offered is acceptable: the server answers 0 and closes the connection."}
			case v == "CVR0":
				f.Meaning = "the CVR0 fallback"
			default:
				f.Meaning = "accepted dialect"
			}
			if s.p.VERList && v != "0" {
				f.Rule.ID = RuleVERList
				f.Rule.Text = "This server echoes every offered dialect it supports, as Microsoft's did until mid 2008. " + s.p.VERNote
			}
			fields = append(fields, f)
			start = i + 1
		}
	}
	s.res.ReplyFields = fields
}

// offering marks the request's dialect tokens that offer v.
func (s *sim) offering(v string) uint64 {
	var r uint64
	for i := 2; i < len(s.l.Tokens); i++ {
		if s.l.Tok(i) == v {
			r |= tokenBit(i)
		}
	}
	return r
}
