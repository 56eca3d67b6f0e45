// A pasted transcript checked by the bridge, as the console lists it: its
// entries and the summary sentence above the log, or why it was not
// checked (too large, or refused by the simulator). A big paste is checked
// a slice of lines per task, so the page stays usable while it works: each
// task stops after sliceMs, and a newer paste (or dialect, or profile)
// cancels the check under way.

import { PasteCheck, type SessionState, type Transcript } from "./api";
import { kib, maxTranscriptBytes } from "./limits";
import { cutText, summarize, summaryText, transcriptEntries, type Entry } from "./transcript";

/** What checking a paste gave: the entries to list and the sentence for #transcript-summary. */
export interface CheckedPaste {
  entries: Entry[];
  summary: string;
  /** The connection at the end of the paste, as the log's server left it; null when not checked. */
  state: SessionState | null;
}

/** What a paste check reports to the page. */
export interface PasteWatcher {
  /** Between tasks: how many protocol lines are checked (then read), of how many. */
  progress(done: number, total: number, what: "checking" | "reading"): void;
  /** Once, at the end, unless cancelled. */
  done(c: CheckedPaste): void;
}

/**
 * Most milliseconds one task spends checking or reading before it yields:
 * well under the 200 ms a task may take (issue 12), since a slice can
 * overrun it by one call, and Go may collect garbage in that call.
 */
const sliceMs = 25;

/**
 * Checks text against profile as a dialect client. What fits in one task
 * (any ordinary paste) is checked at once and w.done is called before this
 * returns; a bigger paste goes on in later tasks. Returns what cancels it.
 */
export function checkPaste(text: string, dialect: string, profile: string, w: PasteWatcher): () => void {
  // The paste's task counts from here: reading the paste into Go is part of it.
  const start = performance.now();
  const bytes = pasteBytes(text);
  if (bytes > maxTranscriptBytes) {
    w.done(refused("Not checked: the paste is " + kib(bytes) + ", more than the " + kib(maxTranscriptBytes) +
      " the console checks. Paste the handshake part of the log."));
    return () => {};
  }
  const c = PasteCheck.open(text, dialect, profile);
  if (!c.ok) {
    w.done(refused("The simulator could not check this transcript: " + c.error + "."));
    return () => {};
  }
  const run = new Run(c.value, w);
  run.task(start);
  return () => run.cancel();
}

// The paste's size in UTF-8 bytes, as the cap counts it (a lone surrogate as
// the 3 bytes of U+FFFD). Every UTF-16 unit is at least one byte, and all of
// them are exactly one in a paste of ASCII (most logs), which a native scan
// tells; otherwise TextEncoder counts a quarter of a million characters in
// native code (a loop over them took a long task of its own).
function pasteBytes(text: string): number {
  if (text.length > maxTranscriptBytes || !/[^\0-\x7f]/.test(text)) return text.length;
  return new TextEncoder().encode(text).length;
}

function refused(summary: string): CheckedPaste {
  return { entries: [], state: null, summary };
}

// One paste's check: lines checked in slices, then read in parts, each as
// many lines as a task's share of time allows (learnt from the last call).
class Run {
  private readonly c: PasteCheck;
  private readonly w: PasteWatcher;
  private left: number;
  private read = 0;
  private readonly parts: (Transcript & { firstStep: number })[] = [];
  private perCall = 64;
  /** The checked paste listed for the page, once every part is read. */
  private listed: CheckedPaste | null = null;
  private cancelled = false;
  private timer = 0;

  constructor(c: PasteCheck, w: PasteWatcher) {
    this.c = c;
    this.w = w;
    this.left = c.lines;
  }

  cancel(): void {
    this.cancelled = true;
    clearTimeout(this.timer);
  }

  // Does one task's share of the work (the task began at start), then
  // yields to the page (typing, scrolling, a newer paste) until the next
  // task. Listing the checked lines, and handing them to the page to draw,
  // each wait for a task of their own once this one has used half its share.
  task(start = performance.now()): void {
    if (this.cancelled) return;
    const used = (): number => performance.now() - start;
    while (this.left > 0 || this.read < this.c.lines || this.parts.length === 0) {
      if (used() >= sliceMs) return this.later();
      const err = this.step();
      if (err !== null) {
        this.w.done(refused("The simulator could not check this transcript: " + err + "."));
        return;
      }
    }
    if (this.listed === null) {
      if (used() >= sliceMs / 2) return this.later();
      this.listed = this.finish();
    }
    if (used() >= sliceMs / 2) return this.later();
    this.w.done(this.listed);
  }

  // Says how far the check is and goes on in the next task.
  private later(): void {
    if (this.left > 0) this.w.progress(this.c.lines - this.left, this.c.lines, "checking");
    else this.w.progress(this.read, this.c.lines, "reading");
    this.timer = window.setTimeout(() => this.task(), 0);
  }

  // Checks, or once all is checked reads, one call's worth of lines; the
  // bridge's error when it failed, else null.
  private step(): string | null {
    const n = this.perCall;
    const t0 = performance.now();
    if (this.left > 0) {
      const a = this.c.next(n);
      if (!a.ok) return a.error;
      this.left = a.value;
    } else {
      const to = Math.min(this.c.lines, this.read + n);
      const a = this.c.part(this.read, to);
      if (!a.ok) return a.error;
      this.parts.push(a.value);
      this.read = to;
    }
    // Aim each call at a quarter of a task: fewer, larger calls when they
    // are quick, but never so many lines that a slow call (a collection of
    // Go's garbage in it) takes much longer than it should.
    const ms = performance.now() - t0;
    this.perCall = Math.max(16, Math.min(1024, Math.round(ms < 1 ? n * 2 : n * (sliceMs / 4 / ms))));
    return null;
  }

  // Joins the parts (at least one: a paste with no protocol line has an
  // empty part with its diagnostics) into one transcript and lists it.
  private finish(): CheckedPaste {
    const last = this.parts[this.parts.length - 1]!;
    const t: Transcript = { lines: [], steps: [], unpaired: [], diagnostics: [], state: last.state };
    for (const p of this.parts) {
      t.lines.push(...p.lines);
      t.steps.push(...p.steps);
      t.unpaired.push(...p.unpaired);
      t.diagnostics.push(...p.diagnostics);
    }
    return { entries: transcriptEntries(t), state: t.state, summary: summaryText(summarize(t)) + cutText(t) };
  }
}
