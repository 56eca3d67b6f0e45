// The page's memory between visits, in localStorage. Storage is optional:
// it can be turned off, full, shared with an older or newer page, or edited
// by hand, so every read is validated and every failure is silent (the
// page simply starts from its defaults).

import { type PageState, parseState } from "./state";

/** Where the last page state is kept. */
export const stateKey = "cvq-playground:state";

/** Where the chosen theme is kept. */
export const themeKey = "cvq-playground:theme";

/** Version of the stored JSON; a different one is ignored, not migrated. */
const stateVersion = 1;

/**
 * Largest stored state, in UTF-16 units of its JSON. A few requests fit
 * thousands of times over; the cap keeps a pasted megabyte from filling the
 * origin's quota (which other keys share) and from being parsed on every
 * visit.
 */
export const maxStoredChars = 200_000;

/** localStorage, or null when the browser refuses access to it. */
function store(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Access throws a SecurityError when site data is blocked.
    return null;
  }
}

/** Reads a raw value; null when absent or unreadable. */
export function readRaw(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a raw value; false when storage refused it (quota, blocked). */
export function writeRaw(key: string, value: string): boolean {
  try {
    const s = store();
    if (s === null) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a value, ignoring failures. */
export function removeRaw(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to do: the value stays, and is validated when read.
  }
}

/**
 * Returns the stored state, or null when there is none or it is corrupt,
 * oversized, from another version, or of the wrong shape.
 */
export function loadState(): PageState | null {
  const raw = readRaw(stateKey);
  if (raw === null || raw.length > maxStoredChars) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof v !== "object" || v === null) return null;
  const o = v as { v?: unknown; state?: unknown };
  if (o.v !== stateVersion) return null;
  return parseState(o.state);
}

/**
 * Keeps s as the last state. A state too large to keep removes the stored
 * one instead, so a reload does not bring back something older than what
 * the learner last saw.
 */
export function saveState(s: PageState): void {
  const raw = JSON.stringify({ v: stateVersion, state: s });
  if (raw.length > maxStoredChars || !writeRaw(stateKey, raw)) removeRaw(stateKey);
}
