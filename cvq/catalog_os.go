package cvq

// osVersions decodes the system-type / system-ver pairs of the reference
// facts (§5). "win" is the Windows 9x family and "winnt" the NT family, so
// the same number means different systems under the two types (4.0 is
// Windows 95 or NT 4.0). Windows versions from 6.2 on are what a program
// sees only if its manifest declares the newer system; an unmanifested one
// is told 6.2 on Windows 8.1 and 10 as well.
var osVersions = [...]OSVersion{
	{"win", "4.0", "Windows 95", "WINBUILDS"},
	{"win", "4.10", "Windows 98", "NINA-CVR, WINBUILDS"},
	{"win", "4.10.2222", "Windows 98 Second Edition", "WINBUILDS"},
	{"win", "4.90", "Windows Me", "WINBUILDS"},
	{"winnt", "4.0", "Windows NT 4.0", "WINBUILDS"},
	{"winnt", "5.0", "Windows 2000", "OSVER"},
	{"winnt", "5.1", "Windows XP", "OSVER"},
	{"winnt", "5.2", "Windows XP x64 or Server 2003 (R2)", "OSVER"},
	{"winnt", "6.0", "Windows Vista or Server 2008", "OSVER"},
	{"winnt", "6.1", "Windows 7 or Server 2008 R2", "OSVER"},
	{"winnt", "6.2", "Windows 8 or Server 2012 (also reported to unmanifested programs on 8.1 and 10)", "OSVER"},
	{"winnt", "6.3", "Windows 8.1 or Server 2012 R2", "OSVER"},
	{"winnt", "10.0", "Windows 10 or 11, or Server 2016 to 2022", "OSVER"},
	{"mac", "10.2.0", "Mac OS X 10.2.0 (Jaguar)", "BITLBEE-2005"},
	{"mac", "10.13.6", "macOS 10.13.6 (High Sierra)", "NINA-MAC"},
}
