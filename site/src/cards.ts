// One card per field: everything the simulator knows about a parameter, in
// the order a learner reads it (value, what it means, whether it is fine
// here, its history, where the facts come from). A card is rebuilt only when
// its field's content changed, so typing inside one parameter rebuilds one
// card.

import type { Field } from "./api";
import { el, setText, visible } from "./dom";
import { maxRenderedFields, maxShownValue, shorten } from "./limits";

/** The rows of a card: label, class suffix and field property, in display order. */
const rows: [string, string, (f: Field) => string][] = [
  ["Meaning", "meaning", (f) => f.meaning],
  ["Detail", "detail", (f) => f.detail],
  ["About", "about", (f) => f.about],
  // The bridge leaves since empty for a parameter every dialect has; say
  // so rather than drop the row (a token outside the dialect has no
  // source, and no history either).
  ["Since", "since", (f) => f.since === "" && f.source !== "" ? "always there (every dialect)" : f.since],
  ["Changes", "changes", (f) => f.changes],
  ["Why this value?", "rule", (f) => f.rule],
  ["Note", "note", (f) => f.note],
  ["Source", "source", (f) => f.source],
];

// Everything a card shows, as one string: equal signatures mean an
// identical card, so the old element can stay.
function signature(f: Field): string {
  return [f.param, f.index, f.start, f.end, f.value, f.meaning, f.detail, f.status, f.since,
    f.changes, f.about, f.source, f.note, f.rule].join("\u0000");
}

/** Renders the cards of one side (request or reply) into a container. */
export class CardList {
  private readonly root: HTMLElement;
  private readonly more: HTMLElement;
  private readonly prefix: string;
  private readonly side: string;
  private cards: HTMLElement[] = [];
  private sigs: string[] = [];

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
    return this.cards[Number(key.slice(this.prefix.length))];
  }

  /** Shows one card per field, rebuilding only the cards that changed. */
  render(fields: Field[]): void {
    const n = Math.min(fields.length, maxRenderedFields);
    for (let i = 0; i < n; i++) {
      const f = fields[i]!;
      const sig = signature(f);
      if (this.sigs[i] === sig) continue;
      const c = this.build(f, i);
      const old = this.cards[i];
      if (old === undefined) {
        this.root.appendChild(c);
        this.cards.push(c);
      } else {
        // The linker re-applies its classes after the render.
        old.replaceWith(c);
        this.cards[i] = c;
      }
      this.sigs[i] = sig;
    }
    for (const c of this.cards.splice(n)) c.remove();
    this.sigs.length = n;
    const hidden = fields.length - n;
    this.more.hidden = hidden === 0;
    setText(this.more, hidden === 0 ? "" : "… " + hidden + " more card" + (hidden === 1 ? "" : "s") + " not shown");
  }

  private build(f: Field, i: number): HTMLElement {
    const empty = f.value === "";
    const value = el("code", {
      cls: "card-value" + (empty ? " is-empty" : ""),
      text: empty ? "(empty)" : visible(shorten(f.value, maxShownValue * 4)),
    });
    const dl = el("dl", { cls: "card-rows" }, [
      el("dt", { text: "Position" }),
      el("dd", { text: "parameter " + f.index + ", bytes " + f.start + "–" + f.end }),
    ]);
    for (const [label, cls, get] of rows) {
      const v = get(f);
      if (v === "") continue;
      dl.append(el("dt", { text: label }), el("dd", { cls: "card-" + cls, text: v }));
    }
    return el("article", {
      cls: "card card--" + f.status,
      attrs: { "data-key": this.prefix + i, "data-param": f.param, "data-status": f.status },
    }, [
      el("header", { cls: "card-head" }, [
        el("h4", { cls: "card-name", text: f.param }),
        el("span", { cls: "badge badge--" + f.status, text: f.status }),
        el("span", { cls: "card-side", text: this.side }),
      ]),
      value,
      dl,
    ]);
  }
}
