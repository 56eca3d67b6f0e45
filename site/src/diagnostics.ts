// The diagnostics list: each message with its severity, its notes and the
// piece of the request it is about, cut from the input with a little context
// on each side. Clicking the piece selects that range in #request, so the
// learner lands where the fix goes.

import type { Diagnostic } from "./api";
import { el, setText, visible } from "./dom";
import { maxRenderedDiagnostics, shorten } from "./limits";

const context = 16;

/** Renders diagnostics into a list, rebuilding only when they changed. */
export class DiagnosticList {
  private readonly root: HTMLElement;
  private readonly none: HTMLElement;
  private readonly count: HTMLElement;
  private readonly onPick: (from: number, to: number) => void;
  private sig = "\u0000unset";

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
    const sig = input.length + "\u0000" + shown.map((d) =>
      [d.severity, d.from, d.to, d.code, d.text, d.notes.join("\u0001"), input.slice(Math.max(0, d.from - context), d.to + context)].join("\u0002")
    ).join("\u0003") + "\u0000" + diags.length;
    if (sig === this.sig) return;
    this.sig = sig;
    const items = shown.map((d) => this.item(d, input));
    if (diags.length > shown.length) {
      items.push(el("li", { cls: "diag-more", text: "… " + (diags.length - shown.length) + " more diagnostics not shown" }));
    }
    this.root.replaceChildren(...items);
    this.none.hidden = diags.length !== 0;
    setText(this.count, diags.length === 0 ? "" : "(" + diags.length + ")");
  }

  private item(d: Diagnostic, input: string): HTMLElement {
    const from = clamp(d.from, input.length);
    const to = Math.max(from, clamp(d.to, input.length));
    const before = input.slice(Math.max(0, from - context), from);
    const mid = input.slice(from, to);
    const after = input.slice(to, to + context);
    const snippet = el("button", {
      cls: "diag-snippet",
      attrs: { type: "button", title: "Select this range in the request" },
    }, [
      el("span", { cls: "diag-ctx", text: (from - context > 0 ? "…" : "") + visible(before) }),
      mid === ""
        ? el("span", { cls: "diag-caret", text: "‸", attrs: { "aria-label": "here" } })
        : el("mark", { cls: "diag-range sev-" + d.severity, text: visible(shorten(mid, 40)) }),
      el("span", { cls: "diag-ctx", text: visible(after) + (to + context < input.length ? "…" : "") }),
    ]);
    snippet.addEventListener("click", () => this.onPick(from, to));
    const li = el("li", {
      cls: "diag diag--" + d.severity,
      attrs: { "data-code": d.code, "data-from": String(d.from), "data-to": String(d.to), "data-severity": d.severity },
    }, [
      el("span", { cls: "badge badge--" + d.severity, text: d.severity }),
      el("span", { cls: "diag-text", text: d.text }),
      input === "" ? el("span") : snippet,
    ]);
    if (d.notes.length > 0) {
      li.appendChild(el("ul", { cls: "diag-notes" }, d.notes.map((n) => el("li", { text: n }))));
    }
    return li;
  }
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, Number.isFinite(n) ? n : 0));
}
