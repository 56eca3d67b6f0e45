package cvq

import (
	"os"
	"strings"
	"testing"
)

// catalogFactsLCIDs is the table of reference/protocol-facts.md §4.2 (ID and tag).
var catalogFactsLCIDs = []struct {
	id  uint16
	tag string
}{
	{0x0401, "ar-SA"}, {0x0402, "bg-BG"}, {0x0403, "ca-ES"}, {0x0404, "zh-TW"},
	{0x0405, "cs-CZ"}, {0x0406, "da-DK"}, {0x0407, "de-DE"}, {0x0408, "el-GR"},
	{0x0409, "en-US"}, {0x040a, "es-ES_tradnl"}, {0x040b, "fi-FI"}, {0x040c, "fr-FR"},
	{0x040d, "he-IL"}, {0x040e, "hu-HU"}, {0x040f, "is-IS"}, {0x0410, "it-IT"},
	{0x0411, "ja-JP"}, {0x0412, "ko-KR"}, {0x0413, "nl-NL"}, {0x0414, "nb-NO"},
	{0x0415, "pl-PL"}, {0x0416, "pt-BR"}, {0x0418, "ro-RO"}, {0x0419, "ru-RU"},
	{0x041a, "hr-HR"}, {0x041b, "sk-SK"}, {0x041d, "sv-SE"}, {0x041e, "th-TH"},
	{0x041f, "tr-TR"}, {0x0420, "ur-PK"}, {0x0421, "id-ID"}, {0x0422, "uk-UA"},
	{0x0424, "sl-SI"}, {0x0425, "et-EE"}, {0x0426, "lv-LV"}, {0x0427, "lt-LT"},
	{0x0429, "fa-IR"}, {0x042a, "vi-VN"}, {0x0439, "hi-IN"}, {0x043e, "ms-MY"},
	{0x0804, "zh-CN"}, {0x0807, "de-CH"}, {0x0809, "en-GB"}, {0x080a, "es-MX"},
	{0x080c, "fr-BE"}, {0x0810, "it-CH"}, {0x0813, "nl-BE"}, {0x0816, "pt-PT"},
	{0x081d, "sv-FI"}, {0x0c04, "zh-HK"}, {0x0c07, "de-AT"}, {0x0c09, "en-AU"},
	{0x0c0a, "es-ES"}, {0x0c0c, "fr-CA"}, {0x1004, "zh-SG"}, {0x1009, "en-CA"},
	{0x100c, "fr-CH"}, {0x1409, "en-NZ"}, {0x1809, "en-IE"}, {0x1c09, "en-ZA"},
	{0x2c0a, "es-AR"},
}

var catalogMetaIDs = []uint16{0x0000, 0x0400, 0x0800, 0x0C00, 0x1000, 0x1400, 0x007F}

func TestLanguageFactsRows(t *testing.T) {
	for _, want := range catalogFactsLCIDs {
		got, ok := LookupLanguage(want.id)
		if !ok {
			t.Errorf("0x%04x missing", want.id)
			continue
		}
		if got.ID != want.id || got.Tag != want.tag {
			t.Errorf("0x%04x = %+v, want tag %q", want.id, got, want.tag)
		}
	}
}

func TestLanguageSpotChecks(t *testing.T) {
	for _, tc := range []struct {
		id        uint16
		tag, name string
	}{
		{0x0401, "ar-SA", "Arabic (Saudi Arabia)"},
		{0x0409, "en-US", "English (United States)"},
		{0x0009, "en", "English"},
		{0x0404, "zh-TW", "Chinese (Traditional, Taiwan)"},
		{0x040A, "es-ES_tradnl", "Spanish (Spain, traditional sort)"},
		{0x0C0A, "es-ES", "Spanish (Spain, modern sort)"},
		{0x0803, "ca-ES-valencia", "Valencian (Spain)"}, // repaired by lcidgen
		{0x540A, "es-US", "Spanish (United States)"},    // repaired by lcidgen
		{0x7C04, "zh-Hant", "Chinese (Traditional)"},
	} {
		got, ok := LookupLanguage(tc.id)
		if !ok || got.Tag != tc.tag || got.Name != tc.name {
			t.Errorf("LookupLanguage(0x%04X) = %+v, %v; want %q %q", tc.id, got, ok, tc.tag, tc.name)
		}
	}
}

func TestLanguagesTable(t *testing.T) {
	all := Languages()
	if len(all) <= 400 {
		t.Fatalf("only %d languages, want more than 400", len(all))
	}
	tags := make(map[string]uint16)
	for i, l := range all {
		if i > 0 && all[i-1].ID >= l.ID {
			t.Errorf("not sorted or duplicate at %d: 0x%04X then 0x%04X", i, all[i-1].ID, l.ID)
		}
		if l.Tag == "" || l.Name == "" || strings.HasSuffix(l.Tag, "-") {
			t.Errorf("0x%04X has a bad tag or name: %+v", l.ID, l)
		}
		if prev, dup := tags[strings.ToLower(l.Tag)]; dup {
			t.Errorf("tag %q on both 0x%04X and 0x%04X", l.Tag, prev, l.ID)
		}
		tags[strings.ToLower(l.Tag)] = l.ID
		if got, ok := LookupLanguage(l.ID); !ok || got != l {
			t.Errorf("LookupLanguage(0x%04X) = %+v, %v", l.ID, got, ok)
		}
	}
}

func TestLanguageAbsent(t *testing.T) {
	for _, id := range catalogMetaIDs {
		if l, ok := LookupLanguage(id); ok {
			t.Errorf("meta value 0x%04X is in the table: %+v", id, l)
		}
		if name, ok := metaLocale(id); !ok || name == "" {
			t.Errorf("metaLocale(0x%04X) = %q, %v", id, name, ok)
		}
	}
	// The seed's 710 example: primary language 0x111 does not exist.
	for _, id := range []uint16{0x1111, 0xFFFF, 0x0417 + 0x8000, 0x00FF} {
		if l, ok := LookupLanguage(id); ok {
			t.Errorf("0x%04X should be unassigned, got %+v", id, l)
		}
	}
	if name, ok := metaLocale(0x0409); ok {
		t.Errorf("metaLocale(0x0409) = %q, want false", name)
	}
	if name, _ := metaLocale(0x1000); name != "custom, unspecified (LOCALE_CUSTOM_UNSPECIFIED)" {
		t.Errorf("metaLocale(0x1000) = %q", name)
	}
}

func TestLocaleParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		id   uint16
		okay bool
	}{
		{"0x0409", 0x0409, true},
		{"0x0C0A", 0x0C0A, true},
		{"0x0c0a", 0x0C0A, true},
		{"0X0409", 0, false}, // docs/rules.md §4: valid is 0x + four hex digits
		{"0X04g9", 0, false},
		{"0x1111", 0x1111, true}, // well formed; unassigned is LookupLanguage's call
		{"0xffff", 0xFFFF, true},
		{"0x409", 0, false},
		{"0x04091", 0, false},
		{"0x04g9", 0, false},
		{"0x04 9", 0, false},
		{"", 0, false},
		{"0x", 0, false},
		{"1033", 0, false},
		{"00x409", 0, false},
		{"x0x0409", 0, false},
		{"0x-409", 0, false},
		{"0x+409", 0, false},
		{"0x0409\r", 0, false},
		{"０x0409", 0, false},
		{strings.Repeat("0x0409", 200000), 0, false},
	} {
		id, ok := parseLocale(tc.in)
		if id != tc.id || ok != tc.okay {
			in := tc.in
			if len(in) > 20 {
				in = in[:20] + "…"
			}
			t.Errorf("parseLocale(%q) = 0x%04X, %v; want 0x%04X, %v", in, id, ok, tc.id, tc.okay)
		}
	}
}

func TestLanguageGeneratedHeader(t *testing.T) {
	src, err := os.ReadFile("catalog_lcid.go")
	if err != nil {
		t.Fatal(err)
	}
	const header = "// Code generated by lcidgen from windows-locale 1.1.3 (MS-LCID data); DO NOT EDIT.\n"
	if !strings.HasPrefix(string(src), header) {
		t.Errorf("catalog_lcid.go does not start with the generated-code header")
	}
}

// catalogFactsBuilds is every client-version string of protocol-facts.md §3, with
// its "also" builds and NINA's full lists (P suffixes dropped), plus
// BitlBee's spelling of 14.0.8117.0416.
var catalogFactsBuilds = []string{
	"1.0.0863", "1.0.0889", "1.0.0893", "2.0.0083", "2.0.0085", "2.1.1047", "2.2.1053",
	"3.0.0283", "3.0.0286", "3.5.0077", "3.6.0024", "3.6.0025", "3.6.0026", "3.6.0038", "3.6.0039",
	"4.0.0135", "4.5.0121", "4.6.0073", "4.6.0083", "4.7.2009", "4.7.3001",
	"5.0.0124", "5.0.0317", "5.0.0322", "5.0.0327", "5.0.0340", "5.0.0515", "5.0.0527",
	"5.0.0537", "5.0.0540", "5.0.0544", "5.0.0575",
	"6.0.0250", "6.0.0256", "6.0.0268", "6.0.0602",
	"6.1.0114", "6.1.0128", "6.1.0150", "6.1.0155", "6.1.0211",
	"6.2.0133", "6.2.0137", "6.2.0205", "6.2.0208",
	"7.0.0205", "7.0.0225", "7.0.0332", "7.0.0425", "7.0.0429", "7.0.0604", "7.0.0632",
	"7.0.0732", "7.0.0777", "7.0.0813", "7.0.0816", "7.0.0820",
	"7.5.0160", "7.5.0162", "7.5.0244", "7.5.0299", "7.5.0303", "7.5.0306", "7.5.0311",
	"7.5.0319", "7.5.0320", "7.5.0322", "7.5.0324",
	"8.0.0328", "8.0.0566", "8.0.0787", "8.0.0792", "8.0.0812", "8.1.0178", "8.5.1302",
	"14.0.5027", "14.0.8050.1202", "14.0.8064.0206", "14.0.8089", "14.0.8117.0416", "14.0.8117.416",
	"15.4.3502.0922", "15.4.3508.1109", "15.4.3538.0513", "16.4.3503", "16.4.3508.205",
	"3.5.1", "6.0.3", "7.0.2", "8.0.0", "8.0.1",
}

func TestReleaseFactsBuilds(t *testing.T) {
	for _, b := range catalogFactsBuilds {
		if _, ok := LookupRelease(b); !ok {
			t.Errorf("build %s missing", b)
		}
	}
	if len(Releases()) != len(catalogFactsBuilds) {
		t.Errorf("%d releases, the facts list %d builds", len(Releases()), len(catalogFactsBuilds))
	}
}

// catalogValidDate: a release date is empty (undated) or a date in the
// form profiles are looked up by.
func catalogValidDate(s string) bool {
	return s == "" || validDate(s)
}

func TestReleasesTable(t *testing.T) {
	seen := make(map[string]bool)
	for _, r := range Releases() {
		if seen[r.Build] {
			t.Errorf("build %s listed twice", r.Build)
		}
		seen[r.Build] = true
		if CheckVersion(r.Build) == VersionMalformed {
			t.Errorf("%s: malformed build", r.Build)
		}
		if !knownLibrary(r.Library) {
			t.Errorf("%s: library %q not in libraries", r.Build, r.Library)
		}
		if !r.MinMSNP.Valid() || !r.MaxMSNP.Valid() || r.MinMSNP > r.MaxMSNP || r.MaxMSNP >= MSNP24 {
			t.Errorf("%s: dialects %v..%v", r.Build, r.MinMSNP, r.MaxMSNP)
		}
		if (r.ClientID == "") != (r.MaxMSNP < MSNP4) {
			t.Errorf("%s: client id %q with MaxMSNP %v (p7 exists from MSNP4 on)", r.Build, r.ClientID, r.MaxMSNP)
		}
		if !catalogValidDate(r.Date) {
			t.Errorf("%s: date %q", r.Build, r.Date)
		}
		if r.Product == "" || r.Source == "" {
			t.Errorf("%s: product or source empty", r.Build)
		}
		for _, s := range []string{r.Build, r.Product, r.Library, r.ClientID, r.Source, r.Note} {
			if strings.ContainsAny(s, "\r\n\t") {
				t.Errorf("%s: control character in %q", r.Build, s)
			}
		}
	}
}

func TestReleaseLookup(t *testing.T) {
	for _, tc := range []struct {
		build, product, library, clientID string
		min, max                          Dialect
	}{
		{"1.0.0863", "MSN Messenger Service 1.0", "MSMSGS", "", 2, 2},
		{"5.0.0537", "MSN Messenger 5.0", "MSNMSGR", "MSMSGS", 8, 8},
		{"6.0.0602", "MSN Messenger 6.0", "MSNMSGR", "MSMSGS", 8, 9},
		{"7.5.0324", "MSN Messenger 7.5", "MSNMSGR", "msmsgs", 10, 12},
		{"8.0.0566", "Windows Live Messenger 8.0 beta", "MSG80BETA", "msmsgs", 13, 13},
		{"4.7.3001", "Windows Messenger 4.7", "MSMSGS", "WindowsMessenger", 8, 8},
		{"14.0.8064.0206", "Windows Live Messenger 2009", "MSNMSGR", "msmsgs", 18, 18},
		{"14.0.8117.416", "Windows Live Messenger 2009", "MSNMSGR", "msmsgs", 18, 21},
		{"8.0.1", "Messenger for Mac 8", "macmsgs", "macmsgs", 13, 16},
		{"8.0.0", "Messenger for Mac 8 beta", "macmsgsbeta", "macmsgsbeta", 13, 16},
	} {
		r, ok := LookupRelease(tc.build)
		if !ok || r.Build != tc.build || r.Product != tc.product || r.Library != tc.library ||
			r.ClientID != tc.clientID || r.MinMSNP != tc.min || r.MaxMSNP != tc.max {
			t.Errorf("LookupRelease(%q) = %+v, %v", tc.build, r, ok)
		}
	}
	for _, b := range []string{"", "14.0.8064", "b.0.0328", "7.5.0303P", "6.0.602", "6.0.0602 ", "99.9.9999", "0.1.0023",
		strings.Repeat("6.0.0602", 1<<17)} {
		if r, ok := LookupRelease(b); ok {
			t.Errorf("LookupRelease(%.20q) = %+v, want none", b, r)
		}
	}
	if r, _ := LookupRelease("1.0.0863"); r.Date != "1999-07-22" || !strings.Contains(r.Note, "1999-07-17") {
		t.Errorf("1.0.0863 should carry the first listed date and note the other: %+v", r)
	}
	if r, _ := LookupRelease("7.5.0303"); !strings.Contains(r.Note, "0303P") {
		t.Errorf("7.5.0303 should mention NINA's P suffix: %q", r.Note)
	}
}

func TestReleaseLatest(t *testing.T) {
	for _, tc := range []struct{ library, build string }{
		{"MSNMSGR", "16.4.3508.205"},
		{"MSMSGS", "4.7.3001"}, // MSMSGS ends with Windows Messenger 4.7 (MSN Messenger moved to MSNMSGR at 5.0)
		{"MSMSGSMARS", "4.0.0135"},
		{"MSG80BETA", "8.0.0566"},
		{"macmsgs", "8.0.1"},
		{"macmsgsbeta", "8.0.0"},
	} {
		r, ok := latestRelease(tc.library)
		if !ok || r.Build != tc.build {
			t.Errorf("latestRelease(%q) = %s, %v; want %s", tc.library, r.Build, ok, tc.build)
		}
		if ok && !strings.HasPrefix(tc.build, "16.4.") && tc.library == "MSNMSGR" {
			t.Errorf("MSNMSGR's latest must be a 16.4 build")
		}
		// Nothing with that library may be newer.
		for _, o := range Releases() {
			if o.Library == tc.library {
				if c, _ := CompareVersions(o.Build, r.Build); c > 0 {
					t.Errorf("%s is newer than latestRelease(%q) = %s", o.Build, tc.library, r.Build)
				}
			}
		}
	}
	for _, lib := range []string{"MSGSTRST", "msnmsgr", "YCOMM", ""} {
		if r, ok := latestRelease(lib); ok {
			t.Errorf("latestRelease(%q) = %s, want none", lib, r.Build)
		}
	}
	// The seed's 420 example: 99.9.9999 is newer than anything MSNMSGR shipped.
	latest, _ := latestRelease("MSNMSGR")
	if c, ok := CompareVersions("99.9.9999", latest.Build); !ok || c <= 0 {
		t.Errorf("99.9.9999 vs %s = %d, %v", latest.Build, c, ok)
	}
}

func TestLibrariesKnown(t *testing.T) {
	want := []string{"MSMSGS", "MSNMSGR", "MSGSTRST", "MSMSGSMARS", "MSG80BETA", "macmsgs", "macmsgsbeta"}
	if len(libraries) != len(want) {
		t.Errorf("libraries = %v", libraries)
	}
	for _, lib := range want {
		if !knownLibrary(lib) {
			t.Errorf("knownLibrary(%q) = false", lib)
		}
	}
	for _, s := range []string{"", "msnmsgr", "MSNMSGR ", "YCOMM", "MACMSGS", "WindowsMessenger", "msmsgs"} {
		if knownLibrary(s) {
			t.Errorf("knownLibrary(%q) = true", s)
		}
	}
	// Every library but MSGSTRST has a release row; MSGSTRST is only ever
	// an alternative spelling sent by MSMSGS builds.
	for _, lib := range libraries {
		_, ok := latestRelease(lib)
		if ok != (lib != "MSGSTRST") {
			t.Errorf("latestRelease(%q) ok = %v", lib, ok)
		}
	}
}

func TestLibraryClosest(t *testing.T) {
	huge := strings.Repeat("M", 1<<20)
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"MSNMSGR", "MSNMSGR", true},
		{"MSNMSGRR", "MSNMSGR", true},
		{"msnmsgr", "MSNMSGR", true},
		{"MSNMGSR", "MSNMSGR", true},
		{"MSMSG", "MSMSGS", true},
		{"msmsgs", "MSMSGS", true},
		{"MSGSTRS", "MSGSTRST", true},
		{"MSMSGSMAR", "MSMSGSMARS", true},
		{"MSG80BETA", "MSG80BETA", true},
		{"MSG8OBETA", "MSG80BETA", true},
		{"MACMSGS", "macmsgs", true},
		{"macmsgbeta", "macmsgsbeta", true},
		{"MSMSGR", "MSNMSGR", true}, // one edit from both MSNMSGR and MSMSGS: the tie goes to the first listed
		{"YCOMM", "", false},        // the seed's unknown library
		{"", "", false},
		{"M", "", false},
		{"MSN", "", false},
		{"WindowsMessenger", "", false},
		{huge, "", false},
		{"MSNMSGR" + huge, "", false},
		{"ＭＳＮＭＳＧＲ", "", false}, // full-width letters are not ASCII
	} {
		got, ok := closestLibrary(tc.in)
		if got != tc.want || ok != tc.ok {
			in := tc.in
			if len(in) > 20 {
				in = in[:20] + "…"
			}
			t.Errorf("closestLibrary(%q) = %q, %v; want %q, %v", in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestLibraryDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		d    int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"", "abc", 3},
		{"MSNMSGR", "msnmsgr", 0},
		{"kitten", "sitting", 3},
		{"YCOMM", "MSMSGS", 6}, // checked with an independent implementation
		{"flaw", "lawn", 2},
	} {
		var peq [128]uint64
		for i := range len(tc.a) {
			peq[lowerASCII(tc.a[i])] |= 1 << i
		}
		if d := foldDistance(&peq, len(tc.a), tc.b); d != tc.d {
			t.Errorf("foldDistance(%q, %q) = %d, want %d", tc.a, tc.b, d, tc.d)
		}
	}
}

func TestOSDescribe(t *testing.T) {
	for _, row := range osVersions {
		if name, ok := DescribeOS(row.Type, row.Ver); !ok || name != row.Name {
			t.Errorf("DescribeOS(%q, %q) = %q, %v; want the row %q", row.Type, row.Ver, name, ok, row.Name)
		}
		if !knownSystemType(row.Type) || row.Source == "" {
			t.Errorf("row %+v: unknown type or no source", row)
		}
	}
	for _, tc := range []struct {
		typ, ver, want string
		ok             bool
	}{
		{"win", "4.10", "Windows 98", true},
		{"win", "4.0", "Windows 95", true},
		{"winnt", "4.0", "Windows NT 4.0", true},
		{"winnt", "5.1", "Windows XP", true},
		{"winnt", "5.1.2", "Windows XP, service pack 2", true},
		{"winnt", "6.1.1", "Windows 7 or Server 2008 R2, service pack 1", true},
		{"winnt", "5.1.0", "Windows XP", true},
		{"winnt", "10.0", "Windows 10 or 11, or Server 2016 to 2022", true},
		{"win", "4.10.2222", "Windows 98 Second Edition", true},
		{"mac", "10.13.6", "macOS 10.13.6 (High Sierra)", true},
		{"mac", "10.4.11", "Mac OS X 10.4.11", true},
		{"mac", "10.2", "Mac OS X 10.2", true},
		{"win", "5.1", "", false},
		{"winnt", "4.10", "", false},
		{"winnt", "6.1.01", "", false},
		{"winnt", "6.1.100", "", false},
		{"winnt", "6.1.1.1", "", false},
		{"winnt", "6.1.", "", false},
		{"winnt", ".1", "", false},
		{"winnt", "10", "", false},
		{"winnt", "", "", false},
		{"mac", "10", "", false},
		{"mac", "spaghetti", "", false},
		{"mac", "", "", false},
		{"WINNT", "5.1", "", false},
		{"Linux", "5.1", "", false},
		{"", "", "", false},
		{"mac", strings.Repeat("1.", 1<<19) + "1", "", false},
	} {
		name, ok := DescribeOS(tc.typ, tc.ver)
		if name != tc.want || ok != tc.ok {
			ver := tc.ver
			if len(ver) > 20 {
				ver = ver[:20] + "…"
			}
			t.Errorf("DescribeOS(%q, %q) = %q, %v; want %q, %v", tc.typ, ver, name, ok, tc.want, tc.ok)
		}
	}
	for _, s := range []string{"win", "winnt", "mac"} {
		if !knownSystemType(s) {
			t.Errorf("knownSystemType(%q) = false", s)
		}
	}
	for _, s := range []string{"", "Win", "linux", "macos", "win "} {
		if knownSystemType(s) {
			t.Errorf("knownSystemType(%q) = true", s)
		}
	}
}

func TestCatalogAllocs(t *testing.T) {
	huge := strings.Repeat("x", 1<<20)
	var sink bool
	for _, tc := range []struct {
		name string
		f    func()
	}{
		{"LookupLanguage", func() { _, sink = LookupLanguage(0x0409) }},
		{"LookupLanguage miss", func() { _, sink = LookupLanguage(0x1111) }},
		{"parseLocale", func() { _, sink = parseLocale("0x0C0A") }},
		{"parseLocale huge", func() { _, sink = parseLocale(huge) }},
		{"LookupRelease", func() { _, sink = LookupRelease("14.0.8064.0206") }},
		{"LookupRelease miss", func() { _, sink = LookupRelease(huge) }},
		{"latestRelease", func() { _, sink = latestRelease("MSNMSGR") }},
		{"knownLibrary", func() { sink = knownLibrary("MSNMSGR") }},
		{"closestLibrary", func() { _, sink = closestLibrary("msnmsgrr") }},
		{"closestLibrary huge", func() { _, sink = closestLibrary(huge) }},
		{"metaLocale", func() { _, sink = metaLocale(0x0400) }},
		{"DescribeOS row", func() { _, sink = DescribeOS("winnt", "5.1") }},
		{"DescribeOS miss", func() { _, sink = DescribeOS("mac", huge) }},
	} {
		if n := testing.AllocsPerRun(100, tc.f); n != 0 {
			t.Errorf("%s allocates %.1f times per call", tc.name, n)
		}
	}
	// The service-pack and Mac forms build one string.
	if n := testing.AllocsPerRun(100, func() { _, sink = DescribeOS("winnt", "6.1.1") }); n > 1 {
		t.Errorf("DescribeOS service pack allocates %.1f times", n)
	}
	_ = sink
}

func BenchmarkCatalogLookupLanguage(b *testing.B) {
	for i := 0; i < b.N; i++ {
		LookupLanguage(uint16(i))
	}
}

func BenchmarkCatalogClosestLibrary(b *testing.B) {
	for i := 0; i < b.N; i++ {
		closestLibrary("msnmsgrr")
	}
}

func BenchmarkCatalogClosestLibraryHuge(b *testing.B) {
	huge := strings.Repeat("MSNMSGR", 1<<17)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		closestLibrary(huge)
	}
}

func BenchmarkCatalogLookupRelease(b *testing.B) {
	for i := 0; i < b.N; i++ {
		LookupRelease("16.4.3508.205")
	}
}

// CompareVersions agrees with CheckVersion on what is malformed, and
// compares part by part.
func TestCompareVersionsShapes(t *testing.T) {
	for _, c := range []struct {
		a, b string
		cmp  int
		ok   bool
	}{
		{"6.0.0602", "6.2.0205", -1, true},
		{"14.0.8064.0206", "14.0.8064", 1, true},
		{"14.0.8064", "14.0.8064.0", 0, true},
		{"7.0.0813", "7.0.0813", 0, true},
		{"5.1", "5.1.0", 0, true},
		{"", "1.0", 0, false},
		{"1", "1.0", 0, false},
		{"1.0.", "1.0", 0, false},
		{".1.0", "1.0", 0, false},
		{"1..0", "1.0", 0, false},
		{"1.0.0.0.0", "1.0", 0, false},
		{"6.x", "6.0", 0, false},
		{"1.0", "1.0.0000000000", 0, false},
	} {
		got, ok := CompareVersions(c.a, c.b)
		if got != c.cmp || ok != c.ok {
			t.Errorf("CompareVersions(%q, %q) = %d, %v; want %d, %v", c.a, c.b, got, ok, c.cmp, c.ok)
		}
		if wantOK := CheckVersion(c.a) != VersionMalformed && CheckVersion(c.b) != VersionMalformed; wantOK != ok {
			t.Errorf("%q vs %q: CompareVersions ok=%v but CheckVersion says %v", c.a, c.b, ok, wantOK)
		}
	}
}

// TestLibraryDistanceAgainstTable checks the bit-parallel distance against
// the textbook dynamic-programming table on pseudo-random inputs over a
// small alphabet (so that matches are common), in both letter cases, with
// a byte from 128 up in the pattern.
func TestLibraryDistanceAgainstTable(t *testing.T) {
	table := func(a, b string) int {
		prev := make([]int, len(a)+1)
		for j := range prev {
			prev[j] = j
		}
		for i := 1; i <= len(b); i++ {
			cur := make([]int, len(a)+1)
			cur[0] = i
			for j := 1; j <= len(a); j++ {
				cost := 1
				if lowerASCII(a[j-1]) == lowerASCII(b[i-1]) {
					cost = 0
				}
				cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			}
			prev = cur
		}
		return prev[len(a)]
	}
	const alphabet = "msgMSGnr0\xc3"
	seed := uint32(1)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	word := func(max, letters int) string {
		b := make([]byte, next(max+1))
		for i := range b {
			b[i] = alphabet[next(letters)]
		}
		return string(b)
	}
	for range 5000 {
		// The text stands for a library, which is always ASCII.
		a, b := word(maxFoldInput, len(alphabet)), word(20, len(alphabet)-1)
		var peq [128]uint64
		for i := range len(a) {
			if c := lowerASCII(a[i]); c < 128 {
				peq[c] |= 1 << i
			}
		}
		if got, want := foldDistance(&peq, len(a), b), table(a, b); got != want {
			t.Fatalf("foldDistance(%q, %q) = %d, want %d", a, b, got, want)
		}
	}
}
