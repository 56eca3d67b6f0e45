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

func BenchmarkCatalogLookupLanguage(b *testing.B) {
	for i := 0; i < b.N; i++ {
		LookupLanguage(uint16(i))
	}
}
