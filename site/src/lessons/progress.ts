// The learner's progress through the lessons, kept in localStorage by
// lesson slug (so renumbering keeps it): which goals were met, and whether
// the answer was shown. Like the page's other storage it is optional:
// unreadable or refused storage just means no progress is remembered.

import { readRaw, writeRaw } from "../storage";

/** Where progress is kept. */
export const progressKey = "cvq-playground:lessons";

/** How a lesson was finished. */
export type Finish = "done" | "shown";

/** Progress by lesson slug. */
export type Progress = Map<string, Finish>;

/** Reads the stored progress; empty when there is none or it is damaged. */
export function loadProgress(): Progress {
  const out: Progress = new Map();
  const raw = readRaw(progressKey);
  if (raw === null || raw.length > 100_000) return out;
  try {
    const v: unknown = JSON.parse(raw);
    if (typeof v !== "object" || v === null || (v as { v?: unknown }).v !== 1) return out;
    const done = (v as { done?: unknown }).done;
    if (typeof done !== "object" || done === null) return out;
    for (const [k, f] of Object.entries(done)) {
      if (f === "done" || f === "shown") out.set(k, f);
    }
  } catch {
    // Damaged: start afresh.
  }
  return out;
}

/** Keeps the progress; a refusal is silent (the panel works without it). */
export function saveProgress(p: Progress): void {
  writeRaw(progressKey, JSON.stringify({ v: 1, done: Object.fromEntries(p) }));
}
