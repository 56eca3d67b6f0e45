// The page state a link or a reload brings back, the checks a stored or
// linked state must pass, and how a value from one is quoted in a message.
// Its two written forms live apart: the share link's fragment in
// linkwrite.ts and linkread.ts (deflated by pack.ts), the stored JSON in
// storage.ts. Nothing here knows the protocol: dialects and profiles are
// checked against the lists the bridge offers.

import { isolate } from "./visible";
import { maxShownValue, shorten } from "./limits";

/** Everything needed to show the page as someone left it. */
export interface PageState {
  dialect: string;
  profile: string;
  mode: "line" | "session";
  line: string;
  session: string[];
  transcript: string;
  /** The pinned field's key ("q5", "r2"), or "". */
  focus: string;
  /** The open lesson's number (the lessons panel), 0 for none. */
  lesson: number;
  /** The open view (compare, sequence, export), "" for none. */
  view: string;
}

/** The views a link may open (view=…). */
export const viewNames = ["compare", "sequence", "export"];

/** Highest lesson number a link may name; far above the lessons there are. */
export const maxLessonNumber = 99;

/** The link format this page writes and reads (v= in a fragment). */
export const linkFormatVersion = "1";

/** Validates a parsed JSON value as a PageState; null when it is not one. */
export function parseState(v: unknown): PageState | null {
  if (typeof v !== "object" || v === null) return null;
  const o = v as Record<string, unknown>;
  const str = (k: string): string | null => (typeof o[k] === "string" ? (o[k] as string) : null);
  const dialect = str("dialect");
  const profile = str("profile");
  const line = str("line");
  const transcript = str("transcript");
  const focus = str("focus");
  const mode = o["mode"];
  const session = o["session"];
  if (dialect === null || profile === null || line === null || transcript === null || focus === null) return null;
  if (mode !== "line" && mode !== "session") return null;
  if (!Array.isArray(session) || !session.every((x) => typeof x === "string")) return null;
  if (focus !== "" && !isFocusKey(focus)) return null;
  // Stored by a page from before the lessons: no lesson open.
  const lesson = o["lesson"] ?? 0;
  if (typeof lesson !== "number" || !Number.isInteger(lesson) || lesson < 0 || lesson > maxLessonNumber) return null;
  // Stored by a page from before the views: none open.
  const view = o["view"] ?? "";
  if (typeof view !== "string" || (view !== "" && !viewNames.includes(view))) return null;
  return { dialect, profile, mode, line, session: session as string[], transcript, focus, lesson, view };
}

/** Reports whether two states would show the same page. */
export function sameState(a: PageState, b: PageState): boolean {
  return a.dialect === b.dialect && a.profile === b.profile && a.mode === b.mode && a.line === b.line &&
    a.transcript === b.transcript && a.focus === b.focus && a.lesson === b.lesson && a.view === b.view &&
    a.session.length === b.session.length && a.session.every((x, i) => x === b.session[i]);
}

/** Reports whether k looks like a linker key: q or r and a field number. */
export function isFocusKey(k: string): boolean {
  if (k.length < 2 || k.length > 6 || (k[0] !== "q" && k[0] !== "r")) return false;
  for (let i = 1; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The page's current choices, which a link's values must be among. */
export interface Choices {
  dialects: string[];
  profiles: string[];
}

/**
 * Quotes a value from a link for a message: shortened, its hidden
 * characters marked, and isolated so that it cannot reorder the sentence.
 */
export function quote(v: string): string {
  return "\u201c" + isolate(shorten(v, maxShownValue / 2)) + "\u201d";
}
