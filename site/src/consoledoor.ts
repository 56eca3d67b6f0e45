// The door to the console: the only part of the live session and the
// pasted transcript in the first load. The console itself (console-HASH.js,
// from consolechunk.ts) is loaded (chunk.ts) on first use: switching to the
// Session mode, focusing #console-input, a link or reload that brings a
// session or transcript back, or a lesson that starts one. Until it is here
// the door stands in for it with the same methods: what is asked of it is
// queued and handed over in order when it arrives, a line entered or a
// transcript pasted meanwhile included, and what the page reads (the lines
// sent, the pasted text) is what the queue will leave. #console is
// aria-busy while the chunk loads; a failure is said in #console-kind, and
// the next use tries again with the queue kept.

import { cannotLoad, loadChunk } from "./chunk";
import type { Console, ConsoleHost } from "./console";
import type { ConsoleChunk } from "./consolechunk";
import { byId, setText } from "./dom";
import type { PageState } from "./state";
import type { Entry } from "./transcript";
import { pastedTranscript } from "./pastetext";

// The build defines this as the chunk's hashed script name (build/views.go).
declare const CVQ_CONSOLE_JS: string;

/** What the queued calls will leave in the console: its client lines or its pasted text. */
interface Pending {
  session: string[];
  transcript: string;
}

/** The console as the page sees it (Console's methods), loading the real one on first use. */
export class ConsoleDoor {
  /** Called after every change of console state. */
  onChange: () => void = () => {};

  private readonly host: ConsoleHost;
  private readonly root = byId("console", HTMLElement);
  private readonly input = byId("console-input", HTMLInputElement);
  private readonly reset = byId("console-reset", HTMLButtonElement);
  private readonly kind = byId("console-kind", HTMLElement);
  private real: Console | null = null;
  private loading: Promise<void> | null = null;
  private readonly queue: ((c: Console) => void)[] = [];
  private pending: Pending | null = null;
  private enabled = false;

  constructor(host: ConsoleHost) {
    this.host = host;
    this.wire();
  }

  /**
   * Loads the console when showing s needs it (a session mode, lines to
   * replay, a transcript), so that applyState finds it there; resolves
   * once it is here or has failed (then applyState queues as usual).
   */
  prepare(s: PageState): Promise<void> {
    if (s.mode !== "session" && s.session.length === 0 && s.transcript === "") return Promise.resolve();
    return this.load();
  }

  /** The client lines sent on the current connection, in order. */
  clientLines(): string[] {
    if (this.real !== null) return this.real.clientLines();
    return this.pending?.transcript === "" ? [...this.pending.session] : [];
  }

  /** The pasted transcript when the console holds one, else "". */
  transcriptText(): string {
    return this.real?.transcriptText() ?? this.pending?.transcript ?? "";
  }

  /** Starts a new connection and sends lines on it (Console.replay). */
  replay(lines: string[]): void {
    this.use((c) => c.replay(lines), { session: [...lines], transcript: "" });
  }

  /** Loads and checks a pasted transcript (Console.loadTranscript). */
  loadTranscript(text: string): void {
    this.use((c) => c.loadTranscript(text), { session: [], transcript: text });
  }

  /** Starts a new connection from scratch (Console.restart). */
  restart(): void {
    this.use((c) => c.restart(), { session: [], transcript: "" });
  }

  /** Reacts to a new dialect or profile (Console.settingsChanged); nothing to do before the first use. */
  settingsChanged(what: string): void {
    if (this.real !== null || this.pending !== null) this.use((c) => c.settingsChanged(what));
  }

  /** Draws the chosen line in the host again (after switching to the console). */
  showCurrent(): void {
    this.use((c) => c.showCurrent());
  }

  /** The log's entries (none until the console is here; a queued paste counts as being checked). */
  logState(): { entries: readonly Entry[]; current: number; pasted: boolean; checking: boolean } {
    if (this.real !== null) return this.real.logState();
    const pasted = (this.pending?.transcript ?? "") !== "";
    return { entries: [], current: -1, pasted, checking: pasted };
  }

  /** Makes entry i the chosen line (there are none before the console is here). */
  chooseEntry(i: number): void {
    this.real?.chooseEntry(i);
  }

  /** Puts the chosen client line into the input with from–to selected. */
  editAt(from: number, to: number): void {
    this.real?.editAt(from, to);
  }

  /** Turns the input and button on or off. */
  enable(on: boolean): void {
    this.enabled = on;
    if (this.real !== null) {
      this.real.enable(on);
      return;
    }
    this.input.disabled = !on;
    this.reset.disabled = !on;
  }

  // Runs f on the console now, or queues it and loads the console;
  // after, when given, is what the queue leaves in it.
  private use(f: (c: Console) => void, after?: Pending): void {
    if (this.real !== null) {
      f(this.real);
      return;
    }
    this.queue.push(f);
    if (after !== undefined) this.pending = after;
    void this.load();
  }

  // Fetches the chunk once (again after a failure), builds the console and
  // hands it the queue. A failed fetch resolves too, said in #console-kind.
  private load(): Promise<void> {
    if (this.real !== null) return Promise.resolve();
    if (this.loading !== null) return this.loading;
    this.root.setAttribute("aria-busy", "true");
    setText(this.kind, "Loading the console…");
    this.loading = loadChunk<ConsoleChunk>(CVQ_CONSOLE_JS, "cvqConsole").then((m) => {
      this.root.removeAttribute("aria-busy");
      if (m === null) {
        // A script that ran but registered nothing (blocked by a policy, say) failed too.
        this.loading = null;
        setText(this.kind, cannotLoad("The console"));
        return;
      }
      const c = m.open(this.host);
      c.enable(this.enabled);
      c.onChange = () => this.onChange();
      this.real = c;
      this.pending = null;
      for (const f of this.queue.splice(0)) f(c);
    });
    return this.loading;
  }

  // Until the console is here: focus loads it, and a line entered, a
  // transcript pasted or New connection pressed is queued for it.
  private wire(): void {
    const early = (): boolean => this.real === null;
    this.input.addEventListener("focus", () => {
      if (early()) void this.load();
    });
    this.input.addEventListener("keydown", (e) => {
      if (!early() || e.isComposing || e.key !== "Enter") return;
      e.preventDefault();
      const line = this.input.value;
      if (line === "") {
        void this.load();
        return;
      }
      this.input.value = "";
      const p = this.pending ?? { session: [], transcript: "" };
      this.use((c) => c.submit(line), { session: p.transcript === "" ? [...p.session, line] : [line], transcript: "" });
    });
    this.input.addEventListener("paste", (e) => {
      if (!early()) return;
      const text = pastedTranscript(e);
      if (text === null) return;
      e.preventDefault();
      this.host.edited();
      this.loadTranscript(text);
    });
    this.reset.addEventListener("click", () => {
      if (!early()) return;
      this.host.edited();
      this.restart();
    });
  }
}
