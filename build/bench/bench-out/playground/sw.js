// The playground's service worker: after the first visit the page works
// with the network cut. It keeps every file of one build (the page, its
// hashed script, style and module, and the reference pages) in a cache
// named after that build and its scope, so copies of the playground under
// different paths of one host never share or delete each other's files.
//
// Pages (navigations) go to the network first, so a new deployment is seen
// at once, and fall back to the cache offline; the build's other files come
// from the cache first (hashed names never change content); anything else
// is left to the browser. A new build brings
// a new sw.js (the build writes the file list and its hash below), which
// takes over at once; the page then says "new version — reload".
//
// The build fills BUILD and FILES; this file is not bundled or type-checked.
"use strict";

const build = "H4G52GZR367D";
const files = ["./","404.html","boot-RT7CQBB6.js","cardchunk-ML6HFZKE.js","compare-T6STX5L5.js","cvq-M6G32RF7.wasm","export-P2B2V5MO.js","favicon.svg","lessons-DP4OOUCD.js","lessons-ID2RVU7N.json","lessons-VNERCQXU.css","main-ENXNFFBK.js","og-image.png","reference-S35DBLV6.js","reference/","reference/catalog.html","reference/diagnostics.html","reference/params/","reference/params/client-identification.html","reference/params/client-version.html","reference/params/command.html","reference/params/dialect.html","reference/params/download-url.html","reference/params/error-code.html","reference/params/extra.html","reference/params/fallback-url.html","reference/params/hop-blob.html","reference/params/locale.html","reference/params/minimum-allowed-version.html","reference/params/recommended-version-2.html","reference/params/recommended-version.html","reference/params/requesting-library.html","reference/params/system-arch.html","reference/params/system-type.html","reference/params/system-ver.html","reference/params/trid.html","reference/params/user-handle.html","reference/rules.html","reference/sources.html","sequence-TH7X7IL5.js","style-4ZO7HWST.css","texts-RNME325E.json","views-LBLB55YD.css","wasm_exec-BJ3DEQNX.js"];
const scope = self.registration.scope;
const prefix = "cvq-playground " + scope + " ";
const cacheName = prefix + build;
// The files' absolute URLs: only these are answered from the cache.
const kept = new Set(files.map((f) => new URL(f, scope).href));

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(cacheName);
    // "reload" skips the HTTP cache, so a half-deployed build is not mixed in.
    await cache.addAll(files.map((f) => new Request(new URL(f, scope), { cache: "reload" })));
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(prefix) && name !== cacheName) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || !req.url.startsWith(scope)) return;
  if (req.mode === "navigate") {
    event.respondWith(fetch(req).catch(async (err) => {
      const cache = await caches.open(cacheName);
      const url = new URL(req.url);
      url.hash = "";
      url.search = "";
      // Pages are kept under their directory's URL ("…/", "…/docs/"), as
      // they are usually opened.
      const hit = (await cache.match(url.href)) ?? (await cache.match(url.href.replace(/index\.html$/, "")));
      if (hit !== undefined) return hit;
      throw err;
    }));
    return;
  }
  // Anything this build does not keep is left to the browser, untouched
  // (so a preloaded response is still reused as it would be without us).
  const url = new URL(req.url);
  url.search = "";
  url.hash = "";
  if (!kept.has(url.href)) return;
  event.respondWith((async () => {
    const cache = await caches.open(cacheName);
    const hit = await cache.match(req, { ignoreSearch: true });
    return hit ?? fetch(req);
  })());
});
