// Package vectors reads the protocol test vectors kept in cvq/testdata: the
// seed document's six exchanges (seed.txt), the documentation examples
// (docs/) and the dated captures of live servers (captures/). Each file
// names its source; every test that needs these lines reads them from
// here, so none retypes them and a test cannot drift from its source.
//
// A file is a header of "key: value" lines naming the source (key, title,
// site, address, mirror, date), then records: a line "== name attr=value..."
// followed by the record's protocol lines, copied as the source prints
// them. Lines that start with "#" and blank lines are comments anywhere.
//
// The package finds the files from the current directory, which is the
// package directory while `go test` runs, by walking up to the module's
// go.mod: a clone anywhere on disk works and nothing outside it is read.
package vectors

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Source names where a file's lines come from.
type Source struct {
	Key     string // the source key the codec cites, e.g. "SEED", "CAP-2008-01"
	Title   string // the page's or the post's title
	Site    string // who publishes it
	Address string // where it is, or why no address is recorded
	Mirror  string // a second address, when there is one
	Date    string // when it was written or read
}

// Record is one exchange or one transcript of a file.
type Record struct {
	Name string // the name after "==", unique in its file
	// Dialect is the client's protocol version ("MSNP8"); Profile the
	// server profile that reproduces the record (empty: the reference).
	Dialect, Profile string
	// Connection is "closes" or "open": what the server does after the
	// reply (empty where the file does not say).
	Connection string
	// Outcome is the client's next step as the codec names it
	// ("forced-upgrade", "rejected", ...), empty where the file does not say.
	Outcome string
	// Lines are the record's protocol lines exactly as in the file
	// (continuations, prefixes and trailing spaces included).
	Lines []string
	// Line is the 1-based line number of the "==" line in the file.
	Line int
}

// File is one test-vector file.
type File struct {
	Path   string // relative to cvq/testdata, with forward slashes
	Source Source
	// Records in file order.
	Records []Record
}

// Text is the record's lines as one transcript, ending in a newline only
// between lines (as a paste would give them).
func (r Record) Text() string { return strings.Join(r.Lines, "\n") }

// Exchange returns the client and server line of a record that is one
// "C:"/"S:" exchange, with ".. " continuation lines joined by one space.
// ok is false for any other record.
func (r Record) Exchange() (request, reply string, ok bool) {
	var c, s []string
	cur := &c
	for _, l := range r.Lines {
		switch {
		case strings.HasPrefix(l, "C: "):
			if c != nil {
				return "", "", false
			}
			c, cur = []string{l[3:]}, &c
		case strings.HasPrefix(l, "S: "):
			if s != nil {
				return "", "", false
			}
			s, cur = []string{l[3:]}, &s
		case strings.HasPrefix(l, ".. ") && *cur != nil:
			*cur = append(*cur, l[3:])
		default:
			return "", "", false
		}
	}
	if c == nil || s == nil {
		return "", "", false
	}
	return strings.Join(c, " "), strings.Join(s, " "), true
}

// Requests returns the client line of every record that is one exchange,
// in file order: for seed.txt, the seed's six requests.
func (f *File) Requests() []string {
	var out []string
	for _, r := range f.Records {
		if c, _, ok := r.Exchange(); ok {
			out = append(out, c)
		}
	}
	return out
}

// SeedRequests returns the seed's six request lines (seed.txt's client lines).
func SeedRequests() ([]string, error) {
	f, err := Seed()
	if err != nil {
		return nil, err
	}
	return f.Requests(), nil
}

// BigPaste is a transcript of handshakes just under the console's 256 KiB
// cap: what the browser test and build/bench paste to time a big paste.
func BigPaste() string {
	var b strings.Builder
	for b.Len() < 255*1024 {
		b.WriteString("C: VER 1 MSNP8 CVR0\nS: VER 1 MSNP8 CVR0\nC: CVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\n" +
			"S: CVR 2 7.0.0813 7.0.0813 6.2.0205 http://download.microsoft.com/x http://messenger.msn.com\n")
	}
	return b.String()
}

// Dir returns the absolute path of cvq/testdata in the module that holds
// the current directory.
func Dir() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		mod, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && strings.HasPrefix(string(mod), "module github.com/cvq-playground/cvq-playground\n") {
			return filepath.Join(d, "cvq", "testdata"), nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("vectors: no go.mod of the cvq-playground module above %s", wd)
		}
	}
}

// Load reads one file, named relative to cvq/testdata ("seed.txt",
// "captures/cap-2008-01.txt").
func Load(name string) (*File, error) {
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		return nil, err
	}
	f, err := Parse(string(raw))
	if err != nil {
		return nil, fmt.Errorf("%s:%w", name, err)
	}
	f.Path = name
	return f, nil
}

// LoadGlob reads every file matching pattern (relative to cvq/testdata,
// e.g. "captures/*.txt"), sorted by name; matching nothing is an error.
func LoadGlob(pattern string) ([]*File, error) {
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	names, err := filepath.Glob(filepath.Join(dir, filepath.FromSlash(pattern)))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("vectors: no file matches %s in %s", pattern, dir)
	}
	sort.Strings(names)
	var out []*File
	for _, n := range names {
		rel, _ := filepath.Rel(dir, n)
		f, err := Load(filepath.ToSlash(rel))
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

// Seed reads the seed document's six exchanges (cvq/testdata/seed.txt).
func Seed() (*File, error) { return Load("seed.txt") }

// Parse reads a file's text; errors name the 1-based line.
func Parse(text string) (*File, error) {
	f := &File{}
	var rec *Record
	for i, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		n := i + 1
		switch {
		case strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#"):
			continue
		case strings.HasPrefix(l, "== "):
			r, err := parseRecordHead(l[3:], n)
			if err != nil {
				return nil, err
			}
			for _, o := range f.Records {
				if o.Name == r.Name {
					return nil, fmt.Errorf("%d: record %q twice", n, r.Name)
				}
			}
			f.Records = append(f.Records, r)
			rec = &f.Records[len(f.Records)-1]
		case rec != nil:
			rec.Lines = append(rec.Lines, strings.TrimSuffix(l, "\r"))
		default:
			if err := f.Source.set(l, n); err != nil {
				return nil, err
			}
		}
	}
	switch {
	case f.Source.Key == "" || f.Source.Title == "" || f.Source.Site == "" || f.Source.Address == "" || f.Source.Date == "":
		return nil, errors.New("1: the header must name the source: key, title, site, address and date")
	case len(f.Records) == 0:
		return nil, errors.New("1: no records")
	}
	for _, r := range f.Records {
		if len(r.Lines) == 0 {
			return nil, fmt.Errorf("%d: record %q has no lines", r.Line, r.Name)
		}
	}
	return f, nil
}

// set reads one "key: value" header line.
func (s *Source) set(l string, n int) error {
	k, v, ok := strings.Cut(l, ": ")
	fields := map[string]*string{"key": &s.Key, "title": &s.Title, "site": &s.Site, "address": &s.Address, "mirror": &s.Mirror, "date": &s.Date}
	p := fields[k]
	if !ok || p == nil || strings.TrimSpace(v) == "" {
		return fmt.Errorf("%d: want a header line key: value (key, title, site, address, mirror, date) or a record's == line, got %q", n, l)
	}
	*p = strings.TrimSpace(v)
	return nil
}

// parseRecordHead reads "name attr=value ..." after "== ".
func parseRecordHead(head string, n int) (Record, error) {
	parts := strings.Fields(head)
	if len(parts) == 0 {
		return Record{}, fmt.Errorf("%d: a record needs a name after ==", n)
	}
	r := Record{Name: parts[0], Line: n}
	attrs := map[string]*string{"dialect": &r.Dialect, "profile": &r.Profile, "connection": &r.Connection, "outcome": &r.Outcome}
	for _, p := range parts[1:] {
		k, v, ok := strings.Cut(p, "=")
		a := attrs[k]
		if !ok || a == nil || v == "" {
			return Record{}, fmt.Errorf("%d: unknown record attribute %q (dialect, profile, connection, outcome)", n, p)
		}
		*a = v
	}
	if r.Connection != "" && r.Connection != "closes" && r.Connection != "open" {
		return Record{}, fmt.Errorf("%d: connection=%s, want closes or open", n, r.Connection)
	}
	if r.Dialect == "" {
		return Record{}, fmt.Errorf("%d: record %q has no dialect", n, r.Name)
	}
	return r, nil
}
