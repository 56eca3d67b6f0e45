package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// taskTrace records a tab's tasks with Chrome's tracing ("toplevel" category: one event
// per task, with its wall time and the time its thread was on a processor). A task's
// thread time does not grow when the machine is busy and the browser is descheduled,
// so beside the Long Tasks API's wall times it tells what a quiet machine would see.
type taskTrace struct {
	mu     sync.Mutex
	events []traceEvent
	done   chan struct{}
}

// traceEvent is the part of a Chrome trace event the bench reads.
type traceEvent struct {
	Name string          `json:"name"`
	Ph   string          `json:"ph"`
	Ts   float64         `json:"ts"`   // µs
	Dur  float64         `json:"dur"`  // µs, wall
	Tdur float64         `json:"tdur"` // µs, thread time
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	Args json.RawMessage `json:"args"`
}

// startTaskTrace starts tracing the tab's tasks and User Timing marks.
func startTaskTrace(ctx context.Context) (*taskTrace, error) {
	t := &taskTrace{done: make(chan struct{})}
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			t.mu.Lock()
			for _, raw := range ev.Value {
				var e traceEvent
				if json.Unmarshal(raw, &e) == nil {
					t.events = append(t.events, e)
				}
			}
			t.mu.Unlock()
		case *tracing.EventTracingComplete:
			close(t.done)
		}
	})
	if err != nil {
		return nil, err
	}
	_, err = chromedp.Call(ctx, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{
		IncludedCategories: []string{"toplevel", "blink.user_timing", "__metadata"}}})
	return t, err
}

// stop ends the trace and waits for its last events.
func (t *taskTrace) stop(ctx context.Context) error {
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		return err
	}
	select {
	case <-t.done:
		return nil
	case <-time.After(60 * time.Second):
		return fmt.Errorf("the trace did not complete within 60 s")
	}
}

// longestAfter returns the longest task of the renderer's main thread that ends after the
// User Timing mark named mark, by thread time, and that task's wall time (ms).
func (t *taskTrace) longestAfter(mark string) (cpuMs, wallMs float64, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	main := map[[2]int]bool{}
	from := -1.0
	for _, e := range t.events {
		if e.Ph == "M" && e.Name == "thread_name" && strings.Contains(string(e.Args), "CrRendererMain") {
			main[[2]int{e.Pid, e.Tid}] = true
		}
		if e.Name == mark && (from < 0 || e.Ts < from) {
			from = e.Ts
		}
	}
	if from < 0 || len(main) == 0 {
		return 0, 0, fmt.Errorf("the trace has no mark %q or no renderer main thread", mark)
	}
	for _, e := range t.events {
		if e.Ph == "X" && e.Name == "ThreadControllerImpl::RunTask" && main[[2]int{e.Pid, e.Tid}] && e.Ts+e.Dur >= from && e.Tdur/1000 > cpuMs {
			cpuMs, wallMs = e.Tdur/1000, e.Dur/1000
		}
	}
	return cpuMs, wallMs, nil
}
