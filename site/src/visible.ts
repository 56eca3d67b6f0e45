// How the page shows text that came from the learner, a link, storage or a
// paste: every character that a display hides or that reorders the text
// around it becomes a visible marker, so text cannot disguise itself (a
// right-to-left override would otherwise draw "exe.txt" as "txt.exe", and
// the sentence around it backwards). Every place that displays such text
// goes through visible(); text set into a sentence also goes through
// isolate(), so even plain right-to-left letters stay inside their quotes.
//
// What is marked: control characters (C0 as their control pictures, NUL →
// ␀, LF → ␊, DEL → ␡; C1 as ⟨U+0085⟩), format characters (bidi marks,
// embeddings, overrides and isolates, zero-width spaces and joiners, soft
// hyphens, tags: ⟨U+202E⟩) and the line and paragraph separators. An emoji
// built with a zero-width joiner shows its parts and the joiner: a token
// of a protocol line has no reason to hold one. The codec names the same
// characters in a "hidden-char" diagnostic.

const hiddenOne = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const hiddenAll = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** The marker for code point c: "⟨U+202E⟩". */
export function marker(c: number): string {
  return "\u27e8U+" + c.toString(16).toUpperCase().padStart(4, "0") + "\u27e9";
}

/**
 * Returns s with every hidden or reordering character replaced by a
 * visible marker. The result can be longer than s: slice by the bridge's
 * from/to offsets first, then make each piece visible.
 */
export function visible(s: string): string {
  // A quick test first: almost every line has nothing to mark.
  if (!hiddenOne.test(s)) return s;
  return s.replace(hiddenAll, (ch) => {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return "\u2421";
    return marker(c);
  });
}

/**
 * Returns s made visible and wrapped in a first-strong isolate (U+2068 …
 * U+2069), for text set into a sentence: right-to-left letters in s then
 * cannot move the words and punctuation around it. visible() has removed
 * any isolate or override of s's own, so s cannot end the isolation early.
 */
export function isolate(s: string): string {
  return "\u2068" + visible(s) + "\u2069";
}
