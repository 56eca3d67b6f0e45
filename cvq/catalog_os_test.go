package cvq

import (
	"strings"
	"testing"
)

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
