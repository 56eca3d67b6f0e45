// The console's log on screen: which entries are drawn, the clickable line
// of each, the current line and the single tab stop among them. A pasted
// transcript is drawn from its start, a live log up to its newest entry,
// at most maxShownEntries either way, with an item that counts the rest.
// A long transcript is drawn a batch of entries per task, so the page
// stays usable while it appears. What an entry means is the console's
// business; this only draws.

import { entry, maxShownEntries, renderEntry, type Entry } from "./transcript";

/** Most milliseconds one task spends drawing a transcript's entries before it yields. */
const drawMs = 15;

/** A transcript's entries still to draw: next … to-1 of entries, of total. */
interface Pending {
  entries: Entry[];
  next: number;
  to: number;
  total: number;
}

/** The drawn part of #console-log. */
export class LogView {
  /** The list element; the console listens on it for clicks and keys. */
  readonly root: HTMLElement;
  private readonly empty: HTMLElement;
  private buttons: (HTMLButtonElement | undefined)[] = [];
  private current = -1;
  private roving = -1;
  /** The first entry a live log still draws; older ones were dropped from it. */
  private shownFrom = 0;
  /** The "… earlier lines not shown" item at the top of a trimmed live log. */
  private earlier: HTMLLIElement | null = null;
  /** Whether the log should scroll to its end at the next settle(). */
  private toEnd = false;
  /** A transcript being drawn over several tasks, or null. */
  private pending: Pending | null = null;
  private timer = 0;
  /** Called when a transcript drawn over several tasks is complete. */
  onDrawn: () => void = () => {};

  /** root is #console-log; empty is what stands in for an empty log. */
  constructor(root: HTMLElement, empty: HTMLElement) {
    this.root = root;
    this.empty = empty;
  }

  /** Whether a transcript's entries are still being drawn. */
  get drawing(): boolean {
    return this.pending !== null;
  }

  /**
   * Draws entries, replacing whatever was drawn: a live log at once, a
   * transcript as many entries as fit in drawMs now and the rest in later
   * tasks (onDrawn says when it is complete).
   */
  drawAll(entries: Entry[], live: boolean): void {
    this.stop();
    this.buttons = [];
    this.roving = -1;
    this.current = -1;
    this.earlier = null;
    const total = entries.length;
    const from = live ? Math.max(0, total - maxShownEntries) : 0;
    const to = Math.min(total, from + maxShownEntries);
    this.root.replaceChildren();
    this.shownFrom = from;
    this.markEarlier();
    this.empty.hidden = total > 0;
    this.pending = { entries, next: from, to, total };
    if (live) {
      this.drawUpTo(to - 1);
      this.toEnd = true;
    } else {
      this.root.scrollTop = 0;
      this.drawSome();
    }
  }

  // Draws the pending entries for up to drawMs, then yields to the page.
  private drawSome(): void {
    const p = this.pending;
    if (p === null) return;
    const t0 = performance.now();
    do this.drawUpTo(p.next + 7);
    while (this.pending !== null && performance.now() - t0 < drawMs);
    if (this.pending !== null) this.timer = window.setTimeout(() => this.drawSome(), 0);
  }

  // Draws the pending entries up to entry i (at once), and completes the
  // drawing when that was the last.
  private drawUpTo(i: number): void {
    const p = this.pending;
    if (p === null) return;
    const frag = document.createDocumentFragment();
    for (; p.next <= i && p.next < p.to; p.next++) frag.appendChild(this.item(p.entries[p.next]!, p.next));
    this.root.appendChild(frag);
    if (p.next < p.to) return;
    if (p.to < p.total) this.root.appendChild(renderEntry(entry("event", "… " + (p.total - p.to) + " more lines not shown"), p.to));
    this.stop();
    this.onDrawn();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.pending = null;
  }

  /**
   * Appends entry e, number i, to a live log. Past maxShownEntries the
   * oldest drawn entry goes, so a long session costs no more to lay out
   * than a long transcript.
   */
  append(e: Entry, i: number): void {
    this.drawUpTo(i - 1);
    this.root.appendChild(this.item(e, i));
    this.empty.hidden = true;
    this.toEnd = true;
    if (i - this.shownFrom >= maxShownEntries) this.dropOldest();
  }

  /** Scrolls to the newest entry when entries came since the last call (one layout, however many). */
  settle(): void {
    if (!this.toEnd) return;
    this.toEnd = false;
    this.root.scrollTop = this.root.scrollHeight;
  }

  /** Reports whether entry i is drawn as a clickable line, drawing it now if it is still to come. */
  drawn(i: number): boolean {
    if (this.pending !== null && i >= this.pending.next) this.drawUpTo(i);
    return this.buttons[i] !== undefined;
  }

  /** Marks entry i's line as the current one and makes it the tab stop. */
  setCurrent(i: number): void {
    const old = this.buttons[this.current];
    if (old !== undefined) {
      old.setAttribute("aria-pressed", "false");
      old.classList.remove("is-current");
    }
    this.current = i;
    const b = this.buttons[i];
    if (b === undefined) return;
    b.setAttribute("aria-pressed", "true");
    b.classList.add("is-current");
    this.moveTabStop(i);
  }

  /** Focuses entry i's line, if drawn. */
  focus(i: number): void {
    this.buttons[i]?.focus();
  }

  /** The next drawn line from entry `from` in direction delta (±1), or from when there is none. */
  step(from: number, delta: number): number {
    for (let i = from + delta; i >= 0 && i < this.buttons.length; i += delta) {
      if (this.buttons[i] !== undefined) return i;
    }
    return from;
  }

  /**
   * The drawn line a key moves to from entry `from` (ArrowDown, ArrowUp,
   * Home, End, as in a list box), or null for any other key.
   */
  move(from: number, key: string): number | null {
    switch (key) {
      case "ArrowDown":
        return this.step(from, 1);
      case "ArrowUp":
        return this.step(from, -1);
      case "Home":
        return this.step(-1, 1);
      case "End":
        return this.step(this.buttons.length, -1);
      default:
        return null;
    }
  }

  private item(e: Entry, i: number): HTMLLIElement {
    const li = renderEntry(e, i);
    const b = li.querySelector<HTMLButtonElement>("button.log-line") ?? undefined;
    this.buttons[i] = b;
    if (b !== undefined && this.roving < 0) {
      this.roving = i;
      b.tabIndex = 0;
    }
    return li;
  }

  private moveTabStop(i: number): void {
    if (this.roving === i) return;
    const prev = this.buttons[this.roving];
    if (prev !== undefined) prev.tabIndex = -1;
    this.roving = i;
    const b = this.buttons[i];
    if (b !== undefined) b.tabIndex = 0;
  }

  // Takes the oldest drawn entry out of a live log, handing its tab stop
  // on to the next line.
  private dropOldest(): void {
    const first = this.earlier === null ? this.root.firstElementChild : this.earlier.nextElementSibling;
    first?.remove();
    this.buttons[this.shownFrom] = undefined;
    if (this.roving === this.shownFrom) {
      this.roving = -1;
      const next = this.step(this.shownFrom, 1);
      if (next !== this.shownFrom) this.moveTabStop(next);
    }
    this.shownFrom++;
    this.markEarlier();
  }

  // Puts the count of dropped live entries at the top of the log.
  private markEarlier(): void {
    const li = this.shownFrom === 0 ? null : renderEntry(entry("event", "… " + this.shownFrom + " earlier lines not shown"), -1);
    if (this.earlier !== null) {
      if (li === null) this.earlier.remove();
      else this.earlier.replaceWith(li);
    } else if (li !== null) {
      this.root.prepend(li);
    }
    this.earlier = li;
  }
}
