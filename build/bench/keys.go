package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// backspace is the key chromedp's kb package sends as Backspace.
const backspace = "\b"

// eraseDepths is how far back each correction goes: like a person fixing a token near the
// end, then one further back, the depths vary so the edits land in different fields.
var eraseDepths = []int{9, 16, 4, 23, 12, 7, 30}

// keystrokes returns total key presses that type line one character at a time and then
// erase and retype parts of its end until total presses have been made. Each press is one
// rune of line or a backspace, and each produces exactly one input event in a textarea.
// It also returns the text the presses leave behind: line itself when total-len(line) is
// even, else line without its last character, because every press after the first pass
// either erases or retypes one character and so an odd count cannot end where it began.
func keystrokes(line string, total int) (keys []string, final string, err error) {
	n := utf8.RuneCountInString(line)
	if n == 0 {
		return nil, "", errors.New("empty line")
	}
	extra := total - n
	if extra < 0 {
		return nil, "", fmt.Errorf("%d keys cannot type a line of %d characters", total, n)
	}
	runes := strings.Split(line, "")
	keys = append([]string{}, runes...)
	for i := 0; extra >= 2; i++ {
		depth := min(eraseDepths[i%len(eraseDepths)], n, extra/2)
		for range depth {
			keys = append(keys, backspace)
		}
		keys = append(keys, runes[n-depth:]...)
		extra -= 2 * depth
	}
	final = line
	if extra == 1 {
		keys = append(keys, backspace)
		final = strings.Join(runes[:n-1], "")
	}
	return keys, final, nil
}

// typed replays keys on an empty textarea with the caret at the end, as the browser would.
func typed(keys []string) string {
	var out []string
	for _, k := range keys {
		if k == backspace {
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
			continue
		}
		out = append(out, k)
	}
	return strings.Join(out, "")
}
