// Entry point of the lessons panel's own bundle (lessons-HASH.js), which
// lessondoor.ts loads on first use: it fetches the lessons data and builds
// the panel. It registers itself on globalThis.cvqLessons, the one name the
// page looks for.

import { parseLessons } from "./data";
import type { LessonHost, LessonsModule, LessonsPanel } from "./host";
import { Panel } from "./panel";

const module: LessonsModule = {
  async mount(root: HTMLElement, host: LessonHost, dataURL: string): Promise<LessonsPanel> {
    const res = await fetch(dataURL);
    if (!res.ok) throw new Error(dataURL + " answered " + res.status);
    const lessons = parseLessons(await res.json());
    if (typeof lessons === "string") throw new Error(lessons);
    return new Panel(root, host, lessons);
  },
};

(globalThis as { cvqLessons?: LessonsModule }).cvqLessons = module;
