// The bridge contract (wasm/API.md) as TypeScript types, and the one place
// the page touches globalThis.cvq. Everything else in the page works with
// these types and never with the raw global, so a change in the contract
// shows up here as a type error instead of a silent undefined at run time.

import { loadJSON } from "./chunk";

/** Verdict on one field of a line. */
export type Status = "ok" | "warning" | "error" | "unchecked";

/** How a status reads on screen and to a screen reader. */
export const statusLabel: Record<Status, string> = {
  ok: "ok",
  warning: "warning",
  error: "error",
  unchecked: "not applicable",
};

/** How serious a diagnostic is. */
export type Severity = "note" | "warning" | "error";

/** One token of a request or reply line, with its annotations. */
export interface Token {
  /** The parameter's name ("locale", "client-version", …). */
  name: string;
  /** Position in the line, 0 = command. */
  index: number;
  /** UTF-8 byte range in the line. */
  start: number;
  end: number;
  /** The same range in UTF-16 code units (JS string indices). */
  from: number;
  to: number;
  value: string;
  meaning: string;
  detail: string;
  status: Status;
  since: string;
  changes: string;
  about: string;
  source: string;
  note: string;
  /** Reply tokens only: how the server came to the value. */
  rule?: Rule;
}

/**
 * How a reply field got its value (wasm/API.md, Rule). `id` is explained in the
 * reference at rules.html#rule-ID.
 */
export interface Rule {
  /** Which rule fired: "row", "trid", "too-few", "bad-locale", "echo-version", … */
  id: string;
  /** The step of the decision order (rules §4): 3, 4 or 5 for an error, 6 for a catalog answer; 0 for VER. */
  step: number;
  /** Indexes of the request tokens the rule read (0 = command, 1 = TrID, 2 = locale, …). */
  reads: number[];
  /** The catalog row it came from (1-based in the profile's catalog); 0 for none. */
  row: number;
  /** The rule in a sentence, for this reply. */
  text: string;
}

/** A located message about the request line. */
export interface Diagnostic {
  severity: Severity;
  start: number;
  end: number;
  from: number;
  to: number;
  code: string;
  text: string;
  notes: string[];
}

/** What the client does after the server's answer. */
export interface Outcome {
  kind:
    | "none"
    | "forced-upgrade"
    | "optional-upgrade"
    | "up-to-date"
    | "rejected"
    | "closed"
    | "ignored"
    | "negotiated";
  text: string;
  reason: string;
}

/** Everything the simulator says about one client line. */
export interface Result {
  input: string;
  command: string;
  dialect: string;
  profile: string;
  reply: string;
  disconnect: boolean;
  /** A dialect that fits the line better than the selected one ("" when it fits); see the dialect-fit diagnostic. */
  suggest: string;
  outcome: Outcome;
  /** The connection after the line, where the page knows it (a line of a transcript or of a live connection). */
  state?: SessionState;
  tokens: Token[];
  replyTokens: Token[];
  diagnostics: Diagnostic[];
}

/** One dialect the selector offers. */
export interface DialectInfo {
  value: string;
  label: string;
  /** How many parameters follow the TrID in this dialect's CVQ, and in its CVR (0: no such command). */
  cvq: number;
  cvr: number;
}

/** One server profile the selector offers. */
export interface ProfileInfo {
  name: string;
  title: string;
  description: string;
}

/** A ready-made input from the reference material. */
export interface Example {
  id: string;
  title: string;
  group: string;
  source: string;
  dialect: string;
  profile: string;
  kind: "line" | "session";
  input: string;
}

/**
 * The dialects, profiles, examples and parameters the page offers. The build
 * renders it from cvq's Go tables into index.html (`#cvq-meta`): it is text a
 * learner reads, so it stays out of the WebAssembly module (wasm/API.md).
 */
export interface Meta {
  version: string;
  dialects: DialectInfo[];
  /** The request parameters after the TrID in wire order; a dialect's CVQ/CVR has the first cvq/cvr. */
  request: string[];
  profiles: ProfileInfo[];
  examples: Example[];
  /** The lazy texts file (Texts) beside the page. */
  texts: string;
}

/**
 * What only an open card or a spoken field description reads: most of the
 * learner's text and nothing of the first screen, so the build puts it in a
 * file of its own (build/meta.go) that the page fetches on first use.
 */
interface Texts {
  version: string;
  /** [MS-LCID] names by ID ("0x0409"); the module leaves them out. */
  languages: { id: string; tag: string; name: string }[];
  /** The release catalog's texts by build; the module leaves them out. */
  releases: { build: string; product: string; date: string; note: string }[];
  /** Each parameter's prose; the module leaves it out. */
  params: { name: string; about: string; changes: string }[];
  /** The session examples' transcripts; Meta's examples leave them out. */
  sessions: { id: string; input: string }[];
}

/** One server line of a transcript compared with what the profile answers. */
export interface Check {
  /** 1-based line of the pasted text. */
  line: number;
  /** Position of the line in Transcript.lines. */
  index: number;
  /** What the profile answers ("" = nothing). */
  expected: string;
  observed: string;
  status: "match" | "differ" | "unchecked";
  /** Why the line is unchecked, or a remark on a match. */
  note: string;
  /** The differing fields; ranges index `observed`. */
  diffs: { index: number; name: string; expected: string; observed: string;
    start: number; end: number; from: number; to: number }[];
  /** The connection after this server line, as the log's server left it. */
  state: SessionState;
}

/** One protocol line recovered from a pasted transcript. */
export interface TranscriptLine {
  dir: "C" | "S";
  /** The protocol line: prefixes removed, continuations joined. */
  text: string;
  /** 1-based line number in the pasted text where it starts. */
  line: number;
  start: number;
  end: number;
  from: number;
  to: number;
}

/**
 * One client line of a transcript: what the profile does with it (the
 * members of a Result, session state applied), where it is, and the server
 * lines paired with it.
 */
export interface Step extends Result {
  /** 1-based line of the pasted text where the client line starts. */
  line: number;
  /** Position of the client line in Transcript.lines. */
  index: number;
  checks: Check[];
  /** The connection after this client line. */
  state: SessionState;
}

/** A pasted transcript, simulated and checked. */
export interface Transcript {
  lines: TranscriptLine[];
  steps: Step[];
  unpaired: Check[];
  diagnostics: (Diagnostic & { line: number })[];
  /** The connection at the end of the transcript. */
  state: SessionState;
}

/** What the page shows about a live connection. */
export interface SessionState {
  dialect: string;
  mode: string;
  closed: boolean;
  closedBy: string;
}

/** The answer to one line sent on a live connection. */
export interface Sent {
  result: Result;
  state: SessionState;
}

/** The bridge's answer when it refused an argument or recovered a panic. */
export interface BridgeError {
  error: string;
}

interface Bridge {
  simulate(line: string, dialect: string, profile: string): Result | BridgeError;
  transcript?(text: string, dialect: string, profile: string): Transcript | BridgeError;
  transcriptOpen?(text: string, dialect: string, profile: string): number | BridgeError;
  transcriptNext?(ticket: number, n: number): number | BridgeError;
  transcriptPart?(ticket: number, from: number, to: number): (Transcript & { firstStep: number }) | BridgeError;
  transcriptFields?(ticket: number, step: number): Result | BridgeError;
  sessionOpen?(dialect: string, profile: string): number | BridgeError;
  sessionSend?(id: number, line: string): Sent | BridgeError;
  /** Returns an error only for an id that is not a safe integer. */
  sessionClose?(id: number): BridgeError | undefined;
}

/** Outcome of a bridge call: a value or the reason there is none. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

function bridge(): Bridge | undefined {
  const b = (globalThis as { cvq?: unknown }).cvq;
  if (typeof b !== "object" || b === null) return undefined;
  const c = b as Partial<Bridge>;
  if (typeof c.simulate !== "function") return undefined;
  return c as Bridge;
}

/** Reports whether globalThis.cvq is present with the functions the page uses. */
export function bridgePresent(): boolean {
  return bridge() !== undefined;
}

// The bridge promises never to throw, but the page must keep working even if
// a future bridge breaks that promise or the Go program has exited (calls
// into an exited Go program throw "Go program has already exited").
function call<T extends object>(f: (b: Bridge) => T | BridgeError): Answer<T> {
  const b = bridge();
  if (b === undefined) return { ok: false, error: "the simulator is not loaded" };
  try {
    const v = f(b);
    if (typeof v !== "object" || v === null) {
      return { ok: false, error: "the simulator returned nothing" };
    }
    if ("error" in v && typeof (v as BridgeError).error === "string") {
      return { ok: false, error: (v as BridgeError).error };
    }
    return { ok: true, value: v as T };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Runs the simulated Dispatch Server on one client line. */
export function simulate(line: string, dialect: string, profile: string): Answer<Result> {
  return withProse(call((b) => b.simulate(line, dialect, profile)), (r) => addProse(r));
}

let metaRead: Answer<Meta> | undefined;

/** Reads the dialects, profiles, examples and parameters from the page's `#cvq-meta` block (read once). */
export function meta(): Answer<Meta> {
  metaRead ??= readMeta();
  return metaRead;
}

function readMeta(): Answer<Meta> {
  const el = typeof document === "undefined" ? null : document.getElementById("cvq-meta");
  if (el === null) return { ok: false, error: "the page has no #cvq-meta block (it was not made by go run ./build)" };
  try {
    const v: unknown = JSON.parse(el.textContent ?? "");
    const m = v as Partial<Meta> | null;
    if (typeof m !== "object" || m === null || !Array.isArray(m.dialects) || !Array.isArray(m.request) || !Array.isArray(m.profiles) ||
      !Array.isArray(m.examples) || typeof m.texts !== "string") {
      return { ok: false, error: "the page's #cvq-meta block is not the metadata the page expects" };
    }
    return { ok: true, value: m as Meta };
  } catch (e) {
    return { ok: false, error: "the page's #cvq-meta block is not JSON: " + (e instanceof Error ? e.message : String(e)) };
  }
}

// The bridge leaves each parameter's `about` and `changes` out of the tokens it
// returns (the module carries no learner prose, wasm/API.md), a valid locale
// arrives without its language's name, and a field naming a known build
// without its product and date (and the client-version without the
// catalog's note). They are filled in here from the texts file, so the rest
// of the page sees whole tokens. That file is fetched on first use
// (loadTexts): until it is here, tokens go out with these left empty and are
// remembered, and when it arrives they are completed in place and the
// listeners (the open cards) are told.
interface Loaded {
  prose: Map<string, { about: string; changes: string }>;
  languages: Map<string, { tag: string; name: string }>;
  releases: Texts["releases"];
  sessions: Map<string, string>;
}

// Every bundle carries its own copy of this file (the page's, and each lazy
// chunk's: the console's sessions and pastes are answered through its copy),
// so what the texts file brought is kept on globalThis, shared by them all:
// a chunk's results get their prose like the page's, and are completed with
// them when the file arrives.
interface Prose {
  texts: Loaded | null;
  load: Promise<void> | null;
  listeners: (() => void)[];
  // Results handed out before the texts arrived, completed when they do. A
  // handful at most in practice (the page loads them at the first
  // interaction); the bound keeps a page that cannot reach the file from growing.
  incomplete: Token[][];
}

const maxIncomplete = 64;
const prose: Prose = ((globalThis as { cvqProse?: Prose }).cvqProse ??= { texts: null, load: null, listeners: [], incomplete: [] });

/**
 * Fetches the texts file once (again after a failure) and completes the
 * tokens handed out so far; resolves when done, whether or not it loaded.
 */
export function loadTexts(): Promise<void> {
  if (prose.texts !== null) return Promise.resolve();
  prose.load ??= fetchTexts().then((t) => {
    if (t === null) {
      prose.load = null;
      return;
    }
    prose.texts = t;
    for (const fields of prose.incomplete.splice(0)) for (const f of fields) fillProse(f);
    for (const f of prose.listeners) f();
  });
  return prose.load;
}

/**
 * A session example's transcript, which the texts file carries (the menu
 * needs only its name); null when the file cannot be had or lacks it.
 */
export async function sessionInput(id: string): Promise<string | null> {
  await loadTexts();
  return prose.texts?.sessions.get(id) ?? null;
}

/** Reports whether the texts file has been loaded. */
export function textsLoaded(): boolean {
  return prose.texts !== null;
}

/** Calls f each time the texts have arrived and completed the tokens. */
export function onTexts(f: () => void): void {
  prose.listeners.push(f);
}

async function fetchTexts(): Promise<Loaded | null> {
  const m = meta();
  if (!m.ok) return null;
  try {
    const t = (await loadJSON(m.value.texts)) as Partial<Texts> | null;
    if (typeof t !== "object" || t === null || t.version !== m.value.version ||
      !Array.isArray(t.languages) || !Array.isArray(t.releases) || !Array.isArray(t.params) || !Array.isArray(t.sessions)) {
      console.warn("cvq: " + m.value.texts + " is not the texts file this page expects; cards go without their prose");
      return null;
    }
    return {
      prose: new Map(t.params.map((p) => [p.name, { about: p.about, changes: p.changes }])),
      languages: new Map(t.languages.map((l) => [l.id, { tag: l.tag, name: l.name }])),
      releases: t.releases,
      sessions: new Map(t.sessions.map((x) => [x.id, x.input])),
    };
  } catch (e) {
    console.warn("cvq: the cards' texts could not be loaded (" + (e instanceof Error ? e.message : String(e)) + ")");
    return null;
  }
}

function releaseOf(t: Loaded, build: string): { product: string; date: string; note: string } | undefined {
  // A three-part build as Microsoft wrote them in replies ("14.0.8064") names the four-part one.
  return t.releases.find((r) => r.build === build) ??
    (build.split(".").length === 3 ? t.releases.find((r) => r.build.startsWith(build + ".")) : undefined);
}

const releaseParams = new Set(["client-version", "recommended-version", "recommended-version-2", "minimum-allowed-version"]);

/** Completes one token from the texts (a no-op until they are loaded). */
export function fillProse(f: Token): void {
  const t = prose.texts;
  if (t === null) return;
  const p = t.prose.get(f.name);
  f.about = p?.about ?? "";
  f.changes = p?.changes ?? "";
  if (releaseParams.has(f.name) && f.meaning === "") {
    const rel = releaseOf(t, f.value);
    if (rel !== undefined) {
      f.meaning = rel.product;
      f.detail = rel.date;
      if (f.name === "client-version" && f.note === "") f.note = rel.note;
    }
  }
  if (f.name === "locale" && f.status === "ok" && f.meaning === "") {
    const l = t.languages.get(f.value.toLowerCase());
    if (l !== undefined) {
      f.meaning = l.name;
      f.detail = l.tag;
    }
  }
}

function addProse(r: Result): Result {
  const fields = [...r.tokens, ...r.replyTokens];
  if (prose.texts !== null) {
    for (const f of fields) fillProse(f);
    return r;
  }
  for (const f of fields) {
    f.about = "";
    f.changes = "";
  }
  prose.incomplete.push(fields);
  if (prose.incomplete.length > maxIncomplete) prose.incomplete.shift();
  return r;
}

function withProse<T>(a: Answer<T>, fill: (v: T) => void): Answer<T> {
  if (a.ok) fill(a.value);
  return a;
}

// The session and transcript functions are optional in Bridge so that a
// bridge without them still runs the single-line page; each call says so.
const missing = (name: string): BridgeError => ({ error: "the simulator has no " + name + " function" });

/** Checks a pasted transcript against the profile in one call (a small one: see PasteCheck for big ones). */
export function transcript(text: string, dialect: string, profile: string): Answer<Transcript> {
  return withProse(call((b) => b.transcript?.(text, dialect, profile) ?? missing("transcript")), (t) => t.steps.forEach(addProse));
}

// A number from the bridge, which call() (made for objects) would refuse.
function callNumber(f: (b: Bridge) => number | BridgeError | undefined, name: string): Answer<number> {
  const a = call((b) => {
    const v = f(b) ?? missing(name);
    return typeof v === "number" ? { n: v } : v;
  });
  return a.ok ? { ok: true, value: a.value.n } : a;
}

/**
 * A paste being checked a slice at a time (wasm/API.md: transcriptOpen,
 * transcriptNext, transcriptPart), so a 256 KiB paste never holds the page
 * in one long task. Its parts' steps are lean: their fields are fetched
 * from the bridge the first time the page reads them, that is when a line
 * is shown, so a paste of thousands of lines costs little JSON.
 */
export class PasteCheck {
  /** How many protocol lines the paste has. */
  readonly lines: number;
  private readonly ticket: number;

  private constructor(ticket: number, lines: number) {
    this.ticket = ticket;
    this.lines = lines;
  }

  /** Parses text for checking against profile as a dialect client. */
  static open(text: string, dialect: string, profile: string): Answer<PasteCheck> {
    const t = callNumber((b) => b.transcriptOpen?.(text, dialect, profile), "transcriptOpen");
    if (!t.ok) return t;
    const n = callNumber((b) => b.transcriptNext?.(t.value, 0), "transcriptNext");
    return n.ok ? { ok: true, value: new PasteCheck(t.value, n.value) } : n;
  }

  /** Checks up to n more lines; answers how many are left to check. */
  next(n: number): Answer<number> {
    return callNumber((b) => b.transcriptNext?.(this.ticket, n), "transcriptNext");
  }

  /** Once checked, lines [from, to) as a transcript of their own (see wasm/API.md). */
  part(from: number, to: number): Answer<Transcript & { firstStep: number }> {
    return withProse(call((b) => b.transcriptPart?.(this.ticket, from, to) ?? missing("transcriptPart")), (t) => {
      t.steps.forEach((s, k) => lazyFields(s, this.ticket, t.firstStep + k));
    });
  }
}

// Makes r's fields and reply fields read step i of the checked paste
// ticket from the bridge when first asked for. A bridge that no longer has
// it (a newer paste was checked) gives empty lists.
function lazyFields(r: Result, ticket: number, i: number): void {
  let got: { tokens: Token[]; replyTokens: Token[] } | null = null;
  const load = (): { tokens: Token[]; replyTokens: Token[] } => {
    if (got === null) {
      const a = call((b) => b.transcriptFields?.(ticket, i) ?? missing("transcriptFields"));
      got = a.ok ? addProse(a.value) : { tokens: [], replyTokens: [] };
    }
    return got;
  };
  Object.defineProperty(r, "tokens", { get: () => load().tokens, enumerable: true, configurable: true });
  Object.defineProperty(r, "replyTokens", { get: () => load().replyTokens, enumerable: true, configurable: true });
}

/** Opens a live connection and returns its id. */
export function sessionOpen(dialect: string, profile: string): Answer<number> {
  return callNumber((b) => b.sessionOpen?.(dialect, profile), "sessionOpen");
}

/** Sends one client line on a live connection. */
export function sessionSend(id: number, line: string): Answer<Sent> {
  return withProse(call((b) => b.sessionSend?.(id, line) ?? missing("sessionSend")), (s) => addProse(s.result));
}

/** Frees a live connection; closing twice, or after the program ended, is harmless. */
export function sessionClose(id: number): void {
  try {
    bridge()?.sessionClose?.(id);
  } catch {
    // An exited Go program throws; there is nothing left to free.
  }
}
