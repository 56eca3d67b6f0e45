// Links tokens and cards: whatever the learner points at (mouse, click,
// keyboard focus, or the caret inside #request) is highlighted in both
// places and announced to screen readers. Four sources can name a field at
// once; the most immediate one wins: hover, then keyboard focus, then the
// caret, then the sticky click selection.

import { statusLabel, type Token } from "./api";
import { maxShownValue, shorten } from "./limits";
import { visible } from "./visible";

/** Where the linker finds the elements and data for a key ("q3", "r0"). */
export interface LinkTargets {
  token(key: string): HTMLElement | undefined;
  card(key: string): HTMLElement | undefined;
  field(key: string): Token | undefined;
}

/** The kinds of pointing the linker combines. */
export type Source = "hover" | "focus" | "caret" | "selected";

const order: Source[] = ["hover", "focus", "caret", "selected"];

/** Tracks what is pointed at and keeps classes and the live region in step. */
export class Linker {
  private readonly keys: Record<Source, string | null> = { hover: null, focus: null, caret: null, selected: null };
  private readonly targets: LinkTargets;
  private readonly live: HTMLElement;
  private active: string | null = null;
  private shownSelected: string | null = null;
  private marked: HTMLElement[] = [];
  private announceTimer = 0;

  constructor(targets: LinkTargets, live: HTMLElement) {
    this.targets = targets;
    this.live = live;
  }

  /** Called after a source changed, and after refresh (the page opens cards on it). */
  onChange: () => void = () => {};

  /** Sets (or clears, with null) one source and updates the page. */
  set(source: Source, key: string | null): void {
    if (this.keys[source] === key) return;
    this.keys[source] = key;
    this.apply();
    this.onChange();
  }

  /** The key a source currently names. */
  get(source: Source): string | null {
    return this.keys[source];
  }

  /** Toggles the sticky selection on key. */
  toggle(key: string): void {
    this.set("selected", this.keys.selected === key ? null : key);
  }

  /**
   * Re-applies classes after a re-render (elements may be new) and drops
   * keys whose field no longer exists.
   */
  refresh(): void {
    for (const s of order) {
      const k = this.keys[s];
      if (k !== null && this.targets.field(k) === undefined) this.keys[s] = null;
    }
    this.apply(true);
    this.onChange();
  }

  private apply(force = false): void {
    let next: string | null = null;
    for (const s of order) {
      if (this.keys[s] !== null) {
        next = this.keys[s];
        break;
      }
    }
    const changed = next !== this.active;
    if (!changed && !force && this.keys.selected === this.shownSelected) return;
    this.active = next;
    this.shownSelected = this.keys.selected;
    // Work out which element should carry which class, then change only
    // the differences: after a re-render most marked elements are the same
    // ones, and taking a class off to put it straight back would make the
    // browser restyle them on every keystroke.
    const want = new Map<HTMLElement, string[]>();
    const mark = (key: string | null, cls: string): void => {
      if (key === null) return;
      for (const e of [this.targets.token(key), this.targets.card(key)]) {
        if (e === undefined) continue;
        const cs = want.get(e);
        if (cs === undefined) want.set(e, [cls]);
        else cs.push(cls);
      }
    };
    mark(next, "is-active");
    mark(this.keys.selected, "is-selected");
    for (const e of this.marked) {
      if (want.has(e)) continue;
      e.classList.remove("is-active", "is-selected");
      if (e.getAttribute("role") === "option") e.setAttribute("aria-selected", "false");
    }
    for (const [e, cs] of want) {
      for (const cls of ["is-active", "is-selected"]) {
        const on = cs.includes(cls);
        if (e.classList.contains(cls) !== on) e.classList.toggle(cls, on);
      }
      if (e.getAttribute("role") === "option") {
        const sel = String(cs.includes("is-selected"));
        if (e.getAttribute("aria-selected") !== sel) e.setAttribute("aria-selected", sel);
      }
    }
    this.marked = [...want.keys()];
    if (changed) this.announce(next);
  }

  // Announcements wait a moment so sweeping the mouse across a line or
  // holding an arrow key reads out only where it stops.
  private announce(key: string | null): void {
    clearTimeout(this.announceTimer);
    if (key === null) return;
    this.announceTimer = window.setTimeout(() => {
      const f = this.targets.field(key);
      if (f === undefined) return;
      this.live.textContent = describe(key, f);
    }, 200);
  }
}

/** One sentence about a field for the live region. */
export function describe(key: string, f: Token): string {
  const side = key.startsWith("r") ? "Reply" : "Request";
  let s = side + " parameter " + f.name + ": " + (f.value === "" ? "empty" : visible(shorten(f.value, maxShownValue)));
  if (f.meaning !== "") s += ", " + f.meaning;
  s += ". Status " + statusLabel[f.status] + ".";
  return s;
}
