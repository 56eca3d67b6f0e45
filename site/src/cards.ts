// One compact card per field: a line with the parameter's name, its
// verdict and its value. Only the open card (the field the learner chose,
// or the one the caret is in) has a body (cardbody.ts), built when it
// opens and dropped when another opens, so a page of fifteen fields holds
// one card's worth of rows. Headers are kept across renders and only what
// changed is written: typing inside one parameter touches one header and
// the open body.
//
// On a phone the open card moves out of the list into a slot right below
// its line (the request's or the reply's), so a tapped field explains
// itself where the learner is looking; it goes back to its place when it
// closes or the window widens.

import { statusLabel, type Diagnostic, type Token } from "./api";
import { fillBody, newBody, type Body } from "./cardbody";
import type { WhyContext } from "./why";
import { el, setAttr, setHidden, setText, visible } from "./dom";
import { maxRenderedFields, maxShownValue, shorten } from "./limits";

/** The elements of one card that a later field may rewrite. */
interface Card {
  root: HTMLElement;
  name: HTMLElement;
  badge: HTMLElement;
  value: HTMLElement;
  /** The body while the card is open, else null. */
  body: Body | null;
  /** The field shown, null before the first. */
  field: Token | null;
}

/** Renders the cards of one side (request or reply) into a container. */
export class CardList {
  private readonly root: HTMLElement;
  private readonly more: HTMLElement;
  private readonly prefix: string;
  private readonly side: string;
  private readonly slot: HTMLElement | null;
  private readonly why: WhyContext | undefined;
  private cards: Card[] = [];
  private diags: readonly Diagnostic[] = [];
  /** The open card's index, or -1. */
  private openAt = -1;
  /** Whether the open card sits in the slot (a phone) rather than the list. */
  private slotted = false;

  /**
   * prefix is the key prefix shared with the token strip; side is "Request"
   * or "Reply"; slot, when given, is where the open card goes on a phone;
   * why, when given, explains each field's rule (the reply's cards).
   */
  constructor(root: HTMLElement, more: HTMLElement, prefix: string, side: string, slot: HTMLElement | null = null, why?: WhyContext) {
    this.root = root;
    this.more = more;
    this.prefix = prefix;
    this.side = side;
    this.slot = slot;
    this.why = why;
  }

  /** The card element for key, if rendered. */
  card(key: string): HTMLElement | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.cards[i]?.root;
  }

  /**
   * Shows one card per field, writing only what changed; diags are the
   * line's diagnostics, of which the open card shows its field's own.
   */
  render(fields: Token[], diags: readonly Diagnostic[]): void {
    this.diags = diags;
    const n = Math.min(fields.length, maxRenderedFields);
    const added: HTMLElement[] = [];
    if (this.openAt >= n) this.open(null, false);
    for (let i = 0; i < n; i++) {
      const f = fields[i]!;
      let c = this.cards[i];
      if (c === undefined) {
        c = this.create(i);
        this.cards.push(c);
        added.push(c.root);
      } else if (c.field !== null && sameHead(c.field, f)) {
        // The header stands; an open body checks its own rows.
        c.field = f;
        if (c.body !== null) fillBody(c.body, f, diags, this.why);
        continue;
      }
      this.update(c, f);
      c.field = f;
    }
    // New cards go in with one insertion, after they are filled.
    if (added.length > 0) this.root.append(...added);
    for (const c of this.cards.splice(n)) c.root.remove();
    const hidden = fields.length - n;
    setHidden(this.more, hidden === 0);
    setText(this.more, hidden === 0 ? "" : "… " + hidden + " more card" + (hidden === 1 ? "" : "s") + " not shown");
  }

  /**
   * Opens the card for key (closing the one open before), or closes all
   * with null or a key of the other side. With inSlot the open card moves
   * to the slot below its line. Returns the open card, if any.
   */
  open(key: string | null, inSlot: boolean): HTMLElement | undefined {
    const i = key === null ? -1 : this.indexOf(key);
    const slotted = inSlot && this.slot !== null && i >= 0;
    if (i === this.openAt && slotted === this.slotted) return this.cards[i]?.root;
    const was = this.cards[this.openAt];
    if (was !== undefined && (i !== this.openAt || !slotted)) {
      if (i !== this.openAt) {
        was.body?.root.remove();
        was.body = null;
        was.root.classList.remove("is-open");
      }
      if (this.slotted) this.putBack(this.openAt);
    }
    this.openAt = i;
    this.slotted = slotted;
    const c = this.cards[i];
    if (c === undefined) return undefined;
    if (c.body === null) {
      c.body = newBody();
      if (c.field !== null) fillBody(c.body, c.field, this.diags, this.why);
      c.root.append(c.body.root);
      c.root.classList.add("is-open");
    }
    if (slotted && c.root.parentNode !== this.slot) this.slot!.append(c.root);
    if (this.slot !== null) setHidden(this.slot, !slotted);
    return c.root;
  }

  // Puts card i back between its neighbours in the list.
  private putBack(i: number): void {
    const c = this.cards[i];
    if (c === undefined) return;
    let next: Node | null = null;
    for (let j = i + 1; j < this.cards.length; j++) {
      const r = this.cards[j]!.root;
      if (r.parentNode === this.root) {
        next = r;
        break;
      }
    }
    this.root.insertBefore(c.root, next);
    if (this.slot !== null) this.slot.hidden = true;
  }

  private indexOf(key: string): number {
    if (!key.startsWith(this.prefix)) return -1;
    const i = Number(key.slice(this.prefix.length));
    return Number.isInteger(i) && i >= 0 && i < this.cards.length ? i : -1;
  }

  private create(i: number): Card {
    const name = el("h4", { cls: "card-name" });
    const badge = el("span", { cls: "badge" });
    const value = el("code", { cls: "card-value" });
    const root = el("article", { cls: "card", attrs: { "data-key": this.prefix + i } }, [
      el("header", { cls: "card-head" }, [name, badge, value, el("span", { cls: "card-side", text: this.side })]),
    ]);
    return { root, name, badge, value, body: null, field: null };
  }

  private update(c: Card, f: Token): void {
    const empty = f.value === "";
    // The linker's state classes survive the base class being rewritten.
    let cls = "card card--" + f.status;
    for (const k of ["is-active", "is-selected", "is-open"]) if (c.root.classList.contains(k)) cls += " " + k;
    if (c.root.className !== cls) c.root.className = cls;
    setAttr(c.root, "data-param", f.name);
    setAttr(c.root, "data-status", f.status);
    setText(c.name, f.name);
    const badge = "badge badge--" + f.status;
    if (c.badge.className !== badge) c.badge.className = badge;
    setText(c.badge, statusLabel[f.status]);
    const valueCls = "card-value" + (empty ? " is-empty" : "");
    if (c.value.className !== valueCls) c.value.className = valueCls;
    setText(c.value, empty ? "(empty)" : visible(shorten(f.value, maxShownValue * 4)));
    if (c.body !== null) fillBody(c.body, f, this.diags, this.why);
  }
}

// Whether two fields give the same card header.
function sameHead(a: Token, b: Token): boolean {
  return a.name === b.name && a.value === b.value && a.status === b.status;
}
