// The share link's fragment, read back (both forms linkwrite.ts writes) and
// settled against the page's choices. Every part is checked before it is
// used: a damaged, oversized or hand-made link yields what could be read
// and plain sentences about the rest, never an exception.

import { compressionAvailable, fromBase64Url, inflate, maxUnpackedBytes, TooLarge } from "./pack";
import { type Choices, linkFormatVersion as formatVersion, isFocusKey, maxLessonNumber, type PageState, quote, viewNames } from "./state";
import { countLines, grouped, kib, maxRequestBytes, maxSessionLines, maxTranscriptBytes, utf8Length } from "./limits";
import { maxFragmentChars } from "./linkwrite";

/** What a fragment said, before it is checked against the page's choices. */
export interface Decoded {
  /** The parts that were read correctly. */
  state: Partial<PageState>;
  /** Plain sentences about what was wrong, for the notice. */
  problems: string[];
}

// The parts a link may have, by key, with the name a notice uses for each.
// A Map, not an object literal: a key such as "constructor" or "__proto__"
// must be as unknown as any other name.
const names = new Map<string, string>([
  ["d", "dialect"],
  ["p", "server profile"],
  ["q", "request line"],
  ["s", "session"],
  ["t", "transcript"],
  ["f", "highlighted field"],
  ["lesson", "lesson"],
  ["view", "view"],
]);

/**
 * The most UTF-8 bytes each part of a link may decode to. A part over its
 * cap is refused before it is decoded, so a link of megabytes costs no more
 * than a glance at its length.
 */
const maxPartBytes = new Map<string, number>([
  ["d", 64],
  ["p", 64],
  ["q", maxRequestBytes],
  ["s", maxTranscriptBytes],
  ["t", maxTranscriptBytes],
  ["f", 16],
  ["lesson", 16],
  ["view", 16],
]);

/** How many unknown keys a notice names before it only counts them. */
export const maxNamedUnknown = 5;

/**
 * Reports whether a fragment (with or without "#") is meant as a share
 * link; an in-page anchor such as "#request" from the skip link is not.
 */
export function isShareLink(hash: string): boolean {
  return hash.includes("=");
}

/**
 * Reports whether a fragment (with its "#") is longer than any this page
 * writes: such an address is not one this tab wrote, and it may be
 * megabytes long, which keeps the browser busy enough that the page shows
 * the link's reply before it asks storage anything.
 */
export function foreignLink(hash: string): boolean {
  return hash.length > maxFragmentChars + 1;
}

/**
 * Reads a fragment (with or without "#"). Returns null for a fragment that
 * is not a share link at all (see isShareLink).
 *
 * The work is bounded by one pass over the fragment: its parts are found in
 * a single scan that keeps the values of the known keys only and counts the
 * rest (naming the first few), a compressed part longer than any link this
 * page writes is refused before it is decoded, and every other value is
 * refused on its length before it is percent-decoded.
 */
export async function fromFragment(hash: string): Promise<Decoded | null> {
  if (!isShareLink(hash)) return null;
  const frag = hash.startsWith("#") ? hash.slice(1) : hash;
  const problems: string[] = [];
  const top = scanParts(frag);
  const v = top.values.get("v");
  if (v === undefined) {
    problems.push("the link has no format version (v=), so it was read as a version " + formatVersion + " link");
  } else if (v !== formatVersion) {
    problems.push("the link is in format version " + quote(v) + ", which this page cannot read (it reads version " +
      formatVersion + "); it may come from a newer copy of the playground");
    return { state: {}, problems };
  }
  const z = top.values.get("z");
  if (z === undefined) {
    reportUnknown(top, problems);
    return { state: readParts(top.values, problems), problems };
  }
  if (top.values.size + top.unknown > (v === undefined ? 1 : 2)) {
    problems.push("the link mixes compressed and plain parts; only the compressed part was read");
  }
  if (z.length > maxFragmentChars) {
    problems.push("the compressed part of the link (z=) is " + grouped(z.length) + " characters, longer than any link " +
      "this page writes (" + grouped(maxFragmentChars) + " at most), so it was not unpacked; nothing from the link was used");
    return { state: {}, problems };
  }
  const text = await unpack(z);
  if (!text.ok) {
    problems.push(text.error);
    return { state: {}, problems };
  }
  const inner = scanParts(text.value);
  inner.values.delete("v");
  reportUnknown(inner, problems);
  if (inner.values.has("z")) {
    problems.push("the compressed part contains another compressed part, which this page does not unpack");
    return { state: {}, problems };
  }
  return { state: readParts(inner.values, problems), problems };
}

/** A fragment's parts as scanParts found them. */
interface Parts {
  /** The raw (still percent-encoded) value of each known key (and v, z): the first one given. */
  values: Map<string, string>;
  /** How many parts have a key the page does not know. */
  unknown: number;
  /** The first maxNamedUnknown of those keys, quoted for a notice. */
  named: string[];
}

/** The longest key a link part may have ("lesson"); longer keys are unknown without a look. */
const longestKey = 6;

// Splits "a=1&b=2" in one pass. A part without "=" has an empty value, an
// empty part is skipped, and a repeated key keeps its first value. Only the
// known keys' values are kept: an unknown key costs a count, and its name is
// cut out only for the first few, so a link of a hundred thousand made-up
// keys costs one scan. The browser's indexOf finds each "&"; the next "="
// is looked up again only once a part starts past it, so parts without one
// cannot make the search quadratic.
function scanParts(frag: string): Parts {
  const out: Parts = { values: new Map(), unknown: 0, named: [] };
  let nextEq = -2; // where the next "=" is at or after start; -1: there is none
  for (let start = 0; start <= frag.length;) {
    let end = frag.indexOf("&", start);
    if (end < 0) end = frag.length;
    if (end > start) {
      if (nextEq !== -1 && nextEq < start) nextEq = frag.indexOf("=", start);
      addPart(out, frag, start, nextEq >= 0 && nextEq < end ? nextEq : end, end);
    }
    start = end + 1;
  }
  return out;
}

// Records the part frag[start:end) whose key ends at keyEnd.
function addPart(out: Parts, frag: string, start: number, keyEnd: number, end: number): void {
  const k = keyEnd - start <= longestKey ? frag.slice(start, keyEnd) : "";
  if (k !== "" && (k === "v" || k === "z" || names.has(k))) {
    if (!out.values.has(k)) out.values.set(k, keyEnd < end ? frag.slice(keyEnd + 1, end) : "");
    return;
  }
  out.unknown++;
  if (out.named.length < maxNamedUnknown) out.named.push(quote(frag.slice(start, Math.min(keyEnd, start + 64)) + "="));
}

// Says, in one sentence, how many parts have keys the page does not know
// and names the first few.
function reportUnknown(p: Parts, problems: string[]): void {
  const count = p.unknown;
  if (count === 1) problems.push("the link has a part " + p.named[0] + " this page does not know; it was ignored");
  else if (count > 1) {
    problems.push("the link has " + grouped(count) + " parts this page does not know (" + p.named.join(", ") +
      (count > p.named.length ? " and " + grouped(count - p.named.length) + " more" : "") + "); they were ignored");
  }
}

// Decodes the known parts: it returns the decoded values and reports parts
// over their size cap and broken percent-encoding.
function readParts(m: Map<string, string>, problems: string[]): Partial<PageState> {
  const out: Partial<PageState> = {};
  const get = (k: string): string | undefined => {
    const raw = m.get(k);
    if (raw === undefined) return undefined;
    const cap = maxPartBytes.get(k) ?? 0;
    // Each byte is one character of the link or three ("%E2"), so the raw
    // length bounds the decoded size from both sides.
    let v: string | undefined;
    if (raw.length <= 3 * cap) {
      try {
        v = decodeURIComponent(raw);
      } catch {
        problems.push("the " + names.get(k) + " (" + k + "=) has broken percent-encoding (a % not followed by a valid UTF-8 byte sequence), so it was not used");
        return undefined;
      }
    }
    if (v === undefined || utf8Length(v, cap) > cap) {
      problems.push("the " + names.get(k) + " (" + k + "=) is longer than the " + kib(cap) + " this page takes, so it was not used");
      return undefined;
    }
    return v;
  };
  const d = get("d");
  if (d !== undefined) out.dialect = d;
  const p = get("p");
  if (p !== undefined) out.profile = p;
  const q = get("q");
  if (q !== undefined) out.line = q;
  const t = get("t");
  // A session's lines are counted on the raw value (LF is written %0A),
  // so a link of more lines than the page replays is refused as that,
  // whatever its size.
  const rawS = t === undefined ? m.get("s") : undefined;
  const tooMany = rawS !== undefined && countLines(rawS.replaceAll("%0a", "%0A"), maxSessionLines, "%0A") > maxSessionLines;
  const s = tooMany ? undefined : get("s");
  if (t !== undefined) {
    out.mode = "session";
    out.transcript = t;
    out.session = [];
  } else if (tooMany) {
    // Replaying is a simulator call per line: a link must not be able to
    // make the page (and, through storage, every later visit) do that
    // without end. The link's other parts still count.
    problems.push("the session (s=) has more than " + maxSessionLines + " client lines, more than this page replays, " +
      "so it was not used");
  } else if (s !== undefined) {
    out.mode = "session";
    out.transcript = "";
    out.session = s === "" ? [] : s.split("\n");
  } else if (q !== undefined) {
    out.mode = "line";
  }
  const n = get("lesson");
  if (n !== undefined) {
    const v = /^[0-9]{1,2}$/.test(n) ? Number(n) : 0;
    if (v >= 1 && v <= maxLessonNumber) out.lesson = v;
    else problems.push("the lesson " + quote(n) + " is not a lesson number");
  }
  const w = get("view");
  if (w !== undefined) {
    if (viewNames.includes(w)) out.view = w;
    else problems.push("the view " + quote(w) + " is not one this page has (" + viewNames.join(", ") + ")");
  }
  const f = get("f");
  if (f !== undefined && f !== "") {
    if (isFocusKey(f)) out.focus = f;
    else problems.push("the highlighted field " + quote(f) + " is not a field name this page uses, so nothing is highlighted");
  }
  return out;
}

/**
 * Fills a decoded state in from defaults, replacing a dialect or profile
 * the page does not offer. It returns the state to show, the problems
 * (the decoder's and its own) and the names of the parts that were kept.
 */
export function settle(d: Decoded, defaults: PageState, choices: Choices): Settled {
  const problems = [...d.problems];
  const kept: string[] = [];
  const s: PageState = { ...defaults, session: [...defaults.session], focus: "" };
  const pick = (v: string | undefined, list: string[], what: string, fallback: string): string => {
    if (v === undefined) return fallback;
    if (list.includes(v)) {
      kept.push(what);
      return v;
    }
    problems.push("the " + what + " " + quote(v) + " is not one this page offers, so " + fallback + " is used instead");
    return fallback;
  };
  s.dialect = pick(d.state.dialect, choices.dialects, "dialect", defaults.dialect);
  s.profile = pick(d.state.profile, choices.profiles, "server profile", defaults.profile);
  if (d.state.mode !== undefined) s.mode = d.state.mode;
  if (d.state.line !== undefined) {
    s.line = d.state.line;
    kept.push("request line");
  }
  if (d.state.mode === "session") {
    s.session = d.state.session ?? [];
    s.transcript = d.state.transcript ?? "";
    kept.push(s.transcript !== "" ? "transcript" : "session");
  }
  if (d.state.focus !== undefined) {
    s.focus = d.state.focus;
    kept.push("highlighted field");
  }
  if (d.state.lesson !== undefined) {
    s.lesson = d.state.lesson;
    kept.push("lesson");
  }
  if (d.state.view !== undefined) {
    s.view = d.state.view;
    kept.push("view");
  }
  const bareLesson = d.state.lesson !== undefined && d.state.line === undefined && d.state.mode === undefined;
  return { state: s, problems, kept, bareLesson };
}

/** What settle decided. */
export interface Settled {
  state: PageState;
  problems: string[];
  /** The names of the parts that were kept from the link. */
  kept: string[];
  /** The link names a lesson and no input: the lesson's starting line is wanted. */
  bareLesson: boolean;
}

type Unpacked = { ok: true; value: string } | { ok: false; error: string };

// Undoes base64url and deflate, refusing anything that is not exactly what
// toFragment writes: bad characters, a cut-off stream, trailing bytes,
// text that is not UTF-8, or more than maxUnpackedBytes.
async function unpack(z: string): Promise<Unpacked> {
  const damaged = "the compressed part of the link (z=) is damaged or cut short";
  if (!compressionAvailable()) {
    return { ok: false, error: "this browser cannot unpack compressed links (it lacks DecompressionStream); nothing from the link was used" };
  }
  const bytes = fromBase64Url(z);
  if (bytes === null) return { ok: false, error: damaged + " (it is not base64url text); nothing from the link was used" };
  let out: Uint8Array;
  try {
    out = await inflate(bytes);
  } catch (e) {
    if (e instanceof TooLarge) {
      return { ok: false, error: "the compressed part of the link unpacks to more than " + (maxUnpackedBytes >> 10) + " KiB, more than any link this page writes; nothing from the link was used" };
    }
    return { ok: false, error: damaged + " (it does not unpack); nothing from the link was used" };
  }
  try {
    return { ok: true, value: new TextDecoder("utf-8", { fatal: true }).decode(out) };
  } catch {
    return { ok: false, error: damaged + " (it unpacks to text that is not UTF-8); nothing from the link was used" };
  }
}
