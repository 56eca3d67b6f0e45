package main

import (
	"bufio"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// machine describes where the figures were measured: they mean little without it.
type machine struct {
	cpus     int
	cpuModel string
	goVer    string
	chromium string
	wasmOpt  string
	date     string
	loadAvg  string // 1, 5 and 15 minute load averages when the run started

	loadAvgTiming string // the same just before the browser measurements
}

func describeMachine() machine {
	m := machine{
		cpus:     runtime.NumCPU(),
		cpuModel: cpuModel(),
		goVer:    goVersion(),
		wasmOpt:  wasmOptVersion(),
		date:     time.Now().UTC().Format("2006-01-02 15:04 UTC"),
		loadAvg:  loadAvg(),
	}
	if m.wasmOpt == "" {
		m.wasmOpt = "not installed"
	}
	return m
}

// cpuModel reads the first "model name" of /proc/cpuinfo (Linux); elsewhere it says so.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown (" + runtime.GOOS + "/" + runtime.GOARCH + ")"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// loadAvg returns /proc/loadavg's first three fields: other work on the machine slows
// every timing here, so the report shows how busy it was.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// goVersion is the version of the go command that builds the modules (the one on PATH,
// as for the build), not necessarily the one this program was compiled with.
func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}
