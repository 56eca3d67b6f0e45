// Links from the page into the reference (dist/reference/, built from
// docs/): a source key the codec cites (SEED, YW-CVR …) becomes a link to
// its bibliography entry, a diagnostic code a link to its explanation. The
// page knows only the keys; titles and addresses live in the rendered
// reference, so neither this bundle nor the WebAssembly module carries them.
// Everything is built with DOM calls: the text comes from the codec, which
// may quote the user's input.

import { el, visible } from "./dom";

/** Where the reference lives, relative to the page. */
export const referenceBase = "reference/";

/** The address of a source key's bibliography entry. */
export function sourceHref(key: string): string {
  return referenceBase + "sources.html#src-" + key;
}

/** The address of a diagnostic code's explanation. */
export function diagnosticHref(code: string): string {
  return referenceBase + "diagnostics.html#diag-" + code;
}

// A source key: SEED, YW-P8, MS-LCID, CAP-MSNP8-doc (docs/keys.go IsKey).
const key = "[A-Z][A-Z0-9]*(?:-[A-Za-z0-9]+)*";
const keyList = new RegExp("^\\s*" + key + "(?:\\s*,\\s*" + key + ")*\\s*$");
const listPart = new RegExp(key, "g");
// In prose: [KEY], or a section of the rules ("rules §4").
const prose = new RegExp("\\[(" + key + ")\\]|rules §(\\d+)", "g");

/**
 * The ids of the sections of docs/rules.md, §1 first, so "rules §4" can link
 * to its section (docs/docs_test.go checks this list against the page).
 */
export const ruleSections = ["lines", "dialects", "cvr0", "decision-order", "client", "errors", "profiles",
  "sessions", "transcripts", "disagreements", "assumptions"];

/** The address of a section of the rules, by its number; "" for none. */
export function ruleHref(n: number): string {
  const id = ruleSections[n - 1];
  return id === undefined ? "" : referenceBase + "rules.html#" + id;
}

/**
 * The text each element was last filled with by setCited, and the text it
 * then showed (kept so an unchanged call need not rebuild it to compare).
 */
const shown = new WeakMap<Element, { text: string; seen: string }>();

/**
 * Fills e with text in which every cited source key is a link: with list,
 * all of a comma-separated key list (a field's source: "SEED, YW-CVR");
 * otherwise each [KEY] in prose (a note, an outcome, an example's source).
 * Does nothing when e already shows this text.
 */
export function setCited(e: Element, text: string, list = false): void {
  // The text may quote the user's input: its hidden characters are shown
  // as markers (visible.ts), which source keys never contain.
  const was = shown.get(e);
  if (was !== undefined && was.text === text && e.textContent === was.seen) return;
  const re = list && keyList.test(text) ? listPart : prose;
  const nodes: Node[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const section = m[2] === undefined ? "" : ruleHref(Number(m[2]));
    if (m[2] !== undefined && section === "") continue; // no such section: leave the text as it is
    if (m.index > last) nodes.push(document.createTextNode(visible(text.slice(last, m.index))));
    const k = m[1] ?? m[0];
    nodes.push(section !== ""
      ? el("a", { cls: "cite", text: m[0], attrs: { href: section, title: "This section of the simulator's rules" } })
      : el("a", {
        cls: "cite", text: m[0],
        attrs: { href: sourceHref(k), "data-source": k, title: "Source " + k + " in the reference's bibliography" },
      }));
    last = m.index + m[0].length;
  }
  if (last < text.length) nodes.push(document.createTextNode(visible(text.slice(last))));
  e.replaceChildren(...nodes);
  shown.set(e, { text, seen: e.textContent ?? "" });
}
