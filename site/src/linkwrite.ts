// The share link's fragment, written. It is readable when short,
//   #v=1&d=MSNP8&p=reference&q=CVQ%202%200x0409…&f=q5
// with s= (client lines joined by LF) or t= (a pasted transcript) in place
// of q= for a session, and otherwise the same text deflated and base64url
// encoded: #v=1&z=…. linkread.ts reads both forms back.

import { compressionAvailable, deflate, toBase64Url } from "./pack";
import { linkFormatVersion as formatVersion, type PageState } from "./state";

/** Longest fragment a share link may have, in characters after "#". */
export const maxFragmentChars = 8000;

/** A compressed link is used only when it is at most this share of the readable one. */
const compressRatio = 0.7;

/** Below this many characters the readable form is always used. */
const compressFrom = 200;

/** The fragment for a state, or the length it would have had past the cap. */
export type Encoded =
  | { ok: true; fragment: string; compressed: boolean }
  | { ok: false; length: number };

/** The readable fragment (without "#"): only the input of the active mode. */
export function readableFragment(s: PageState): string {
  const parts = ["v=" + formatVersion];
  if (s.lesson > 0) parts.push("lesson=" + s.lesson);
  parts.push("d=" + enc(s.dialect), "p=" + enc(s.profile));
  if (s.mode === "line") parts.push("q=" + enc(s.line));
  else if (s.transcript !== "") parts.push("t=" + enc(s.transcript));
  else parts.push("s=" + enc(s.session.join("\n")));
  if (s.focus !== "") parts.push("f=" + enc(s.focus));
  if (s.view !== "") parts.push("view=" + s.view);
  return parts.join("&");
}

/**
 * Writes s as a fragment: readable, unless deflating makes it much shorter
 * (which only long input does). Fails with the length when even the
 * shorter form is over maxFragmentChars.
 */
export async function toFragment(s: PageState): Promise<Encoded> {
  const readable = readableFragment(s);
  let best = readable;
  if (readable.length >= compressFrom && compressionAvailable()) {
    try {
      const packed = "v=" + formatVersion + "&z=" + toBase64Url(await deflate(readable));
      if (packed.length <= readable.length * compressRatio) best = packed;
    } catch {
      // Keep the readable form; it is still a correct link.
    }
  }
  if (best.length > maxFragmentChars) return { ok: false, length: best.length };
  return { ok: true, fragment: best, compressed: best !== readable };
}

// encodeURIComponent throws on a lone surrogate (a pasted fragment of an
// emoji): those become U+FFFD first, as any UTF-8 encoder would write them.
function enc(s: string): string {
  return encodeURIComponent(wellFormed(s));
}

function wellFormed(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      i++;
      continue;
    }
    out += s.slice(from, i) + "\ufffd";
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
