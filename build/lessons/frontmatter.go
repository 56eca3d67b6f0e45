package lessons

import (
	"fmt"
	"strings"
)

// entry is one key of a lesson's front matter with the line it starts on.
type entry struct {
	key, value string
	line       int  // 1-based line in the file
	block      bool // written as "key:" with the value on indented lines below
}

// repeatable keys may appear more than once; every other key at most once.
var repeatable = map[string]bool{"hint": true, "goal": true, "wrong": true}

// known lists the front matter keys a lesson may use.
var known = []string{
	"title", "task", "mode", "dialect", "profile", "start",
	"solution", "solution-dialect", "solution-profile",
	"wrong", "wrong-dialect", "wrong-profile", "hint", "goal",
}

// splitFrontMatter separates the front matter (between a first line "---"
// and the next "---") from the Markdown body and reads its entries:
//
//	key: value
//	key:
//	  a value of several lines,
//	  each indented by two spaces
//
// Lines of a block value lose their two-space indent and are joined with
// LF. Any other line (blank lines aside) is an error located by its line
// number. bodyLine is the file line the body starts on.
func splitFrontMatter(text string) (entries []entry, body string, bodyLine int, err error) {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if lines[0] != "---" {
		return nil, "", 0, fmt.Errorf("1: a lesson starts with a front matter line \"---\"")
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if lines[i] == "---" {
			end = i
			break
		}
	}
	if end < 0 {
		return nil, "", 0, fmt.Errorf("1: the front matter has no closing \"---\" line")
	}
	for i := 1; i < end; i++ {
		ln := lines[i]
		var last *entry
		if len(entries) > 0 {
			last = &entries[len(entries)-1]
		}
		switch {
		case strings.TrimSpace(ln) == "":
			// Blank lines separate entries; a block value keeps none.
		case strings.HasPrefix(ln, "  "):
			if last == nil || !last.block {
				return nil, "", 0, fmt.Errorf("%d: an indented line continues only a key written as \"key:\" with nothing after the colon", i+1)
			}
			if last.value != "" {
				last.value += "\n"
			}
			last.value += ln[2:]
		default:
			k, v, ok := strings.Cut(ln, ":")
			if !ok || k == "" || strings.ContainsAny(k, " \t") {
				return nil, "", 0, fmt.Errorf("%d: expected \"key: value\", found %q", i+1, clip(ln))
			}
			v = strings.TrimSpace(v)
			entries = append(entries, entry{key: k, value: v, line: i + 1, block: v == ""})
		}
	}
	return entries, strings.Join(lines[end+1:], "\n"), end + 2, nil
}

// clip shortens a quoted line for a message.
func clip(s string) string {
	const max = 60
	if len(s) <= max {
		return s
	}
	return s[:max] + "…"
}
