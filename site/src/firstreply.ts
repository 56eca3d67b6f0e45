// The first reply of a plain share link, drawn by boot.ts the moment the
// simulator is ready, before main.ts (tens of kilobytes to parse and run)
// has set the page up: a learner who follows a link sees the answer first.
// Only the plainest link qualifies (a format version, a dialect and a
// profile the page offers, and a printable ASCII request); anything else
// waits for main.ts, which reads every link fully. main.ts redraws the same
// reply with the same DOM when it takes over, so nothing visibly changes.

import { clamp as clampTo } from "./dom";

/** What a plain share link asks for. */
export interface PlainLink {
  line: string;
  dialect: string;
  profile: string;
}

/** The longest request the fast path takes; longer ones wait for main.ts. */
const maxLine = 1024;

/**
 * Reads "#v=1&d=…&p=…&q=…" (the parts in any order, each once, nothing
 * else), or returns null. dialects and profiles are the names the page
 * offers: a link naming another is settled (with a notice) by main.ts.
 */
export function plainLink(hash: string, dialects: string[], profiles: string[]): PlainLink | null {
  if (!hash.startsWith("#") || hash.length > 4 * maxLine) return null;
  const parts = new Map<string, string>();
  for (const part of hash.slice(1).split("&")) {
    const eq = part.indexOf("=");
    const key = eq < 0 ? part : part.slice(0, eq);
    if (parts.has(key) || !["v", "d", "p", "q"].includes(key)) return null;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(eq + 1));
    } catch {
      return null;
    }
    parts.set(key, value);
  }
  const line = parts.get("q") ?? "";
  const dialect = parts.get("d") ?? "";
  const profile = parts.get("p") ?? "";
  if (parts.size !== 4 || parts.get("v") !== "1" || !printable(line) || line.length > maxLine ||
    !dialects.includes(dialect) || !profiles.includes(profile)) {
    return null;
  }
  return { line, dialect, profile };
}

/** The part of the bridge's answer the reply line is drawn from. */
export interface ReplyLine {
  reply: string;
  replyTokens: { from: number; to: number; name: string; status: string }[];
}

/**
 * The reply as ReplyView draws it: one span per field (class "seg", with
 * data-param, data-key and data-status) and the spaces between them as
 * text, so #reply's text is exactly the reply. Offsets out of order or
 * range are skipped or clamped as ReplyView does.
 */
export function replyNodes(reply: string, fields: ReplyLine["replyTokens"], show: (s: string) => string): Node[] {
  const nodes: Node[] = [];
  const clamp = (n: number): number => clampTo(n, reply.length);
  let at = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const from = clamp(f.from);
    const to = Math.max(from, clamp(f.to));
    if (from < at) continue;
    if (from > at) nodes.push(document.createTextNode(show(reply.slice(at, from))));
    const span = document.createElement("span");
    span.className = "seg";
    span.textContent = show(reply.slice(from, to));
    span.setAttribute("data-param", f.name);
    span.setAttribute("data-key", "r" + i);
    span.setAttribute("data-status", f.status);
    nodes.push(span);
    at = to;
  }
  if (at < reply.length) nodes.push(document.createTextNode(show(reply.slice(at))));
  return nodes;
}

/** Reports whether s is printable ASCII only (nothing visible() would mark). */
export function printable(s: string): boolean {
  return /^[\x20-\x7e]*$/.test(s);
}
