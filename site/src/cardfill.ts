// The body of an open card: the field's position, what it means and where
// the facts come from, and the diagnostics that are about this field alone.
// Only the open card has a body (cards.ts), so a render writes one body at
// most; the texts are rewritten in place while the rows stay the same, as
// typing inside one parameter changes a few words. Part of the lazy card
// chunk (cardchunk.ts), with why.ts: the door cardbody.ts hands it fields
// whose prose the texts file has completed.

import type { Diagnostic, Token } from "./api";
import { diagnosticHref, setCited } from "./cite";
import { el, setAttr, setHidden, setText } from "./dom";
import { fillWhy, newWhy, type Why, type WhyContext } from "./why";

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

/** The parts of a body a later field may rewrite. */
export interface Body {
  root: HTMLElement;
  position: HTMLElement;
  rows: HTMLDListElement;
  /** Which rows are shown (one 0/1 per entry of rows), and their cells. */
  present: string;
  cells: HTMLElement[];
  diags: HTMLElement;
  /** What diags shows, to skip rewriting it when nothing changed. */
  diagSig: string;
  /** The Why section in the rule row, for a reply field when the page gives a context. */
  why: Why | null;
}

/** Builds an empty body inside root (the door's .card-body); fillBody writes a field into it. */
export function newBody(root: HTMLElement): Body {
  const position = el("dd");
  const rowList = el("dl", { cls: "card-rows" }, [el("dt", { text: "Position" }), position]);
  const diags = el("div", { cls: "card-diags" });
  diags.hidden = true;
  root.replaceChildren(rowList, diags);
  return { root, position, rows: rowList, present: "", cells: [], diags, diagSig: "", why: null };
}

/**
 * Writes field f and its own diagnostics into b, touching only what
 * changed; with why, a reply field's rule row is the full Why section.
 */
export function fillBody(b: Body, f: Token, diags: readonly Diagnostic[], why?: WhyContext): void {
  setText(b.position, "parameter " + f.index + ", bytes " + f.start + "–" + f.end);
  const values = rows.map(([, , get]) => get(f));
  const present = values.map((v) => (v === "" ? "0" : "1")).join("");
  if (present !== b.present) {
    // A row appeared or went away: rebuild the rows after Position.
    b.present = present;
    b.cells = [];
    b.why = null;
    const nodes: HTMLElement[] = [];
    for (let j = 0; j < rows.length; j++) {
      const v = values[j]!;
      if (v === "") continue;
      const [label, cls] = rows[j]!;
      const dd = el("dd", { cls: "card-" + cls });
      if (cls === "rule" && why !== undefined) {
        b.why = newWhy();
        dd.append(b.why.root);
        fillWhy(b.why, f, why);
      } else {
        setCited(dd, v, cls === "source");
      }
      b.cells.push(dd);
      nodes.push(el("dt", { text: label }), dd);
    }
    while (b.rows.childNodes.length > 2) b.rows.lastChild!.remove();
    b.rows.append(...nodes);
  } else {
    let k = 0;
    // Sources, notes and rules may cite keys: each becomes a link.
    for (let j = 0; j < rows.length; j++) {
      const v = values[j]!;
      if (v === "") continue;
      const cell = b.cells[k++]!;
      if (rows[j]![1] === "rule" && b.why !== null && why !== undefined) fillWhy(b.why, f, why);
      else setCited(cell, v, rows[j]![1] === "source");
    }
  }
  fillDiags(b, ownDiagnostics(f, diags));
}

/**
 * The diagnostics about field f alone: those whose range lies inside the
 * field's, and a zero-width one (a missing parameter) at either of its
 * ends. A diagnostic about several fields, or the whole line, stays in the
 * list under the reply only.
 */
export function ownDiagnostics(f: Token, diags: readonly Diagnostic[]): Diagnostic[] {
  return diags.filter((d) => d.start >= f.start && d.end <= f.end);
}

function fillDiags(b: Body, ds: Diagnostic[]): void {
  const sig = ds.map((d) => d.severity + "\u0001" + d.code + "\u0001" + d.text).join("\u0002");
  if (sig === b.diagSig) return;
  b.diagSig = sig;
  setHidden(b.diags, ds.length === 0);
  if (ds.length === 0) {
    b.diags.replaceChildren();
    return;
  }
  const items = ds.map((d) => {
    const text = el("span", { cls: "diag-text" });
    setCited(text, d.text);
    const code = el("a", { cls: "diag-code", text: d.code, attrs: { title: "What this code means, in the reference" } });
    setAttr(code, "href", diagnosticHref(d.code));
    return el("li", { cls: "diag diag--" + d.severity, attrs: { "data-code": d.code, "data-severity": d.severity } }, [
      el("span", { cls: "badge badge--" + d.severity, text: d.severity }), text, code,
    ]);
  });
  b.diags.replaceChildren(
    el("h5", { cls: "card-diags-head", text: ds.length === 1 ? "1 diagnostic on this field" : ds.length + " diagnostics on this field" }),
    el("ul", { cls: "card-diag-list" }, items),
  );
}
