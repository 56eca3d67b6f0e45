// The contract between the page and the lessons panel, which is bundled
// apart (site/src/lessons/lessons.ts → lessons-HASH.js) and loaded on first
// use by lessondoor.ts. Types only: nothing here is code either side runs.

import type { PageState } from "../state";

/** What the panel may ask of the page. */
export interface LessonHost {
  /** The page as it is now: dialect, profile, mode, input, open lesson. */
  getState(): PageState;
  /**
   * Shows s as if the learner had made the change (the address and the
   * stored state follow, and the panel hears of it through changed()).
   */
  applyState(s: PageState): void;
  /** Records which lesson is open (0: none), for links and reloads. */
  setLesson(n: number): void;
}

/** The mounted panel, as the page drives it. */
export interface LessonsPanel {
  /** Opens lesson n; with start, loads its starting line into the page. */
  show(n: number, start: boolean): void;
  /** The page changed (a keystroke, a selector, the console): re-check the goal. */
  changed(): void;
}

/** What lessons-HASH.js leaves on globalThis.cvqLessons. */
export interface LessonsModule {
  /**
   * Fetches the lessons from dataURL and builds the panel inside root;
   * rejects with a message the page can show when the data cannot be had.
   */
  mount(root: HTMLElement, host: LessonHost, dataURL: string): Promise<LessonsPanel>;
}
