package cvq

// localeState is the verdict on a locale value.
type localeState uint8

const (
	localeOK localeState = iota
	localeMalformed
	localeUpperX // malformed: "0X" and four hex digits
	localeMeta
	localeUnassigned
)

// checkLocale classifies a locale token and, when it names a language,
// returns it. For "0X" and four hex digits, which is malformed, it
// returns the language the digits would name with "0x", if any.
func checkLocale(v string) (Language, localeState) {
	id, ok := parseLocale(v)
	if !ok {
		if id, ok := upperXLocale(v); ok {
			lang, _ := LookupLanguage(id)
			return lang, localeUpperX
		}
		return Language{}, localeMalformed
	}
	if _, meta := metaLocale(id); meta {
		return Language{ID: id}, localeMeta
	}
	lang, ok := LookupLanguage(id)
	if !ok {
		return Language{ID: id}, localeUnassigned
	}
	return lang, localeOK
}

// check decodes the value of request parameter i into f and flags what is
// wrong with it: one small function per parameter.
func (s *sim) check(f *Field, i int) {
	switch i {
	case pLocale:
		s.checkLocaleParam(f)
	case pSystemType:
		s.checkSystemType(f)
	case pSystemVer:
		s.checkSystemVer(f)
	case pSystemArch:
		s.checkSystemArch(f)
	case pLibrary:
		s.checkLibrary(f)
	case pClientVersion:
		s.checkClientVersion(f)
	case pClientID:
		s.checkClientID(f)
	case pUserHandle:
		s.checkUserHandle(f)
	case pHopBlob:
		s.checkHopBlob(f)
	}
}

// checkLocaleParam decodes and flags the locale: a language ID in [MS-LCID].
func (s *sim) checkLocaleParam(f *Field) {
	v := f.Value
	lang, st := checkLocale(v)
	switch st {
	case localeOK:
		f.Meaning, f.Detail = lang.Name, lang.Tag
	case localeMalformed:
		s.mark(f, StatusError, CodeLocaleMalformed,
			"Malformed locale: write 0x followed by four hex digits, such as 0x0409.")
	case localeUpperX:
		text := "Malformed locale: the prefix is 0x with a lower-case x, then four hex digits."
		if lang.Name != "" {
			text = "Malformed locale: the prefix is 0x with a lower-case x; written 0x" + v[2:] + " it would name " + lang.Name + "."
		}
		s.mark(f, StatusError, CodeLocaleMalformed, text, noteUpperX...)
	case localeMeta:
		name, _ := metaLocale(lang.ID)
		f.Meaning = name
		s.mark(f, StatusError, CodeLocaleMeta,
			"This is a meta value ("+name+"), not a language: Windows uses it as a placeholder, and a client must send a real language ID.")
	case localeUnassigned:
		f.Meaning = "no language"
		s.mark(f, StatusError, CodeLocaleUnassigned, unassignedText(lang.ID))
	}
}

// checkSystemType decodes and flags the operating system family.
func (s *sim) checkSystemType(f *Field) {
	v := f.Value
	switch v {
	case "win":
		f.Meaning = "Windows 95/98/ME family"
	case "winnt":
		f.Meaning = "Windows NT family"
	case "mac":
		f.Meaning = "Mac OS X"
	default:
		f.Meaning = "not an official value"
		s.mark(f, StatusWarning, CodeSystemType,
			"Official clients send win, winnt or mac; third-party clients sent other names.")
	}
}

// checkSystemVer decodes and flags the operating system version, named by the catalog.
func (s *sim) checkSystemVer(f *Field) {
	v := f.Value
	sysType := ""
	if len(s.l.Tokens) > 2+pSystemType {
		sysType = s.l.Tok(2 + pSystemType)
	}
	if name, ok := DescribeOS(sysType, v); ok {
		f.Meaning = name
	} else if name, ok := DescribeOS(sysType, v+".0"); ok && isDigits(v) {
		// A bare major, as a third-party client sent (facts §5: winnt 10).
		f.Meaning = name + " (major version only)"
	} else if isDigits(v) || CheckVersion(v) != VersionMalformed {
		f.Meaning = "an operating system version the catalog does not name"
	} else {
		s.mark(f, StatusWarning, CodeSystemVer, "An operating system version is a dotted number such as 5.1.")
	}
}

// checkSystemArch decodes and flags the processor architecture.
func (s *sim) checkSystemArch(f *Field) {
	v := f.Value
	switch v {
	case "i386", "x86":
		f.Meaning = "Intel x86"
	case "ppc":
		f.Meaning = "PowerPC (Mac)"
	case "amd64", "x86_64":
		f.Meaning = "x86-64 (sent by third-party clients)"
	default:
		s.mark(f, StatusWarning, CodeSystemArch, "Official clients send i386 here.")
	}
}

// checkLibrary decodes and flags the requesting-library.
func (s *sim) checkLibrary(f *Field) {
	v := f.Value
	if m, ok := libraryMeaning(v); ok {
		f.Meaning = m
	} else if close, ok := closestLibrary(v); ok {
		s.mark(f, StatusWarning, CodeLibraryUnknown, "Unknown requesting-library; the closest known one is "+close+".")
	} else {
		s.mark(f, StatusWarning, CodeLibraryUnknown, "Unknown requesting-library: no official client sent it.")
	}
}

// checkClientVersion decodes and flags the client-version: its form and the release it names.
func (s *sim) checkClientVersion(f *Field) {
	v := f.Value
	switch CheckVersion(v) {
	case VersionMalformed:
		s.mark(f, StatusError, CodeVersionMalformed, "A client version is dotted numbers in the form {M}M.m.pppp, such as 6.0.0602.")
	case VersionLoose:
		s.mark(f, StatusWarning, CodeVersionFormat, "Not in the documented {M}M.m.pppp form; servers compare it part by part anyway.")
	}
	if r, ok := lookupBuild(v); ok {
		f.Meaning, f.Detail = r.Product, r.Date
		// The release catalog's own disagreements reach the card and -json
		// (issue 11.7): the parameter itself has no note of its own.
		f.Note = r.Note
	} else if r, ok := nearestRelease(v); ok {
		f.Meaning = "no known release has this build"
		f.Detail = "nearest known: " + r.Build
		if r.Product != "" { // empty in the WebAssembly build: the page names it
			f.Detail += " (" + r.Product + ")"
		}
	}
}

// checkClientID decodes and flags client-identification, by dialect.
func (s *sim) checkClientID(f *Field) {
	v := f.Value
	switch {
	case v == "" && s.d >= MSNP8:
		s.mark(f, StatusWarning, CodeClientIDEmpty, "Empty, but MSNP8 and later fill client-identification (usually MSMSGS).")
	case v == "":
		f.Meaning = "empty, as documented before MSNP8"
	case s.d >= MSNP4 && s.d < MSNP8:
		// Neither form is an error (PROTOCOL.md §2): only a note on what the
		// sources show.
		f.Meaning = "filled, as every capture of the era shows"
		s.diag(Note, f.Start, f.End, CodeClientIDEarly, "Documented as always empty in MSNP4 to MSNP7, yet filled here as in every capture of the era.", noteP7Era...)
	case isKnownClientID(v):
		f.Meaning = "a code base name official clients send"
	default:
		f.Meaning = "not a code base name seen in the sources"
	}
}

// checkUserHandle decodes and flags the user handle: an e-mail address.
func (s *sim) checkUserHandle(f *Field) {
	v := f.Value
	if v == "" {
		s.mark(f, StatusWarning, CodeHandleEmpty, "The user handle is empty (some published logs blank it out).")
	} else if at := indexByte(v, '@'); at <= 0 || at == len(v)-1 {
		s.mark(f, StatusWarning, CodeHandle, "A user handle is an e-mail address (the passport account).")
	} else {
		f.Meaning = "the account signing in"
	}
}

// checkHopBlob decodes and flags the MSNP21 hop blob: 0 or base64 redirect details.
func (s *sim) checkHopBlob(f *Field) {
	v := f.Value
	if v == "0" {
		f.Meaning = "first contact: no redirect yet"
	} else if text, ok := decodeBase64(v); ok {
		f.Meaning = "redirect details"
		f.Detail = text
	} else {
		s.mark(f, StatusWarning, CodeHopBlob, "Expected 0 or base64 of the previous XFR's redirect details.")
	}
}

// unassignedText explains an unassigned language ID by its two parts, in
// one allocation.
func unassignedText(id uint16) string {
	const digits = "0123456789abcdef"
	var b builder
	b.grow(112)
	b.writeString("Well formed, but [MS-LCID] assigns no language to this ID (primary language 0x")
	p := id & 0x3FF
	b.writeByte(digits[p>>8])
	b.writeByte(digits[p>>4&0xF])
	b.writeByte(digits[p&0xF])
	b.writeString(", sub-language 0x")
	sub := id >> 10
	b.writeByte(digits[sub>>4])
	b.writeByte(digits[sub&0xF])
	b.writeString(").")
	return b.String()
}

// decodeBase64 decodes standard base64 into printable text, joining lines
// with "; ". It reports false for anything that is not such text.
func decodeBase64(s string) (string, bool) {
	if len(s)%4 != 0 || len(s) > 4096 {
		return "", false
	}
	val := func(c byte) int {
		switch {
		case c >= 'A' && c <= 'Z':
			return int(c - 'A')
		case c >= 'a' && c <= 'z':
			return int(c-'a') + 26
		case c >= '0' && c <= '9':
			return int(c-'0') + 52
		case c == '+':
			return 62
		case c == '/':
			return 63
		}
		return -1
	}
	out := make([]byte, 0, len(s)/4*3)
	for i := 0; i < len(s); i += 4 {
		var q [4]int
		pad := 0
		for j := 0; j < 4; j++ {
			c := s[i+j]
			if c == '=' && i+4 == len(s) && j >= 2 {
				pad++
				continue
			}
			if pad > 0 {
				return "", false
			}
			if q[j] = val(c); q[j] < 0 {
				return "", false
			}
		}
		n := q[0]<<18 | q[1]<<12 | q[2]<<6 | q[3]
		out = append(out, byte(n>>16))
		if pad < 2 {
			out = append(out, byte(n>>8))
		}
		if pad < 1 {
			out = append(out, byte(n))
		}
	}
	text := make([]byte, 0, len(out))
	for i := 0; i < len(out); i++ {
		c := out[i]
		switch {
		case c == '\r':
		case c == '\n':
			if i+1 < len(out) {
				text = append(text, ';', ' ')
			}
		case c < 0x20 || c > 0x7e:
			return "", false
		default:
			text = append(text, c)
		}
	}
	return string(text), true
}

// libraryMeanings describes the requesting-library values the catalog knows.
var libraryMeanings = [...][2]string{
	{"MSMSGS", "MSN Messenger 1.0 to 4.x"},
	{"MSNMSGR", "MSN Messenger 5.0 and later, Windows Live Messenger"},
	{"MSG80BETA", "Windows Live Messenger 8.0 beta"},
	{"MSGSTRST", "MSN Messenger 2.2 to 3.6 in some circumstances"},
	{"MSMSGSMARS", "Windows Messenger 4.0 (unverified)"},
	{"macmsgs", "Microsoft Messenger for Mac"},
	{"macmsgsbeta", "Microsoft Messenger for Mac 8 beta"},
}

func libraryMeaning(v string) (string, bool) {
	for _, m := range libraryMeanings {
		if m[0] == v {
			return m[1], true
		}
	}
	if knownLibrary(v) {
		return "a library the release catalog knows", true
	}
	return "", false
}
