// The playground proper: reads the controls, asks the bridge to simulate,
// and hands the result to the views, and decides what pointing at a field
// does (pointing.ts finds the field an event is about, caret.ts the one
// under the caret). It knows nothing about the protocol: every fact on
// screen comes from the bridge's result.

import { meta as readMeta, simulate, type Meta, type Result } from "./api";
import { CardList } from "./cards";
import { fieldAt } from "./caret";
import { setCited } from "./cite";
import { ConsoleDoor } from "./consoledoor";
import { DiagnosticList } from "./diagnostics";
import { byId, setAttr, setHidden, setText } from "./dom";
import { ExamplePicker } from "./examples";
import { defaultDialect, defaultProfile } from "./firstreply";
import { CardFollower } from "./follow";
import { Later } from "./later";
import { kib, maxRequestBytes, utf8Length } from "./limits";
import { Linker, type Source } from "./link";
import { Mirror } from "./mirror";
import { routePointing } from "./pointing";
import { ProblemSummary } from "./problems";
import { ReplyView } from "./reply";
import { fill, has } from "./select";
import { ShapeLine } from "./shape";
import type { Choices, PageState } from "./state";
import { TokenStrip } from "./tokens";
import type { ViewName } from "./views/host";

/** Everything the playground reads and writes, found by id in index.html. */
export class Playground {
  private readonly request = byId("request", HTMLTextAreaElement);
  private readonly dialect = byId("dialect", HTMLSelectElement);
  private readonly profile = byId("profile", HTMLSelectElement);
  private readonly example = byId("example", HTMLSelectElement);
  private readonly profileAbout = byId("profile-about", HTMLElement);
  private readonly notice = byId("notice", HTMLElement);
  private readonly mirror = new Mirror(byId("request-mirror", HTMLElement));
  private readonly reqTokens = new TokenStrip(byId("request-tokens", HTMLElement), byId("request-tokens-more", HTMLElement), "q");
  private readonly repTokens = new TokenStrip(byId("reply-tokens", HTMLElement), byId("reply-tokens-more", HTMLElement), "r");
  private readonly reqCards = new CardList(byId("cards-request", HTMLElement), byId("cards-request-more", HTMLElement), "q", "Request",
    byId("card-slot-request", HTMLElement));
  private readonly repCards = new CardList(byId("cards-reply", HTMLElement), byId("cards-reply-more", HTMLElement), "r", "Reply",
    byId("card-slot-reply", HTMLElement), {
      line: () => this.shown === null ? null : { input: this.shown.input, dialect: this.shown.dialect, profile: this.shown.profile },
      profiles: () => this.meta?.profiles ?? [],
      request: (i) => this.reqTokens.field("q" + i),
    });
  /** The result on screen (the line's, or the console's chosen line's), if any. */
  private shown: Result | null = null;
  private readonly follow: CardFollower;
  private readonly reply = new ReplyView({
    reply: byId("reply", HTMLElement),
    none: byId("reply-none", HTMLElement),
    connection: byId("connection", HTMLElement),
    outcome: byId("outcome", HTMLElement),
    live: byId("reply-announce", HTMLElement),
  });
  private readonly diags: DiagnosticList;
  private readonly problems = new ProblemSummary(byId("problems", HTMLElement));
  private readonly shape = new ShapeLine(byId("dialect-shape", HTMLElement));
  private readonly linker: Linker;
  private meta: Meta | null = null;
  private lastKey = "";
  private readonly examples = new ExamplePicker(this.example, byId("example-source", HTMLElement));
  private readonly modeButtons = { line: byId("mode-line", HTMLButtonElement), session: byId("mode-session", HTMLButtonElement) };
  private readonly lineEditor = byId("line-editor", HTMLElement);
  private readonly consoleSection = byId("console", HTMLElement);
  private mode: "line" | "session" = "line";
  /** The field the caret was last found in, to reveal its card only when that changes. */
  private caretShown: string | null = null;
  /** The latest render's details (see showDetails), while not yet drawn. */
  private held: (() => void) | null = null;
  /** A caret update owed once the details are drawn (the field strip it reads is theirs). */
  private caretDue: { reveal: boolean } | null = null;
  /** Whether onStateChange is owed once the details are drawn. */
  private stateDue = false;
  /** When the owed details are drawn (later.ts). */
  readonly later = new Later(() => this.drawOwed(), () => this.held !== null || this.caretDue !== null || this.stateDue);
  /** Whether setup left the examples menu for release. */
  private examplesHeld = false;

  /** The session console (live connection or pasted transcript), loaded on first use. */
  readonly console: ConsoleDoor;

  /** The open lesson's number (the lessons panel), 0 for none. */
  lesson = 0;

  /** The views' door (viewdoor.ts), once the page is ready: which view is open. */
  views: { get(): ViewName | ""; show(v: ViewName | ""): void } | null = null;

  /**
   * Called by applyState with the state's lesson (a link, a reload; 0 for
   * none), and by startLesson, whose start asks for the lesson's starting
   * line. The lessons door (lessondoor.ts) sets it.
   */
  onLesson: (n: number, start: boolean) => void = () => {};

  /** The line the panels show (the request, or the console's chosen line) and its result. */
  onScreen: { line: string; result: Result | null } = { line: "", result: null };

  /** Called after the panels show another line or result (the views redraw). */
  onShow: () => void = () => {};

  /** Called after each render with the milliseconds simulate + render took. */
  onRender: (ms: number) => void = () => {};

  /**
   * Called whenever the dialect, profile, line, console, pinned field or
   * mode change through the page (not through applyState); share.ts
   * debounces it.
   */
  onStateChange: () => void = () => {};

  constructor() {
    this.diags = new DiagnosticList(
      byId("diagnostics", HTMLElement),
      byId("diagnostics-none", HTMLElement),
      byId("diagnostics-count", HTMLElement),
      (from, to) => {
        if (this.mode === "session") {
          this.console.editAt(from, to);
          return;
        }
        this.request.focus();
        this.request.setSelectionRange(from, to);
        this.updateCaret(true, true);
      },
    );
    this.linker = new Linker({
      token: (k) => this.reqTokens.token(k) ?? this.repTokens.token(k),
      card: (k) => this.reqCards.card(k) ?? this.repCards.card(k),
      field: (k) => this.reqTokens.field(k) ?? this.repTokens.field(k),
    }, byId("announce", HTMLElement));
    this.follow = new CardFollower({
      linker: this.linker, reqTokens: this.reqTokens, repTokens: this.repTokens, reqCards: this.reqCards, repCards: this.repCards,
      panel: byId("cards", HTMLElement), readMarks: [byId("request-tokens", HTMLElement), byId("request-mirror", HTMLElement)],
    });
    this.linker.onChange = () => this.follow.sync();
    this.console = new ConsoleDoor({
      dialect: () => this.dialect.value,
      profile: () => this.profile.value,
      profileTitle: () => this.profile.selectedOptions[0]?.textContent ?? this.profile.value,
      show: (r, line, notice, select) => this.showConsole(r, line, notice, select),
      edited: () => this.examples.clear(),
    });
    this.console.onChange = () => this.onStateChange();
    this.wire();
  }

  /** Reads the bridge's metadata and fills the selectors; false with a reason on failure. */
  setup(): { ok: true } | { ok: false; error: string } {
    const m = readMeta();
    if (!m.ok) return { ok: false, error: "the simulator could not describe itself (" + m.error + ")" };
    this.meta = m.value;
    fill(this.dialect, m.value.dialects.map((d) => [d.value, d.label]), defaultDialect);
    fill(this.profile, m.value.profiles.map((p) => [p.name, p.title || p.name]), defaultProfile);
    // The examples menu is not needed for the first reply; while renders
    // are held it is filled on release.
    if (this.later.held) this.examplesHeld = true;
    else this.examples.fill(m.value.examples);
    this.describeProfile();
    return { ok: true };
  }

  /** Turns the controls on or off (off while loading and after the program stops). */
  enable(on: boolean): void {
    for (const c of [this.request, this.dialect, this.profile, this.example, this.modeButtons.line, this.modeButtons.session]) {
      c.disabled = !on;
    }
    this.console.enable(on);
    document.documentElement.dataset["ready"] = String(on);
  }

  /**
   * Simulates the current request unless nothing changed since the last
   * run. With later (typing), only the line, the reply and the outcome are
   * drawn now; the details follow after the next frame (see showDetails).
   */
  run(later = false): void {
    // In session mode the panels show the console's chosen line.
    if (this.mode !== "line") return;
    const line = this.request.value;
    const key = this.dialect.value + "\u0000" + this.profile.value + "\u0000" + line;
    if (key === this.lastKey) return;
    this.lastKey = key;
    const t0 = performance.now();
    const bytes = utf8Length(line, maxRequestBytes);
    if (bytes > maxRequestBytes) {
      this.show(null, "",
        "This request is " + kib(bytes) + " long. The playground simulates lines of up to " +
          kib(maxRequestBytes) + " (a real CVQ line is under 200 bytes), so it did not simulate this one. " +
          "Shorten the request to see a reply.", later);
    } else {
      const r = simulate(line, this.dialect.value, this.profile.value);
      if (r.ok) this.show(r.value, line, "", later);
      else this.show(null, "", "The simulator could not handle this request: " + r.error + ".", later);
    }
    this.onRender(performance.now() - t0);
  }

  /** What a share link or a reload needs to show the page as it is now. */
  getState(): PageState {
    return {
      dialect: this.dialect.value,
      profile: this.profile.value,
      mode: this.mode,
      line: this.request.value,
      session: this.console.clientLines(),
      transcript: this.console.transcriptText(),
      focus: this.linker.get("selected") ?? "",
      lesson: this.lesson,
      view: this.views?.get() ?? "",
    };
  }

  /** Opens lesson n at its starting line (a link that names only the lesson). */
  startLesson(n: number): void {
    this.onLesson(n, true);
  }

  /**
   * Shows s: selects its dialect and profile (when offered), fills the
   * editor and the console, switches to its mode, and pins its field with
   * its card in view. It does not call onStateChange.
   */
  applyState(s: PageState): void {
    if (has(this.dialect, s.dialect)) this.dialect.value = s.dialect;
    if (has(this.profile, s.profile)) this.profile.value = s.profile;
    this.examples.clear();
    this.request.value = s.line;
    this.describeProfile();
    this.setMode(s.mode);
    if (s.transcript !== "") this.console.loadTranscript(s.transcript);
    else if (s.session.length > 0) this.console.replay(s.session);
    else if (this.console.clientLines().length > 0 || this.console.transcriptText() !== "") this.console.restart();
    this.linker.set("selected", null);
    const known = this.reqTokens.field(s.focus) ?? this.repTokens.field(s.focus);
    if (s.focus !== "" && known !== undefined) this.point("selected", s.focus);
    this.lesson = s.lesson;
    this.onLesson(s.lesson, false);
    this.views?.show(s.view as ViewName | "");
  }

  /** The dialects and profiles the selectors offer. */
  choices(): Choices {
    return {
      dialects: [...this.dialect.options].map((o) => o.value),
      profiles: [...this.profile.options].map((o) => o.value),
    };
  }

  /**
   * While held (from start-up until the page's first reply is on screen),
   * renders draw the line, the reply and the outcome but keep the details
   * (showDetails) for release: the cards are most of the page's nodes, and
   * laying them out and painting them would delay the first reply by tens
   * of milliseconds. Releasing draws the latest held render, fills the
   * examples menu and brings a pinned field's card into view.
   */
  holdDetails(on: boolean): void {
    this.later.held = on;
    if (on) return;
    if (this.examplesHeld && this.meta !== null) {
      this.examplesHeld = false;
      this.examples.fill(this.meta.examples);
    }
    const drew = this.held !== null;
    this.later.flush();
    const pinned = this.linker.get("selected");
    if (drew && pinned !== null) this.point("selected", pinned);
  }

  private show(r: Result | null, line: string, notice: string, later = false): void {
    this.shown = r;
    setText(this.notice, notice);
    setHidden(this.notice, notice === "");
    this.reply.render(r);
    this.problems.render(r?.diagnostics ?? null);
    this.mirror.render(line, r?.tokens ?? [], r?.diagnostics ?? []);
    this.reqTokens.set(r?.tokens ?? []);
    this.repTokens.set(r?.replyTokens ?? []);
    this.onScreen = { line, result: r };
    this.held = () => this.showDetails(r, line);
    if (later) this.later.schedule();
    else if (!this.later.held) this.later.flush();
  }

  // The details of a render: the dialect's shape, the field strips, the
  // cards and the diagnostics list, the highlights on them, and the views.
  // While typing they are drawn in the task after the frame that shows the
  // line and the reply, once for a burst of keys.
  private showDetails(r: Result | null, line: string): void {
    this.renderShape(r);
    this.reqTokens.render();
    this.repTokens.render();
    this.reqCards.render(r?.tokens ?? [], r?.diagnostics ?? []);
    this.repCards.render(r?.replyTokens ?? [], []);
    this.diags.render(r?.diagnostics ?? [], line);
    // One click to the dialect the line fits (the dialect-fit diagnostic says why).
    const fit = r?.suggest ?? "";
    const offer = fit !== "" && fit !== this.dialect.value && has(this.dialect, fit);
    setHidden(this.suggestRow, !offer);
    if (offer) setText(this.suggest, "Switch the client dialect to " + fit);
    setAttr(this.suggest, "data-dialect", offer ? fit : "");
    this.updateCaret(false);
    this.linker.refresh();
    this.onShow();
  }

  // Draws whatever is owed: the latest render's details, then the caret's
  // field (which reads the field strip) and the state change.
  private drawOwed(): void {
    const held = this.held;
    this.held = null;
    held?.();
    const c = this.caretDue;
    this.caretDue = null;
    if (c !== null) this.updateCaret(true, c.reveal);
    if (this.stateDue) {
      this.stateDue = false;
      this.onStateChange();
    }
  }

  /** Which input the page shows: the single-line editor or the session console. */
  getMode(): "line" | "session" {
    return this.mode;
  }

  /** Switches between the single-line editor and the console, and redraws the panels for it. */
  setMode(mode: "line" | "session"): void {
    this.mode = mode;
    this.lineEditor.hidden = mode !== "line";
    this.request.hidden = mode !== "line";
    this.consoleSection.hidden = mode !== "session";
    document.documentElement.dataset["mode"] = mode;
    for (const [m, b] of Object.entries(this.modeButtons)) b.setAttribute("aria-pressed", String(m === mode));
    this.lastKey = "";
    if (mode === "line") this.run();
    else this.console.showCurrent();
  }

  // The console's chosen line, drawn by the same views as the line editor.
  private showConsole(r: Result | null, line: string, notice: string, select: string | null): void {
    if (this.mode !== "session") return;
    this.show(r, line, notice);
    this.linker.set("selected", select);
    if (select !== null) this.point("selected", select);
  }

  // The shape of the dialect the line was judged in (a session's line may
  // be judged in the dialect VER settled on), else the selected one.
  private renderShape(r: Result | null): void {
    const ds = this.meta?.dialects ?? [];
    const d = ds.find((x) => x.value === r?.dialect) ?? ds.find((x) => x.value === this.dialect.value);
    this.shape.render(d, this.meta?.request ?? [], r);
  }

  private describeProfile(): void {
    const p = this.meta?.profiles.find((x) => x.name === this.profile.value);
    setCited(this.profileAbout, p?.description ?? "");
  }

  // Loads the chosen example with its dialect and profile (the bridge names
  // an example's profile exactly as the selector offers it): a line into
  // the editor, a session into the console as a transcript.
  private applyExample(): void {
    this.examples.describe();
    const ex = this.examples.chosen();
    if (ex === undefined) return;
    if (has(this.dialect, ex.dialect)) this.dialect.value = ex.dialect;
    if (has(this.profile, ex.profile)) this.profile.value = ex.profile;
    this.describeProfile();
    if (ex.kind === "session") {
      this.setMode("session");
      this.examples.whenTranscript(ex.id, (input) => this.console.loadTranscript(input));
    } else {
      this.request.value = ex.input;
      this.setMode("line");
    }
  }

  // The field under the caret (see fieldAt).
  //
  // The caret's card is brought into view only when the caret reaches
  // another field (or on an explicit click or focus, with reveal), and
  // then in the next animation frame: reading layout in the input handler
  // would force a second style and layout pass on every keystroke.
  private updateCaret(apply = true, reveal = false): void {
    // The field strip is stale until the details are drawn; they bring the caret up to date.
    if (this.held !== null) {
      if (apply) this.caretDue = { reveal: reveal || (this.caretDue?.reveal ?? false) };
      return;
    }
    let key: string | null = null;
    if (document.activeElement === this.request) {
      const i = fieldAt(this.reqTokens.all(), this.request.selectionStart);
      if (i >= 0) key = this.reqTokens.key(i);
    }
    if (this.linker.get("caret") !== key) this.linker.set("caret", key);
    if (!apply) return;
    if (key !== null && (reveal || key !== this.caretShown)) this.follow.revealSoon(key);
    this.caretShown = key;
  }

  private point(source: Source, key: string | null): void {
    this.linker.set(source, key);
    if (key !== null && source !== "hover") this.follow.reveal(key, source === "selected");
  }

  // A click (or Enter) pins a field, opens its card and brings it into
  // view; a second one unpins it and closes the card (unless the caret is
  // in that field).
  private toggle(key: string): void {
    this.linker.toggle(key);
    if (this.linker.get("selected") === key) this.point("selected", key);
    else this.follow.release();
    this.onStateChange();
  }

  private readonly suggestRow = byId("dialect-suggest", HTMLElement);
  private readonly suggest = byId("suggest-dialect", HTMLButtonElement);

  private wire(): void {
    const req = this.request;
    this.suggest.addEventListener("click", () => {
      const d = this.suggest.dataset.dialect ?? "";
      if (d === "" || !has(this.dialect, d)) return;
      this.dialect.value = d;
      this.dialect.dispatchEvent(new Event("change"));
    });
    // A keystroke draws the line, the reply and the outcome; its details,
    // the caret's field and the state change (the link, the lesson's goal)
    // follow in one task after the frame (later.ts).
    req.addEventListener("input", (e) => {
      this.examples.clear();
      this.later.input(e.timeStamp);
      this.caretDue = { reveal: this.caretDue?.reveal ?? false };
      this.stateDue = true;
      this.run(true);
      this.later.schedule();
    });
    this.mirror.follow(req);
    // The request is one protocol line: Enter does not add a line break.
    req.addEventListener("keydown", (e) => {
      if (e.key === "Enter") e.preventDefault();
    });
    // A click or focus asks for the caret's card even in the same field
    // (the learner may have scrolled the cards away); keys and selection
    // changes reveal it only when the caret reaches another field.
    for (const type of ["click", "focus"]) req.addEventListener(type, () => this.updateCaret(true, true));
    for (const type of ["keyup", "select"]) req.addEventListener(type, () => this.updateCaret());
    req.addEventListener("blur", () => {
      this.caretShown = null;
      this.linker.set("caret", null);
    });
    document.addEventListener("selectionchange", () => {
      if (document.activeElement === req) this.updateCaret();
    });
    for (const s of [this.dialect, this.profile]) {
      s.addEventListener("change", () => {
        this.describeProfile();
        this.run();
        this.console.settingsChanged(s === this.dialect ? "the client dialect" : "the server profile");
        this.onStateChange();
      });
    }
    this.example.addEventListener("change", () => {
      this.applyExample();
      this.onStateChange();
    });
    for (const [m, b] of [["line", this.modeButtons.line], ["session", this.modeButtons.session]] as const) {
      b.addEventListener("click", () => {
        if (this.mode === m) return;
        this.setMode(m);
        this.onStateChange();
      });
    }

    routePointing({
      point: (source, key) => this.point(source, key),
      toggle: (key) => this.toggle(key),
      unpin: () => {
        this.linker.set("selected", null);
        this.onStateChange();
      },
    }, ["request-tokens", "reply-tokens", "cards", "reply", "card-slot-request", "card-slot-reply"], [
      [this.reqTokens, byId("request-tokens", HTMLElement)],
      [this.repTokens, byId("reply-tokens", HTMLElement)],
    ]);
  }
}
