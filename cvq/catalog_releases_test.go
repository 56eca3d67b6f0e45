package cvq

import (
	"strings"
	"testing"
)

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

func BenchmarkCatalogLookupRelease(b *testing.B) {
	for i := 0; i < b.N; i++ {
		LookupRelease("16.4.3508.205")
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

// catalogValidDate: a release date is empty (undated) or a date in the
// form profiles are looked up by.
func catalogValidDate(s string) bool {
	return s == "" || validDate(s)
}
