// Readying the page for its first keystrokes. Just after start-up the
// simulator still runs the code its first compiler made, and an open
// card's chunk and texts are not here yet (a focus fetches them), so a
// learner's first keys paid for both: in make bench's typing sessions the
// first 40 keys took about twice as long as the rest. Once the browser is
// idle after the first reply, the page fetches the card chunk and texts,
// then simulates the prefixes of the request it shows, a few in each idle
// period, which is what typing that request does: the simulator's busy
// code gets optimised before a key needs it. The results are thrown away;
// nothing on the page changes.

import { simulate } from "./api";
import { prepare } from "./cardbody";

/** The most prefixes simulated (a real CVQ line is under 200 bytes). */
export const maxWarmCalls = 160;

/** The mark set when the warm-up is done; its detail is the number of calls. */
export const warmedMark = "cvq-warmed";

// Calls f when the browser is idle (after a short timer where it cannot say).
function whenIdle(f: (d: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === "function") {
    requestIdleCallback(f);
    return;
  }
  setTimeout(() => {
    const end = performance.now() + 8;
    f({ didTimeout: false, timeRemaining: () => Math.max(0, end - performance.now()) });
  }, 50);
}

/** Starts the warm-up for line as dialect and profile would answer it. */
export function warmUp(line: string, dialect: string, profile: string): void {
  const n = Math.min(line.length, maxWarmCalls);
  let i = 0;
  const step = (d: IdleDeadline): void => {
    while (i < n && d.timeRemaining() > 2) simulate(line.slice(0, ++i), dialect, profile);
    if (i < n) whenIdle(step);
    else performance.mark(warmedMark, { detail: n });
  };
  const go = (): void => whenIdle(step);
  whenIdle(() => void prepare().then(go, go));
}
