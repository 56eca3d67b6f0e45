// The page's first script, loaded from the head before anything else: it
// starts downloading and compiling the module, and as soon as the compile
// ends it instantiates the module and starts the Go program, leaving both
// on globalThis.cvqCompiling for main.ts. main.ts is the page's whole
// program (tens of kilobytes to fetch, parse and run) and waits for the
// parsed document; starting the simulator here lets Go's start-up run while
// the rest of the page is still being parsed, styled and run, instead of
// after it (make bench times the result).

import { compile, instantiate, newGo, start, type Booting, type Running } from "./loader";
import { markCompiled, markReady } from "./marks";

declare global {
  // Set by this script; read once by main.ts.
  var cvqCompiling: Booting | undefined;
}

// The module's URL is in a <meta> above this script's tag.
const url = document.querySelector<HTMLMetaElement>('meta[name="cvq-wasm"]')?.content ?? "";
// The unbuilt template (site/index.html opened as is) names no module; main.ts says so.
if (url !== "" && !url.includes("{{")) {
  const c = compile(url);
  const running = c.module.then(async (module): Promise<Running> => {
    await supportScript();
    const go = newGo();
    const instance = await instantiate(module, go.importObject);
    markCompiled();
    const started = start(go, instance);
    started.ready.then(() => {
      markReady();
      warmUp();
    }, () => {});
    return { instance, started };
  });
  // Failures are reported once main.ts awaits the module; this only keeps
  // an early rejection from counting as unhandled meanwhile.
  running.catch(() => {});
  globalThis.cvqCompiling = { ...c, running };
}

// The browser compiles each WebAssembly function the first time it is
// called, on the page's main thread. The page's first reply would pay for
// compiling the whole simulation path (tens of milliseconds); one throwaway
// simulation as soon as the program is ready pays it here instead, while
// the page is usually still waiting for its document and main.js.
function warmUp(): void {
  const b = (globalThis as { cvq?: { simulate?: (line: string, dialect: string, profile: string) => unknown } }).cvq;
  try {
    b?.simulate?.("CVQ 2 0x0409 winnt 5.1 i386 MSNMSGR 6.0.0602 MSMSGS example@hotmail.com", "MSNP8", "reference");
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
