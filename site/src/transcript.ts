// What the console lists, and how one listed line looks. Live connections
// and pasted transcripts both become a list of entries: client lines,
// server lines (checked against the profile when they come from a paste),
// "(no reply)" markers and events such as a new connection. Every verdict
// comes from the bridge (Check.status, Check.diffs); this file only draws
// them: the differing fields underlined on the server line, with the value
// the profile would have sent next to it.

import type { Check, Result, SessionState, Severity, Token, Transcript } from "./api";
import { describeState, sameState, shortState } from "./connstate";
import { el, visible } from "./dom";
import { grouped, maxShownValue, shorten } from "./limits";

/** The kinds of entry: client line, server line, no answer, or an event. */
export type EntryKind = "c" | "s" | "none" | "event";

/** One line of the console's log. */
export interface Entry {
  kind: EntryKind;
  /** The protocol line, or the event's message. */
  text: string;
  /** What the profile did with the client line this entry belongs to. */
  result: Result | null;
  /** The comparison, for a server line of a pasted transcript. */
  check: Check | null;
  /** The field key to highlight when the entry is shown ("r4"), if any. */
  select: string | null;
  /** 1-based line number in the paste, or 0 for a live line. */
  line: number;
  /** For events and remarks: how serious they are. */
  severity: Severity;
  /** Further remarks drawn under the entry. */
  notes: string[];
  /** The connection after this client or server line, when known. */
  state: SessionState | null;
  /** Whether the line changed the connection's state (from the line before it). */
  stateChanged: boolean;
  /** For an event from the bridge's diagnostics: its stable code ("new-connection"); else "". */
  code: string;
}

/** Most entries drawn for one transcript; the rest are counted. */
export const maxShownEntries = 1000;

/** Most differing fields spelled out under one server line. */
const maxShownDiffs = 8;

/** Makes an entry with the defaults filled in. */
export function entry(kind: EntryKind, text: string, more: Partial<Entry> = {}): Entry {
  return { kind, text, result: null, check: null, select: null, line: 0, severity: "note", notes: [], state: null, stateChanged: false,
    code: "", ...more };
}

/** Server lines of a transcript by verdict. */
export interface Summary {
  server: number;
  match: number;
  differ: number;
  unchecked: number;
}

/** Counts the server lines of t by verdict. */
export function summarize(t: Transcript): Summary {
  const s: Summary = { server: 0, match: 0, differ: 0, unchecked: 0 };
  const count = (c: Check): void => {
    s.server++;
    if (c.status === "match") s.match++;
    else if (c.status === "differ") s.differ++;
    else s.unchecked++;
  };
  for (const st of t.steps) st.checks.forEach(count);
  t.unpaired.forEach(count);
  return s;
}

/**
 * Where and why the bridge cut a long paste short (its "too-long"
 * diagnostic), as a sentence for the summary; "" when it checked it all.
 */
export function cutText(t: Transcript): string {
  const d = t.diagnostics.find((x) => x.code === "too-long");
  if (d === undefined) return "";
  return " Cut short at line " + grouped(d.line) + " of the paste: " + d.text.replace(/^The transcript is cut here: /, "") +
    " (the lines after it are not checked or shown).";
}

/** "7 server lines: 5 match, 1 differs, 1 not checked". */
export function summaryText(s: Summary): string {
  if (s.server === 0) return "No server lines to check: the paste holds client lines only.";
  const plural = (n: number, one: string, many: string): string => n + " " + (n === 1 ? one : many);
  const parts = [plural(s.match, "matches", "match"), plural(s.differ, "differs", "differ")];
  if (s.unchecked > 0) parts.push(s.unchecked + " not checked");
  return plural(s.server, "server line", "server lines") + ": " + parts.join(", ");
}

type LineDiagnostic = Transcript["diagnostics"][number];

/**
 * Turns a checked transcript into entries, in the order of the paste: the
 * bridge's diagnostics about a protocol line follow that line, and those
 * about other lines (skipped prose, or the bridge's count of further
 * skipped lines) sit between the protocol lines by line number, so in a
 * debug log they do not crowd the protocol lines out of the drawn entries.
 */
export function transcriptEntries(t: Transcript): Entry[] {
  const stepOf = new Map<number, number>(); // line index → step index
  t.steps.forEach((st, i) => stepOf.set(st.index, i));
  const checkOf = new Map<number, { check: Check; step: number | null }>();
  t.steps.forEach((st, i) => st.checks.forEach((c) => checkOf.set(c.index, { check: c, step: i })));
  t.unpaired.forEach((c) => checkOf.set(c.index, { check: c, step: null }));

  const diagsAt = new Map<number, LineDiagnostic[]>();
  const loose: LineDiagnostic[] = [];
  const physical = new Set(t.lines.map((l) => l.line));
  for (const d of t.diagnostics) {
    if (!physical.has(d.line)) {
      loose.push(d);
      continue;
    }
    const list = diagsAt.get(d.line) ?? [];
    list.push(d);
    diagsAt.set(d.line, list);
  }
  // Stable: the bridge's order stays for diagnostics on one line.
  const remarks = loose.sort((a, b) => a.line - b.line).map(diagnosticEntry);
  let next = 0;
  const out: Entry[] = [];
  let before: SessionState | null = null;
  // The state after a protocol line, and whether it differs from the one before.
  const after = (s: SessionState | null): Partial<Entry> => {
    const changed = s !== null && !sameState(s, before);
    if (s !== null) before = s;
    return { state: s, stateChanged: changed };
  };
  // The remarks on lines before line n, in order.
  const upTo = (n: number): void => {
    while (next < remarks.length && remarks[next]!.line < n) out.push(remarks[next++]!);
  };
  t.lines.forEach((ln, i) => {
    upTo(ln.line);
    if (ln.dir === "C") {
      const k = stepOf.get(i);
      const st = k === undefined ? undefined : t.steps[k];
      const notes: string[] = [];
      if (st !== undefined && st.checks.length === 0 && st.reply !== "") {
        notes.push("The paste has no answer to this line; the profile answers: " + st.reply);
      }
      out.push(entry("c", ln.text, { result: st ?? null, line: ln.line, notes, ...after(st?.state ?? null) }));
    } else {
      const found = checkOf.get(i);
      const result = found?.step === null || found === undefined ? null : t.steps[found.step] ?? null;
      const check = found?.check ?? null;
      const e = entry("s", ln.text, { result, check, line: ln.line, ...after(check?.state ?? null) });
      // Reading the result's reply fields may ask the bridge for them (a
      // lean transcript, see api.ts), so the key is worked out when used.
      if (check?.status === "differ") Object.defineProperty(e, "select", { get: () => firstDiffKey(check, result), enumerable: true });
      out.push(e);
    }
    for (const d of diagsAt.get(ln.line) ?? []) out.push(diagnosticEntry(d));
    // Several protocol lines can start on one physical line only in
    // theory; take each line's diagnostics once.
    diagsAt.delete(ln.line);
  });
  upTo(Infinity);
  return out;
}

function diagnosticEntry(d: LineDiagnostic): Entry {
  const where = d.line > 0 ? "Line " + d.line + ": " : "";
  return entry("event", where + d.text, { severity: d.severity, notes: d.notes, line: d.line, code: d.code });
}

/**
 * The entry to show first, among the first n (the ones drawn): the first
 * server line that differs, else the first client line, else the first
 * server line; -1 when none of them is a protocol line.
 */
export function firstToShow(es: Entry[], n: number): number {
  const shown = es.slice(0, n);
  for (const want of [(e: Entry) => e.check?.status === "differ", (e: Entry) => e.kind === "c", (e: Entry) => e.kind === "s"]) {
    const i = shown.findIndex(want);
    if (i >= 0) return i;
  }
  return -1;
}

// The key of the reply field the first difference is about, so showing the
// line lands on that field's card.
function firstDiffKey(c: Check | null, r: Result | null): string | null {
  const d = c?.diffs[0];
  if (d === undefined || r === null) return null;
  const i = r.replyTokens.findIndex((f) => f.index === d.index);
  return i < 0 ? null : "r" + i;
}

/**
 * The log's own server line as a result to draw: r (what the profile did
 * with the client line) with c's observed line as its reply, each field of
 * it named as the profile's field at its place, and each differing field
 * marked as an error whose note gives the profile's value.
 */
export function logLine(r: Result, c: Check): Result {
  const line = c.observed;
  const tokens: Token[] = [];
  let from = 0;
  for (const value of line.split(" ")) {
    const i = tokens.length;
    const to = from + value.length;
    const d = c.diffs.find((x) => x.index === i && x.from === from);
    const p = r.replyTokens.find((f) => f.index === i);
    tokens.push({
      ...(p ?? { name: d?.name || "extra", meaning: "", detail: "", since: "", changes: "", about: "", source: "" }),
      index: i, value, from, to, start: from, end: to,
      ...(d === undefined ? { status: p?.status ?? "ok", note: p?.note ?? "" }
        : { status: "error", meaning: "", detail: "", note: "The log's server sent " + (value === "" ? "an empty field" : value) +
          " here; " + r.profile + " sends " + (d.expected === "" ? "nothing" : d.expected) + "." }),
    });
    from = to + 1;
  }
  return { ...r, reply: line, replyTokens: tokens, state: c.state };
}

/** Builds the list item for e; the line itself is a button with index i. */
export function renderEntry(e: Entry, i: number): HTMLLIElement {
  if (e.kind === "event") {
    const li = el("li", { cls: "log-event sev-" + e.severity, attrs: { "data-kind": "event" } }, [
      el("span", { cls: "log-event-text", text: e.text }),
    ]);
    appendNotes(li, e.notes);
    return li;
  }
  const status = e.check?.status ?? "";
  const li = el("li", {
    cls: "log-entry log-entry--" + e.kind + (status === "" ? "" : " is-" + status),
    attrs: { "data-kind": e.kind, ...(status === "" ? {} : { "data-status": status }) },
  });
  const parts: Node[] = [];
  if (e.line > 0) parts.push(el("span", { cls: "log-no", text: String(e.line), attrs: { "aria-label": "line " + e.line } }));
  parts.push(el("span", { cls: "log-dir", text: e.kind === "c" ? "C:" : "S:" }));
  if (e.kind === "none") {
    parts.push(el("span", { cls: "log-text log-none", text: "(no reply)" }));
  } else {
    parts.push(el("span", { cls: "log-text" }, marked(e.text, e.check)));
  }
  if (e.check !== null) parts.push(el("span", { cls: "log-verdict", text: verdict[e.check.status] }));
  if (e.state !== null) parts.push(stateBadge(e.state, e.stateChanged));
  li.appendChild(el("button", {
    cls: "log-line",
    attrs: { type: "button", tabindex: "-1", "aria-pressed": "false", "data-entry": String(i) },
  }, parts));
  const notes = [...e.notes];
  if (e.check !== null) notes.push(...checkNotes(e.check));
  appendNotes(li, notes);
  return li;
}

// The connection after a line, as one word; a screen reader hears it as
// "connection closed", and the title spells it out.
function stateBadge(s: SessionState, changed: boolean): HTMLElement {
  const [full, token] = describeState(s);
  return el("span", {
    cls: "log-state" + (changed ? " is-changed" : ""),
    attrs: { "data-state": token, "data-mode": s.mode, title: "Connection after this line: " + full },
  }, [el("span", { cls: "visually-hidden", text: "connection " }), document.createTextNode(shortState(s))]);
}

const verdict: Record<Check["status"], string> = { match: "matches", differ: "differs", unchecked: "not checked" };

// The server line with each differing field underlined (a caret where the
// paste is missing a field the profile sends).
function marked(text: string, c: Check | null): Node[] {
  // The diffs index text; markers lengthen what is shown, so each piece
  // is cut from text first and made visible after.
  if (c === null || c.status !== "differ" || c.diffs.length === 0) return [document.createTextNode(visible(text))];
  const ds = [...c.diffs].sort((a, b) => a.from - b.from);
  const out: Node[] = [];
  let at = 0;
  for (const d of ds) {
    const from = Math.max(at, Math.min(text.length, d.from));
    const to = Math.max(from, Math.min(text.length, d.to));
    if (from > at) out.push(document.createTextNode(visible(text.slice(at, from))));
    const title = describeDiff(d);
    if (from === to) {
      out.push(el("span", { cls: "diff-caret", attrs: { title, "data-param": d.name, "aria-label": title } }));
    } else {
      out.push(el("mark", { cls: "diff", text: visible(text.slice(from, to)), attrs: { title, "data-param": d.name } }));
    }
    at = to;
  }
  if (at < text.length) out.push(document.createTextNode(visible(text.slice(at))));
  return out;
}

function describeDiff(d: Check["diffs"][number]): string {
  const exp = d.expected === "" ? "nothing" : visible(shorten(d.expected, maxShownValue));
  const obs = d.observed === "" ? "nothing" : visible(shorten(d.observed, maxShownValue));
  return (d.name === "" ? "field " + d.index : d.name) + ": expected " + exp + ", log says " + obs;
}

function checkNotes(c: Check): string[] {
  const notes: string[] = [];
  if (c.status === "differ") {
    if (c.expected === "") notes.push("The profile sends no reply here.");
    for (const d of c.diffs.slice(0, maxShownDiffs)) notes.push(describeDiff(d));
    if (c.diffs.length > maxShownDiffs) notes.push("… " + (c.diffs.length - maxShownDiffs) + " more differing fields");
  }
  if (c.note !== "") notes.push(c.note);
  return notes;
}

function appendNotes(li: HTMLElement, notes: string[]): void {
  if (notes.length === 0) return;
  li.appendChild(el("ul", { cls: "log-notes" }, notes.map((n) => el("li", { text: visible(n) }))));
}
