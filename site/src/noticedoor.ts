// The door to the notices (notice.ts, in the lazy chunk noticechunk.ts):
// #link-notice and #tab-notice are drawn only when a link or the stored
// work could not be used whole, or another tab saved newer work, so the
// first load goes without their code. Each call resolves once its notice
// is drawn; a later call for the same notice wins over one still waiting
// for the chunk. Should the chunk fail to load, a link notice still says
// what went wrong, as plain sentences.

import { loadChunk } from "./chunk";
import { el } from "./dom";
import type { NoticeActions } from "./notice";
import type { NoticeChunk } from "./noticechunk";

declare const CVQ_NOTICE_JS: string;

let loading: Promise<NoticeChunk | null> | null = null;
// The latest call for each notice.
const latest = { link: 0, tab: 0 };

function chunk(): Promise<NoticeChunk | null> {
  loading ??= loadChunk<NoticeChunk>(CVQ_NOTICE_JS, "cvqNotice").then((c) => {
    if (c === null) loading = null; // the next notice tries again
    return c;
  });
  return loading;
}

// Resolves with the chunk for this call of notice which, or with null when
// a later call for it came first.
async function turn(which: keyof typeof latest): Promise<NoticeChunk | null | undefined> {
  const call = ++latest[which];
  const c = await chunk();
  return call === latest[which] ? c : undefined;
}

/** Fills #link-notice (n), or hides it at once when there are no problems. */
export async function showLinkNotice(n: HTMLElement, head: string, problems: string[], kept: string, act: NoticeActions): Promise<void> {
  if (problems.length === 0) {
    latest.link++;
    n.hidden = true;
    n.replaceChildren();
    return;
  }
  const c = await turn("link");
  if (c === undefined) return;
  if (c !== null) return c.link(n, head, problems, kept, act);
  n.replaceChildren(...[head, ...problems, kept].map((text) => el("p", { text })));
  n.hidden = false;
}

/** Says, after anchor, that another tab saved newer work (see notice.ts). */
export async function showTabNotice(anchor: HTMLElement, at: number, what: string, open: () => void): Promise<void> {
  const c = await turn("tab");
  if (c) c.tab(anchor, at, what, open);
}
