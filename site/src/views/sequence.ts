// The sequence diagram (sequence-HASH.js, loaded on first use): the
// session or pasted transcript as two lanes, client and server, with one
// arrow per protocol line (an element with data-line, the line's number in
// the paste or its place in the session), a data-close mark where the
// connection closes, server lines that differ from the profile marked, and
// arrows and log entries linked both ways: choosing an arrow chooses its
// log line, and the log's chosen line is the highlighted arrow. The SVG is
// built with DOM calls and can be downloaded as a file.

import { el, setText, visible } from "../dom";
import type { Entry } from "../transcript";
import type { View, ViewHost } from "./host";
import { register, viewStyle } from "./switch";

const svgNS = "http://www.w3.org/2000/svg";

/** Most protocol lines drawn; a longer log is cut with a note. */
const maxDrawn = 400;

// The geometry, in SVG units.
const width = 680;
const clientX = 90;
const serverX = 590;
const rowHeight = 34;
const top = 44;
/** Most characters of a line written above its arrow. */
const maxLabel = 64;

/** One drawn row: a protocol line, a missing reply, a close or a new connection. */
interface Row {
  kind: "c" | "s" | "none" | "close" | "connect";
  text: string;
  /** The log entry it stands for (-1: none, as for a drawn line of line mode). */
  entry: number;
  line: number;
  status: string;
  closedBy: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

// The rows of the console's log: every client and server line, a "no
// reply" stub, a close after the line whose answer closed the connection,
// and a separator where a new connection starts.
function logRows(entries: readonly Entry[], pasted: boolean): Row[] {
  const rows: Row[] = [];
  let n = 0;
  let closeAfter: string | null = null;
  const flushClose = (): void => {
    if (closeAfter === null) return;
    rows.push({ kind: "close", text: "", entry: -1, line: 0, status: "", closedBy: closeAfter });
    closeAfter = null;
  };
  entries.forEach((e, i) => {
    if (e.kind === "event") {
      if (!pasted && /^(New connection|Connected|The pasted transcript was put away)/.test(e.text)) {
        flushClose();
        if (rows.length > 0) rows.push({ kind: "connect", text: "New connection", entry: i, line: 0, status: "", closedBy: "" });
      } else if (pasted && e.text.includes("Read as a new connection")) {
        flushClose();
        rows.push({ kind: "connect", text: "New connection", entry: i, line: 0, status: "", closedBy: "" });
      }
      return;
    }
    if (e.kind === "c") {
      flushClose();
      if (e.result?.disconnect === true) closeAfter = "server";
    } else if (pasted && e.check?.status === "differ" && !/^[0-9]+( |$)/.test(e.text)) {
      // The log's server answered, not with an error code, where the
      // profile closes: the connection goes on as the log has it (as the
      // codec's transcript check reads it).
      closeAfter = null;
    }
    n++;
    rows.push({ kind: e.kind, text: e.text, entry: i, line: pasted && e.line > 0 ? e.line : n, status: e.check?.status ?? "", closedBy: "" });
  });
  flushClose();
  return rows;
}

// The rows of line mode: the line, its reply (or none) and any close.
function lineRows(line: string, reply: string, disconnect: boolean): Row[] {
  const rows: Row[] = [{ kind: "c", text: line, entry: -1, line: 1, status: "", closedBy: "" }];
  rows.push(reply === "" ? { kind: "none", text: "", entry: -1, line: 2, status: "", closedBy: "" }
    : { kind: "s", text: reply, entry: -1, line: 2, status: "", closedBy: "" });
  if (disconnect) rows.push({ kind: "close", text: "", entry: -1, line: 0, status: "", closedBy: "server" });
  return rows;
}

function label(s: string): string {
  const v = visible(s);
  return v.length > maxLabel ? v.slice(0, maxLabel - 1) + "…" : v;
}

/** Draws rows as an SVG element. */
function draw(rows: Row[]): SVGSVGElement {
  const height = top + rows.length * rowHeight + 16;
  const root = svg("svg", { xmlns: svgNS, viewBox: "0 0 " + width + " " + height, width, height, class: "seq", role: "group",
    "aria-label": "Sequence diagram: client on the left, server on the right, one arrow per line" });
  const defs = svg("defs", {});
  const marker = svg("marker", { id: "seq-arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9,
    markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" });
  marker.appendChild(svg("path", { d: "M0,0 L10,5 L0,10 z", class: "seq-head" }));
  defs.appendChild(marker);
  root.appendChild(defs);
  root.appendChild(svg("text", { x: clientX, y: 20, class: "seq-lane-name", "text-anchor": "middle" }, "Client"));
  root.appendChild(svg("text", { x: serverX, y: 20, class: "seq-lane-name", "text-anchor": "middle" }, "Server"));
  for (const x of [clientX, serverX]) root.appendChild(svg("line", { x1: x, y1: 28, x2: x, y2: height - 8, class: "seq-lane" }));
  rows.forEach((r, k) => {
    const y = top + k * rowHeight + 22;
    if (r.kind === "close") {
      const x = r.closedBy === "client" ? clientX : serverX;
      const g = svg("g", { class: "seq-close", "data-close": r.closedBy });
      g.appendChild(svg("path", { d: "M" + (x - 7) + "," + (y - 7) + " l14,14 m0,-14 l-14,14", class: "seq-x" }));
      g.appendChild(svg("text", { x: (clientX + serverX) / 2, y: y + 4, "text-anchor": "middle", class: "seq-note" },
        "connection closed by the " + r.closedBy));
      root.appendChild(g);
      return;
    }
    if (r.kind === "connect") {
      const g = svg("g", { class: "seq-connect" });
      g.appendChild(svg("line", { x1: 8, y1: y - 4, x2: width - 8, y2: y - 4, class: "seq-sep" }));
      g.appendChild(svg("text", { x: (clientX + serverX) / 2, y: y - 8, "text-anchor": "middle", class: "seq-note" }, r.text));
      root.appendChild(g);
      return;
    }
    const fromClient = r.kind === "c";
    // The line's number leads its visible text, and the accessible name
    // starts with that same text (then says who sent it).
    const shown = r.line + " · " + (r.kind === "none" ? "(no reply)" : label(r.text));
    const g = svg("g", {
      class: "seq-msg seq-msg--" + r.kind + (r.status === "" ? "" : " is-" + r.status),
      "data-line": r.line,
      "data-dir": fromClient ? "C" : "S",
      role: "button",
      "aria-label": shown + ", from the " + (fromClient ? "client" : "server") + (r.status === "differ" ? ", differs from the profile" : ""),
    });
    if (r.entry >= 0) {
      g.setAttribute("data-entry", String(r.entry));
      g.setAttribute("tabindex", "-1");
    }
    if (r.status !== "") g.setAttribute("data-status", r.status);
    // A wide invisible band makes the whole row the target, not a 1px line.
    g.appendChild(svg("rect", { x: clientX, y: y - 20, width: serverX - clientX, height: rowHeight - 4, class: "seq-hit" }));
    if (r.kind === "none") {
      g.appendChild(svg("line", { x1: serverX, y1: y, x2: serverX - 80, y2: y, class: "seq-arrow seq-arrow--none" }));
      g.appendChild(svg("text", { x: serverX - 88, y: y + 4, "text-anchor": "end", class: "seq-note" }, shown));
    } else {
      g.appendChild(svg("line", { x1: fromClient ? clientX : serverX, y1: y, x2: fromClient ? serverX : clientX, y2: y,
        class: "seq-arrow", "marker-end": "url(#seq-arrow)" }));
      g.appendChild(svg("text", { x: (clientX + serverX) / 2, y: y - 6, "text-anchor": "middle", class: "seq-label" }, shown));
    }
    root.appendChild(g);
  });
  return root;
}

// The stylesheet written into a downloaded SVG, which leaves the page's behind.
const fileStyle = ".seq-lane{stroke:#5a606b;stroke-dasharray:4 4}.seq-arrow{stroke:#1d1f23;stroke-width:1.5}" +
  ".seq-arrow--none{stroke-dasharray:3 3}.seq-head{fill:#1d1f23}.seq-hit{fill:none}.seq-sep{stroke:#5a606b}" +
  "text{font:13px ui-monospace,monospace;fill:#1d1f23}.seq-lane-name{font-weight:700}.seq-note,.seq-no{fill:#5a606b}" +
  ".is-differ .seq-arrow{stroke:#b3261e;stroke-width:3}.is-differ .seq-label{fill:#b3261e}.seq-x{stroke:#b3261e;stroke-width:2.5}";

/** The diagram, its download button and what it says about the log. */
class Sequence implements View {
  private readonly host: ViewHost;
  private readonly note = el("p", { cls: "hint", attrs: { role: "status" } });
  private readonly box = el("div", { cls: "seq-wrap", attrs: { id: "sequence", tabindex: "0", role: "region", "aria-label": "Sequence diagram" } });
  private readonly download = el("button", { cls: "tool", text: "Download as SVG", attrs: { type: "button", id: "sequence-download" } });
  private drawnFrom: readonly Entry[] | null = null;
  private drawnKey = "";
  private current: Element | null = null;

  constructor(host: ViewHost, body: HTMLElement) {
    this.host = host;
    body.replaceChildren(el("h3", { text: "Sequence diagram" }), this.note, el("p", {}, [this.download]), this.box);
    this.box.addEventListener("click", (e) => this.pick(e.target));
    this.box.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      if (this.pick(e.target)) e.preventDefault();
    });
    this.download.addEventListener("click", () => this.save());
  }

  update(): void {
    const log = this.host.log();
    const shown = this.host.shown();
    let rows: Row[];
    let key: string;
    if (this.host.mode() === "session") {
      key = "log";
      if (log.entries === this.drawnFrom && this.drawnKey === key + log.entries.length) {
        this.mark(log.current);
        return;
      }
      this.drawnFrom = log.entries;
      rows = logRows(log.entries, log.pasted);
      setText(this.note, rows.length === 0 ? "Nothing sent yet: the diagram draws the lines of the console's log."
        : "Choose an arrow to show its line in the panels; the log's chosen line is highlighted here." +
          (log.pasted ? " Server lines that differ from the profile are drawn in red." : ""));
    } else {
      const r = shown.result;
      key = "line\u0000" + shown.line + "\u0000" + (r?.reply ?? "") + String(r?.disconnect);
      if (this.drawnKey === key) return;
      this.drawnFrom = null;
      rows = r === null ? [] : lineRows(shown.line, r.reply, r.disconnect);
      setText(this.note, rows.length === 0 ? "No line to draw." : "The line and its answer; a session in the console draws every line it sent.");
    }
    const cut = rows.filter((r) => r.kind === "c" || r.kind === "s" || r.kind === "none").length > maxDrawn;
    if (cut) {
      let n = 0;
      rows = rows.filter((r) => (r.kind === "c" || r.kind === "s" || r.kind === "none" ? ++n : n) <= maxDrawn);
      this.note.textContent += " Only the first " + maxDrawn + " lines are drawn.";
    }
    this.drawnKey = key + (key === "log" ? log.entries.length : "");
    this.box.replaceChildren(draw(rows));
    this.current = null;
    if (key === "log") this.mark(log.current);
  }

  // Highlights the arrow of log entry i (the log's chosen line).
  private mark(i: number): void {
    const g = this.box.querySelector('[data-entry="' + i + '"]');
    if (g === this.current) return;
    this.current?.classList.remove("is-current");
    this.current?.removeAttribute("aria-current");
    this.current = g;
    g?.classList.add("is-current");
    g?.setAttribute("aria-current", "true");
  }

  // Chooses the log line of the arrow at t; false when t is no arrow of the log.
  private pick(t: EventTarget | null): boolean {
    const g = t instanceof Element ? t.closest("[data-entry]") : null;
    const i = Number(g?.getAttribute("data-entry") ?? "-1");
    if (g === null || !(i >= 0)) return false;
    this.host.choose(i);
    this.mark(i);
    return true;
  }

  private save(): void {
    const s = this.box.querySelector("svg");
    if (s === null) return;
    const copy = s.cloneNode(true) as SVGSVGElement;
    copy.insertBefore(svg("style", {}, fileStyle), copy.firstChild);
    const blob = new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" });
    const a = el("a", { attrs: { href: URL.createObjectURL(blob), download: "cvq-sequence.svg" } });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}

register("sequence", {
  async mount(host: ViewHost, body: HTMLElement): Promise<View> {
    await viewStyle();
    return new Sequence(host, body);
  },
});
