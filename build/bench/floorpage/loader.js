// The floor page's whole loader: start the floor module the way the playground starts its
// own (streaming compile of the preloaded response, then go.run) and mark when it is
// ready. The textarea listener is the floor for keystrokes: it does nothing but record
// how long the event took to reach it.
"use strict";
window.floorPage = { renders: [] };
document.getElementById("request").addEventListener("input", (e) => {
  window.floorPage.renders.push(performance.now() - e.timeStamp);
});
(async () => {
  const url = document.querySelector('meta[name="cvq-wasm"]').content;
  const go = new Go();
  const { instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
  performance.mark("floor-compiled");
  go.run(instance);
  if (typeof globalThis.cvqFloor === "function") performance.mark("floor-ready");
})();
