// The floor page's whole loader: start the floor module the way the playground starts its
// own (loaded with async, it begins the streaming compile of the preloaded response at once,
// waits for the document and wasm_exec.js, then runs go.run) and mark when it is ready. The
// textarea listener is the floor for keystrokes: it does nothing but record how long the
// event took to reach it.
"use strict";
(async () => {
  const url = document.querySelector('meta[name="cvq-wasm"]').content;
  const compiled = WebAssembly.compileStreaming(fetch(url));
  // After parsing, an async script may still run before the deferred wasm_exec.js.
  if (document.readyState !== "complete" && (document.readyState === "loading" || typeof Go !== "function")) {
    await new Promise((resolve) => {
      document.addEventListener("DOMContentLoaded", resolve, { once: true });
      window.addEventListener("load", resolve, { once: true });
    });
  }
  window.floorPage = { renders: [] };
  document.getElementById("request").addEventListener("input", (e) => {
    window.floorPage.renders.push(performance.now() - e.timeStamp);
  });
  const go = new Go();
  const instance = await WebAssembly.instantiate(await compiled, go.importObject);
  performance.mark("floor-compiled");
  go.run(instance);
  if (typeof globalThis.cvqFloor === "function") performance.mark("floor-ready");
})();
