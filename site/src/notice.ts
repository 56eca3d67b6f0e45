// The notices about where the page's state came from: #link-notice says
// what a link could not give (with the link itself, to copy and mend, and
// a way back to the work it replaced), and #tab-notice says that another
// tab saved newer work. Both are built from DOM calls and text only. They
// travel in a lazy chunk (noticechunk.ts); the page calls them through
// noticedoor.ts.

import { el } from "./dom";
import { grouped, shorten } from "./limits";

/**
 * Most characters of a refused link shown in its box; the copy button
 * always copies all of it. Laying out a box of one unbroken 64 KiB line
 * takes the browser half a second, and nobody mends such a link by eye;
 * any link the page writes (8,000 characters at most) is a few lines.
 */
export const maxShownLink = 4096;

/** What a link notice offers besides its sentences. */
export interface NoticeActions {
  /** The link as it was opened, or "" to show none. */
  link: string;
  /** Brings back the work the link replaced; null when there was none. */
  restore: (() => void) | null;
}

/** Fills #link-notice with problems (the door, noticedoor.ts, hides it when there are none). */
export function showLinkNotice(n: HTMLElement, head: string, problems: string[], kept: string, act: NoticeActions): void {
  const parts: Node[] = [
    el("p", { cls: "notice-head", text: head }),
    el("ul", { cls: "notice-list" }, problems.map((p) => el("li", { text: capital(p) + "." }))),
    el("p", { cls: "notice-kept", text: kept }),
  ];
  if (act.link !== "") parts.push(...linkBox(act.link));
  const buttons: Node[] = [];
  if (act.restore !== null) {
    const restore = act.restore;
    const b = button("notice-restore", "Bring back your previous work");
    b.addEventListener("click", () => {
      hide(n);
      restore();
    });
    buttons.push(b);
  }
  buttons.push(closeButton(n));
  parts.push(el("p", { cls: "notice-actions" }, buttons));
  n.replaceChildren(...parts);
  n.hidden = false;
}

// The refused link in a read-only box, selected on focus, with a button
// that copies all of it (the clipboard can be refused: then the box is
// selected for Ctrl+C).
function linkBox(link: string): Node[] {
  const shown = link.length > maxShownLink ? link.slice(0, maxShownLink) : link;
  const box = el("textarea", {
    cls: "notice-link",
    attrs: { readonly: "", rows: "2", spellcheck: "false", "aria-label": "The link that was opened" },
  });
  box.value = shown;
  box.addEventListener("focus", () => box.select());
  const copy = button("notice-copy", "Copy the link");
  const said = el("span", { cls: "notice-copied", attrs: { role: "status" } });
  copy.addEventListener("click", () => {
    const done = (ok: boolean): void => {
      said.textContent = ok ? " Copied." : " The browser did not let the page copy it: select the box and copy it by hand.";
      if (!ok) box.focus();
    };
    if (typeof navigator.clipboard?.writeText !== "function") done(false);
    else navigator.clipboard.writeText(link).then(() => done(true), () => done(false));
  });
  const size = grouped(link.length) + " characters";
  const intro = link.length > shown.length
    ? "The link as it was opened (" + size + "; the box shows the first " + grouped(maxShownLink) +
      ", the button copies all of it), to copy and mend:"
    : "The link as it was opened (" + size + "), to copy and mend:";
  return [el("p", { cls: "notice-link-intro", text: intro }), box, el("p", {}, [copy, said])];
}

/** Fills #tab-notice (made after anchor) with the news that another tab saved newer work, offering to open it. */
export function showTabNotice(anchor: HTMLElement, at: number, what: string, open: () => void): void {
  const n = tabNotice(anchor);
  const when = at > 0 ? " at " + new Date(at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" }) : "";
  const b = button("notice-open", "Open it here");
  b.addEventListener("click", () => {
    hide(n);
    open();
  });
  n.replaceChildren(
    el("p", { cls: "notice-head", text: "Another tab saved newer work" + when + "." }),
    el("p", { text: "It shows " + shorten(what, 200) + ". This tab keeps its own work unless you open that here." }),
    el("p", { cls: "notice-actions" }, [b, closeButton(n)]),
  );
  n.hidden = false;
}

// Finds #tab-notice, creating it after #link-notice the first time.
function tabNotice(after: HTMLElement): HTMLElement {
  const found = document.getElementById("tab-notice");
  if (found !== null) return found;
  const n = el("div", { cls: "notice link-notice", attrs: { id: "tab-notice", role: "status" } });
  n.hidden = true;
  after.after(n);
  return n;
}

function hide(n: HTMLElement): void {
  n.hidden = true;
  n.replaceChildren();
}

function button(cls: string, text: string): HTMLButtonElement {
  return el("button", { cls: "notice-button " + cls, text, attrs: { type: "button" } });
}

function closeButton(n: HTMLElement): HTMLButtonElement {
  const close = el("button", { cls: "notice-close", text: "Dismiss", attrs: { type: "button" } });
  close.addEventListener("click", () => hide(n));
  return close;
}

function capital(s: string): string {
  return s === "" ? s : s[0]!.toUpperCase() + s.slice(1);
}
