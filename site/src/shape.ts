// The dialect's shape in one line: how many parameters follow the TrID in
// the selected dialect's CVQ (or CVR), named in wire order, and what the
// line shown lacks or adds against it. The counts come from the page
// metadata (cvq.RequestParamNames, rendered by the build); the line's own
// count from the simulator's tokens.

import type { DialectInfo, Result } from "./api";
import { el, setAttr, setText } from "./dom";

/** Renders the shape line into one element. */
export class ShapeLine {
  private readonly root: HTMLElement;
  private readonly head = el("span", { cls: "shape-head" });
  private readonly names = el("span", { cls: "shape-names" });
  private readonly verdict = el("span", { cls: "shape-verdict" });
  private sig = "";

  constructor(root: HTMLElement) {
    this.root = root;
    root.replaceChildren(this.head, this.names, this.verdict);
  }

  /**
   * Shows dialect d's shape (names: the request parameters in wire order)
   * and how r's line compares; r null leaves out the comparison.
   */
  render(d: DialectInfo | undefined, names: readonly string[], r: Result | null): void {
    const cmd = r?.command ?? "";
    const cvr = cmd === "CVR";
    const k = d === undefined ? 0 : cvr ? d.cvr : d.cvq;
    // Parameters after the TrID in the line (empty ones count: they are there).
    const n = k > 0 && (cmd === "CVQ" || cvr) ? (r?.tokens ?? []).filter((t) => t.index >= 2).length : -1;
    const sig = (d?.value ?? "") + "\u0000" + k + "\u0000" + cmd + "\u0000" + n;
    if (sig === this.sig) return;
    this.sig = sig;
    this.root.hidden = d === undefined;
    if (d === undefined) return;
    setAttr(this.root, "data-dialect", d.value);
    setAttr(this.root, "data-count", String(k));
    const lacks = n >= 0 && n < k ? names.slice(n, k) : [];
    const adds = n > k ? n - k : 0;
    setAttr(this.root, "data-lacks", lacks.join(" "));
    setAttr(this.root, "data-adds", String(adds));
    setAttr(this.root, "data-state", n < 0 ? "" : lacks.length > 0 ? "lacks" : adds > 0 ? "adds" : "fits");
    if (k === 0) {
      setText(this.head, d.label + ": no CVQ or CVR");
      this.names.replaceChildren(document.createTextNode(". "));
      setText(this.verdict, "The handshake no longer asks for versions, so every parameter of a CVQ line is not applicable here.");
      return;
    }
    const which = cvr ? "a CVR" : "a CVQ";
    const other = cvr ? d.cvq : d.cvr;
    setText(this.head, d.label + ": " + which + " has " + k + " parameters after the TrID");
    // The names (a phone leaves them to the field strip below) and the
    // other command's count when it differs.
    const list: Node[] = [document.createTextNode(": ")];
    names.slice(0, k).forEach((name, i) => {
      if (i > 0) list.push(document.createTextNode(", "));
      list.push(el("code", { cls: "shape-param", text: name, attrs: { "data-param": name } }));
    });
    const parts: Node[] = [el("span", { cls: "shape-list" }, list)];
    if (other !== k) parts.push(document.createTextNode(" (" + (cvr ? "a CVQ" : "a CVR") + " has " + other + ")"));
    parts.push(document.createTextNode(". "));
    this.names.replaceChildren(...parts);
    setText(this.verdict,
      n < 0 ? ""
      : lacks.length > 0 ? "This line lacks " + lacks.join(", ") + "."
      : adds > 0 ? "This line has " + adds + " more (read as extra)."
      : "This line has all " + k + ".");
  }
}
