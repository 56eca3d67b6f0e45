// The compare view (compare-HASH.js, loaded on first use): the line the
// page shows, answered by every dialect under every profile, in one table
// (#compare). Each cell is td[data-dialect][data-profile][data-reply],
// data-reply being the reply exactly as #reply holds it; a cell whose
// reply differs from the one left of it or above it is marked so, and a
// click on a cell selects its dialect and profile in the page.

import type { Meta, Result } from "../api";
import { el, visible } from "../dom";
import type { View, ViewHost } from "./host";
import { register, viewStyle } from "./switch";

/** The table and the words around it. */
class Compare implements View {
  private readonly host: ViewHost;
  private readonly meta: Meta;
  private readonly intro = el("p", { cls: "hint" });
  private readonly wrap = el("div", {
    cls: "compare-wrap",
    attrs: { tabindex: "0", role: "region", "aria-labelledby": "compare-caption" },
  });
  private key = "";

  constructor(host: ViewHost, meta: Meta, body: HTMLElement) {
    this.host = host;
    this.meta = meta;
    body.replaceChildren(
      el("h3", { text: "Every dialect under every profile" }),
      this.intro,
      el("p", { cls: "hint compare-legend" }, [
        el("span", { cls: "compare-key compare-key--left", text: "left edge" }),
        document.createTextNode(": the reply differs from the profile to the left; "),
        el("span", { cls: "compare-key compare-key--up", text: "top edge" }),
        document.createTextNode(": it differs from the dialect above. Choose a cell to load its dialect and profile."),
      ]),
      this.wrap,
    );
    this.wrap.addEventListener("click", (e) => {
      const td = e.target instanceof Element ? e.target.closest<HTMLElement>("td[data-dialect]") : null;
      if (td === null) return;
      host.select(td.dataset["dialect"] ?? "", td.dataset["profile"] ?? "");
    });
  }

  update(): void {
    const { line } = this.host.shown();
    const key = line + "\u0000" + this.host.dialect() + "\u0000" + this.host.profile();
    if (key === this.key) return;
    this.key = key;
    if (line === "") {
      this.intro.textContent = "There is no line to compare: type one in the request (or choose a client line in the console).";
      this.wrap.replaceChildren();
      return;
    }
    this.intro.textContent = "The line " + quoted(line) + " as each server profile (columns) answers a client of each dialect (rows). " +
      "The selected combination is outlined.";
    this.wrap.replaceChildren(this.table(line));
  }

  // Rows are dialects, columns profiles; each cell is one Simulate.
  private table(line: string): HTMLTableElement {
    const { dialects, profiles } = this.meta;
    const head = el("tr", {}, [el("th", { text: "Dialect \\ profile", attrs: { scope: "col" } }),
      ...profiles.map((p) => el("th", { text: p.name, attrs: { scope: "col", title: p.title } }))]);
    let above: string[] = [];
    const rows = dialects.map((d) => {
      const replies: string[] = [];
      const cells = profiles.map((p, i) => {
        const r = this.host.simulate(line, d.value, p.name);
        const reply = r.ok ? r.value.reply : "";
        replies.push(reply);
        const differs: string[] = [];
        if (i > 0 && reply !== replies[i - 1]) differs.push("left");
        if (above.length > 0 && reply !== above[i]) differs.push("up");
        return cell(d.value, p.name, r.ok ? r.value : null, r.ok ? "" : r.error, differs,
          d.value === this.host.dialect() && p.name === this.host.profile());
      });
      above = replies;
      return el("tr", {}, [el("th", { text: d.label, attrs: { scope: "row" } }), ...cells]);
    });
    return el("table", { cls: "compare", attrs: { id: "compare" } }, [
      el("caption", { text: "Replies to the line by dialect and profile", attrs: { id: "compare-caption" } }),
      el("thead", {}, [head]),
      el("tbody", {}, rows),
    ]);
  }
}

// One cell: the reply (or why there is none) as a button that loads the
// combination, with the outcome as a word for those who cannot see colour.
function cell(dialect: string, profile: string, r: Result | null, error: string, differs: string[], current: boolean): HTMLElement {
  const reply = r?.reply ?? "";
  const shown = r === null ? "(not simulated: " + error + ")" : reply === "" ? "(no reply)" : visible(reply);
  const attrs: Record<string, string> = { "data-dialect": dialect, "data-profile": profile, "data-reply": reply };
  if (differs.length > 0) attrs["data-differs"] = differs.join(" ");
  if (r !== null) attrs["data-outcome"] = r.outcome.kind;
  if (r?.disconnect === true) attrs["data-close"] = "server";
  if (current) attrs["aria-current"] = "true";
  const marks = differs.map((d) => d === "left" ? "differs from the profile to the left" : "differs from the dialect above");
  return el("td", { attrs }, [
    el("button", { cls: "compare-cell", attrs: { type: "button" } }, [
      el("span", { cls: "compare-reply", text: shown }),
      ...(r?.disconnect === true ? [el("span", { cls: "compare-close", text: "closes" })] : []),
      ...(marks.length > 0 ? [el("span", { cls: "visually-hidden", text: "(" + marks.join(", ") + ")" })] : []),
    ]),
  ]);
}

function quoted(s: string): string {
  const v = visible(s);
  return "“" + (v.length > 80 ? v.slice(0, 79) + "…" : v) + "”";
}

register("compare", {
  async mount(host: ViewHost, body: HTMLElement): Promise<View> {
    const m = host.meta();
    if (!m.ok) throw new Error(m.error);
    await viewStyle();
    return new Compare(host, m.value, body);
  },
});
