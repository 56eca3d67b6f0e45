// Timing hooks for `make bench` (build/bench): User Timing marks at the two
// moments a learner waits for on load, and the cost of each keystroke. They
// are measured here, in the page, because only the page knows when its own
// work is done; the harness reads them through window.cvqPage and
// performance.getEntriesByName.

import { afterPaintFirst } from "./dom";

/** The mark set when the module is compiled and instantiated, before Go runs. */
export const compiledMark = "cvq-compiled";

/** The mark set when the bridge has registered globalThis.cvq. */
export const readyMark = "cvq-ready";

/** The mark set once the first reply has been rendered and painted. */
export const firstReplyMark = "cvq-first-reply";

// A page left open for a day of typing should not grow without bound; the
// benchmark types a few hundred keys.
const maxInputRecords = 10_000;

/** Marks the end of the download and compile, so startup can be told apart from them. */
export function markCompiled(): void {
  performance.mark(compiledMark);
}

/** Marks the moment the simulator became usable. */
export function markReady(): void {
  performance.mark(readyMark);
}

/**
 * Returns a function to call after every render: the first time reply holds
 * text, it marks firstReplyMark after the next paint, then calls painted.
 * requestAnimationFrame runs just before the frame is painted, and a task
 * queued from it runs once that frame is done, so the mark lands after the
 * reply is on screen (and, with afterPaintFirst, not after other work that
 * was waiting meanwhile).
 */
export function firstReplyWatcher(reply: HTMLElement, painted: () => void): () => void {
  let marked = false;
  return () => {
    if (marked || (reply.textContent ?? "") === "") return;
    marked = true;
    // boot.ts may have painted a share link's reply already.
    if (performance.getEntriesByName(firstReplyMark, "mark").length > 0) {
      painted();
      return;
    }
    void afterPaintFirst().then(() => {
      performance.mark(firstReplyMark);
      painted();
    });
  };
}

/**
 * Records, for every input event on target, the milliseconds from the event
 * to the end of the listeners registered before this one (the playground's,
 * which simulate and render synchronously). Call it after the playground has
 * wired its own listeners.
 */
export function recordInputs(target: HTMLElement, sink: number[]): void {
  target.addEventListener("input", (e) => {
    if (sink.length < maxInputRecords) sink.push(performance.now() - e.timeStamp);
  });
}

/**
 * Records, for each input event whose details were just drawn (their
 * timeStamps), the milliseconds from the event to now.
 */
export function recordDetails(inputs: number[], sink: number[]): void {
  const now = performance.now();
  for (const t of inputs) if (sink.length < maxInputRecords) sink.push(now - t);
}
