// Which field the caret is in, and bringing a field's card into view
// without moving the window. Both are plain geometry over what the token
// strip and the cards panel already hold.

import type { Token } from "./api";

/**
 * The index of the field holding caret position c (UTF-16), found by
 * binary search over fields sorted by position; -1 when c is in no field.
 * A caret at a token's end still counts as inside it, so the caret after
 * typing a token points at that token; between two tokens with no gap (an
 * empty parameter right after this one) it belongs to the later token.
 */
export function fieldAt(fields: readonly Token[], c: number): number {
  let lo = 0;
  let hi = fields.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = fields[mid]!;
    if (c < f.from) hi = mid - 1;
    else if (c > f.to) lo = mid + 1;
    else {
      const next = fields[mid + 1];
      return c === f.to && next !== undefined && next.from === c ? mid + 1 : mid;
    }
  }
  return -1;
}

/**
 * Scrolls panel (when it is its own scroller, as on wide screens) so card is
 * visible. Unlike scrollIntoView it never scrolls the window: moving the
 * page under a resting mouse pointer would hover, and highlight, some other
 * field.
 */
export function revealInPanel(panel: HTMLElement, card: HTMLElement): void {
  if (panel.scrollHeight <= panel.clientHeight) return;
  const p = panel.getBoundingClientRect();
  const c = card.getBoundingClientRect();
  const margin = 8;
  if (c.top < p.top) panel.scrollTop -= p.top - c.top + margin;
  else if (c.bottom > p.bottom) panel.scrollTop += Math.min(c.bottom - p.bottom + margin, c.top - p.top - margin);
}
