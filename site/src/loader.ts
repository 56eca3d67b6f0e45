// Downloads, compiles and starts the Go WebAssembly module, reporting
// progress and failing with a reason a person can act on. Nothing here knows
// about the page's layout: main.ts turns progress and errors into the
// #status region.

const stages = ["template", "unsupported", "script", "fetch", "stalled", "compile", "start", "timeout", "exited"] as const;

/** The stage that failed, so the page can say what to do about it. */
export type Stage = (typeof stages)[number];

/** A loading failure with the stage it happened in. */
export class LoadError extends Error {
  readonly stage: Stage;
  constructor(stage: Stage, message: string) {
    super(message);
    this.stage = stage;
    this.name = "LoadError";
  }
}

/**
 * e as a LoadError. boot.ts bundles its own copy of this module, so a
 * LoadError from the compile it started is another class: it is known by
 * its name and stage. Anything else failed at start.
 */
export function asLoadError(e: unknown): LoadError {
  if (e instanceof LoadError) return e;
  if (e instanceof Error && e.name === "LoadError") {
    const stage = (e as { stage?: unknown }).stage;
    const known = stages.find((s) => s === stage);
    if (known !== undefined) return new LoadError(known, e.message);
  }
  return new LoadError("start", e instanceof Error ? e.message : String(e));
}

/** Called as bytes arrive; total is null when the size is not known. */
export type Progress = (received: number, total: number | null) => void;

/** What the bridge passes to globalThis.cvqReady. */
export interface ReadyInfo {
  version: string;
}

/** A started Go program: ready settles once; exited when the program ends. */
export interface Started {
  ready: Promise<ReadyInfo>;
  exited: Promise<void>;
}

// How long the download may go without a single byte, and how long the
// started program may take to call cvqReady. Both are generous: the module is
// a few megabytes at most and starts in well under a second on a phone.
const stallMs = 20_000;
const readyMs = 20_000;

/** A timeout in words, for the messages that name it. */
const seconds = (ms: number): string => ms / 1000 + " seconds";

/** Creates Go's runtime glue, or fails when wasm_exec.js did not load. */
export function newGo(): GoRuntime {
  if (typeof Go !== "function") {
    throw new LoadError("script", "Go's wasm_exec.js support script did not load");
  }
  return new Go();
}

/** A compiled module's instance and its Go program, started. */
export interface Running {
  instance: WebAssembly.Instance;
  started: Started;
}

/** A download and compile under way; see compile. */
export interface Compiling {
  /** Settles with the compiled module, or rejects with a LoadError. */
  module: Promise<WebAssembly.Module>;

  /**
   * Sets where download progress goes. The page's status line may not exist
   * yet when the download starts, so the latest figures are kept and handed
   * over at once.
   */
  watch(onProgress: Progress): void;
}

/** The compile boot.ts started, and what it does once the compile ends. */
export interface Booting extends Compiling {
  /**
   * Settles once the module is instantiated and its Go program started (as
   * soon as the compile ends), or rejects with a LoadError.
   */
  running: Promise<Running>;
  /**
   * Resolves once boot.ts has painted the first reply of a plain share link
   * (firstreply.ts), or has decided not to; main.ts sets the page up after it.
   */
  firstReply: Promise<void>;
  /**
   * True from the moment boot.ts has an answer to draw until firstReply
   * resolves: main.ts then keeps its own start-up out of the way, so the
   * frame with the reply is not held back behind it.
   */
  answering: () => boolean;
}

/**
 * Starts downloading and compiling the module at url. It needs neither the
 * page's DOM nor Go's wasm_exec.js, so main.ts calls it before either is
 * ready: the browser compiles on its worker threads while the page is
 * still being parsed. It streams the compile when the server labels the
 * file application/wasm, and otherwise (a misconfigured server) falls back
 * to compiling the downloaded bytes.
 */
export function compile(url: string): Compiling {
  let sink: Progress | null = null;
  let last: [number, number | null] | null = null;
  const relay: Progress = (received, total) => {
    last = [received, total];
    sink?.(received, total);
  };
  const module = (async () => {
    if (typeof WebAssembly !== "object") {
      throw new LoadError("unsupported", "this browser has no WebAssembly support (or it is turned off)");
    }
    const d = await download(url, relay);
    const type = (d.resp.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (type === "application/wasm" && typeof WebAssembly.compileStreaming === "function") {
      try {
        return await WebAssembly.compileStreaming(d.resp).finally(d.finished);
      } catch (e) {
        if (d.stalled()) throw stalledError();
        // A TypeError is about the response (type, status), not the module:
        // try once more from plain bytes. Compile errors are final.
        if (!(e instanceof TypeError)) throw compileError(e);
        console.warn("cvq: streaming compile refused the response, compiling from bytes:", e.message);
        return fromBytes(await download(url, relay));
      }
    }
    console.warn(
      "cvq: " + url + " is served as " + JSON.stringify(type || "(no type)") +
        ", not application/wasm; compiling from bytes (slower). Serve .wasm files as application/wasm.",
    );
    return fromBytes(d);
  })();
  return {
    module,
    watch(onProgress: Progress): void {
      sink = onProgress;
      if (last !== null) onProgress(last[0], last[1]);
    },
  };
}

/** Instantiates a compiled module with Go's imports. */
export async function instantiate(module: WebAssembly.Module, imports: WebAssembly.Imports): Promise<WebAssembly.Instance> {
  try {
    return await WebAssembly.instantiate(module, imports);
  } catch (e) {
    throw compileError(e);
  }
}

async function fromBytes(d: Download): Promise<WebAssembly.Module> {
  let bytes: ArrayBuffer;
  try {
    bytes = await d.resp.arrayBuffer();
  } catch (e) {
    if (d.stalled()) throw stalledError();
    throw new LoadError("fetch", "the download broke off (" + message(e) + ")");
  } finally {
    d.finished();
  }
  try {
    return await WebAssembly.compile(bytes);
  } catch (e) {
    throw compileError(e);
  }
}

function compileError(e: unknown): LoadError {
  if (e instanceof LoadError) return e;
  return new LoadError("compile", "the downloaded file is not a usable WebAssembly module (" + message(e) + ")");
}

function stalledError(): LoadError {
  return new LoadError("stalled", "the download stopped: no data arrived for " + seconds(stallMs));
}

/** A response being downloaded, and whether the stall timer cut it off. */
interface Download {
  resp: Response;
  stalled(): boolean;
  /** Stops watching the body: the compiler has read it all, or failed. */
  finished(): void;
}

// A download still going after this long is watched for progress. Reading
// the clone chunk by chunk takes the page's thread while it starts up (cold
// loads painted their first reply about 15 ms sooner without it, in
// interleaved runs), and on a fast connection the module, preloaded, is all
// there by then: the bar would only flash.
const watchAfterMs = 150;

/**
 * Fetches url and watches a clone of the body for progress. The original
 * response goes to the compiler untouched (a constructed Response would lose
 * the browser's compiled-code cache); the clone's reader only counts bytes,
 * from watchAfterMs on, unless finished is called first.
 * The stall timer aborts the request when no byte arrives for stallMs.
 */
async function download(url: string, onProgress: Progress): Promise<Download> {
  const abort = new AbortController();
  let stall = setTimeout(() => abort.abort(), stallMs);
  const stalled = (): boolean => abort.signal.aborted;
  let resp: Response;
  try {
    resp = await fetch(url, { signal: abort.signal });
  } catch (e) {
    clearTimeout(stall);
    if (stalled()) throw new LoadError("stalled", "the server did not answer within " + seconds(stallMs));
    throw new LoadError("fetch", "the request for " + url + " failed (" + message(e) + ")");
  }
  if (!resp.ok) {
    clearTimeout(stall);
    throw new LoadError("fetch", "the server answered HTTP " + resp.status + " " + resp.statusText + " for " + url);
  }
  const total = knownLength(resp);
  onProgress(0, total);
  const body = resp.body === null ? null : resp.clone().body;
  if (body === null) {
    clearTimeout(stall);
    return { resp, stalled, finished: () => {} };
  }
  const reader = body.getReader();
  const watch = async (): Promise<void> => {
    let received = 0;
    try {
      for (;;) {
        const chunk = await reader.read();
        clearTimeout(stall);
        if (chunk.done) return;
        stall = setTimeout(() => abort.abort(), stallMs);
        received += chunk.value.byteLength;
        // More bytes than announced means the length was not the body's
        // (a proxy recompressed it): fall back to an indeterminate bar.
        onProgress(received, total !== null && received <= total ? total : null);
      }
    } catch {
      // The compiler reads the same stream and reports the failure.
      clearTimeout(stall);
    }
  };
  const later = setTimeout(() => void watch(), watchAfterMs);
  const finished = (): void => {
    clearTimeout(later);
    clearTimeout(stall);
    reader.cancel().catch(() => {});
  };
  return { resp, stalled, finished };
}

/**
 * The body's length in bytes as the reader will see them, or null. A
 * Content-Length of a precompressed (gzip, br) response counts compressed
 * bytes while the stream yields decompressed ones, so it is no total.
 */
function knownLength(resp: Response): number | null {
  const enc = (resp.headers.get("Content-Encoding") ?? "").trim().toLowerCase();
  if (enc !== "" && enc !== "identity") return null;
  const n = Number(resp.headers.get("Content-Length") ?? "");
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * Runs the program. ready resolves when the bridge calls globalThis.cvqReady,
 * which is installed before go.run so an early call is not missed; it
 * rejects when the program ends first, fails to start, or stays silent for
 * readyMs.
 */
export function start(go: GoRuntime, instance: WebAssembly.Instance): Started {
  let exited: Promise<void>;
  const ready = new Promise<ReadyInfo>((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
    };
    const timer = setTimeout(
      () => settle(() => reject(new LoadError("timeout", "the simulator started but did not report ready within " + seconds(readyMs)))),
      readyMs,
    );
    (globalThis as { cvqReady?: (info: unknown) => void }).cvqReady = (info: unknown) => {
      const v = typeof info === "object" && info !== null ? (info as { version?: unknown }).version : undefined;
      settle(() => resolve({ version: typeof v === "string" ? v : "" }));
    };
    try {
      exited = go.run(instance);
    } catch (e) {
      exited = Promise.reject(e);
    }
    exited.then(
      () => settle(() => reject(new LoadError("start", "the simulator stopped before it was ready"))),
      (e: unknown) => settle(() => reject(new LoadError("start", "the simulator failed to start (" + message(e) + ")"))),
    );
  });
  // exited is assigned synchronously inside the executor above.
  return { ready, exited: exited!.then(() => undefined, () => undefined) };
}

function message(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
