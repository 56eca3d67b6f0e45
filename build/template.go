package main

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
)

// The page template's placeholders, each replaced by a file name relative to the page.
const (
	placeholderCSS      = "CSS"
	placeholderJS       = "JS"
	placeholderBoot     = "BOOT"
	placeholderWasmExec = "WASM_EXEC"
	placeholderWasm     = "WASM"
)

// fillTemplate replaces every {{KEY}} in tmpl with values[KEY]. Anything else between
// double braces, an unclosed "{{", or a key of values that the template never uses is an
// error: each would ship a page that cannot find one of its files. Errors name the
// template (as name) and the line and column of the offending text.
func fillTemplate(name string, tmpl []byte, values map[string]string) ([]byte, error) {
	var out bytes.Buffer
	var errs []error
	used := map[string]bool{}
	rest := tmpl
	for {
		i := bytes.Index(rest, []byte("{{"))
		if i < 0 {
			out.Write(rest)
			break
		}
		out.Write(rest[:i])
		offset := len(tmpl) - len(rest) + i
		end := bytes.Index(rest[i+2:], []byte("}}"))
		if end < 0 {
			errs = append(errs, fmt.Errorf("%s: %s: \"{{\" is never closed", name, position(tmpl, offset)))
			out.Write(rest[i:])
			break
		}
		key := string(rest[i+2 : i+2+end])
		if value, ok := values[key]; ok {
			out.WriteString(value)
			used[key] = true
		} else {
			errs = append(errs, fmt.Errorf("%s: %s: unknown placeholder {{%s}} (known: %s)", name, position(tmpl, offset), key, knownKeys(values)))
		}
		rest = rest[i+2+end+2:]
	}
	for _, key := range sortedKeys(values) {
		if !used[key] {
			errs = append(errs, fmt.Errorf("%s: placeholder {{%s}} is missing: the page would not load %s", name, key, values[key]))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out.Bytes(), nil
}

// position renders a byte offset as "line:col", both counted from 1.
func position(text []byte, offset int) string {
	line := 1 + bytes.Count(text[:offset], []byte("\n"))
	col := offset - bytes.LastIndexByte(text[:offset], '\n')
	return fmt.Sprintf("%d:%d", line, col)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func knownKeys(m map[string]string) string {
	var b bytes.Buffer
	for i, k := range sortedKeys(m) {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString("{{" + k + "}}")
	}
	return b.String()
}
