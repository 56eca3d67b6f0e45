// Offline use: registers the service worker (dist/sw.js, see site/sw.js)
// that keeps the page's files, and says "new version — reload" when a new
// build has taken over while this page was open. The worker is registered
// by a relative URL, so its scope is the page's own directory under any
// path of any host; pages opened from disk (file://) and browsers without
// service workers simply work online only.

import { el } from "./dom";
import { firstReplyMark } from "./marks";

/** The service worker's file, beside the page. */
export const workerURL = "sw.js";

/**
 * Most milliseconds after the load event that registering waits for the
 * first reply (a page whose request has no reply yet marks none).
 */
const maxWaitMs = 10_000;

/**
 * Registers the service worker once the page has loaded and shown its
 * first reply: installing it downloads every file of the build again, the
 * module included, which would share the processor and the network with
 * the page's start (and with a browser busy with an address of megabytes,
 * make bench's hostile links). When a newer
 * build takes control of a page that an older one served, #update-notice
 * (made after anchor) offers to reload.
 */
export function registerOffline(anchor: HTMLElement): void {
  const sw = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (sw === undefined || !window.isSecureContext || location.protocol === "file:") return;
  // A page the worker already served was loaded from some build's cache;
  // a change of controller after that means a new build took over.
  const served = sw.controller !== null;
  sw.addEventListener("controllerchange", () => {
    if (served) showUpdate(updateNotice(anchor));
  });
  const start = (): void => {
    sw.register(workerURL).then((reg) => {
      // Look for a new build whenever the page comes back into view.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") reg.update().catch(() => {});
      });
    }, (e: unknown) => {
      // Offline use is a convenience: the page works without it.
      console.warn("cvq: offline use is not available: " + (e instanceof Error ? e.message : String(e)));
    });
  };
  // After the load event, so the worker's downloads never compete with
  // the page's own.
  const loaded = (): void => {
    whenMarked(firstReplyMark, maxWaitMs).then(() => setTimeout(start, 0), () => {});
  };
  if (document.readyState === "complete") loaded();
  else window.addEventListener("load", loaded, { once: true });
}

// Resolves once the User Timing mark name exists, or after ms at most.
function whenMarked(name: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(name, "mark").length > 0) return resolve();
    const obs = new PerformanceObserver(() => {
      if (performance.getEntriesByName(name, "mark").length === 0) return;
      obs.disconnect();
      resolve();
    });
    obs.observe({ type: "mark" });
    setTimeout(() => {
      obs.disconnect();
      resolve();
    }, ms);
  });
}

// Finds #update-notice, creating it after anchor the first time.
function updateNotice(anchor: HTMLElement): HTMLElement {
  const found = document.getElementById("update-notice");
  if (found !== null) return found;
  const n = el("div", { cls: "notice link-notice", attrs: { id: "update-notice", role: "status" } });
  anchor.after(n);
  return n;
}

// The notice: a new build is in the cache; this page still runs the old one.
function showUpdate(n: HTMLElement): void {
  const reload = el("button", { cls: "notice-button notice-reload", text: "Reload", attrs: { type: "button" } });
  reload.addEventListener("click", () => location.reload());
  const close = el("button", { cls: "notice-close", text: "Dismiss", attrs: { type: "button" } });
  close.addEventListener("click", () => {
    n.hidden = true;
    n.replaceChildren();
  });
  n.replaceChildren(
    el("p", { cls: "notice-head", text: "New version — reload" }),
    el("p", { text: "A new version of the playground has been installed for offline use. Reload to use it; your work is kept." }),
    el("p", { cls: "notice-actions" }, [reload, close]),
  );
  n.hidden = false;
}
