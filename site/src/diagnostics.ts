// The diagnostics list: each message with its severity, its notes and the
// piece of the request it is about, cut from the input with a little context
// on each side. Clicking the piece selects that range in #request, so the
// learner lands where the fix goes.
//
// While the learner types, most diagnostics keep their place and change a
// few words (the value they quote, the text around the snippet), so each
// list item is kept and only its texts and attributes that differ are
// written; an item is built only when the list grows.

import type { Diagnostic } from "./api";
import { diagnosticHref, setCited } from "./cite";
import { clamp, el, setAttr, setHidden, setText, visible } from "./dom";
import { maxRenderedDiagnostics, shorten } from "./limits";

const context = 16;

/** The parts of one list item that a later diagnostic may rewrite. */
interface Item {
  li: HTMLLIElement;
  badge: HTMLElement;
  text: HTMLElement;
  /** The diagnostic's code, linking to its explanation in the reference. */
  code: HTMLAnchorElement;
  /** An empty span in place of the snippet when the input is empty. */
  blank: HTMLElement;
  snippet: HTMLButtonElement;
  before: HTMLElement;
  caret: HTMLElement;
  range: HTMLElement;
  after: HTMLElement;
  notes: HTMLUListElement | null;
  notesSig: string;
  /** The range the snippet selects when clicked. */
  from: number;
  to: number;
  sig: string;
}

/** Renders diagnostics into a list, touching only the items that changed. */
export class DiagnosticList {
  private readonly root: HTMLElement;
  private readonly none: HTMLElement;
  private readonly count: HTMLElement;
  private readonly onPick: (from: number, to: number) => void;
  private items: Item[] = [];
  private readonly more: HTMLLIElement = el("li", { cls: "diag-more" });

  /**
   * none is shown when there are no diagnostics, count shows how many there
   * are; onPick is called with a diagnostic's range when its snippet is
   * clicked.
   */
  constructor(root: HTMLElement, none: HTMLElement, count: HTMLElement, onPick: (from: number, to: number) => void) {
    this.root = root;
    this.none = none;
    this.count = count;
    this.onPick = onPick;
  }

  /** Shows diags for input. */
  render(diags: Diagnostic[], input: string): void {
    const shown = diags.slice(0, maxRenderedDiagnostics);
    const added: HTMLElement[] = [];
    for (let i = 0; i < shown.length; i++) {
      let it = this.items[i];
      if (it === undefined) {
        it = this.create();
        this.items.push(it);
        added.push(it.li);
      }
      this.update(it, shown[i]!, input);
    }
    for (const it of this.items.splice(shown.length)) it.li.remove();
    if (added.length > 0) {
      // New items go before the "more" line when it is in the list.
      if (this.more.parentNode === this.root) this.more.before(...added);
      else this.root.append(...added);
    }
    const hidden = diags.length - shown.length;
    if (hidden > 0) {
      setText(this.more, "… " + hidden + " more diagnostics not shown");
      if (this.more.parentNode !== this.root) this.root.appendChild(this.more);
    } else if (this.more.parentNode === this.root) {
      this.more.remove();
    }
    setHidden(this.none, diags.length !== 0);
    setText(this.count, diags.length === 0 ? "" : "(" + diags.length + ")");
  }

  private create(): Item {
    const before = el("span", { cls: "diag-ctx" });
    const after = el("span", { cls: "diag-ctx" });
    const caret = el("span", { cls: "diag-caret", text: "‸", attrs: { "aria-label": "here" } });
    const range = el("mark");
    const snippet = el("button", {
      cls: "diag-snippet",
      attrs: { type: "button", title: "Select this range in the request" },
    }, [before, range, after]);
    const badge = el("span");
    const text = el("span", { cls: "diag-text" });
    const code = el("a", { cls: "diag-code", attrs: { title: "What this code means, in the reference" } });
    const blank = el("span");
    const li = el("li", {}, [badge, text, blank, code]);
    const it: Item = {
      li, badge, text, code, blank, snippet, before, caret, range, after,
      notes: null, notesSig: "", from: 0, to: 0, sig: "",
    };
    snippet.addEventListener("click", () => this.onPick(it.from, it.to));
    return it;
  }

  private update(it: Item, d: Diagnostic, input: string): void {
    const from = clamp(d.from, input.length);
    const to = Math.max(from, clamp(d.to, input.length));
    const start = Math.max(0, from - context);
    // Everything the item shows: when it is unchanged, so is the item.
    const sig = [d.severity, d.from, d.to, d.code, d.text, input === "",
      input.slice(start, to + context), from - context > 0, to + context < input.length].join("\u0002");
    const notesSig = d.notes.join("\u0001");
    if (sig !== it.sig) {
      it.sig = sig;
      it.from = from;
      it.to = to;
      setClass(it.li, "diag diag--" + d.severity);
      setAttr(it.li, "data-code", d.code);
      setAttr(it.li, "data-from", String(d.from));
      setAttr(it.li, "data-to", String(d.to));
      setAttr(it.li, "data-severity", d.severity);
      setClass(it.badge, "badge badge--" + d.severity);
      setText(it.badge, d.severity);
      setCited(it.text, d.text);
      setText(it.code, d.code);
      setAttr(it.code, "href", diagnosticHref(d.code));
      // The snippet, or an empty span when there is no input to cut from.
      const third = input === "" ? it.blank : it.snippet;
      if (it.li.children[2] !== third) it.li.children[2]!.replaceWith(third);
      setText(it.before, (from - context > 0 ? "…" : "") + visible(input.slice(start, from)));
      setText(it.after, visible(input.slice(to, to + context)) + (to + context < input.length ? "…" : ""));
      const mid = input.slice(from, to);
      const middle = mid === "" ? it.caret : it.range;
      if (it.snippet.children[1] !== middle) it.snippet.children[1]!.replaceWith(middle);
      if (mid !== "") {
        setClass(it.range, "diag-range sev-" + d.severity);
        setText(it.range, visible(shorten(mid, 40)));
      }
    }
    if (notesSig !== it.notesSig) {
      it.notesSig = notesSig;
      it.notes?.remove();
      it.notes = d.notes.length === 0 ? null : el("ul", { cls: "diag-notes" }, d.notes.map((n) => {
        const li = el("li");
        setCited(li, n);
        return li;
      }));
      if (it.notes !== null) it.li.appendChild(it.notes);
    }
  }
}

function setClass(e: Element, cls: string): void {
  if (e.className !== cls) e.className = cls;
}
