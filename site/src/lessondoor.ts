// The door to the lessons: the only part of the lessons panel in the first
// load. The panel's code (lessons-HASH.js, from site/src/lessons), which
// brings its stylesheet and the lessons themselves, is loaded (chunk.ts) on
// first use: a click on #lessons-toggle, or a link or reload that names a lesson.
// A failure is said in the panel and blocks nothing else. Where an open
// panel docks is the chunk's business too (lessons/dock.ts).

import { cannotLoad, loadScript } from "./chunk";
import type { DoorElements, LessonPage, LessonsModule, LessonsPanel } from "./lessons/host";

// The build defines this as the panel script's hashed name (build/lessons.go).
declare const CVQ_LESSONS_JS: string;

/** Loads the lessons panel on first use and tells it of the page's changes. */
export class LessonDoor {
  private readonly page: LessonPage;
  private readonly els: DoorElements;
  private panel: LessonsPanel | null = null;
  private loading: Promise<LessonsPanel> | null = null;

  constructor(page: LessonPage, els: DoorElements) {
    this.page = page;
    this.els = els;
    els.toggle.addEventListener("click", () => this.use((p) => p.toggle()));
    // Until the panel is there; mount installs its own.
    page.onLesson = (n, start) => {
      if (n > 0) this.use((p) => p.show(n, start));
    };
  }

  /** The page changed through the learner: the panel re-checks its goal. */
  changed(): void {
    this.panel?.changed();
  }

  private use(f: (p: LessonsPanel) => void): void {
    this.loading ??= loadScript(CVQ_LESSONS_JS).then(() => {
      const m = (globalThis as { cvqLessons?: LessonsModule }).cvqLessons;
      if (m === undefined) throw new Error("no panel");
      return m.mount(this.page, this.els);
    });
    this.loading.then((p) => {
      this.panel = p;
      f(p);
    }, () => {
      this.loading = null; // the next click tries again
      if (!this.els.status.hidden) return; // the panel said why
      this.els.status.textContent = cannotLoad("The lessons");
      this.els.status.hidden = false;
    });
  }
}
