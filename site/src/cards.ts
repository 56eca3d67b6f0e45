// One card per field: everything the simulator knows about a parameter, in
// the order a learner reads it (value, what it means, whether it is fine
// here, its history, where the facts come from). Cards are kept across
// renders and updated field by field: typing inside one parameter rewrites
// the few texts of one card that changed, and a card whose field did not
// change is not touched at all.

import { statusLabel, type Token } from "./api";
import { setCited } from "./cite";
import { el, setAttr, setText, visible } from "./dom";
import { maxRenderedFields, maxShownValue, shorten } from "./limits";

/** The rows of a card: label, class suffix and field property, in display order. */
const rows: [string, string, (f: Token) => string][] = [
  ["Meaning", "meaning", (f) => f.meaning],
  ["Detail", "detail", (f) => f.detail],
  ["About", "about", (f) => f.about],
  // The bridge leaves since empty for a parameter every dialect has; say
  // so rather than drop the row (a token outside the dialect has no
  // source, and no history either).
  ["Since", "since", (f) => f.since === "" && f.source !== "" ? "always there (every dialect)" : f.since],
  ["Changes", "changes", (f) => f.changes],
  ["Why this value?", "rule", (f) => f.rule?.text ?? ""],
  ["Note", "note", (f) => f.note],
  ["Source", "source", (f) => f.source],
];

// Whether two fields give the same card: every property a card shows,
// compared one by one (no signature string to build on each keystroke).
function sameCard(a: Token, b: Token): boolean {
  return a.name === b.name && a.index === b.index && a.start === b.start && a.end === b.end &&
    a.value === b.value && a.meaning === b.meaning && a.detail === b.detail && a.status === b.status &&
    a.since === b.since && a.changes === b.changes && a.about === b.about && a.source === b.source &&
    a.note === b.note && a.rule?.text === b.rule?.text;
}

/** The elements of one rendered card that a later field may rewrite. */
interface Card {
  root: HTMLElement;
  name: HTMLElement;
  badge: HTMLElement;
  value: HTMLElement;
  position: HTMLElement;
  rows: HTMLDListElement;
  /** Which of rows is shown, as a string of 0/1 (one per entry), and their dd elements. */
  present: string;
  cells: HTMLElement[];
  /** The field shown, null before the first. */
  field: Token | null;
}

/** Renders the cards of one side (request or reply) into a container. */
export class CardList {
  private readonly root: HTMLElement;
  private readonly more: HTMLElement;
  private readonly prefix: string;
  private readonly side: string;
  private cards: Card[] = [];

  /** prefix is the key prefix shared with the token strip; side is "Request" or "Reply". */
  constructor(root: HTMLElement, more: HTMLElement, prefix: string, side: string) {
    this.root = root;
    this.more = more;
    this.prefix = prefix;
    this.side = side;
  }

  /** The card element for key, if rendered. */
  card(key: string): HTMLElement | undefined {
    if (!key.startsWith(this.prefix)) return undefined;
    return this.cards[Number(key.slice(this.prefix.length))]?.root;
  }

  /** Shows one card per field, writing only what changed. */
  render(fields: Token[]): void {
    const n = Math.min(fields.length, maxRenderedFields);
    const added: HTMLElement[] = [];
    for (let i = 0; i < n; i++) {
      const f = fields[i]!;
      let c = this.cards[i];
      if (c === undefined) {
        c = this.create(i);
        this.cards.push(c);
        added.push(c.root);
      } else if (c.field !== null && sameCard(c.field, f)) {
        continue;
      }
      this.update(c, f);
      c.field = f;
    }
    // New cards go in with one insertion, after they are filled.
    if (added.length > 0) this.root.append(...added);
    for (const c of this.cards.splice(n)) c.root.remove();
    const hidden = fields.length - n;
    this.more.hidden = hidden === 0;
    setText(this.more, hidden === 0 ? "" : "… " + hidden + " more card" + (hidden === 1 ? "" : "s") + " not shown");
  }

  private create(i: number): Card {
    const name = el("h4", { cls: "card-name" });
    const badge = el("span", { cls: "badge" });
    const value = el("code", { cls: "card-value" });
    const position = el("dd");
    const rows = el("dl", { cls: "card-rows" }, [el("dt", { text: "Position" }), position]);
    const root = el("article", { cls: "card", attrs: { "data-key": this.prefix + i } }, [
      el("header", { cls: "card-head" }, [name, badge, el("span", { cls: "card-side", text: this.side })]),
      value,
      rows,
    ]);
    return { root, name, badge, value, position, rows, present: "", cells: [], field: null };
  }

  private update(c: Card, f: Token): void {
    const empty = f.value === "";
    // The linker's state classes survive the base class being rewritten.
    let cls = "card card--" + f.status;
    for (const k of ["is-active", "is-selected"]) if (c.root.classList.contains(k)) cls += " " + k;
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
    setText(c.position, "parameter " + f.index + ", bytes " + f.start + "–" + f.end);
    const values = rows.map(([, , get]) => get(f));
    const present = values.map((v) => (v === "" ? "0" : "1")).join("");
    if (present !== c.present) {
      // A row appeared or went away: rebuild the rows after Position.
      c.present = present;
      c.cells = [];
      const nodes: HTMLElement[] = [];
      for (let j = 0; j < rows.length; j++) {
        const v = values[j]!;
        if (v === "") continue;
        const [label, cls] = rows[j]!;
        const dd = el("dd", { cls: "card-" + cls });
        setCited(dd, v, cls === "source");
        c.cells.push(dd);
        nodes.push(el("dt", { text: label }), dd);
      }
      while (c.rows.childNodes.length > 2) c.rows.lastChild!.remove();
      c.rows.append(...nodes);
      return;
    }
    let k = 0;
    // Sources, notes and rules may cite keys: each becomes a link.
    for (let j = 0; j < rows.length; j++) {
      const v = values[j]!;
      if (v !== "") setCited(c.cells[k++]!, v, rows[j]![1] === "source");
    }
  }
}
