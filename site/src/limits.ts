// Caps that keep the page responsive whatever is pasted into it. The
// simulator itself is linear, but DOM work is not free: rendering thousands
// of tokens and cards would take longer than a frame, and a megabyte-long
// line is never a real CVQ request.

/** Longest request simulated, in UTF-8 bytes (the bridge's unit). */
export const maxRequestBytes = 64 * 1024;

/**
 * Largest pasted transcript checked, in UTF-8 bytes. Checking is linear,
 * but every line becomes log entries and annotations, so a cap keeps a
 * paste from freezing the page.
 */
export const maxTranscriptBytes = 256 * 1024;

/** Most tokens rendered per strip and cards per side; the rest are counted. */
export const maxRenderedFields = 200;

/** Most diagnostics listed and marked on the mirror. */
export const maxRenderedDiagnostics = 200;

/**
 * Most client lines one live connection sends, and so most lines a session
 * link or a saved session may carry. A handshake is a handful of lines;
 * bringing a session back sends every line to the simulator again, and 200
 * lines (about 400 log entries) replay in tens of milliseconds and fit in
 * the log's shown entries.
 */
export const maxSessionLines = 200;

/** Longest value shown inside a token or card before it is shortened. */
export const maxShownValue = 80;

/**
 * Returns the UTF-8 length of s, stopping early once it passes limit (so a
 * 1 MB paste costs nothing). Lone surrogates count 3 bytes, as U+FFFD.
 */
export function utf8Length(s: string, limit: number): number {
  if (s.length > limit) return s.length; // each unit is at least one byte
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Shortens s to max UTF-16 units with an ellipsis, never splitting a surrogate pair. */
export function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return s.slice(0, cut) + "…";
}

/**
 * Formats a whole number with commas between thousands ("110,000"), as
 * toLocaleString("en") does but without it: the first call of that sets up
 * the browser's number formatting, tens of milliseconds on a slow machine,
 * which a page opened by a hostile link would pay before its first reply.
 */
export function grouped(n: number): string {
  const s = String(Math.trunc(n));
  const neg = s.startsWith("-") ? "-" : "";
  const d = neg === "" ? s : s.slice(1);
  let out = "";
  for (let end = d.length; end > 0; end -= 3) out = d.slice(Math.max(0, end - 3), end) + (out === "" ? "" : "," + out);
  return neg + out;
}

/** Formats a byte count for messages: "200 KiB". */
export function kib(n: number): string {
  return n < 1024 ? n + " bytes" : Math.round(n / 1024) + " KiB";
}

/** Counts the lines of s (separated by sep, LF unless told), stopping once the count passes limit. */
export function countLines(s: string, limit: number, sep = "\n"): number {
  let n = 1;
  for (let at = s.indexOf(sep); at >= 0 && n <= limit; at = s.indexOf(sep, at + 1)) n++;
  return n;
}
