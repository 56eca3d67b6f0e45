// The first reply of a plain share link, drawn by boot.ts the moment the
// simulator is ready, before main.ts (tens of kilobytes to parse and run)
// has set the page up: a learner who follows a link sees the answer first.
// Only a link read with certainty qualifies (format version 1; at most a
// dialect and a profile the page offers and a printable ASCII request;
// any number of keys the page does not know, which change nothing; values
// linkread.ts refuses on their length alone, which it does not use);
// anything else waits for main.ts, which reads every link fully. main.ts
// redraws the same reply with the same DOM when it takes over, and says
// what it ignored (unknown keys) in its notice, so nothing visibly changes.

import { clamp as clampTo } from "./dom";
import { maxRequestBytes, maxTranscriptBytes } from "./limits";
import { maxFragmentChars } from "./linkwrite";

/** What a plain share link asks for. */
export interface PlainLink {
  line: string;
  dialect: string;
  profile: string;
}

/** The dialect and profile the page prefers (app.ts) when the bridge offers them: a link naming none gets them. */
export const defaultDialect = "MSNP8";
export const defaultProfile = "reference";

/**
 * The request the page starts with, index.html's #request text: a link
 * without one shows it (TestFirstReplyBeforeMain checks boot.js draws what
 * the whole page draws for such a link), and it needs no wait for the
 * parser to reach the editor.
 */
export const defaultLine = "CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com";

/** The longest request the fast path takes; longer ones wait for main.ts. */
const maxLine = 1024;

// The keys of linkread.ts besides v, d, p and q: a link with one of them
// (a session, a transcript, a field, a lesson, a view, a compressed part)
// is main.ts's to read. Every other key is unknown there too, and ignored.
const mainOnly = ["z", "s", "t", "f", "lesson", "view"];

// linkread.ts refuses a value longer than its key's cap before it decodes
// it: such a q= or t= is not used (main.ts says so), and a first z= longer
// than any link the page writes leaves nothing of the link used. Those are
// the hostile links of issue 12; what main.ts shows for them is known
// without reading them, so boot.ts draws it at once too.
function refusedOver(key: string): number {
  return key === "q" ? 3 * maxRequestBytes : key === "t" ? 3 * maxTranscriptBytes : key === "z" ? maxFragmentChars : Infinity;
}

/**
 * Reads "#v=1&d=…&p=…&q=…" (the parts in any order, each at most once, v
 * required) with any number of unknown keys beside them, or returns null.
 * A q= or t= over its cap counts as missing, and a first z= over the cap
 * leaves the page's defaults (refusedOver).
 * The work is one pass over the fragment, as linkread.ts's: a part whose
 * key is longer than any known one is skipped at a glance, and a part of
 * main.ts's ends the pass. dialects and profiles are the names the page
 * offers: a link naming another is settled (with a notice) by main.ts.
 */
export function plainLink(hash: string, dialects: string[], profiles: string[]): PlainLink | null {
  if (!hash.startsWith("#")) return null;
  // A refused value is null: the part is there (a second one would be
  // main.ts's to judge) but counts as missing.
  const parts = new Map<string, string | null>();
  for (let start = 1; start <= hash.length;) {
    let end = hash.indexOf("&", start);
    if (end < 0) end = hash.length;
    // linkread.ts's keys are at most 6 characters: 7 tell a part's key.
    const head = hash.slice(start, Math.min(end, start + 7));
    const eq = head.indexOf("=");
    const key = eq >= 0 ? head.slice(0, eq) : end - start <= 6 ? head : "";
    // The value's length, without copying a value of megabytes.
    const n = eq >= 0 ? end - start - eq - 1 : 0;
    const refused = n > refusedOver(key);
    if (refused && key === "z") {
      parts.clear();
      parts.set("v", "1");
      break;
    }
    if (parts.has(key) || (mainOnly.includes(key) && !refused)) return null;
    if (["v", "d", "p", "q", "t"].includes(key)) {
      // A percent-encoded character is 3; longer values are main.ts's (and capped there).
      if (n > 3 * maxLine && !refused) return null;
      parts.set(key, refused ? null : eq >= 0 ? hash.slice(start + eq + 1, end) : "");
    }
    start = end + 1;
  }
  // linkread.ts compares the version as written, undecoded.
  if (parts.get("v") !== "1") return null;
  const read = (key: string, fallback: string): string | undefined => {
    const raw = parts.get(key);
    if (raw === undefined || raw === null) return fallback;
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  };
  const line = read("q", defaultLine);
  const dialect = read("d", defaultDialect);
  const profile = read("p", defaultProfile);
  if (line === undefined || !printable(line) || line.length > maxLine ||
    dialect === undefined || !dialects.includes(dialect) || profile === undefined || !profiles.includes(profile)) {
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
