package chrome

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindHonoursCHROME(t *testing.T) {
	fake := filepath.Join(t.TempDir(), "my-chrome")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("CHROME", fake)
	if got, err := Find(); err != nil || got != fake {
		t.Errorf("Find() = %q, %v; want %q", got, err, fake)
	}
	t.Setenv("CHROME", filepath.Join(t.TempDir(), "missing"))
	if _, err := Find(); err == nil || !strings.Contains(err.Error(), "CHROME=") {
		t.Errorf("a missing $CHROME gave %v", err)
	}
}

func TestFindSaysHowToInstall(t *testing.T) {
	t.Setenv("CHROME", "")
	t.Setenv("PATH", t.TempDir())
	if _, err := Find(); err == nil || !strings.Contains(err.Error(), "apt-get install chromium") {
		t.Errorf("no browser on PATH gave %v", err)
	}
}

func TestOptionsAppendExtra(t *testing.T) {
	base := Options("/x", "/p")
	if got := len(Options("/x", "/p", nil, nil)); got != len(base)+2 {
		t.Errorf("%d options with two extra, want %d", got, len(base)+2)
	}
}
