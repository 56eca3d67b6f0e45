// Entry point of the lessons panel's own bundle (lessons-HASH.js), which
// lessondoor.ts loads on first use: it loads the lessons and the panel's
// stylesheet (../chunk.ts) and builds the panel. It registers itself on
// globalThis.cvqLessons, the one name the page looks for.

import { cannotLoad, loadJSON, loadStyle } from "../chunk";
import { parseLessons } from "./data";
import { dockOnToggle } from "./dock";
import type { DoorElements, LessonHost, LessonPage, LessonsModule, LessonsPanel } from "./host";
import { Panel } from "./panel";

// The build defines these as the stylesheet's and the data's hashed names (build/lessons.go).
declare const CVQ_LESSONS_CSS: string;
declare const CVQ_LESSONS_DATA: string;

const module: LessonsModule = {
  async mount(page: LessonPage, els: DoorElements): Promise<LessonsPanel> {
    setStatus(els, "Loading the lessons…");
    let lessons;
    try {
      const [data] = await Promise.all([loadJSON(CVQ_LESSONS_DATA), loadStyle(CVQ_LESSONS_CSS)]);
      lessons = parseLessons(data);
      if (typeof lessons === "string") throw new Error(lessons);
    } catch (e) {
      setStatus(els, cannotLoad("The lessons") + " (" + (e instanceof Error ? e.message : String(e)) +
        ") The rest of the page works as before.");
      throw e;
    }
    setStatus(els, "");
    // While the panel applies a state it knows the lesson of; other
    // changes (a link, a reload) may open another lesson.
    let applying = false;
    const host: LessonHost = {
      getState: () => page.getState(),
      applyState: (s) => {
        applying = true;
        try {
          page.applyState(s);
        } finally {
          applying = false;
        }
        page.onStateChange();
      },
      setLesson: (n) => {
        if (page.lesson === n) return;
        page.lesson = n;
        page.onStateChange();
      },
    };
    dockOnToggle(els.body);
    const panel = new Panel(els, host, lessons);
    page.onLesson = (n, start) => {
      if (applying) return;
      if (n > 0) panel.show(n, start);
      else panel.changed(); // a link or reload without a lesson: the goal may have changed
    };
    return panel;
  },
};

function setStatus(els: DoorElements, text: string): void {
  els.status.textContent = text;
  els.status.hidden = text === "";
}

(globalThis as { cvqLessons?: LessonsModule }).cvqLessons = module;
