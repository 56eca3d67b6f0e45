// The door to the lessons: the only part of the lessons panel in the first
// load. The panel's code, stylesheet and lessons (lessons-HASH.js, .css and
// .json, built from site/src/lessons and docs/lessons) are fetched on first
// use: a click on #lessons-open, or a link or reload that names a lesson.
// A failure to load them is said in the panel and blocks nothing else.

import type { Playground } from "./app";
import type { LessonHost, LessonsModule, LessonsPanel } from "./lessons/host";

// The build defines these as the lazy files' hashed names (build/lessons.go).
declare const CVQ_LESSONS_JS: string;
declare const CVQ_LESSONS_CSS: string;
declare const CVQ_LESSONS_DATA: string;

/** The lessons section's elements in index.html. */
export interface DoorElements {
  /** The button that shows and hides the panel. */
  toggle: HTMLButtonElement;
  /** Where the panel is built. */
  body: HTMLElement;
  /** Loading and failure messages. */
  status: HTMLElement;
}

/** Opens the lessons panel on demand and keeps it told of the page's changes. */
export class LessonDoor {
  private readonly page: Playground;
  private readonly els: DoorElements;
  private panel: LessonsPanel | null = null;
  private loading: Promise<LessonsPanel | null> | null = null;
  /** True while the panel applies a state, whose lesson the panel already knows. */
  private applying = false;

  constructor(page: Playground, els: DoorElements) {
    this.page = page;
    this.els = els;
    els.toggle.addEventListener("click", () => {
      if (els.body.hidden) void this.open(this.page.lesson, false);
      else this.expand(false);
    });
    page.onLesson = (n, start) => {
      if (this.applying) return;
      if (n > 0) void this.open(n, start);
      else this.changed(); // a link or reload without a lesson: the goal may have changed
    };
  }

  /** The page changed through the learner; the panel re-checks its goal. */
  changed(): void {
    this.panel?.changed();
  }

  /** Shows the panel with lesson n (0: the one the panel picks) open. */
  async open(n: number, start: boolean): Promise<void> {
    this.expand(true);
    const panel = await this.load();
    panel?.show(n, start);
  }

  private expand(on: boolean): void {
    this.els.body.hidden = !on;
    this.els.toggle.setAttribute("aria-expanded", String(on));
    this.els.toggle.textContent = on ? "Hide the lessons" : "Show the lessons";
  }

  private load(): Promise<LessonsPanel | null> {
    this.loading ??= this.fetchPanel().catch((e: unknown) => {
      this.loading = null; // a later click tries again
      this.els.status.textContent = "The lessons could not be loaded (" + (e instanceof Error ? e.message : String(e)) +
        "). The rest of the page works as before; try again later.";
      this.els.status.hidden = false;
      return null;
    });
    return this.loading;
  }

  private async fetchPanel(): Promise<LessonsPanel> {
    if (CVQ_LESSONS_JS === "") throw new Error("this build has no lessons");
    this.els.status.textContent = "Loading the lessons…";
    this.els.status.hidden = false;
    await Promise.all([loadScript(CVQ_LESSONS_JS), loadStyle(CVQ_LESSONS_CSS)]);
    const m = (globalThis as { cvqLessons?: LessonsModule }).cvqLessons;
    if (typeof m?.mount !== "function") throw new Error("the lessons script did not register itself");
    const host: LessonHost = {
      getState: () => this.page.getState(),
      applyState: (s) => {
        this.applying = true;
        try {
          this.page.applyState(s);
        } finally {
          this.applying = false;
        }
        this.page.onStateChange();
      },
      setLesson: (n) => {
        if (this.page.lesson === n) return;
        this.page.lesson = n;
        this.page.onStateChange();
      },
    };
    this.panel = await m.mount(this.els.body, host, CVQ_LESSONS_DATA);
    this.els.status.hidden = true;
    return this.panel;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src;
    s.async = true;
    s.addEventListener("load", () => resolve(), { once: true });
    s.addEventListener("error", () => reject(new Error(src + " did not load")), { once: true });
    document.head.appendChild(s);
  });
}

function loadStyle(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const l = document.createElement("link");
    l.rel = "stylesheet";
    l.href = href;
    l.addEventListener("load", () => resolve(), { once: true });
    l.addEventListener("error", () => reject(new Error(href + " did not load")), { once: true });
    document.head.appendChild(l);
  });
}
