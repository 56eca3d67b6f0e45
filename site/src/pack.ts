// Raw deflate and base64url for the compressed form of a share link
// (#v=1&z=…), with a cap on what unpacking may produce. The browser's
// CompressionStream does the work; nothing here knows what the bytes say.

/**
 * Largest text a compressed link may unpack to. Far above what fits in a
 * capped link of real input, it stops a hand-made link from unpacking a
 * few kilobytes into gigabytes.
 */
export const maxUnpackedBytes = 1 << 20;

/** Reports whether this browser can deflate and inflate; without it every link is written readable. */
export function compressionAvailable(): boolean {
  return typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

/** Deflates text (UTF-8) with no zlib header. */
export async function deflate(text: string): Promise<Uint8Array> {
  const input = new Blob([new TextEncoder().encode(text)]).stream();
  const out = input.pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** Thrown by inflate when the output would pass maxUnpackedBytes. */
export class TooLarge extends Error {}

/** Inflates raw deflate bytes; throws TooLarge past maxUnpackedBytes, and on damaged input. */
export async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  // Errors surface on the reading side; these only keep the writer's own
  // rejections from being reported as unhandled.
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    total += r.value.byteLength;
    if (total > maxUnpackedBytes) {
      reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** Undoes toBase64Url; null for anything it would not have written. */
export function fromBase64Url(s: string): Uint8Array<ArrayBuffer> | null {
  if (s === "" || s.length % 4 === 1) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
    if (!ok) return null;
  }
  let bin: string;
  try {
    bin = atob(s.replaceAll("-", "+").replaceAll("_", "/") + "===".slice(0, (4 - (s.length % 4)) % 4));
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
