// The lazy card chunk (cardchunk-HASH.js): the body of an open card
// (cardfill.ts) with its "Why this value?" section (why.ts). The door,
// cardbody.ts, loads it when the first card opens and finds it on
// globalThis.cvqCardBody; the first load carries neither.

import type { Answer, Diagnostic, Result, Token } from "./api";
import { fillBody, newBody, type Body } from "./cardfill";
import { useSimulate, type WhyContext } from "./why";

/** What the chunk gives the door. */
export interface CardChunk {
  /** Connects the chunk to the page's simulate (for the other profiles' answers). */
  install(simulate: (line: string, dialect: string, profile: string) => Answer<Result>): void;
  newBody(root: HTMLElement): Body;
  fillBody(b: Body, f: Token, diags: readonly Diagnostic[], why?: WhyContext): void;
}

const chunk: CardChunk = { install: useSimulate, newBody, fillBody };
(globalThis as { cvqCardBody?: CardChunk }).cvqCardBody = chunk;
