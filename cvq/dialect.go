package cvq

// Dialect is the client's MSN protocol version, MSNP2 through MSNP23, or
// MSNP24 standing for "MSNP24 and later", where VER, CVR0 and CVQ no longer
// exist. The zero value is not a dialect.
type Dialect uint8

// The dialect bounds the simulator knows about.
const (
	MSNP2  Dialect = 2
	MSNP4  Dialect = 4
	MSNP8  Dialect = 8
	MSNP21 Dialect = 21
	MSNP23 Dialect = 23
	// MSNP24 means MSNP24 and every later version.
	MSNP24 Dialect = 24

	// MinDialect and MaxDialect bound the dialects the selector offers.
	MinDialect = MSNP2
	MaxDialect = MSNP24
)

// Valid reports whether d is one of MSNP2 … MSNP24.
func (d Dialect) Valid() bool { return d >= MinDialect && d <= MaxDialect }

// String returns the wire name, "MSNP8"; MSNP24 is written "MSNP24".
func (d Dialect) String() string {
	if !d.Valid() {
		return "MSNP?"
	}
	return "MSNP" + formatUint(uint64(d))
}

// Label is the name shown in menus: "MSNP24+" for MSNP24, else String.
func (d Dialect) Label() string {
	if d == MSNP24 {
		return "MSNP24+"
	}
	return d.String()
}

// ParseDialect reads "MSNP8", "msnp8", "8" or "MSNP24+". Numbers above 24
// mean MSNP24 and later. It reports false for anything else, including
// MSNP0/MSNP1 and CVR0 (a pseudo-dialect, not a client version).
func ParseDialect(s string) (Dialect, bool) {
	if len(s) >= 4 && (s[:4] == "MSNP" || s[:4] == "msnp") {
		s = s[4:]
	}
	if len(s) > 0 && s[len(s)-1] == '+' {
		s = s[:len(s)-1]
	}
	if s == "" || len(s) > 3 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if n < int(MinDialect) {
		return 0, false
	}
	if n > int(MaxDialect) {
		n = int(MaxDialect)
	}
	return Dialect(n), true
}

// Dialects lists every selectable dialect, oldest first.
func Dialects() []Dialect {
	out := make([]Dialect, 0, int(MaxDialect-MinDialect)+1)
	for d := MinDialect; d <= MaxDialect; d++ {
		out = append(out, d)
	}
	return out
}
