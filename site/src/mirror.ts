// The request line drawn under the editor (the textarea above it has
// transparent text, so this is what the learner sees): each parameter's
// bytes carry its colour, each diagnostic's range is underlined in its
// severity's colour, and a caret mark stands where something is missing.
// Hovering a mark shows its messages. Control characters are drawn as
// symbols so a NUL or a bare LF is visible. In the session console, where
// there is no editor, it shows the chosen line on its own.

import type { Diagnostic, Severity, Token } from "./api";
import { clamp, el, setAttr, setText, visible } from "./dom";
import { maxRenderedDiagnostics, maxRenderedFields } from "./limits";

const rank: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

/** Renders the mirror, rewriting only the pieces whose text or ranges changed. */
export class Mirror {
  private readonly root: HTMLElement;
  private sig = "\u0000unset";

  constructor(root: HTMLElement) {
    this.root = root;
  }

  /**
   * Keeps the mirror under editor, which lies over it in their box: it
   * scrolls with the editor (a line taller than the editor scrolls inside
   * it), and the box takes the editor's height and contains its size and
   * layout, so a keystroke lays out this box, not the page. A hidden editor
   * (the session console) leaves the box to the mirror.
   */
  follow(editor: HTMLElement): void {
    editor.addEventListener("scroll", () => {
      this.root.scrollTop = editor.scrollTop;
    });
    const box = this.root.parentElement!.style;
    new ResizeObserver((es) => {
      const h = es[0]!.borderBoxSize[0]!.blockSize;
      box.height = h > 0 ? h + "px" : "";
      box.contain = h > 0 ? "size layout" : "";
    }).observe(editor);
  }

  /** Shows input with its fields coloured and diags marked on it. */
  render(input: string, fields: readonly Token[], diags: Diagnostic[]): void {
    const ds = diags.slice(0, maxRenderedDiagnostics).map((d) => {
      const from = clamp(d.from, input.length);
      return { d, from, to: Math.max(from, clamp(d.to, input.length)) };
    });
    const fs = fields.slice(0, maxRenderedFields).map((f) => {
      const from = clamp(f.from, input.length);
      return { param: f.name, from, to: Math.max(from, clamp(f.to, input.length)) };
    }).filter((f) => f.from < f.to);
    const sig = input + "\u0000" + ds.map((x) => x.from + ":" + x.to + ":" + x.d.severity + ":" + x.d.text).join("\u0001") +
      "\u0000" + fs.map((f) => f.from + ":" + f.to + ":" + f.param).join("\u0001");
    if (sig === this.sig) return;
    this.sig = sig;

    const cuts = new Set<number>([0, input.length]);
    for (const x of ds) {
      cuts.add(x.from);
      cuts.add(x.to);
    }
    for (const f of fs) {
      cuts.add(f.from);
      cuts.add(f.to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out: Segment[] = [];
    for (let i = 0; i < points.length; i++) {
      const a = points[i]!;
      const carets = ds.filter((x) => x.from === a && x.to === a);
      if (carets.length > 0) {
        out.push({
          cls: "mark-caret sev-" + worst(carets.map((x) => x.d.severity)),
          text: "",
          attrs: [["title", carets.map((x) => x.d.text).join("\n")], ["data-at", String(a)]],
        });
      }
      const b = points[i + 1];
      if (b === undefined || b === a) continue;
      const text = visible(input.slice(a, b));
      const over = ds.filter((x) => x.from <= a && x.to >= b && x.from < x.to);
      const param = fs.find((f) => f.from <= a && f.to >= b)?.param ?? "";
      if (over.length === 0 && param === "") {
        out.push({ cls: null, text, attrs: [] });
        continue;
      }
      out.push({
        cls: over.length === 0 ? "seg" : "seg mark sev-" + worst(over.map((x) => x.d.severity)),
        text,
        attrs: [["title", over.map((x) => x.d.severity + ": " + x.d.text).join("\n")], ["data-from", String(a)], ["data-to", String(b)],
          ["data-param", param]],
      });
    }
    this.patch(out);
  }

  // Brings the mirror's children in line with segs, reusing each node that
  // is already of the right kind (a text node, or a span of the same class)
  // and rewriting only its text and attributes: typing a character changes
  // one or two texts, not the whole mirror.
  private patch(segs: Segment[]): void {
    const kids = this.root.childNodes;
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!;
      const old = kids[i];
      if (old !== undefined && reuse(old, s)) continue;
      const node = s.cls === null
        ? document.createTextNode(s.text)
        : el("span", { cls: s.cls, text: s.text, attrs: Object.fromEntries(s.attrs) });
      if (old !== undefined) old.replaceWith(node);
      else this.root.appendChild(node);
    }
    while (kids.length > segs.length) kids[kids.length - 1]!.remove();
  }
}

/** One piece of the mirror: plain text (cls null) or a marked span. */
interface Segment {
  cls: string | null;
  text: string;
  attrs: [string, string][];
}

// Updates node to show s when it is of the same kind; false when it is not.
function reuse(node: Node, s: Segment): boolean {
  if (s.cls === null) {
    if (!(node instanceof Text)) return false;
    if (node.data !== s.text) node.data = s.text;
    return true;
  }
  if (!(node instanceof HTMLSpanElement) || node.className !== s.cls) return false;
  // Every span of a class carries the same attribute names, so rewriting
  // the values is enough.
  for (const [k, v] of s.attrs) setAttr(node, k, v);
  setText(node, s.text);
  return true;
}

function worst(ss: Severity[]): Severity {
  let w: Severity = "note";
  for (const s of ss) if (rank[s] > rank[w]) w = s;
  return w;
}
