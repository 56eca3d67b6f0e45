// The bridge contract (wasm/API.md) as TypeScript types, and the one place
// the page touches globalThis.cvq. Everything else in the page works with
// these types and never with the raw global, so a change in the contract
// shows up here as a type error instead of a silent undefined at run time.

/** Verdict on one field of a line. */
export type Status = "ok" | "warning" | "error";

/** How serious a diagnostic is. */
export type Severity = "note" | "warning" | "error";

/** One token of a request or reply line, with its annotations. */
export interface Field {
  param: string;
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
  rule: string;
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
  fields: Field[];
  reply: string;
  replyFields: Field[];
  disconnect: boolean;
  outcome: Outcome;
  diagnostics: Diagnostic[];
}

/** One dialect the selector offers. */
export interface DialectInfo {
  value: string;
  label: string;
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
  source: string;
  dialect: string;
  profile: string;
  kind: "line" | "session";
  input: string;
}

/** What the bridge knows about itself and the protocol. */
export interface Meta {
  version: string;
  dialects: DialectInfo[];
  profiles: ProfileInfo[];
  examples: Example[];
  params: { name: string; about: string; since: string; changes: string; source: string }[];
}

/** The bridge's answer when it refused an argument or recovered a panic. */
export interface BridgeError {
  error: string;
}

interface Bridge {
  simulate(line: string, dialect: string, profile: string): Result | BridgeError;
  meta(): Meta | BridgeError;
}

/** Outcome of a bridge call: a value or the reason there is none. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

function bridge(): Bridge | undefined {
  const b = (globalThis as { cvq?: unknown }).cvq;
  if (typeof b !== "object" || b === null) return undefined;
  const c = b as Partial<Bridge>;
  if (typeof c.simulate !== "function" || typeof c.meta !== "function") return undefined;
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
  return call((b) => b.simulate(line, dialect, profile));
}

/** Reads the dialects, profiles and examples the bridge offers. */
export function meta(): Answer<Meta> {
  return call((b) => b.meta());
}
