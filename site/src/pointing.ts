// Routes the learner's pointing at fields to the page: the mouse over and
// clicks on tokens, cards and the reply, keyboard focus and Enter/Space/
// Escape in the token strips. It only finds which field ("q3", "r0") an
// event is about; what pointing does is the page's (app.ts, link.ts).

import { byId } from "./dom";
import type { Source } from "./link";
import type { TokenStrip } from "./tokens";

/** What pointing at a field does, supplied by the page. */
export interface PointingHost {
  /** Highlights key (null: nothing) for a source; a non-hover source also reveals its card. */
  point(source: Source, key: string | null): void;
  /** Pins key, or unpins it when it is pinned (a click, Enter or Space). */
  toggle(key: string): void;
  /** Unpins whatever field is pinned (Escape in a strip). */
  unpin(): void;
}

/**
 * Listens on the roots that hold fields (each by id) and on the two token
 * strips, strips[i] drawn into stripRoots[i].
 */
export function routePointing(host: PointingHost, ids: string[], strips: [TokenStrip, HTMLElement][]): void {
  for (const id of ids) {
    const root = byId(id, HTMLElement);
    root.addEventListener("mouseover", (e) => host.point("hover", keyOf(e.target)));
    root.addEventListener("mouseleave", () => host.point("hover", null));
    root.addEventListener("click", (e) => {
      const k = keyOf(e.target);
      if (k === null) return;
      // An open card's body is for reading and following links: only its
      // header opens and closes it. Selecting text on a card to copy it is
      // not a click on the card either.
      const t = e.target instanceof Element ? e.target : null;
      if (t?.closest(".card-body, a") != null) return;
      if (t?.closest(".card") != null && !(window.getSelection()?.isCollapsed ?? true)) return;
      host.toggle(k);
    });
  }
  for (const [strip, root] of strips) {
    root.addEventListener("focusin", (e) => {
      const k = keyOf(e.target);
      if (k === null) return;
      strip.noteFocus(k);
      // A click already selects; only keyboard focus (which the browser
      // marks :focus-visible) points by itself, or a click-then-unselect
      // would leave the token highlighted through its focus.
      if (e.target instanceof Element && e.target.matches(":focus-visible")) host.point("focus", k);
    });
    root.addEventListener("focusout", () => host.point("focus", null));
    root.addEventListener("keydown", (e) => {
      const k = keyOf(e.target);
      if (k === null) return;
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        host.toggle(k);
      } else if (e.key === "Escape") {
        host.unpin();
      }
    });
  }
}

/** The field key of the element an event came from (its closest [data-key]), or null. */
export function keyOf(t: EventTarget | null): string | null {
  if (!(t instanceof Element)) return null;
  return t.closest<HTMLElement>("[data-key]")?.dataset["key"] ?? null;
}
