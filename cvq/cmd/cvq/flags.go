package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/cvq-playground/cvq-playground/cvq"
	"golang.org/x/term"
)

// options is the parsed command line.
type options struct {
	dialect cvq.Dialect
	profile *cvq.Profile
	json    bool
	verbose bool
	list    bool
	example *cvq.Example
	line    string
	hasLine bool
	color   bool
}

const usageText = `Usage: cvq [-dialect MSNPn] [-profile name] [-json] [-v] [line …]
       cvq -list
       cvq -example ID [-json]

Simulates an MSN Messenger Dispatch Server answering the client-version
handshake (VER, CVQ, CVR) and explains every field of the line.

With a line (the remaining arguments joined by single spaces), that line is
answered as a lone CVQ/CVR/VER. Without one, standard input is read:
  - plain client lines, one per line, are answered in one simulated
    connection, so VER then CVQ behaves as on a live connection;
  - a pasted transcript (C:/S:, >>>/<<<, ->/<-, libpurple "msn: " logs,
    ".. " continuation lines) is replayed, and every server line in it is
    compared field by field with what the profile answers.
Flags go before the line; use -- if the line itself starts with "-".

Flags:
  -dialect MSNPn   the client's protocol version, MSNP2 … MSNP24 or a bare
                   number (default MSNP8); a later number is read as
                   MSNP24+, with a warning
  -profile name    the simulated server: reference, escargot, microsoft or
                   microsoft@YYYY-MM-DD for the era in force on that date
                   (default reference)
  -json            print one JSON object per client line (JSON Lines);
                   start/end are byte offsets, and invalid UTF-8 is read
                   as U+FFFD (one per bad byte, as JSON prints it) so that
                   they index the strings as printed
  -v               also print what each parameter is for, its history,
                   where the sources disagree, and the title and address
                   of every source cited
  -list            list profiles, dialects and examples as text, then exit
  -example ID      run a built-in example with its own dialect and profile
                   (-dialect and -profile, when given, override them)
  -h               show this help

Examples:
  cvq 'CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com'
  cvq -dialect MSNP2 CVQ 1 0x0409 win 4.10 i386 MSMSGS 1.0.0863 MSMSGS
  cvq -json CVQ 6 spaghetti
  printf 'VER 1 MSNP8 CVR0\nCVR 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS a@b.c\n' | cvq
  cvq -profile microsoft@2008-06-15 < pasted-log.txt
  cvq -example seed-new

Exit status: 0 when the simulation ran (even if the server answers with an
error code, and for an empty standard input, which gets a note on standard
error), 1 when input cannot be read or is over {maxInput} or output cannot be
written, 2 for usage errors.
`

// usage is usageText with its limit filled in from maxInput.
func usage() string {
	return strings.Replace(usageText, "{maxInput}", strconv.Itoa(maxInput>>20)+" MiB", 1)
}

// parseArgs reads the command line. On failure (or -h) it has already
// written what the user needs and returns the exit status with ok false.
func parseArgs(args []string, stdout, stderr io.Writer) (*options, int, bool) {
	fs := flag.NewFlagSet("cvq", flag.ContinueOnError)
	// The flag package's own messages span several lines with the whole
	// usage; a wrong flag gets one line naming it instead.
	fs.SetOutput(io.Discard)
	dialect := fs.String("dialect", "MSNP8", "")
	profile := fs.String("profile", "reference", "")
	example := fs.String("example", "", "")
	opts := &options{}
	fs.BoolVar(&opts.json, "json", false, "")
	fs.BoolVar(&opts.verbose, "v", false, "")
	fs.BoolVar(&opts.list, "list", false, "")
	fail := func(format string, a ...any) (*options, int, bool) {
		fmt.Fprintf(stderr, "cvq: "+format+"\n", a...)
		return nil, exitUsage, false
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			// Help that cannot be written (-h > /dev/full) is a failed
			// write like any other.
			if _, err := io.WriteString(stdout, usage()); err != nil {
				fmt.Fprintf(stderr, "cvq: writing output: %v\n", err)
				return nil, exitIO, false
			}
			return nil, exitOK, false
		}
		// The flag package quotes nothing: a mistyped flag's name goes
		// through clean like all other terminal output.
		return fail("%s (run cvq -h for usage)", clean(err.Error()))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	rest := fs.Args()
	opts.hasLine = len(rest) > 0
	opts.line = strings.Join(rest, " ")

	switch {
	case opts.list && (opts.hasLine || set["example"]):
		return fail("-list takes no line and no -example")
	case opts.list && opts.json:
		// Printing text where JSON was asked for would break the
		// script reading it.
		return fail("-list has no JSON form: run cvq -list without -json")
	case set["example"] && opts.hasLine:
		return fail("-example takes no line: the example is the input")
	}
	if set["example"] {
		ex, ok := findExample(*example)
		if !ok {
			return fail("unknown example %q: run cvq -list to see the examples", *example)
		}
		opts.example = ex
		if !set["dialect"] {
			*dialect = ex.Dialect.String()
		}
		if !set["profile"] {
			*profile = ex.Profile
		}
	}
	d, ok := cvq.ParseDialect(*dialect)
	if !ok {
		return fail("unknown dialect %q: use %s … %s (or a bare number such as 8)",
			*dialect, cvq.MinDialect, cvq.MaxDialect)
	}
	opts.dialect = d
	if n, ok := dialectNumber(*dialect); ok && n > int(cvq.MaxDialect) {
		fmt.Fprintf(stderr, "cvq: warning: -dialect %s is read as %s+, which stands for %s and every later version\n",
			*dialect, cvq.MaxDialect, cvq.MaxDialect)
	}
	p, err := profileArg(*profile)
	if err != nil {
		return fail("%v", err)
	}
	opts.profile = p
	opts.color = colorWanted(stdout)
	return opts, exitOK, true
}

// profileArg finds the profile -profile names, or says why none answers to it.
func profileArg(name string) (*cvq.Profile, error) {
	if p, ok := cvq.LookupProfile(name); ok {
		return p, nil
	}
	if first, date, early := beforeFirstEra(name); early {
		return nil, fmt.Errorf("no Microsoft era had begun by %s: the first, %s, begins on %s", date, first.Name, first.Era)
	}
	if strings.HasPrefix(name, "microsoft@") {
		return nil, fmt.Errorf("unknown profile %q: the date must be a real YYYY-MM-DD, YYYY-MM or YYYY", name)
	}
	return nil, fmt.Errorf("unknown profile %q: use %s (run cvq -list for all of them)", name, profileHint())
}

// findExample looks an example up by its ID.
func findExample(id string) (*cvq.Example, bool) {
	exs := cvq.Examples()
	for i := range exs {
		if exs[i].ID == id {
			ex := exs[i]
			return &ex, true
		}
	}
	return nil, false
}

// profileHint names the profiles a user types: the dated Microsoft eras
// are summed up as microsoft[@YYYY-MM-DD] rather than listed one by one.
func profileHint() string {
	var names []string
	for _, p := range cvq.Profiles() {
		if p.Era == "" {
			names = append(names, p.Name)
		}
	}
	return strings.Join(append(names, "microsoft", "microsoft@YYYY-MM-DD"), ", ")
}

// beforeFirstEra reports whether name is microsoft@ with a date, in the
// shape LookupProfile takes, from before the first Microsoft era began,
// and returns that era and the date. Such a date is refused (no era was
// in force), and saying so beats calling the profile unknown.
func beforeFirstEra(name string) (first *cvq.Profile, date string, early bool) {
	date, ok := strings.CutPrefix(name, "microsoft@")
	if !ok || len(date) != 4 && len(date) != 7 && len(date) != 10 {
		return nil, "", false
	}
	for i := 0; i < len(date); i++ {
		if i == 4 || i == 7 {
			if date[i] != '-' {
				return nil, "", false
			}
		} else if date[i] < '0' || date[i] > '9' {
			return nil, "", false
		}
	}
	for _, p := range cvq.Profiles() {
		if p.Era != "" && (first == nil || p.Era < first.Era) {
			first = p
		}
	}
	if first == nil || len(first.Era) < len(date) {
		return nil, "", false
	}
	return first, date, date < first.Era[:len(date)]
}

// dialectNumber reads the version number of a -dialect value that
// cvq.ParseDialect accepted ("MSNP99", "99", "msnp30+").
func dialectNumber(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(s, "MSNP"), "msnp"), "+")
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// colorWanted reports whether output may carry ANSI colours: only on a
// terminal, and never when NO_COLOR is set (https://no-color.org).
func colorWanted(w io.Writer) bool {
	if _, set := os.LookupEnv("NO_COLOR"); set {
		return false
	}
	return isTerminal(w)
}

// isTerminal reports whether s is a terminal. A character device is not
// enough: /dev/null and /dev/zero are character devices too, so the
// question goes to the terminal driver (golang.org/x/term).
func isTerminal(s any) bool {
	f, ok := s.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
