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

/**
 * Where this tab's own last state is kept (sessionStorage): a reload brings
 * back what this tab showed, even when another tab saved later.
 */
export const tabKey = "cvq-playground:tab";

/** The two stores: shared by every tab of the origin, or this tab's own. */
type Area = "local" | "session";

/** The storage area, or null when the browser refuses access to it. */
function store(area: Area = "local"): Storage | null {
  try {
    return area === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    // Access throws a SecurityError when site data is blocked.
    return null;
  }
}

/** Reads a raw value; null when absent or unreadable. */
export function readRaw(key: string, area: Area = "local"): string | null {
  try {
    return store(area)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a raw value; false when storage refused it (quota, blocked). */
export function writeRaw(key: string, value: string, area: Area = "local"): boolean {
  try {
    const s = store(area);
    if (s === null) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes a value, ignoring failures. */
export function removeRaw(key: string, area: Area = "local"): void {
  try {
    store(area)?.removeItem(key);
  } catch {
    // Nothing to do: the value stays, and is validated when read.
  }
}

/** A kept state, with when it was saved and the address it was saved under. */
export interface Saved {
  state: PageState;
  /** When it was saved, in ms since the epoch (0 when not recorded). */
  at: number;
  /**
   * The address's fragment when it was saved ("#v=1&…", or ""). When a
   * reload finds the same fragment, the address is this tab's own and may
   * be older than the state (the address is written a moment after a
   * change), so the saved state wins over it.
   */
  hash: string;
}

/**
 * Reads a stored state's JSON. Returns null when it is corrupt, oversized,
 * from another version, or of the wrong shape.
 */
export function parseSaved(raw: string | null): Saved | null {
  if (raw === null || raw.length > maxStoredChars) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof v !== "object" || v === null) return null;
  const o = v as { v?: unknown; state?: unknown; at?: unknown; hash?: unknown };
  if (o.v !== stateVersion) return null;
  const state = parseState(o.state);
  if (state === null) return null;
  return {
    state,
    at: typeof o.at === "number" && Number.isFinite(o.at) ? o.at : 0,
    hash: typeof o.hash === "string" ? o.hash : "",
  };
}

/** The state last saved by any tab, or null. */
export function loadShared(): Saved | null {
  return parseSaved(readRaw(stateKey));
}

/** The state this tab last saved, or null (a new tab has none). */
export function loadTab(): Saved | null {
  return parseSaved(readRaw(tabKey, "session"));
}

/** The state saved by any tab (see loadShared), without its record. */
export function loadState(): PageState | null {
  return loadShared()?.state ?? null;
}

/**
 * Keeps s as this tab's state, saved under the address fragment hash, and
 * (with shared) as the latest state for every tab. A state too large to
 * keep removes the stored one instead, so a reload does not bring back
 * something older than what the learner last saw.
 */
export function saveState(s: PageState, hash = "", shared = true): void {
  const raw = JSON.stringify({ v: stateVersion, state: s, at: Date.now(), hash });
  const fits = raw.length <= maxStoredChars;
  if (!fits || !writeRaw(tabKey, raw, "session")) removeRaw(tabKey, "session");
  if (shared && (!fits || !writeRaw(stateKey, raw))) removeRaw(stateKey);
}
