// Entry point: loads the simulator, then hands the page to the playground.
// window.cvqPage lets tests and benchmarks wait for readiness and read how
// long the last render took.
//
// The page loads this script with defer: it runs once the document is
// parsed, before DOMContentLoaded (an async script may be held back until
// after the first paint). The module's download and compile, and the Go
// program's start, were begun by boot.ts from the head, so the browser
// compiles and Go starts up while this script is fetched and the page is
// parsed (make bench times the result).

import { bridgePresent } from "./api";
import { prepare as prepareCards } from "./cardbody";
import { Playground } from "./app";
import { afterPaint, byId } from "./dom";
import { LessonDoor } from "./lessondoor";
import { viewDoor } from "./viewdoor";
import { asLoadError, LoadError } from "./loader";
import { firstReplyWatcher, recordDetails, recordInputs } from "./marks";
import { registerOffline } from "./offline";
import { shareElements, Sharing } from "./share";
import { foldIntro, rememberVisit } from "./intro";
import { installShortcuts, type LivePage } from "./shortcuts";
import { foreignLink, isShareLink } from "./linkread";
import { StatusView } from "./status";
import { applyTheme, storedTheme, ThemeToggle } from "./theme";
import { warmUp } from "./warmup";

// boot.ts, loaded from the head before this script, has started the
// module's download and compile, and starts the Go program once it is
// compiled (globalThis.cvqCompiling). The stored theme
// goes on the root element straight away, before the first render (the CSP
// allows no inline script to do it earlier), except after an address of
// megabytes: storage waits on the browser, which such an address keeps busy,
// so the reply is shown first and the stored theme follows it.
const wasmURL = document.querySelector<HTMLMetaElement>('meta[name="cvq-wasm"]')?.content ?? "";
const opened = openedWith(location.hash);
if (!opened.long) applyTheme(storedTheme());
let live: LivePage | null = null;

/** The hook for tests and benchmarks. */
export interface PageHook {
  ready: Promise<void>;
  lastRenderMs: number;
  /** Per input event on #request: ms from the event to the rendered result. */
  renders: number[];
  /**
   * Per input event on #request: ms from the event to its details (field
   * strips, cards, diagnostics, lesson goal) drawn and laid out; they
   * follow the frame that shows the line and the reply.
   */
  details: number[];
  /** Resolves once the details of every change so far are drawn: what tests wait on after typing. */
  settled: () => Promise<void>;
  /**
   * Bytes of the module's linear memory: the most Go's heap has ever
   * needed (WebAssembly memory grows and never shrinks); 0 before start.
   */
  wasmMemory: () => number;
}

declare global {
  interface Window {
    cvqPage: PageHook;
  }
}

let memory: WebAssembly.Memory | null = null;
let settled = (): Promise<void> => Promise.resolve();
const hook: PageHook = {
  ready: boot(), lastRenderMs: 0, renders: [], details: [], settled: () => settled(),
  wasmMemory: () => memory?.buffer.byteLength ?? 0,
};
// Failures are shown in #status; the handler only keeps the rejection from
// being reported as unhandled (the promise itself still rejects for tests).
hook.ready.catch(() => {});
window.cvqPage = hook;

async function boot(): Promise<void> {
  await domReady();
  // When boot.ts is already drawing a share link's reply, the frame that
  // shows it goes out before the page is set up (tens of milliseconds).
  const compiling = globalThis.cvqCompiling;
  if (compiling?.answering() === true) await compiling.firstReply;
  const theme = new ThemeToggle(byId("theme-toggle", HTMLButtonElement));
  installShortcuts(theme, () => live);
  foldIntro(byId("intro", HTMLDetailsElement), opened.share);
  const status = new StatusView(
    byId("status", HTMLElement),
    byId("load-progress", HTMLProgressElement),
    byId("status-text", HTMLElement),
  );
  try {
    await load(status, () => {
      if (opened.long) {
        applyTheme(storedTheme());
        theme.show();
      }
      if (opened.share) rememberVisit();
    });
  } catch (e) {
    const err = asLoadError(e);
    status.fail(err);
    console.error("cvq: " + err.stage + ": " + err.message);
    throw err;
  }
}

// Loads the simulator and sets the page up; painted runs once the first
// reply is on screen.
async function load(status: StatusView, painted: () => void): Promise<void> {
  const page = new Playground();
  page.enable(false);
  if (wasmURL === "" || wasmURL.includes("{{")) {
    throw new LoadError("template",
      "site/index.html is the template; open the built page from dist/ (go run ./build serve, or make serve)");
  }
  const compiling = globalThis.cvqCompiling;
  if (compiling === undefined) {
    throw new LoadError("script", "the page's start-up script (boot.js) did not load, so the simulator was never fetched");
  }
  compiling.watch((got, total) => status.progress(got, total));
  await compiling.module;
  status.starting();
  const { instance, started } = await compiling.running;
  const mem = instance.exports["mem"];
  if (mem instanceof WebAssembly.Memory) memory = mem;
  const info = await started.ready;
  // boot.ts paints a plain share link's reply first; setting the page up
  // (tens of milliseconds) waits until that frame is out.
  await compiling.firstReply;
  if (!bridgePresent()) {
    throw new LoadError("start", "the simulator reported ready but did not register globalThis.cvq");
  }
  // Until the first reply is painted, only what shows it is drawn.
  page.holdDetails(true);
  const m = page.setup();
  if (!m.ok) throw new LoadError("start", m.error);
  const replyShown = firstReplyWatcher(byId("reply", HTMLElement), painted);
  page.onRender = (ms) => {
    hook.lastRenderMs = ms;
    replyShown();
  };
  recordInputs(byId("request", HTMLElement), hook.renders);
  page.later.onDrawn = (inputs) => recordDetails(inputs, hook.details);
  settled = () => page.later.settled();
  page.enable(true);
  // An open card's body and its prose (cardbody.ts) are not on the first
  // screen; the first interaction is a sign that a card or a spoken field
  // description is near, so they are fetched then (an opening card asks too).
  for (const type of ["focusin", "pointerdown", "keydown"]) {
    document.addEventListener(type, () => void prepareCards(), { once: true, passive: true });
  }
  const sharing = new Sharing(page, shareElements());
  // The lessons panel re-checks its goal on every change the page reports.
  const door = new LessonDoor(page, {
    toggle: byId("lessons-toggle", HTMLButtonElement),
    body: byId("lessons-body", HTMLElement),
    status: byId("lessons-status", HTMLElement),
  });
  viewDoor(page);
  const share = page.onStateChange;
  page.onStateChange = () => {
    share();
    door.changed();
  };
  await sharing.restore();
  live = { page, sharing };
  page.run();
  status.ready(info.version);
  registerOffline(byId("link-notice", HTMLElement));
  // The frame with the reply goes out first; the cards and diagnostics
  // follow in the task after it (ready resolves once they are drawn).
  await afterPaint();
  // The panels below the first screen are laid out from now on (style.css).
  document.documentElement.dataset["shown"] = "";
  page.holdDetails(false);
  // What the first keystrokes need is readied in idle time (warmup.ts).
  const s = page.getState();
  warmUp(s.line, s.dialect, s.profile);
  void started.exited.then(() => {
    // A Go program that ends can no longer answer; say so instead of
    // leaving controls that silently do nothing.
    page.enable(false);
    status.fail(new LoadError("exited", "the Go program ended, so the page cannot simulate any more until you reload it"));
    console.error("cvq: the Go program ended");
  });
}

// What the address the page opened with asks of the start-up (read once: a
// fragment may be megabytes, and each read copies it).
function openedWith(hash: string): { share: boolean; long: boolean } {
  return { share: isShareLink(hash), long: foreignLink(hash) };
}

// Resolves once the document is parsed. A deferred script runs after
// parsing, but the single file (make single) inlines this script in the
// head, where it runs before the body exists; when the parser is done,
// readyState is no longer "loading".
function domReady(): Promise<void> {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener("DOMContentLoaded", () => resolve(), { once: true });
    window.addEventListener("load", () => resolve(), { once: true });
  });
}
