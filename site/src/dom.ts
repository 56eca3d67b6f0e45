// Small DOM helpers. The page builds every node with createElement and fills
// it with textContent only: user input (which may be markup, a script tag or
// a megabyte of junk) can never become HTML this way, and the page needs no
// sanitiser and no Trusted Types policy.

/** Options for el: a class list, text content and plain attributes. */
export interface ElOptions {
  cls?: string;
  text?: string;
  attrs?: Record<string, string>;
}

/** Creates an element with optional class, text, attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElOptions = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (opts.cls !== undefined) e.className = opts.cls;
  if (opts.text !== undefined) e.textContent = opts.text;
  if (opts.attrs !== undefined) {
    for (const [k, v] of Object.entries(opts.attrs)) e.setAttribute(k, v);
  }
  for (const c of children) e.appendChild(c);
  return e;
}

/** Finds an element by id and checks its type, or throws (a broken page template). */
export function byId<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const e = document.getElementById(id);
  if (!(e instanceof type)) throw new Error("page template lacks #" + id);
  return e;
}

/** Sets textContent only when it differs, so unchanged nodes are not touched. */
export function setText(e: Node, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

/**
 * Shows or hides e, writing only when that changes: the browser treats
 * every write of the attribute, even of the value it has, as a change and
 * checks e's style again, and a keystroke used to write eight of them.
 */
export function setHidden(e: HTMLElement, hidden: boolean): void {
  if (e.hidden !== hidden) e.hidden = hidden;
}

/** Sets an attribute only when it differs. */
export function setAttr(e: Element, name: string, value: string): void {
  if (e.getAttribute(name) !== value) e.setAttribute(name, value);
}

// Text from the learner is shown through visible.ts; re-exported here
// because every module that builds DOM imports dom.ts.
export { isolate, visible } from "./visible";

/**
 * Clamps an offset from the bridge into 0..max (the length of the text it
 * indexes); anything that is not a finite number counts as 0.
 */
export function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, Number.isFinite(n) ? n : 0));
}

/**
 * Resolves in the first task after the next frame is painted: a
 * requestAnimationFrame callback runs just before that frame, and a task it
 * queues runs after it.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

type PostTask = (cb: () => void, o: { priority: string }) => Promise<unknown>;

/**
 * afterPaint, but the task after the frame goes ahead of tasks that were
 * already waiting, where the browser offers scheduler.postTask: a mark of
 * the moment something was painted must not wait for them. Traced on a
 * cold load, main.js's deferred run and DOMContentLoaded (20–60 ms) came
 * between the frame with the first reply and afterPaint's timer.
 */
export function afterPaintFirst(): Promise<void> {
  const s = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof s?.postTask !== "function") return afterPaint();
  return new Promise((resolve) => requestAnimationFrame(() => void s.postTask?.(resolve, { priority: "user-blocking" })));
}
