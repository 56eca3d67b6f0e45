// The page's first script, loaded from the head before anything else: it
// starts downloading and compiling the module and leaves the promise on
// globalThis.cvqCompiling for main.ts. main.ts is the page's whole program
// (tens of kilobytes to fetch, parse and run); starting the compile here
// instead lets the browser's compile threads work while all of that, and
// the page's first style and layout, happen (make bench times the result).

import { compile, type Compiling } from "./loader";

declare global {
  // Set by this script; read once by main.ts.
  var cvqCompiling: Compiling | undefined;
}

// The module's URL is in a <meta> above this script's tag.
const url = document.querySelector<HTMLMetaElement>('meta[name="cvq-wasm"]')?.content ?? "";
// The unbuilt template (site/index.html opened as is) names no module; main.ts says so.
if (url !== "" && !url.includes("{{")) {
  const c = compile(url);
  // Failures are reported once main.ts awaits the module; this only keeps
  // an early rejection from counting as unhandled meanwhile.
  c.module.catch(() => {});
  globalThis.cvqCompiling = c;
}
