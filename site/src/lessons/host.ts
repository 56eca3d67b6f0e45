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

/** The page as the panel drives it (the Playground, app.ts). */
export interface LessonPage {
  getState(): PageState;
  applyState(s: PageState): void;
  onStateChange: () => void;
  lesson: number;
  onLesson: (n: number, start: boolean) => void;
}

/** The lessons section's elements in index.html. */
export interface DoorElements {
  /** Shows and hides the panel. */
  toggle: HTMLButtonElement;
  /** Where the panel is built. */
  body: HTMLElement;
  /** Loading and failure messages. */
  status: HTMLElement;
}

/** The mounted panel, as the door drives it. */
export interface LessonsPanel {
  /** Opens lesson n (0: the first unfinished one); with start, loads its starting line. */
  show(n: number, start: boolean): void;
  /** The page changed (a keystroke, a selector, the console): re-check the goal. */
  changed(): void;
  /** Hides a shown panel, shows a hidden one. */
  toggle(): void;
}

/** What lessons-HASH.js leaves on globalThis.cvqLessons. */
export interface LessonsModule {
  /**
   * Fetches the lessons and the panel's stylesheet and builds the panel;
   * from then on it answers the page's onLesson itself. Rejects (after
   * saying why in els.status) when they cannot be had.
   */
  mount(page: LessonPage, els: DoorElements): Promise<LessonsPanel>;
}
