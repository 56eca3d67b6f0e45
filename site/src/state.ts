// The page state a link or a reload brings back, and its two written forms:
// checked JSON (for localStorage, see storage.ts) and the URL fragment of a
// share link. The fragment is readable when short,
//   #v=1&d=MSNP8&p=reference&q=CVQ%202%200x0409…&f=q5
// with s= (client lines joined by LF) or t= (a pasted transcript) in place
// of q= for a session, and otherwise the same text deflated and base64url
// encoded: #v=1&z=…. Nothing here knows the protocol: dialects and
// profiles are checked against the lists the bridge offers.

import { isolate } from "./visible";
import { countLines, kib, maxRequestBytes, maxSessionLines, maxShownValue, maxTranscriptBytes, shorten, utf8Length } from "./limits";

/** Everything needed to show the page as someone left it. */
export interface PageState {
  dialect: string;
  profile: string;
  mode: "line" | "session";
  line: string;
  session: string[];
  transcript: string;
  /** The pinned field's key ("q5", "r2"), or "". */
  focus: string;
  /** The open lesson's number (the lessons panel), 0 for none. */
  lesson: number;
  /** The open view (compare, sequence, export), "" for none. */
  view: string;
}

/** The views a link may open (view=…). */
const viewNames = ["compare", "sequence", "export"];

/** Highest lesson number a link may name; far above the lessons there are. */
export const maxLessonNumber = 99;

/** Longest fragment a share link may have, in characters after "#". */
export const maxFragmentChars = 8000;

/** The link format this page writes and reads. */
const formatVersion = "1";

/**
 * Largest text a compressed link may unpack to. Far above what fits in a
 * capped link of real input, it stops a hand-made link from unpacking a
 * few kilobytes into gigabytes.
 */
const maxUnpackedBytes = 1 << 20;

/** A compressed link is used only when it is at most this share of the readable one. */
const compressRatio = 0.7;

/** Below this many characters the readable form is always used. */
const compressFrom = 200;

/** Validates a parsed JSON value as a PageState; null when it is not one. */
export function parseState(v: unknown): PageState | null {
  if (typeof v !== "object" || v === null) return null;
  const o = v as Record<string, unknown>;
  const str = (k: string): string | null => (typeof o[k] === "string" ? (o[k] as string) : null);
  const dialect = str("dialect");
  const profile = str("profile");
  const line = str("line");
  const transcript = str("transcript");
  const focus = str("focus");
  const mode = o["mode"];
  const session = o["session"];
  if (dialect === null || profile === null || line === null || transcript === null || focus === null) return null;
  if (mode !== "line" && mode !== "session") return null;
  if (!Array.isArray(session) || !session.every((x) => typeof x === "string")) return null;
  if (focus !== "" && !isFocusKey(focus)) return null;
  // Stored by a page from before the lessons: no lesson open.
  const lesson = o["lesson"] ?? 0;
  if (typeof lesson !== "number" || !Number.isInteger(lesson) || lesson < 0 || lesson > maxLessonNumber) return null;
  // Stored by a page from before the views: none open.
  const view = o["view"] ?? "";
  if (typeof view !== "string" || (view !== "" && !viewNames.includes(view))) return null;
  return { dialect, profile, mode, line, session: session as string[], transcript, focus, lesson, view };
}

/** Reports whether two states would show the same page. */
export function sameState(a: PageState, b: PageState): boolean {
  return a.dialect === b.dialect && a.profile === b.profile && a.mode === b.mode && a.line === b.line &&
    a.transcript === b.transcript && a.focus === b.focus && a.lesson === b.lesson && a.view === b.view &&
    a.session.length === b.session.length && a.session.every((x, i) => x === b.session[i]);
}

/** Reports whether k looks like a linker key: q or r and a field number. */
export function isFocusKey(k: string): boolean {
  if (k.length < 2 || k.length > 6 || (k[0] !== "q" && k[0] !== "r")) return false;
  for (let i = 1; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// ---- Writing a link ------------------------------------------------------

/** The fragment for a state, or the length it would have had past the cap. */
export type Encoded =
  | { ok: true; fragment: string; compressed: boolean }
  | { ok: false; length: number };

/** The readable fragment (without "#"): only the input of the active mode. */
export function readableFragment(s: PageState): string {
  const parts = ["v=" + formatVersion];
  if (s.lesson > 0) parts.push("lesson=" + s.lesson);
  parts.push("d=" + enc(s.dialect), "p=" + enc(s.profile));
  if (s.mode === "line") parts.push("q=" + enc(s.line));
  else if (s.transcript !== "") parts.push("t=" + enc(s.transcript));
  else parts.push("s=" + enc(s.session.join("\n")));
  if (s.focus !== "") parts.push("f=" + enc(s.focus));
  if (s.view !== "") parts.push("view=" + s.view);
  return parts.join("&");
}

/**
 * Writes s as a fragment: readable, unless deflating makes it much shorter
 * (which only long input does). Fails with the length when even the
 * shorter form is over maxFragmentChars.
 */
export async function toFragment(s: PageState): Promise<Encoded> {
  const readable = readableFragment(s);
  let best = readable;
  if (readable.length >= compressFrom && compressionAvailable()) {
    try {
      const packed = "v=" + formatVersion + "&z=" + toBase64Url(await deflate(readable));
      if (packed.length <= readable.length * compressRatio) best = packed;
    } catch {
      // Keep the readable form; it is still a correct link.
    }
  }
  if (best.length > maxFragmentChars) return { ok: false, length: best.length };
  return { ok: true, fragment: best, compressed: best !== readable };
}

// encodeURIComponent throws on a lone surrogate (a pasted fragment of an
// emoji): those become U+FFFD first, as any UTF-8 encoder would write them.
function enc(s: string): string {
  return encodeURIComponent(wellFormed(s));
}

function wellFormed(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      i++;
      continue;
    }
    out += s.slice(from, i) + "\ufffd";
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

// ---- Reading a link ------------------------------------------------------

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
 * Reads a fragment (with or without "#"). Returns null for a fragment that
 * is not a share link at all (see isShareLink).
 */
export async function fromFragment(hash: string): Promise<Decoded | null> {
  if (!isShareLink(hash)) return null;
  const frag = hash.startsWith("#") ? hash.slice(1) : hash;
  const problems: string[] = [];
  const top = splitParts(frag);
  const v = top.get("v");
  if (v === undefined) {
    problems.push("the link has no format version (v=), so it was read as a version " + formatVersion + " link");
  } else if (v !== formatVersion) {
    problems.push("the link is in format version " + quote(v) + ", which this page cannot read (it reads version " +
      formatVersion + "); it may come from a newer copy of the playground");
    return { state: {}, problems };
  }
  const z = top.get("z");
  if (z === undefined) {
    readParts(top, problems, false);
    return { state: readParts(top, problems, true), problems };
  }
  if (top.size > (v === undefined ? 1 : 2)) problems.push("the link mixes compressed and plain parts; only the compressed part was read");
  const text = await unpack(z);
  if (!text.ok) {
    problems.push(text.error);
    return { state: {}, problems };
  }
  const inner = splitParts(text.value);
  inner.delete("v");
  readParts(inner, problems, false);
  if (inner.has("z")) {
    problems.push("the compressed part contains another compressed part, which this page does not unpack");
    return { state: {}, problems };
  }
  return { state: readParts(inner, problems, true), problems };
}

// Splits "a=1&b=2" into a map of raw (still percent-encoded) values. A part
// without "=" gets an empty value; a repeated key keeps its first value.
function splitParts(frag: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of frag.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const k = eq < 0 ? part : part.slice(0, eq);
    if (!m.has(k)) m.set(k, eq < 0 ? "" : part.slice(eq + 1));
  }
  return m;
}

// Decodes the known parts. With collect false it only reports unknown keys
// (so they are reported once, for the plain form), in one sentence that
// counts them and names the first few; with collect true it returns the
// decoded values and reports parts over their size cap and broken
// percent-encoding.
function readParts(m: Map<string, string>, problems: string[], collect: boolean): Partial<PageState> {
  const out: Partial<PageState> = {};
  if (!collect) {
    const unknown: string[] = [];
    let count = 0;
    for (const k of m.keys()) {
      if (k === "v" || k === "z" || names.has(k)) continue;
      count++;
      if (unknown.length < maxNamedUnknown) unknown.push(quote(k + "="));
    }
    if (count === 1) problems.push("the link has a part " + unknown[0] + " this page does not know; it was ignored");
    else if (count > 1) {
      problems.push("the link has " + count.toLocaleString("en") + " parts this page does not know (" + unknown.join(", ") +
        (count > unknown.length ? " and " + (count - unknown.length).toLocaleString("en") + " more" : "") + "); they were ignored");
    }
    return out;
  }
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

/** The page's current choices, which a link's values must be among. */
export interface Choices {
  dialects: string[];
  profiles: string[];
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

/**
 * Quotes a value from a link for a message: shortened, its hidden
 * characters marked, and isolated so that it cannot reorder the sentence.
 */
export function quote(v: string): string {
  return "\u201c" + isolate(shorten(v, maxShownValue / 2)) + "\u201d";
}

// ---- Compression ---------------------------------------------------------

function compressionAvailable(): boolean {
  return typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

async function deflate(text: string): Promise<Uint8Array> {
  const input = new Blob([new TextEncoder().encode(text)]).stream();
  const out = input.pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(out).arrayBuffer());
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

class TooLarge extends Error {}

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  // Errors surface on the reading side; these only keep the writer's own
  // rejections from being reported as unhandled.
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    total += r.value.byteLength;
    if (total > maxUnpackedBytes) {
      reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): Uint8Array<ArrayBuffer> | null {
  if (s === "" || s.length % 4 === 1) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
    if (!ok) return null;
  }
  let bin: string;
  try {
    bin = atob(s.replaceAll("-", "+").replaceAll("_", "/") + "===".slice(0, (4 - (s.length % 4)) % 4));
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
