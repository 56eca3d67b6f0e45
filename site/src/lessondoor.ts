// The door to the lessons: the only part of the lessons panel in the first
// load. The panel's code (lessons-HASH.js, from site/src/lessons), which
// brings its stylesheet and the lessons themselves, is loaded (chunk.ts) on
// first use: a click on #lessons-toggle, or a link or reload that names a lesson.
// A failure is said in the panel and blocks nothing else.
//
// While the panel is open it docks beside the work: the #lessons section
// moves out of the work column to the top of the page's side column, above
// the cards (on a phone: above the request), so the task, the line and the
// answer are in view together. Closed, it goes back to the foot of the
// work column.

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
    // The panel opens and closes itself (a lesson link, its own toggle):
    // its body's hidden attribute says which.
    new MutationObserver(() => this.dock()).observe(els.body, { attributes: true, attributeFilter: ["hidden"] });
    // Until the panel is there; mount installs its own.
    page.onLesson = (n, start) => {
      if (n > 0) this.use((p) => p.show(n, start));
    };
  }

  /** The page changed through the learner: the panel re-checks its goal. */
  changed(): void {
    this.panel?.changed();
  }

  // Moves the lessons section to where an open or closed panel belongs,
  // keeping the keyboard focus where it was (moving a node drops it).
  private dock(): void {
    const section = this.els.body.closest("section");
    const layout = section?.closest(".layout") ?? document.querySelector(".layout");
    const work = layout?.querySelector(".work");
    if (section == null || layout == null || work == null) return;
    const open = !this.els.body.hidden;
    layout.classList.toggle("has-lesson", open);
    const home = open ? layout : work;
    if (section.parentElement === home) return;
    const focused = section.contains(document.activeElement) ? document.activeElement : null;
    if (open) layout.insertBefore(section, work);
    else work.appendChild(section);
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
    // Docked beside the work the panel scrolls on its own: the open
    // lesson's text, not the list of lessons, is what the learner came for.
    if (open) requestAnimationFrame(() => showLesson(section));
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

// Scrolls a docked panel that scrolls on its own so the open lesson's title
// is at its top.
function showLesson(section: HTMLElement): void {
  const title = section.querySelector(".lesson-title");
  if (title === null || section.scrollHeight <= section.clientHeight) return;
  section.scrollTop += title.getBoundingClientRect().top - section.getBoundingClientRect().top - 8;
}
