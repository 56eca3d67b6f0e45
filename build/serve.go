package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/cvq-playground/cvq-playground/build/distserve"
)

// pollInterval is how often serve looks for changed sources.
const pollInterval = 500 * time.Millisecond

// serve builds, serves cfg.out on addr and rebuilds on every source change until ctx ends.
// It returns the process exit code.
func serve(ctx context.Context, cfg config, addr string, stderr io.Writer) int {
	// Listen before the first build: a busy port should fail in a second, not after a
	// full build.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			fmt.Fprintf(stderr, "build serve: %s is already in use (another `make serve`?); stop that server or pick another address with -addr (make serve ADDR=127.0.0.1:8081)\n", addr)
		} else {
			fmt.Fprintf(stderr, "build serve: cannot listen on %s: %v\n", addr, err)
		}
		return 1
	}

	memo := newMemo()
	before := snapshot(cfg.root)
	rebuild := func() {
		if _, err := buildOnce(ctx, cfg, memo); err != nil && ctx.Err() == nil {
			if _, statErr := os.Stat(filepath.Join(cfg.out, "index.html")); statErr == nil {
				fmt.Fprintf(stderr, "%v\nbuild failed; still serving the last good build\n", err)
			} else {
				fmt.Fprintf(stderr, "%v\nbuild failed and there is no earlier build: the server answers 404 until a build succeeds\n", err)
			}
		}
	}
	rebuild()

	srv := &http.Server{
		Handler:           logRequests(distserve.Handler(cfg.out), stderr),
		ReadHeaderTimeout: 10 * time.Second,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	if ctx.Err() == nil {
		fmt.Fprintf(cfg.log, "serving http://%s/ (Ctrl-C to stop); watching %s/ for changes\n",
			ln.Addr(), strings.Join(sourceDirs, "/, "))
	}

	ticker := time.NewTicker(pollInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			shutdown, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			srv.Shutdown(shutdown)
			fmt.Fprintln(cfg.log, "stopped")
			return 0
		case err := <-served:
			fmt.Fprintf(stderr, "build serve: %v\n", err)
			return 1
		case <-ticker.C:
			after := snapshot(cfg.root)
			names := changed(before, after)
			if len(names) == 0 {
				continue
			}
			before = after
			fmt.Fprintf(cfg.log, "\nchanged: %s; rebuilding\n", summarize(names, 5))
			rebuild()
			// Files saved during the build are picked up by the next poll, because the
			// snapshot was taken before the build started.
		}
	}
}

// summarize joins at most n names, saying how many more there were.
func summarize(names []string, n int) string {
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:n], ", "), len(names)-n)
}

// logRequests prints failed requests, which during development usually mean a wrong file
// name in the page; successful ones would drown the build output.
func logRequests(h http.Handler, w io.Writer) http.Handler {
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: rw, status: http.StatusOK}
		h.ServeHTTP(rec, r)
		if rec.status >= 400 {
			fmt.Fprintf(w, "%d %s %s\n", rec.status, r.Method, r.URL.RequestURI())
		}
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}
