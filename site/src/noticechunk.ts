// The lazy notice chunk (noticechunk-HASH.js): the link and tab notices
// (notice.ts). The door, noticedoor.ts, loads it the first time a notice is
// due and finds it on globalThis.cvqNotice; the first load carries none of
// it, since most visits never show a notice.

import { showLinkNotice, showTabNotice } from "./notice";

/** What the chunk gives the door. */
export interface NoticeChunk {
  link: typeof showLinkNotice;
  tab: typeof showTabNotice;
}

const chunk: NoticeChunk = { link: showLinkNotice, tab: showTabNotice };
(globalThis as { cvqNotice?: NoticeChunk }).cvqNotice = chunk;
