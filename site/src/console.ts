// The console: a live connection to the simulated Dispatch Server, one
// client line at a time, or a pasted transcript checked line by line. It
// keeps the log, the connection state and a shell-like history of sent
// lines (history.ts). Choosing a line of the log hands that line's result to the host,
// which draws it with the playground's own views (tokens, cards,
// diagnostics), so nothing here knows how a field is explained.

import { sessionClose, sessionOpen, sessionSend, type Result, type SessionState } from "./api";
import { describeState, sameState } from "./connstate";
import { byId, setAttr, setText } from "./dom";
import { LineHistory } from "./history";
import { kib, maxRequestBytes, maxSessionLines, utf8Length } from "./limits";
import { LogView } from "./log";
import { checkPaste } from "./paste";
import { entry, firstToShow, logLine, maxShownEntries, type Entry } from "./transcript";
import { pastedTranscript } from "./pastetext";

/** What the console needs from the page around it. */
export interface ConsoleHost {
  dialect(): string;
  profile(): string;
  /** A readable name for the profile, for the log. */
  profileTitle(): string;
  /** Draws a line's result in the main panels, highlighting select. */
  show(r: Result | null, line: string, notice: string, select: string | null): void;
  /** The learner changed the console (typed, pasted, reset). */
  edited(): void;
}

/** The live session or pasted transcript behind #console. */
export class Console {
  /** Called after every change of console state. */
  onChange: () => void = () => {};

  private readonly host: ConsoleHost;
  private readonly root = byId("console", HTMLElement);
  private readonly input = byId("console-input", HTMLInputElement);
  private readonly log = new LogView(byId("console-log", HTMLElement), byId("console-empty", HTMLElement));
  private readonly state = byId("connection-state", HTMLElement);
  private readonly kind = byId("console-kind", HTMLElement);
  private readonly summary = byId("transcript-summary", HTMLElement);
  private readonly reset = byId("console-reset", HTMLButtonElement);

  private session: number | null = null;
  private sessionState: SessionState | null = null;
  private sent: string[] = [];
  private pasted = "";
  private entries: Entry[] = [];
  private current = -1;
  /** While true, add() only records entries; the caller draws them at once. */
  private batching = false;
  /** Cancels the paste check under way (a big paste is checked over several tasks), or null. */
  private cancelCheck: (() => void) | null = null;

  private readonly history = new LineHistory();

  constructor(host: ConsoleHost) {
    this.host = host;
    this.log.onDrawn = () => this.busy();
    this.wire();
    this.drawState();
  }

  /** The client lines sent on the current connection, in order. */
  clientLines(): string[] {
    return this.pasted === "" ? [...this.sent] : [];
  }

  /** The pasted transcript when the console holds one, else "". */
  transcriptText(): string {
    return this.pasted;
  }

  /**
   * Starts a new connection and sends lines on it (at most maxSessionLines;
   * callers say when they leave lines out). The log is drawn once and only
   * the last line's result reaches the panels, so the cost is the
   * simulator's, not a render per line.
   */
  replay(lines: string[]): void {
    this.forget();
    let at = -1;
    this.batching = true;
    try {
      this.open("New connection");
      for (const l of lines.slice(0, maxSessionLines)) {
        this.remember(l);
        at = Math.max(at, this.send(l));
      }
    } finally {
      this.batching = false;
    }
    this.drawAll();
    this.drawState();
    this.choose(at);
    this.changed();
  }

  /**
   * Loads a pasted transcript (docs or log format) and checks every server
   * line. A big paste is checked and drawn over several tasks, with its
   * progress in the summary and #console marked aria-busy; a newer paste,
   * dialect or profile cancels it.
   */
  loadTranscript(text: string): void {
    this.forget();
    this.pasted = text;
    let started = false;
    let finished = false;
    const cancel = checkPaste(text, this.host.dialect(), this.host.profile(), {
      progress: (done, total, what) => {
        setText(this.summary, (what === "checking" ? "Checking the paste: " : "Reading the checked paste: ") +
          grouped(done) + " of " + grouped(total) + " lines…");
      },
      done: (checked) => {
        finished = true;
        this.cancelCheck = null;
        this.entries = checked.entries;
        this.sessionState = checked.state;
        setText(this.summary, checked.summary);
        this.drawAll();
        this.drawState();
        this.choose(firstToShow(this.entries, maxShownEntries));
        this.busy();
        if (started) this.changed();
      },
    });
    started = true;
    if (!finished) {
      this.cancelCheck = cancel;
      // Under way: the log is empty until the check is done.
      this.drawAll();
      this.drawState();
      this.busy();
    }
    this.changed();
  }

  /** Starts a new connection from scratch, as the "New connection" button does. */
  restart(): void {
    this.clear();
    this.open("New connection");
    this.changed();
  }

  /**
   * Reacts to a new dialect or profile: a pasted transcript is checked
   * again, and a live connection is replaced by a new one, noted in the log.
   */
  settingsChanged(what: string): void {
    if (this.pasted !== "") {
      this.loadTranscript(this.pasted);
      return;
    }
    if (this.session === null) return;
    this.open("New connection because " + what + " changed");
    this.changed();
  }

  /** Draws the chosen line in the host again (after switching to the console). */
  showCurrent(): void {
    const e = this.entries[this.current];
    if (e !== undefined) {
      this.present(e);
      return;
    }
    // A paste with nothing to annotate says so rather than leave the
    // panels blank; an empty live connection simply has nothing yet.
    this.host.show(null, "", this.pasted === "" ? "" : "The log shows no client or server line of this paste, so there " +
      "is nothing to annotate: the remarks in the log and the summary above it say what was read.", null);
  }

  /**
   * The log's entries, the chosen one, whether they come from a pasted
   * transcript, and whether that paste is still being checked (its entries
   * come when it is done).
   */
  logState(): { entries: readonly Entry[]; current: number; pasted: boolean; checking: boolean } {
    return { entries: this.entries, current: this.current, pasted: this.pasted !== "", checking: this.cancelCheck !== null };
  }

  /** Makes entry i the chosen line, as a click on it in the log does. */
  chooseEntry(i: number): void {
    this.choose(i);
  }

  /** Puts the chosen client line into the input with from–to selected, to edit and resend. */
  editAt(from: number, to: number): void {
    const line = this.entries[this.current]?.result?.input;
    if (line === undefined) return;
    this.input.value = line;
    this.history.rewind();
    this.input.focus();
    this.input.setSelectionRange(from, to);
  }

  /** Turns the input and button on or off. */
  enable(on: boolean): void {
    this.input.disabled = !on;
    this.reset.disabled = !on;
  }

  // Ends every change of the console: one scroll of the log (which makes
  // the browser lay it out) however many entries were added, then the host.
  private changed(): void {
    this.log.settle();
    this.onChange();
  }

  /**
   * Sends a line as if typed and entered (the door hands over the lines
   * entered before the console's chunk arrived): a pasted transcript gives
   * way to a live connection.
   */
  submit(line: string): void {
    if (this.pasted !== "") {
      this.clear();
      this.open("The pasted transcript was put away; new connection");
    } else if (this.session === null) {
      this.open("Connected");
    }
    this.remember(line);
    const at = this.send(line);
    this.drawState();
    if (at >= 0) this.choose(at);
    this.host.edited();
    this.changed();
  }

  // Sends one line and logs it with its answer. Returns the client line's
  // entry, or -1 when the line was not sent.
  private send(line: string): number {
    if (this.session === null) this.open("Connected");
    // A link or a reload brings back at most maxSessionLines lines, so a
    // connection sends no more than that: every session it holds can be
    // shared and restored whole.
    if (this.sent.length >= maxSessionLines) {
      this.add(entry("event", "Not sent: this connection has sent " + maxSessionLines + " lines, the most a link or a " +
        "reload brings back. Press New connection to go on.", { severity: "warning" }));
      return -1;
    }
    const bytes = utf8Length(line, maxRequestBytes);
    if (bytes > maxRequestBytes) {
      this.add(entry("event", "Not sent: this line is " + kib(bytes) + "; the console sends lines of up to " +
        kib(maxRequestBytes) + ".", { severity: "error" }));
      return -1;
    }
    const id = this.session;
    let a = id === null ? { ok: false as const, error: "no connection could be opened" } : sessionSend(id, line);
    // A script on the page may close the console's session (the bridge is
    // global): the console notices, reopens and replays, then sends.
    if (!a.ok && id !== null && a.error.includes(goneError)) {
      if (!this.reopen()) return -1;
      a = sessionSend(this.session!, line);
    }
    if (!a.ok) {
      this.add(entry("event", "The simulator could not handle this line: " + a.error + ".", { severity: "error" }));
      return -1;
    }
    const r = a.value.result;
    const state = a.value.state;
    r.state = state;
    const wasClosed = this.sessionState?.closed ?? false;
    const changed = !sameState(state, this.sessionState);
    this.sent.push(line);
    const at = this.add(entry("c", line, { result: r, state, stateChanged: changed }));
    if (r.reply !== "") {
      this.add(entry("s", r.reply, { result: r, state }));
    } else {
      // Why nothing came back (a closed connection, a missing TrID) is the
      // most useful thing to say next to "(no reply)".
      const why = r.diagnostics.filter((d) => d.severity === "error").map((d) => d.text);
      this.add(entry("none", "", { result: r, notes: why.slice(0, 2) }));
    }
    this.sessionState = a.value.state;
    if (!wasClosed && a.value.state.closed) {
      const by = a.value.state.closedBy === "client" ? "The client closed the connection." : "The server closed the connection.";
      this.add(entry("event", by, { severity: "warning" }));
    }
    return at;
  }

  // Opens a new connection in place of one the bridge no longer has, and
  // sends it the lines sent so far, so it is in the same state; says so in
  // the log. False when no connection could be opened.
  private reopen(): boolean {
    const lines = this.sent;
    this.session = null;
    const a = sessionOpen(this.host.dialect(), this.host.profile());
    if (!a.ok) {
      this.sent = [];
      this.add(entry("event", "The simulator no longer has this connection (a script on the page closed it), and a new one " +
        "could not be opened: " + a.error + ". The console tries again with your next line.", { severity: "error" }));
      this.drawState();
      return false;
    }
    this.session = a.value;
    let state = this.sessionState;
    for (const l of lines) {
      const r = sessionSend(a.value, l);
      if (r.ok) state = r.value.state;
    }
    this.sessionState = state;
    this.add(entry("event", "The simulator no longer had this connection (a script on the page closed it), so the console " +
      "opened a new one and sent it the " + plural(lines.length, "line") + " sent before, to bring it to the same state.",
    { severity: "warning" }));
    return true;
  }

  // Replaces the connection with a new one and says so in the log.
  private open(why: string): void {
    this.close();
    const a = sessionOpen(this.host.dialect(), this.host.profile());
    if (!a.ok) {
      // The bridge keeps a bounded number of sessions; scripts on the page
      // may hold them all. The next line sent tries again (send).
      this.add(entry("event", "Could not open a connection: " + a.error + ". Scripts on this page may be holding the " +
        "simulator's sessions; the console tries again with your next line.", { severity: "error" }));
      this.drawState();
      return;
    }
    this.session = a.value;
    this.sessionState = { dialect: this.host.dialect(), mode: "", closed: false, closedBy: "" };
    this.add(entry("event", why + " — client dialect " + this.host.dialect() + ", server " + this.host.profileTitle() + "."));
    this.drawState();
  }

  private close(): void {
    if (this.session !== null) sessionClose(this.session);
    this.session = null;
    this.sessionState = null;
    this.sent = [];
  }

  // Empties the log and the panels and forgets any pasted transcript.
  private clear(): void {
    this.forget();
    this.drawAll();
    this.showCurrent();
  }

  // Forgets the connection, the entries and any pasted transcript, without
  // drawing.
  private forget(): void {
    this.cancelCheck?.();
    this.cancelCheck = null;
    this.close();
    this.pasted = "";
    this.entries = [];
    this.current = -1;
    setText(this.summary, "");
  }

  private remember(line: string): void {
    this.history.remember(line);
  }

  // Appends one entry to the (live) log and returns its index.
  private add(e: Entry): number {
    const i = this.entries.length;
    this.entries.push(e);
    if (!this.batching) this.log.append(e, i);
    return i;
  }

  private drawAll(): void {
    this.log.drawAll(this.entries, this.pasted === "");
  }

  // Marks #console busy while a paste is checked or its log drawn.
  private busy(): void {
    const busy = this.cancelCheck !== null || this.log.drawing;
    if (busy) setAttr(this.root, "aria-busy", "true");
    else this.root.removeAttribute("aria-busy");
  }

  private drawState(): void {
    const transcript = this.pasted !== "";
    setAttr(this.root, "data-kind", transcript ? "transcript" : "live");
    setText(this.kind, transcript
      ? "Pasted transcript, checked against " + this.host.profileTitle() + " as a " + this.host.dialect() +
        " client. Nothing here was sent; type a line to start a live connection."
      : "Live connection: each line you send gets the simulated server's answer.");
    this.summary.hidden = !transcript;
    const [text, state] = describeState(this.session === null && !transcript ? null : this.sessionState);
    // A paste's connection is the one its server left at the end of the log.
    setText(this.state, transcript && this.sessionState !== null ? "at the end of the log, " + text : text);
    setAttr(this.state, "data-state", state);
  }

  // Makes entry i the one shown in the main panels.
  private choose(i: number): void {
    const e = this.entries[i];
    if (e === undefined || !this.log.drawn(i)) {
      this.showCurrent();
      return;
    }
    this.current = i;
    this.log.setCurrent(i);
    this.present(e);
  }

  private present(e: Entry): void {
    if (e.result === null) {
      const why = e.check?.note ?? "";
      this.host.show(null, "", "This server line answers no client line of the transcript, so there is nothing " +
        "to annotate" + (why === "" ? "." : ": " + why), null);
      return;
    }
    // A server line of the paste shows itself, its differences marked.
    const c = e.check;
    if (e.kind === "s" && c !== null && c.status === "differ") {
      this.host.show(logLine(e.result, c), e.result.input, "The reply is the log's server line " + (e.line > 0 ? "(line " + e.line + ") " : "") +
        "with the fields that differ from what the profile sends marked.", e.select);
      return;
    }
    // A server line shows the connection as it was after that line.
    const r = e.kind === "s" && e.state !== null && e.state !== e.result.state ? { ...e.result, state: e.state } : e.result;
    this.host.show(r, e.result.input, "", e.select);
  }

  private wire(): void {
    this.input.addEventListener("keydown", (e) => this.onInputKey(e));
    this.input.addEventListener("paste", (e) => {
      const text = pastedTranscript(e);
      if (text === null) return;
      e.preventDefault();
      this.host.edited();
      this.loadTranscript(text);
    });
    this.reset.addEventListener("click", () => {
      this.host.edited();
      this.restart();
    });
    this.log.root.addEventListener("click", (e) => {
      const i = entryIndex(e.target);
      if (i !== null) this.choose(i);
    });
    this.log.root.addEventListener("keydown", (e) => {
      const i = entryIndex(e.target);
      if (i === null) return;
      const next = this.log.move(i, e.key);
      if (next === null) return;
      e.preventDefault();
      this.choose(next);
      this.log.focus(next);
    });
  }

  // Enter sends; Up and Down walk the history. Escape is left to the
  // page: it leaves the input (shortcuts.ts), keeping what was typed.
  private onInputKey(e: KeyboardEvent): void {
    if (e.isComposing) return;
    if (e.key !== "Enter") {
      if (this.history.key(e.key, this.input)) e.preventDefault();
      return;
    }
    e.preventDefault();
    const line = this.input.value;
    if (line === "") return;
    this.input.value = "";
    this.submit(line);
  }
}

/**
 * The start of the bridge's answer to sessionSend for a session it does not
 * have (wasm/bridge.go), which the console answers by reopening.
 */
const goneError = "no such session";

// 4960 as "4,960" (toLocaleString builds a formatter per call, too slow between slices).
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}

function plural(n: number, what: string): string {
  return n + " " + what + (n === 1 ? "" : "s");
}

function entryIndex(t: EventTarget | null): number | null {
  if (!(t instanceof Element)) return null;
  const v = t.closest<HTMLElement>("button.log-line")?.dataset["entry"];
  return v === undefined ? null : Number(v);
}
