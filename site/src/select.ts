// The two things the page does with a <select>: fill it from the bridge's
// lists, and ask whether it offers a value (a link or an example may name
// one it does not).

import { el } from "./dom";

/** Reports whether sel has an option with value. */
export function has(sel: HTMLSelectElement, value: string): boolean {
  return [...sel.options].some((o) => o.value === value);
}

/** Replaces sel's options with items ([value, label]) and selects preferred when offered. */
export function fill(sel: HTMLSelectElement, items: [string, string][], preferred: string): void {
  sel.replaceChildren(...items.map(([value, label]) => el("option", { text: label, attrs: { value } })));
  if (items.some(([v]) => v === preferred)) sel.value = preferred;
}
