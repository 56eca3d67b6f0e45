// The lazy console chunk (console-HASH.js): the live session and the
// pasted transcript (console.ts, with log.ts, transcript.ts, paste.ts and
// history.ts). The door, consoledoor.ts, loads it on the console's first use
// and finds it on globalThis.cvqConsole; the first load carries none of it.

import { Console, type ConsoleHost } from "./console";

/** What the chunk gives the door. */
export interface ConsoleChunk {
  /** Builds the console on the page's #console section. */
  open(host: ConsoleHost): Console;
}

const chunk: ConsoleChunk = { open: (host) => new Console(host) };
(globalThis as { cvqConsole?: ConsoleChunk }).cvqConsole = chunk;
