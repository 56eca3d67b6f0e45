package citest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/cvq-playground/cvq-playground/internal/vectors"
)

// repoRoot is the module root, two levels up from this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func readRepoFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// codeBlocks returns the fenced blocks of lang in the README section that
// starts with heading.
func codeBlocks(t *testing.T, readme, heading, lang string) []string {
	t.Helper()
	i := strings.Index(readme, "\n"+heading+"\n")
	if i < 0 {
		t.Fatalf("README has no section %q", heading)
	}
	section := readme[i+1:]
	if j := strings.Index(section[len(heading):], "\n## "); j >= 0 {
		section = section[:len(heading)+j]
	}
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```"+lang+"\n(.*?)```").FindAllStringSubmatch(section, -1) {
		blocks = append(blocks, m[1])
	}
	if len(blocks) == 0 {
		t.Fatalf("README section %q has no %s block", heading, lang)
	}
	return blocks
}

// The Go version the README asks for is go.mod's.
func TestREADMEGoVersion(t *testing.T) {
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindStringSubmatch(readRepoFile(t, "go.mod"))
	if m == nil {
		t.Fatal("go.mod has no go line")
	}
	if readme := readRepoFile(t, "README.md"); !strings.Contains(readme, "Needs Go "+m[1]+" or later") {
		t.Errorf("README does not say it needs Go %s (go.mod's go line)", m[1])
	}
}

// The README's Go code is ExampleSimulate's, line for line, so `go test`
// checks what a reader copies.
func TestREADMEGoCodeIsAnExample(t *testing.T) {
	block := codeBlocks(t, readRepoFile(t, "README.md"), "## The Go package", "go")[0]
	example := readRepoFile(t, "cvq/example_test.go")
	body := example[strings.Index(example, "func ExampleSimulate()"):]
	pos := 0
	for _, line := range strings.Split(block, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "import ") {
			continue
		}
		at := strings.Index(body[pos:], line)
		if at < 0 {
			t.Fatalf("README line %q is not in ExampleSimulate (in order)", line)
		}
		pos += at + len(line)
	}
}

// Every command of the README's command-line section runs as written,
// from the repository root, and prints something without complaint.
func TestREADMECommandsRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go run once per README command")
	}
	goBin := filepath.Join(runtime.GOROOT(), "bin")
	block := codeBlocks(t, readRepoFile(t, "README.md"), "## The command-line tool", "sh")[0]
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		command := strings.TrimSpace(regexp.MustCompile(`\s+# .*$`).ReplaceAllString(line, ""))
		if command == "" {
			continue
		}
		n++
		cmd := exec.Command("bash", "-o", "pipefail", "-c", command)
		cmd.Dir = repoRoot(t)
		cmd.Env = append(os.Environ(), "PATH="+goBin+string(os.PathListSeparator)+os.Getenv("PATH"))
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil || stdout.Len() == 0 || stderr.Len() != 0 {
			t.Errorf("%s\n  err %v, %d bytes out, stderr %q", command, err, stdout.Len(), stderr.String())
		}
	}
	if n < 5 {
		t.Errorf("only %d commands found in the README's command-line section", n)
	}
}

// The README's sample log is the CAP-2008-06 capture, line for line.
func TestSampleLogIsACapture(t *testing.T) {
	f, err := vectors.Load("captures/cap-2008-06.txt")
	if err != nil {
		t.Fatal(err)
	}
	if got := readRepoFile(t, "testdata/pasted-log.txt"); got != f.Records[0].Text()+"\n" {
		t.Errorf("testdata/pasted-log.txt is not %s's record:\n%s", f.Path, got)
	}
}
