package site_test

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// heldPage serves index.html in three parts: up to the reply's <pre> at
// once; then, once the test calls release, up to the end of #reply-none's
// line; the rest only when the browser gives the page up (or after 20 s).
// Between release and the end the document is still loading, with the
// reply's elements parsed and nothing after them.
type heldPage struct {
	dist string
	mu   sync.Mutex
	gate chan struct{}
}

// arm makes the next page wait before its reply and returns what lets it go on.
func (h *heldPage) arm() func() {
	h.mu.Lock()
	defer h.mu.Unlock()
	gate := make(chan struct{})
	h.gate = gate
	var once sync.Once
	return func() { once.Do(func() { close(gate) }) }
}

func (h *heldPage) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	gate := h.gate
	h.mu.Unlock()
	data, err := os.ReadFile(filepath.Join(h.dist, "index.html"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	html := string(data)
	first := strings.Index(html, `<pre class="reply-line">`)
	none := strings.Index(html, `id="reply-none"`)
	if first < 0 || none < 0 {
		http.Error(w, "index.html has no reply elements", http.StatusInternalServerError)
		return
	}
	second := none + strings.Index(html[none:], "\n") + 1
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	hold := func(until <-chan struct{}) bool {
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
		select {
		case <-until:
			return true
		case <-time.After(20 * time.Second):
			return true
		case <-r.Context().Done():
			return false
		}
	}
	w.Write([]byte(html[:first]))
	if gate != nil && !hold(gate) {
		return
	}
	w.Write([]byte(html[first:second]))
	if !hold(nil) {
		return
	}
	w.Write([]byte(html[second:]))
}

// TestFirstReplyDrawnAsParsed: when the module is ready before the parser
// has reached the reply, boot.js draws the link's reply as soon as the
// parser inserts it, without waiting on a timer. Here every timer is put
// off by a minute (a background tab's timers are throttled much like
// that), and the rest of the document does not come: the reply must be
// drawn all the same, in the task that parsed it.
func TestFirstReplyDrawnAsParsed(t *testing.T) {
	tb := openTab(t, "/nomain/", false)
	tb.mu.Lock()
	tb.expectErrors = true // the missing main.js is logged
	tb.mu.Unlock()
	tb.probe(`const late = window.setTimeout.bind(window);
window.setTimeout = (cb, ms, ...args) => late(cb, Math.max(Number(ms) || 0, 60000), ...args);`)
	release := suite.held.arm()
	defer release()
	line := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	tb.navigate("/held/"+linkFor("MSNP8", "reference", line), false)
	tb.waitJS(`performance.getEntriesByName("cvq-ready", "mark").length > 0`, 30*time.Second)
	if tb.evalBool(`document.getElementById("reply-none") !== null`) {
		t.Fatal("the parser reached the reply before the test let it: the probe proves nothing")
	}
	release()
	// The reply is drawn at the end of the task that parsed it: no script
	// sees #reply-none before it is drawn.
	tb.waitJS(`document.getElementById("reply-none") !== null`, 30*time.Second)
	if got := tb.eval(`document.readyState`); got != "loading" {
		t.Fatalf("the document was %q once #reply-none was parsed: the probe proves nothing", got)
	}
	if got := tb.text("#reply"); !strings.HasPrefix(got, "CVQ 2 7.0.0813 ") {
		t.Errorf("#reply = %q, want the seed's reply to the link", got)
	}
}

// TestSetupWaitsForFirstReply: main.js, run while boot.js's reply waits for
// its frame, keeps its start-up for after that frame. A probe holds every
// animation frame callback until the test lets them go: until then the
// status keeps its loading text (status.starting, part of main.js's
// start-up, has not run), and once frames go on the page becomes ready.
func TestSetupWaitsForFirstReply(t *testing.T) {
	tb := openTab(t, "/", false)
	tb.probe(`const frame = window.requestAnimationFrame.bind(window);
const held = [];
window.__letFrames = () => { window.requestAnimationFrame = frame; held.splice(0).forEach((cb) => frame(cb)); };
window.requestAnimationFrame = (cb) => { held.push(cb); return held.length; };`)
	line := "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com"
	tb.navigate("/?held"+linkFor("MSNP8", "reference", line), false)
	tb.waitJS(`document.readyState === "complete" && document.getElementById("reply").textContent !== ""`, 30*time.Second)
	// main.js has run; give its start-up the time it would take.
	time.Sleep(300 * time.Millisecond)
	loading := tb.text("#status-text")
	marked := tb.evalBool(`performance.getEntriesByName("cvq-first-reply", "mark").length > 0`)
	tb.eval(`(window.__letFrames(), "")`)
	tb.waitReady()
	if marked {
		t.Fatal("the first reply was marked while every frame was held: the probe proves nothing")
	}
	if loading != "Loading the simulator…" {
		t.Errorf("before the reply's frame, #status-text = %q: main.js's start-up did not wait for it", loading)
	}
}
