// The lessons panel: the list of lessons (each a link that opens it at its
// starting line), the open lesson's text, its task with the goal in
// #lesson-goal (data-state "met" or "unmet", re-checked on every change to
// the page), hints one at a time, "Show me" (#lesson-solve) and the
// learner's progress. It drives the page only through the LessonHost.

import { el, setAttr, setText } from "../dom";
import { readableFragment } from "../linkwrite";
import type { PageState } from "../state";
import type { Lesson, Setup } from "./data";
import { answerFor, holds } from "./goal";
import type { DoorElements, LessonHost, LessonsPanel } from "./host";
import { loadProgress, saveProgress, type Progress } from "./progress";
import { render } from "./text";

/** The page state a lesson setup shows; the line editor keeps its text in session lessons. */
export function stateOf(s: Setup, n: number, now: PageState): PageState {
  const base: PageState = { ...now, dialect: s.dialect, profile: s.profile, focus: "", lesson: n, session: [], transcript: "" };
  switch (s.mode) {
    case "line": return { ...base, mode: "line", line: s.input };
    case "session": return { ...base, mode: "session", session: s.input.split("\n") };
    case "transcript": return { ...base, mode: "session", transcript: s.input };
  }
}

/** The link to lesson n at its starting line. */
export function lessonLink(l: Lesson, now: PageState): string {
  return "#" + readableFragment(stateOf(l.start, l.n, now));
}

/** The panel inside #lessons-body. */
export class Panel implements LessonsPanel {
  private readonly host: LessonHost;
  private readonly els: DoorElements;
  private readonly lessons: Lesson[];
  private readonly progress: Progress = loadProgress();
  private current: Lesson | null = null;
  private hintsShown = 0;
  private met: boolean | null = null;
  /** Whether the goal was last met by "Show me" (progress says "shown", not "done"). */
  private solving = false;

  private readonly count = el("p", { cls: "lessons-count", attrs: { id: "lessons-count" } });
  private readonly list = el("ol", { cls: "lesson-list", attrs: { "aria-label": "Lessons" } });
  private readonly title = el("h3", { cls: "lesson-title", attrs: { id: "lesson-title", tabindex: "-1" } });
  private readonly text = el("div", { cls: "lesson-text" });
  private readonly task = el("p", { cls: "lesson-task" });
  private readonly conditions = el("ul", { cls: "lesson-conditions" });
  private readonly verdict = el("p", { cls: "lesson-verdict" });
  private readonly goal = el("div", { cls: "lesson-goal", attrs: { id: "lesson-goal", "data-state": "unmet" } });
  private readonly announce = el("p", { cls: "visually-hidden", attrs: { "aria-live": "polite", id: "lesson-announce" } });
  private readonly hints = el("ol", { cls: "lesson-hints", attrs: { id: "lesson-hints", "aria-live": "polite" } });
  private readonly hintButton = el("button", { cls: "tool", attrs: { type: "button", id: "lesson-hint", "aria-controls": "lesson-hints" } });
  private readonly solve = el("button", { cls: "tool", text: "Show me", attrs: { type: "button", id: "lesson-solve" } });
  private readonly restart = el("button", { cls: "tool", text: "Start over", attrs: { type: "button", id: "lesson-restart" } });
  private readonly prev = el("a", { cls: "lesson-step", text: "← Previous lesson", attrs: { id: "lesson-prev" } });
  private readonly next = el("a", { cls: "lesson-step", text: "Next lesson →", attrs: { id: "lesson-next" } });

  constructor(els: DoorElements, host: LessonHost, lessons: Lesson[]) {
    this.host = host;
    this.els = els;
    this.lessons = lessons;
    const now = host.getState();
    for (const l of lessons) {
      // The list numbers the lessons.
      const link = el("a", { text: l.title, attrs: { href: lessonLink(l, now) } });
      link.addEventListener("click", (e) => this.follow(e, l.n));
      const mark = el("span", { cls: "lesson-mark" });
      this.list.appendChild(el("li", { attrs: { "data-lesson": String(l.n) } }, [link, mark]));
    }
    this.goal.append(
      el("h4", { text: "Your task" }), this.task, this.conditions, this.verdict,
    );
    const article = el("article", { cls: "lesson", attrs: { "aria-labelledby": "lesson-title" } }, [
      this.title, this.text, this.goal, this.announce,
      el("div", { cls: "lesson-actions" }, [this.hintButton, this.solve, this.restart]),
      this.hints,
      el("nav", { cls: "lesson-nav", attrs: { "aria-label": "Lesson steps" } }, [this.prev, this.next]),
    ]);
    els.body.replaceChildren(this.count, el("nav", { cls: "lessons-nav", attrs: { "aria-label": "All lessons" } }, [this.list]), article);
    this.prev.addEventListener("click", (e) => this.follow(e, (this.current?.n ?? 1) - 1));
    this.next.addEventListener("click", (e) => this.follow(e, (this.current?.n ?? 0) + 1));
    this.hintButton.addEventListener("click", () => this.hint());
    this.solve.addEventListener("click", () => this.load("solution"));
    this.restart.addEventListener("click", () => this.load("start"));
    this.drawProgress();
  }

  toggle(): void {
    if (this.els.body.hidden) {
      this.show(this.current?.n ?? this.host.getState().lesson, false);
      return;
    }
    // Hiding the panel leaves the lesson: links and reloads no longer name it.
    this.expand(false);
    this.host.setLesson(0);
  }

  private expand(on: boolean): void {
    this.els.body.hidden = !on;
    this.els.toggle.setAttribute("aria-expanded", String(on));
    setText(this.els.toggle, on ? "Hide the lessons" : "Show the lessons");
  }

  show(n: number, start: boolean): void {
    this.expand(true);
    const l = this.lessons[n - 1] ?? this.firstOpen();
    const missing = n > this.lessons.length;
    this.els.status.textContent = missing ? "There is no lesson " + n + " (there are " + this.lessons.length +
      "); here is lesson " + l.n + " instead." : "";
    this.els.status.hidden = !missing;
    const fresh = l !== this.current;
    if (fresh) this.open(l);
    // A lesson the page does not show yet (first opened from the toggle)
    // starts at its starting line; one it shows (a link, a reload) keeps
    // what the page holds.
    if (start || (fresh && this.host.getState().lesson !== l.n)) this.load("start");
    else this.host.setLesson(l.n);
    this.changed();
    // Focus follows a lesson the learner picked here (a link, the toggle),
    // never one a reload brings back.
    const section = this.els.body.closest("section") ?? this.els.body;
    if (fresh && section.contains(document.activeElement)) this.title.focus();
  }

  changed(): void {
    const l = this.current;
    if (l === null) return;
    const a = answerFor(this.host.getState());
    const ok = typeof a !== "string";
    let all = ok;
    for (const [i, li] of [...this.conditions.children].entries()) {
      const c = l.goal[i];
      const yes = ok && c !== undefined && holds(c, a);
      all &&= yes;
      setAttr(li, "data-met", String(yes));
      const said = li.lastElementChild;
      if (said !== null) setText(said, yes ? " (met)" : " (not yet)");
    }
    setAttr(this.goal, "data-state", all ? "met" : "unmet");
    setText(this.verdict, !ok ? "The simulator could not answer (" + a + ")." : all ? "Goal met." : "Not yet.");
    if (all && this.met === false) {
      const how = this.solving ? "shown" : "done";
      if (this.progress.get(l.slug) !== "done") this.progress.set(l.slug, how);
      saveProgress(this.progress);
      this.drawProgress();
      setText(this.announce, how === "done" ? "Goal met: well done." : "Goal met by the solution.");
    } else if (!all && this.met === true) {
      setText(this.announce, "The goal is no longer met.");
    }
    this.met = all;
    this.solving = false;
  }

  // A plain click (or Enter) on a lesson's link opens it here, at its
  // starting line; the address follows as it does for any change. Going
  // through the address instead would race with the page writing it.
  // Other clicks (a new tab, a copied link) keep the link's own behaviour.
  private follow(e: MouseEvent, n: number): void {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || this.lessons[n - 1] === undefined) return;
    e.preventDefault();
    this.show(n, true);
  }

  // The first lesson not finished yet (or the first one).
  private firstOpen(): Lesson {
    return this.lessons.find((l) => this.progress.get(l.slug) === undefined) ?? this.lessons[0]!;
  }

  private open(l: Lesson): void {
    this.current = l;
    this.hintsShown = 0;
    this.met = null;
    setText(this.title, "Lesson " + l.n + ": " + l.title);
    this.text.replaceChildren(...render(l.body));
    setText(this.task, l.task);
    this.conditions.replaceChildren(...l.goal.map((c) => el("li", { attrs: { "data-met": "false" } }, [
      document.createTextNode(c.t), el("span", { cls: "visually-hidden lesson-condition-state" }),
    ])));
    this.hints.replaceChildren();
    this.drawHintButton();
    for (const li of this.list.children) {
      if (li instanceof HTMLElement && li.dataset["lesson"] === String(l.n)) li.firstElementChild?.setAttribute("aria-current", "step");
      else li.firstElementChild?.removeAttribute("aria-current");
    }
    const now = this.host.getState();
    const step = (a: HTMLAnchorElement, to: Lesson | undefined): void => {
      a.hidden = to === undefined;
      if (to !== undefined) a.href = lessonLink(to, now);
    };
    step(this.prev, this.lessons[l.n - 2]);
    step(this.next, this.lessons[l.n]);
  }

  // Loads the lesson's starting line or its solution into the page.
  private load(which: "start" | "solution"): void {
    const l = this.current;
    if (l === null) return;
    this.solving = which === "solution";
    if (which === "start") this.met = null; // starting over is not "no longer met"
    this.host.applyState(stateOf(l[which], l.n, this.host.getState()));
  }

  private hint(): void {
    const l = this.current;
    if (l === null || this.hintsShown >= l.hints.length) return;
    this.hints.appendChild(el("li", { text: l.hints[this.hintsShown]! }));
    this.hintsShown++;
    this.drawHintButton();
  }

  private drawHintButton(): void {
    const total = this.current?.hints.length ?? 0;
    const left = this.hintsShown < total;
    this.hintButton.disabled = !left;
    setText(this.hintButton, left ? "Hint " + (this.hintsShown + 1) + " of " + total : "No more hints");
  }

  private drawProgress(): void {
    let done = 0;
    for (const li of this.list.children) {
      if (!(li instanceof HTMLElement)) continue;
      const l = this.lessons[Number(li.dataset["lesson"]) - 1];
      const f = l === undefined ? undefined : this.progress.get(l.slug);
      if (f !== undefined) done++;
      setAttr(li, "data-done", f ?? "no");
      const mark = li.lastElementChild;
      if (mark !== null) setText(mark, f === "done" ? " ✓ done" : f === "shown" ? " (answer shown)" : "");
    }
    setText(this.count, done + " of " + this.lessons.length + " lessons finished");
  }
}
