// The drawing a keystroke leaves for later. A key press draws the request
// line, the reply and the outcome in its own task, where the learner is
// looking; the details below them (the dialect's shape, the field strips,
// the cards, the diagnostics, the caret's card, the lesson's goal, the open
// view) are drawn by one task after the frame that shows the line, however
// many keys arrived meanwhile. While keys keep coming (a key held down, a
// fast burst), that task waits for a pause of typingPauseMs, for at most
// maxWaitMs: drawing the details takes milliseconds, and a key arriving
// meanwhile waits for it (make bench's keystroke p95, with warmup.ts: 0.4
// to 0.8 ms lower). This module keeps that schedule: the page (app.ts)
// says what is owed and how to draw it.

/** How long after a key the details wait for the next one. */
export const typingPauseMs = 50;

/** The longest the details wait for a pause in typing. */
export const maxWaitMs = 250;

/** Schedules the page's deferred drawing and resolves those waiting for it. */
export class Later {
  private readonly draw: () => void;
  private readonly owes: () => boolean;
  private queued = false;
  /** The timeStamps of the input events whose details are not drawn yet. */
  private typed: number[] = [];
  private waiters: (() => void)[] = [];

  /** While held (start-up), nothing is scheduled: the page flushes on release. */
  held = false;

  /** Called with the input events' timeStamps each time their details are drawn and laid out. */
  onDrawn: (inputs: number[]) => void = () => {};

  /** draw draws everything owed; owes says whether anything is. */
  constructor(draw: () => void, owes: () => boolean) {
    this.draw = draw;
    this.owes = owes;
  }

  /** Notes an input event whose details are owed. */
  input(timeStamp: number): void {
    this.typed.push(timeStamp);
    this.lastInput = performance.now();
  }

  private lastInput = -Infinity;

  /**
   * Draws what is owed in the first task after the next frame (a
   * requestAnimationFrame callback runs just before it is painted), or
   * after a short timer where frames do not come (a hidden tab); while
   * keys keep arriving, at their first pause (see typingPauseMs).
   */
  schedule(): void {
    if (this.queued || this.held) return;
    this.queued = true;
    const since = performance.now();
    const go = (): void => {
      if (!this.queued) return;
      const now = performance.now(), quiet = now - this.lastInput;
      if (quiet < typingPauseMs && now - since < maxWaitMs) setTimeout(go, typingPauseMs - quiet);
      else this.flush();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 100);
  }

  /**
   * Draws what is owed now. Typing's details are laid out here too, so a
   * key that arrives before the next frame does not pay for laying them out.
   */
  flush(): void {
    this.queued = false;
    this.draw();
    if (this.typed.length > 0) {
      const inputs = this.typed;
      this.typed = [];
      void document.documentElement.offsetHeight;
      this.onDrawn(inputs);
    }
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }

  /** Resolves once everything owed so far is drawn. */
  settled(): Promise<void> {
    if (!this.owes() && this.typed.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
