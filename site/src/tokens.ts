// A strip of annotated tokens, one element per field of a line. Elements are
// reused across renders and only the attributes and text that changed are
// written, so typing one character touches one or two tokens, not the strip.
// Keyboard access follows the roving-tabindex pattern: the strip is one Tab
// stop, and the arrow keys move between its tokens.

import { statusLabel, type Token } from "./api";
import { el, setAttr, setHidden, setText, visible } from "./dom";
import { maxRenderedFields, maxShownValue, shorten } from "./limits";

/** Renders fields into a listbox element and owns its keyboard behaviour. */
export class TokenStrip {
  private readonly root: HTMLElement;
  private readonly more: HTMLElement;
  private readonly prefix: string;
  private tokens: HTMLElement[] = [];
  /** The line's fields (set may run ahead of render). */
  private fields: Token[] = [];
  /** The fields the tokens show. */
  private drawn: Token[] = [];
  private roving = 0;

  /**
   * root is the listbox, more the note for fields beyond the cap, prefix the
   * key prefix ("q" for the request, "r" for the reply).
   */
  constructor(root: HTMLElement, more: HTMLElement, prefix: string) {
    this.root = root;
    this.more = more;
    this.prefix = prefix;
    root.addEventListener("keydown", (e) => this.onKey(e));
  }

  /** The token element for key, if rendered. */
  token(key: string): HTMLElement | undefined {
    const i = this.indexOf(key);
    return i === undefined ? undefined : this.tokens[i];
  }

  /** The field for key, including fields beyond the rendering cap. */
  field(key: string): Token | undefined {
    const i = this.indexOf(key);
    return i === undefined ? undefined : this.fields[i];
  }

  /** All fields of the current line. */
  all(): readonly Token[] {
    return this.fields;
  }

  /** The key of the field at position i. */
  key(i: number): string {
    return this.prefix + i;
  }

  private indexOf(key: string): number | undefined {
    if (!key.startsWith(this.prefix)) return undefined;
    const i = Number(key.slice(this.prefix.length));
    return Number.isInteger(i) && i >= 0 && i < this.fields.length ? i : undefined;
  }

  /**
   * Takes the line's fields without drawing them: field() and all() answer
   * for them at once, the tokens follow at the next render.
   */
  set(fields: Token[]): void {
    this.fields = fields;
  }

  /** Shows fields (by default the ones set last), reusing the existing token elements. */
  render(fields: Token[] = this.fields): void {
    const before = this.drawn;
    this.fields = fields;
    this.drawn = fields;
    const n = Math.min(fields.length, maxRenderedFields);
    if (this.roving >= n) this.roving = 0;
    for (let i = 0; i < n; i++) {
      const f = fields[i]!;
      let t = this.tokens[i];
      if (t === undefined) {
        t = this.create(i);
        this.tokens.push(t);
        this.root.appendChild(t);
      } else if (i < before.length && sameToken(before[i]!, f)) {
        // The field shows the same as last time: leave its token alone.
        continue;
      }
      this.update(t, f);
    }
    for (const t of this.tokens.splice(n)) t.remove();
    // The stop may have moved to the first token when the line got shorter.
    if (n > 0) setAttr(this.tokens[this.roving]!, "tabindex", "0");
    const hidden = fields.length - n;
    setHidden(this.more, hidden === 0);
    setText(this.more, hidden === 0 ? "" : "… " + hidden + " more field" + (hidden === 1 ? "" : "s") + " not shown");
    setAttr(this.root, "data-count", String(fields.length));
  }

  private create(i: number): HTMLElement {
    const t = el("span", {
      cls: "tok",
      attrs: { role: "option", "aria-selected": "false", "data-key": this.key(i), tabindex: i === this.roving ? "0" : "-1" },
    }, [el("span", { cls: "tok-value" }), document.createTextNode(" "), el("span", { cls: "tok-param" })]);
    // The space between value and name is not drawn (the token is a flex
    // column) but keeps the two words apart in its text, which assistive
    // technology compares with the accessible name.
    return t;
  }

  private update(t: HTMLElement, f: Token): void {
    setAttr(t, "data-param", f.name);
    setAttr(t, "data-start", String(f.start));
    setAttr(t, "data-end", String(f.end));
    setAttr(t, "data-from", String(f.from));
    setAttr(t, "data-to", String(f.to));
    setAttr(t, "data-status", f.status);
    // The tab stop is kept by focusAt and noteFocus; a new token starts
    // out of the tab order unless it is the stop.
    const empty = f.value === "";
    const cls = "tok tok--" + f.status + (empty ? " tok--empty" : "");
    // Keep the linker's state classes when the base classes are rewritten.
    let want = cls;
    for (const k of ["is-active", "is-selected"]) if (t.classList.contains(k)) want += " " + k;
    if (t.className !== want) t.className = want;
    // The accessible name starts with the visible text (value, then
    // parameter name), so a speech user can say what they see.
    const shown = empty ? "∅" : visible(shorten(f.value, maxShownValue));
    const label = shown + " " + f.name + (empty ? ", empty" : "") + ", " + statusLabel[f.status];
    setAttr(t, "aria-label", label);
    setText(t.firstChild!, shown);
    setText(t.lastChild!, f.name);
  }

  /** Moves the roving tab stop to position i and focuses it. */
  focusAt(i: number): void {
    const n = this.tokens.length;
    if (n === 0) return;
    const j = Math.max(0, Math.min(n - 1, i));
    this.tokens[this.roving]?.setAttribute("tabindex", "-1");
    this.roving = j;
    const t = this.tokens[j]!;
    t.setAttribute("tabindex", "0");
    t.focus();
  }

  /** Remembers a token focused by other means (a click) as the tab stop. */
  noteFocus(key: string): void {
    const i = this.indexOf(key);
    if (i === undefined || i >= this.tokens.length || i === this.roving) return;
    this.tokens[this.roving]?.setAttribute("tabindex", "-1");
    this.roving = i;
    this.tokens[i]!.setAttribute("tabindex", "0");
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target;
    if (!(target instanceof HTMLElement)) return;
    const key = target.closest<HTMLElement>("[data-key]")?.dataset["key"];
    if (key === undefined) return;
    const i = this.indexOf(key);
    if (i === undefined) return;
    let next: number | undefined;
    switch (e.key) {
      case "ArrowRight":
      case "ArrowDown":
        next = i + 1;
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = i - 1;
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = this.tokens.length - 1;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.focusAt(next);
  }
}

// Whether two fields give a token the same attributes and text.
function sameToken(a: Token, b: Token): boolean {
  return a.name === b.name && a.value === b.value && a.status === b.status &&
    a.start === b.start && a.end === b.end && a.from === b.from && a.to === b.to;
}
