// The page's first script, loaded from the head before anything else: it
// starts downloading and compiling the module, and as soon as the compile
// ends it instantiates the module and starts the Go program, leaving both
// on globalThis.cvqCompiling for main.ts. main.ts is the page's whole
// program (tens of kilobytes to fetch, parse and run) and waits for the
// parsed document; starting the simulator here lets Go's start-up run while
// the rest of the page is still being parsed, styled and run, instead of
// after it (make bench times the result). Once Go is ready it draws a plain
// share link's reply itself (firstreply.ts), so the answer is painted
// before main.ts sets the page up.

import { afterPaintFirst } from "./dom";
import { defaultDialect, defaultLine, defaultProfile, plainLink, printable, replyNodes, type ReplyLine } from "./firstreply";
import { compile, instantiate, newGo, start, type Booting, type Running } from "./loader";
import { firstReplyMark, markCompiled, markReady } from "./marks";

declare global {
  // Set by this script; read once by main.ts.
  var cvqCompiling: Booting | undefined;
}

// Whether an answer is being drawn (see Booting.answering).
let answering = false;

// The module's URL is in a <meta> above this script's tag.
const url = document.querySelector<HTMLMetaElement>('meta[name="cvq-wasm"]')?.content ?? "";
// The unbuilt template (site/index.html opened as is) names no module; main.ts says so.
if (url !== "" && !url.includes("{{")) {
  const c = compile(url);
  let painted: () => void = () => {};
  const firstReply = new Promise<void>((resolve) => (painted = resolve));
  void firstReply.then(() => (answering = false));
  const running = c.module.then(async (module): Promise<Running> => {
    await supportScript();
    const go = newGo();
    const instance = await instantiate(module, go.importObject);
    markCompiled();
    const started = start(go, instance);
    started.ready.then(() => {
      markReady();
      void drawFirstReply().then(painted, painted);
    }, painted);
    return { instance, started };
  });
  // Failures are reported once main.ts awaits the module; this only keeps
  // an early rejection from counting as unhandled meanwhile.
  running.catch(painted);
  globalThis.cvqCompiling = { ...c, running, firstReply, answering: () => answering };
}

type Simulate = (line: string, dialect: string, profile: string) => unknown;

function bridgeSimulate(): Simulate | undefined {
  const b = (globalThis as { cvq?: { simulate?: Simulate } }).cvq;
  return typeof b?.simulate === "function" ? b.simulate : undefined;
}

// Answers a plain share link (firstreply.ts) the moment Go is ready (the
// first call compiles the simulation path: the costliest step), draws the
// answer as soon as the parser has passed the reply, and resolves once that
// frame is painted (marking it for make bench). Any other page warms the
// simulation path instead.
async function drawFirstReply(): Promise<void> {
  await parsedTo("cvq-meta");
  const link = readLink();
  const sim = bridgeSimulate();
  if (link === null || sim === undefined) {
    warmUp();
    return;
  }
  const line = link.line;
  let r: ReplyLine;
  try {
    r = sim(line, link.dialect, link.profile) as ReplyLine;
  } catch {
    return;
  }
  if (typeof r !== "object" || r === null || typeof r.reply !== "string" || r.reply === "" ||
    !Array.isArray(r.replyTokens) || !printable(r.reply)) {
    return;
  }
  answering = true;
  await parsedTo("reply-none");
  const reply = document.getElementById("reply");
  const none = document.getElementById("reply-none");
  const mirror = document.getElementById("request-mirror");
  const editor = document.getElementById("request");
  if (reply === null || none === null || mirror === null || !(editor instanceof HTMLTextAreaElement)) return;
  // The editor's own text is transparent over the mirror (mirror.ts colours
  // it once main.ts runs): the line goes into both.
  editor.value = line;
  mirror.replaceChildren(document.createTextNode(line));
  // Printable ASCII (checked above) has nothing for visible() to mark.
  reply.replaceChildren(...replyNodes(r.reply, r.replyTokens, (s) => s));
  none.hidden = true;
  await afterPaintFirst();
  performance.mark(firstReplyMark);
}

// The link, when it is a plain one for a dialect and profile the page offers.
function readLink(): ReturnType<typeof plainLink> {
  const hash = location.hash;
  // No share link (linkread.ts's isShareLink): nothing to read.
  if (!hash.includes("=")) return null;
  try {
    const m = JSON.parse(document.getElementById("cvq-meta")?.textContent ?? "") as {
      dialects: { value: string }[];
      profiles: { name: string }[];
    };
    return plainLink(hash, m.dialects.map((d) => d.value), m.profiles.map((p) => p.name));
  } catch {
    return null;
  }
}

// Resolves once the parser has passed the element with this id, or at the
// latest once the document is parsed (before deferred scripts run). A
// MutationObserver hears the parser insert it: the answer is drawn at the
// end of the very task that parsed the element, before the browser paints
// that part of the page, where a timer would come after that frame (and,
// on a cold load, usually after main.js too).
function parsedTo(id: string): Promise<void> {
  const there = (): boolean => document.readyState !== "loading" || document.getElementById(id) !== null;
  if (there()) return Promise.resolve();
  return new Promise((resolve) => {
    const seen = new MutationObserver(() => {
      if (!there()) return;
      seen.disconnect();
      resolve();
    });
    seen.observe(document, { childList: true, subtree: true });
    document.addEventListener("readystatechange", () => {
      seen.disconnect();
      resolve();
    }, { once: true });
  });
}

// The browser compiles each WebAssembly function the first time it is
// called, on the page's main thread. The page's first reply would pay for
// compiling the whole simulation path (tens of milliseconds); when there is
// no plain link to answer, one throwaway simulation as soon as the program
// is ready pays it here instead, while the page is usually still waiting
// for main.js.
function warmUp(): void {
  try {
    bridgeSimulate()?.(defaultLine, defaultDialect, defaultProfile);
  } catch {
    // main.ts reports a bridge that fails; a warm-up has nothing to say.
  }
}

// Resolves once Go's wasm_exec.js has run. Its script tag comes before this
// one, so it normally has; if it is slow or missing, the parsed document
// (and with it any deferred copy) is the last chance, and newGo then says
// what is missing.
function supportScript(): Promise<void> {
  if (typeof Go === "function" || document.readyState === "complete") return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
    window.addEventListener("load", () => resolve(), { once: true });
  });
}
