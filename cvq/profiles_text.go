//go:build !js

package cvq

// The profiles' descriptions are text a learner reads in the profile menu,
// so the native build alone carries them: the page reads them from the
// metadata the build writes (#cvq-meta), and the WebAssembly module, which
// has a size budget (DESIGN.md), leaves them out (Description is "" there).
func init() {
	for _, p := range profileList {
		p.Description = profileDescription(p.Name)
	}
}

// profileDescription describes the profile named name.
func profileDescription(name string) string {
	switch name {
	case "microsoft@2003-01":
		return "Replies from hypothetic's 2003 capture of an MSN Messenger 3.6 login."
	case "microsoft@2003-10":
		return "Replies from the widely copied MSNP8 documentation example; its date is an inference (6.0.0602 is recommended, so after July 2003)."
	case "microsoft@2006-12":
		return "Replies from a gaim 2.0 beta debug log posted on 2006-12-14."
	case "microsoft@2008-01":
		return "Replies from an aMSN log posted on 2008-01-20."
	case "microsoft@2008-05":
		return "Replies from emesene logs posted on 2008-05-30 and 2008-06-15; the installer followed the locale."
	case "microsoft@2008-12":
		return "Replies from an emesene log posted on 2008-12-07; VER no longer echoes the list."
	case "microsoft@2009-06":
		return "Replies from a Pidgin (libpurple, MSNP15) log posted in June 2009."
	case "microsoft@2009-10":
		return "The later-2009 trace shows the minimum raised to 14.0.8089; it is undated, and the playground places it in October 2009 (assumption). Its other fields are not known."
	case "microsoft@2010-03":
		return "An obsolete MSN Messenger 5.0 (5.0.0544) was told 1.0.0000 three times; VER named only the chosen dialect."
	case "reference":
		return "Implements the decision order of rules §4: shape, locale, client checks, then the catalog. " +
			"Reproduces the seed's six exchanges and msnp-wiki's examples."
	case "escargot":
		return "The revival server's 2018 code: CVR is answered with the client's own version three times and the " +
			"server's site twice, nothing is validated, and CVQ has no handler at all."
	}
	return ""
}
