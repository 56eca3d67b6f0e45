// The door to an open card's body, the only part of it in the first load:
// cards.ts builds and fills bodies through it as before, while the body's
// rows and its "Why this value?" section (cardfill.ts, why.ts) come in a
// lazy chunk (cardchunk.ts) and their prose (language and release names,
// each parameter's about and changes) in the texts file (api.ts). Both
// are fetched when the first card opens, or at the page's first
// interaction (prepare); a body asked for before they are here says it is
// loading and is written, complete, when they arrive.

import { fillProse, loadTexts, simulate, textsLoaded, type Diagnostic, type Token } from "./api";
import type { CardChunk } from "./cardchunk";
import type { Body as Inner } from "./cardfill";
import { cannotLoad, loadScript } from "./chunk";
import type { WhyContext } from "./why";

// The build defines this as the chunk's hashed script name (build/views.go).
declare const CVQ_CARD_CHUNK: string;

/** An open card's body: root is what the card shows. */
export interface Body {
  root: HTMLElement;
  /** The chunk's body inside root, once the chunk is here. */
  inner: Inner | null;
  /** What the body was last asked to show. */
  shows: [Token, readonly Diagnostic[], WhyContext | undefined] | null;
}

const host = globalThis as { cvqCardBody?: CardChunk };
let installed: CardChunk | null = null;
let loading: Promise<void> | null = null;
// Bodies asked for while the chunk or the texts were on their way.
const waiting = new Set<Body>();

/**
 * Fetches the chunk and the texts (each once, and again after a failure),
 * then writes the bodies that waited. Safe to call any number of times.
 */
export function prepare(): Promise<void> {
  if (installed !== null && textsLoaded()) return Promise.resolve();
  loading ??= Promise.all([loadTexts(), installed !== null ? undefined : loadScript(CVQ_CARD_CHUNK).catch(() => {})]).then(() => {
    loading = null;
    if (installed === null && host.cvqCardBody !== undefined) {
      installed = host.cvqCardBody;
      installed.install(simulate);
    }
    const ws = [...waiting];
    waiting.clear();
    for (const b of ws) if (b.root.isConnected && b.shows !== null) fillBody(b, ...b.shows);
  });
  return loading;
}

/** Builds an empty body; fillBody writes a field into it. */
export function newBody(): Body {
  void prepare();
  for (const b of waiting) if (!b.root.isConnected) waiting.delete(b);
  const root = document.createElement("div");
  root.className = "card-body";
  return { root, inner: null, shows: null };
}

/**
 * Writes field f and its own diagnostics into b, touching only what
 * changed; with why, a reply field's rule row is the full Why section.
 * Without the texts (their file failed to load) the body goes without
 * its prose; without the chunk it says why it is empty.
 */
export function fillBody(b: Body, f: Token, diags: readonly Diagnostic[], why?: WhyContext): void {
  b.shows = [f, diags, why];
  if (loading !== null || installed === null) {
    if (loading !== null) waiting.add(b);
    b.inner = null;
    b.root.textContent = loading !== null ? "Loading this card's details…" : cannotLoad("This card's details");
    return;
  }
  if (b.inner === null) b.inner = installed.newBody(b.root);
  fillProse(f);
  installed.fillBody(b.inner, f, diags, why);
}
