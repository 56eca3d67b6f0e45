package cvq

// Profile is a simulated server's behaviour, expressed as data: which
// checks it makes, how it answers VER, and the catalog its replies come
// from. The simulator has one code path; profiles differ only here.
type Profile struct {
	Name        string // stable id used in links and flags: "reference", "microsoft@2008-06", "escargot"
	Title       string // shown in menus
	Description string // what the profile is, in a sentence or two, for the page and -list; "" in the WebAssembly build (profiles_text.go)
	Source      string // source keys backing the profile
	Era         string // for dated profiles, the first day the era covers ("2008-05-30"); "" otherwise
	// DateNote is set by LookupProfile on a copy of the newest era when
	// the date asked for is past the newest evidence: it names the era
	// used and says that no capture covers the date.
	DateNote string

	// VER negotiation.
	VERMin, VERMax Dialect // real dialects the server accepts in VER
	VERList        bool    // answer with every offered dialect it supports (old servers) instead of one
	AcceptCVR0     bool    // CVR0 alone is an acceptable answer when no real dialect matches
	VERNote        string  // why the profile negotiates this way

	// What the server does with CVQ and CVR.
	HandlesCVQ bool // the server answers CVQ (false: the line is ignored, as Escargot does)
	HandlesCVR bool // the server answers CVR
	// ShortCode is sent (then disconnect) when fewer than six parameters
	// follow the TrID; 0 means nothing is sent and the line is ignored.
	ShortCode   string
	LocaleCode  string // sent for an invalid locale; "" = no locale check
	ClientCode  string // sent for an unknown library or bad/too new version; "" = no check
	EchoVersion bool   // reply with the client's own version in all three version fields
	EchoURL     string // with EchoVersion: the URL sent in both URL fields
	// CVQCloses: after a successful CVQ answer the connection ends.
	CVQCloses bool

	// Unknown answers a library the catalog has no entry for (nil: the
	// nearest entry answers).
	Unknown *Entry
	Entries []Entry // the catalog: the best-scoring row answers (see find)
}

// Entry is one catalog row: when a request matches it, these are the five
// reply fields.
type Entry struct {
	_          noCompare
	Command    string  // "CVQ", "CVR", or "" for both
	Library    string  // requesting-library, case-sensitive
	SystemType string  // "" for any
	Locale     uint16  // 0 for any
	MinDialect Dialect // 0 for any
	MaxDialect Dialect // 0 for any
	Before     string  // "" for any; else only client-versions below this build
	// Client is the client-version a capture shows this row answering
	// ("" when none does): in a dated era a reply to any other client is
	// labelled as the playground's assumption.
	Client string

	// The five reply fields in wire order: recommended-version,
	// recommended-version-2 (the same as the first in every capture; the
	// seed guesses it may be a maximum allowed version),
	// minimum-allowed-version, download-url and fallback-url.
	Recommended, Recommended2, Minimum, DownloadURL, FallbackURL string

	// Rule says where the row comes from, in the words shown on every
	// reply field it produces ("why this value?").
	Rule   string
	Source string // source keys backing the row, e.g. "CAP-2008-12"
}

// score rates how well e fits a request; -1 means it does not apply.
// Exact matches of the optional keys outrank wildcards, so the most
// specific row wins.
func (e *Entry) score(cmd, lib, sysType string, locale uint16, d Dialect, ver string) int {
	if e.Library != lib {
		return -1
	}
	s := 1
	if e.Before != "" {
		if c, ok := CompareVersions(ver, e.Before); !ok || c >= 0 {
			return -1
		}
		s += 3 // the version range is the most specific key
	}
	if e.MinDialect != 0 && d < e.MinDialect || e.MaxDialect != 0 && d > e.MaxDialect {
		s -= 8 // outside the documented dialects: usable only as a nearest guess
	} else if e.MinDialect != 0 {
		s += 4
	}
	// The command outweighs everything else: the twin's row is used only
	// when the catalog has none for the command itself.
	if e.Command == cmd {
		s += 6
	} else if e.Command != "" {
		s -= 6
	}
	if e.SystemType != "" {
		if e.SystemType != sysType {
			s -= 2
		} else {
			s += 2
		}
	}
	if e.Locale != 0 {
		if e.Locale != locale {
			s -= 2
		} else {
			s += 2
		}
	}
	return s + 20
}

// exact reports whether e matches all of its keys for the request.
func (e *Entry) exact(cmd, sysType string, locale uint16, d Dialect) bool {
	return (e.Command == "" || e.Command == cmd) &&
		(e.SystemType == "" || e.SystemType == sysType) &&
		(e.Locale == 0 || e.Locale == locale) &&
		(e.MinDialect == 0 || d >= e.MinDialect) &&
		(e.MaxDialect == 0 || d <= e.MaxDialect)
}

// find returns the index of the best entry for a request (-1 when no entry
// applies) and whether it matched exactly.
func (p *Profile) find(cmd, lib, sysType string, locale uint16, d Dialect, ver string) (int, bool) {
	best, bestScore := -1, -1
	for i := range p.Entries {
		if s := p.Entries[i].score(cmd, lib, sysType, locale, d, ver); s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return -1, false
	}
	return best, p.Entries[best].exact(cmd, sysType, locale, d)
}

// knows reports whether the catalog has any row for the library.
func (p *Profile) knows(lib string) bool {
	for i := range p.Entries {
		if p.Entries[i].Library == lib {
			return true
		}
	}
	return false
}

// Profiles lists the built-in profiles, the default first. The slice and
// the profiles are shared: do not modify them.
func Profiles() []*Profile { return profileList[:] }

// DefaultProfile is the reference server.
func DefaultProfile() *Profile { return profileList[0] }

// LookupProfile finds a profile by name. "microsoft" alone is the newest
// Microsoft era; "microsoft@YYYY-MM-DD" (or YYYY-MM, YYYY) picks the era in
// force on that date: the last one that had begun by then. A date that is
// not a real one, or that comes before the first era began, finds nothing.
func LookupProfile(name string) (*Profile, bool) {
	for _, p := range profileList {
		if p.Name == name {
			return p, true
		}
	}
	const ms = "microsoft"
	if len(name) < len(ms) || name[:len(ms)] != ms {
		return nil, false
	}
	date := name[len(ms):]
	if date == "" {
		return microsoftEras[len(microsoftEras)-1], true
	}
	if date[0] != '@' || !validDate(date[1:]) {
		return nil, false
	}
	date = date[1:]
	if date < microsoftEras[0].Era[:len(date)] {
		// No era was in force yet.
		return nil, false
	}
	pick := microsoftEras[0]
	for _, p := range microsoftEras {
		if p.Era <= date || p.Era[:len(date)] == date {
			pick = p
		}
	}
	if newest := microsoftEras[len(microsoftEras)-1]; date[:min(len(date), 7)] > newest.Era[:min(len(date), 7)] {
		q := *pick
		q.DateNote = "No capture covers " + date + ": the newest evidence is from " + newest.Era[:7] + ", so " + newest.Title + " (" + newest.Name + ") answers."
		return &q, true
	}
	return pick, true
}

// validDate accepts YYYY, YYYY-MM and YYYY-MM-DD with digits in place, a
// month from 01 to 12 and a day that month has.
func validDate(s string) bool {
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	if len(s) == 4 {
		return true
	}
	num := func(t string) int {
		n := 0
		for i := 0; i < len(t); i++ {
			n = n*10 + int(t[i]-'0')
		}
		return n
	}
	year, month := num(s[:4]), num(s[5:7])
	if month < 1 || month > 12 {
		return false
	}
	if len(s) == 7 {
		return true
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[month-1]
	if month == 2 && year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		days = 29
	}
	day := num(s[8:])
	return day >= 1 && day <= days
}
