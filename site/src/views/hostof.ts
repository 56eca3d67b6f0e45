// The page as the extra views (compare, sequence diagram, export) see it:
// the bridge's functions, the selectors and what the panels show. The
// bridge's functions are this bundle's own copy of api.ts (they read the
// same globalThis.cvq and #cvq-meta), so the first load carries none of it.

import { meta, sessionClose, sessionOpen, sessionSend, simulate } from "../api";
import type { Playground } from "../app";
import type { ViewHost } from "./host";

/** The ViewHost of page. */
export function hostOf(page: Playground): ViewHost {
  const select = (id: string, v: string): void => {
    const s = document.getElementById(id) as HTMLSelectElement;
    if (s.value === v || ![...s.options].some((o) => o.value === v)) return;
    s.value = v;
    s.dispatchEvent(new Event("change"));
  };
  return {
    meta, simulate, sessionOpen, sessionSend, sessionClose,
    dialect: () => page.getState().dialect,
    profile: () => page.getState().profile,
    mode: () => page.getMode(),
    shown: () => page.onScreen,
    log: () => page.console.logState(),
    choose: (i) => page.console.chooseEntry(i),
    select: (d, p) => {
      select("dialect", d);
      select("profile", p);
    },
  };
}
