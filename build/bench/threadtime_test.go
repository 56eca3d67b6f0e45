package main

import (
	"encoding/json"
	"testing"
)

// TestLongestAfter picks the renderer main thread's longest task by thread time among
// the tasks that end after the mark, and ignores other threads and earlier tasks.
func TestLongestAfter(t *testing.T) {
	task := func(tid int, ts, dur, tdur float64) traceEvent {
		return traceEvent{Name: "ThreadControllerImpl::RunTask", Ph: "X", Pid: 1, Tid: tid, Ts: ts, Dur: dur, Tdur: tdur}
	}
	tr := &taskTrace{events: []traceEvent{
		{Name: "thread_name", Ph: "M", Pid: 1, Tid: 7, Args: json.RawMessage(`{"name":"CrRendererMain"}`)},
		{Name: "thread_name", Ph: "M", Pid: 1, Tid: 8, Args: json.RawMessage(`{"name":"ServiceWorker thread"}`)},
		task(7, 0, 900_000, 800_000), // before the mark
		{Name: "bench-paste", Ph: "R", Pid: 1, Tid: 7, Ts: 1_000_000},
		task(7, 1_100_000, 400_000, 30_000),
		task(7, 1_600_000, 90_000, 60_000),   // the longest by thread time
		task(8, 1_700_000, 500_000, 500_000), // another thread
	}}
	cpu, wall, err := tr.longestAfter("bench-paste")
	if err != nil || cpu != 60 || wall != 90 {
		t.Errorf("longestAfter = %v ms, %v ms wall, %v; want 60 ms, 90 ms wall", cpu, wall, err)
	}
	if _, _, err := tr.longestAfter("no-such-mark"); err == nil {
		t.Error("longestAfter found a mark that is not in the trace")
	}
}
