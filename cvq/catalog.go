package cvq

// Language is one assigned Windows language ID from [MS-LCID]: the value a
// client sends as its locale (0x0409 is English, United States).
type Language struct {
	ID   uint16 // the 16-bit language ID (sort ID 0)
	Tag  string // BCP 47 tag, e.g. "en-US"
	Name string // English name, e.g. "English (United States)"
}

// Release is one official client build as it appears in a CVR/CVQ request
// (parameter 6), with what the sources say about it.
type Release struct {
	Build    string  // as sent in client-version, e.g. "6.0.0602"
	Product  string  // e.g. "MSN Messenger 6.0"
	Date     string  // first release, "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" when no source dates it
	Library  string  // requesting-library (p5) the build sends, e.g. "MSNMSGR"
	ClientID string  // client-identification (p7) it sends, "" before MSNP4
	MinMSNP  Dialect // oldest dialect the build offers in VER
	MaxMSNP  Dialect // newest dialect the build offers in VER
	Source   string  // source keys from the reference facts, e.g. "YW-P9, ESC-NOTES"
	Note     string  // where sources disagree, in our words; "" when they agree
}

// OSVersion decodes a system-type / system-ver pair.
type OSVersion struct {
	Type   string // system-type: "win", "winnt", "mac"
	Ver    string // system-ver: "5.1"
	Name   string // e.g. "Windows XP"
	Source string // source keys for the version number, e.g. "OSVER"
}
