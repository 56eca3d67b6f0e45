package cvq

// Session is one simulated connection to a Dispatch Server: it remembers
// whether VER has been answered, which dialect (or CVR0) it settled on,
// and whether the connection is closed. Lines after a close are refused.
//
// The zero Session is ready to use: a fresh connection to the reference
// server (as with a nil profile) from a client whose dialect is not set,
// so that before VER settles on a real dialect the shape of a CVQ or CVR
// is not judged against one. NewSession sets the dialect.
type Session struct {
	dialect Dialect
	profile *Profile
	st      connState
}

// SessionState is what the page shows about a connection.
type SessionState struct {
	Dialect Dialect // the client's dialect: as selected, or in CVR0 mode the newest it offered in VER
	// Mode is the dialect VER settled on, "CVR0" for the fallback, or ""
	// before VER.
	Mode     string
	Closed   bool   // the connection has ended: no more lines are read
	ClosedBy string // "server" or "client" when Closed
}

// NewSession opens a connection for a client speaking dialect d to profile
// p (nil: the reference server).
func NewSession(d Dialect, p *Profile) *Session {
	if p == nil {
		p = DefaultProfile()
	}
	return &Session{dialect: d, profile: p}
}

// Send gives the server one client line and returns what happened. Before
// VER a CVQ or CVR is answered as Simulate would (the playground lets you
// skip the handshake) with a note; after VER, CVQ is expected in CVR0 mode
// and CVR in a real dialect, and the other one is flagged. A CVQ inside a
// real dialect does not end the connection: only CVR0 mode has nothing
// after the answer.
func (s *Session) Send(line string) Result {
	// The notes judge the connection as the line found it: simulating it
	// may close it (a CVQ answered in CVR0 mode, a 731), and that must not
	// hide the note about a VER that never came.
	before := s.st
	p := s.profile
	if p == nil {
		p = DefaultProfile() // the zero Session
	}
	if before.verDone && !before.cvr0 {
		// Only CVR0 mode ends after a CVQ answer (docs/rules.md §4 step 7).
		q := *p
		q.CVQCloses = false
		p = &q
	}
	d := s.effectiveDialect()
	r := simulateLine(line, d, p, &s.st)
	r.Dialect = s.dialect
	if r.Command == "CVQ" || r.Command == "CVR" {
		switch {
		case before.cvr0 && r.Command == "CVQ" && before.offered != 0:
			// PROTOCOL.md §2: after VER … CVR0, the CVQ has the shape of the
			// client's own newest dialect, whatever the selector says.
			r.Dialect = d
			if d != s.dialect {
				r.Diagnostics = append(r.Diagnostics, Diagnostic{Severity: Note, End: len(r.Command), Code: CodeCVQOfferedDialect,
					Text: "Judged as " + d.String() + ", the newest dialect the client offered in its VER: after VER settled on CVR0, a CVQ has its own client's shape, not the selected dialect's."})
			}
		case !before.verDone && !before.closed:
			r.Diagnostics = append(r.Diagnostics, Diagnostic{Severity: Note, End: len(r.Command), Code: CodeNoVER,
				Text: "No VER yet on this connection: a real client negotiates the dialect first (VER … CVR0)."})
		case before.cvr0 && r.Command == "CVR":
			r.Diagnostics = append(r.Diagnostics, Diagnostic{Severity: Warning, End: len(r.Command), Code: CodeCVRInCVR0,
				Text: "VER settled on CVR0: in the fallback the client sends CVQ, not CVR."})
		case before.verDone && !before.cvr0 && r.Command == "CVQ":
			r.Diagnostics = append(r.Diagnostics, Diagnostic{Severity: Warning, End: len(r.Command), Code: CodeCVQInDialect,
				Text: "VER settled on a real dialect: inside it the client sends CVR; CVQ belongs to the CVR0 fallback. Assumption of the playground: the server answers it; the connection stays open."})
		}
	}
	return r
}

// effectiveDialect is the dialect the lines are judged in: the one VER
// settled on when there is one; in CVR0 mode the newest real dialect the
// client offered in its VER (its own version); else the client's.
func (s *Session) effectiveDialect() Dialect {
	switch {
	case s.st.verDone && s.st.mode != 0:
		return s.st.mode
	case s.st.verDone && s.st.offered != 0:
		return s.st.offered
	}
	return s.dialect
}

// State reports the connection's state.
func (s *Session) State() SessionState {
	st := SessionState{Dialect: s.dialect, Closed: s.st.closed, ClosedBy: s.st.closer}
	if s.st.cvr0 && s.st.offered != 0 {
		st.Dialect = s.st.offered // the client said which it speaks
	}
	switch {
	case s.st.verDone && s.st.cvr0:
		st.Mode = "CVR0"
	case s.st.verDone:
		st.Mode = s.st.mode.String()
	}
	return st
}
