// The contract between the page and its three extra views (compare,
// sequence diagram, export), each bundled apart (site/src/views/NAME.ts →
// NAME-HASH.js) and loaded on first use by viewdoor.ts. Types only:
// nothing here is code either side runs.

import type { Answer, Meta, Result, Sent } from "../api";
import type { Playground } from "../app";
import type { Entry } from "../transcript";

/** The views a link may name (view=…). */
export type ViewName = "compare" | "sequence" | "export";

/** What a view may ask of the page. */
export interface ViewHost {
  /** The page's metadata: dialects and profiles as the selectors offer them. */
  meta(): Answer<Meta>;
  /** The bridge's simulate, as the page calls it. */
  simulate(line: string, dialect: string, profile: string): Answer<Result>;
  /** A fresh connection of the bridge (closed by the caller with sessionClose). */
  sessionOpen(dialect: string, profile: string): Answer<number>;
  sessionSend(id: number, line: string): Answer<Sent>;
  sessionClose(id: number): void;
  /** The selected dialect and profile. */
  dialect(): string;
  profile(): string;
  /** Which input the page shows. */
  mode(): "line" | "session";
  /** The line the panels show now (the request, or the console's chosen line) and its result. */
  shown(): { line: string; result: Result | null };
  /**
   * The console's log (live or pasted), in order, whether it holds a pasted
   * transcript, and whether that paste is still being checked (no entries yet).
   */
  log(): { entries: readonly Entry[]; current: number; pasted: boolean; checking: boolean };
  /** Makes log entry i the chosen one, as a click on it in the log does. */
  choose(i: number): void;
  /** Selects a dialect and profile as the learner would (the page and link follow). */
  select(dialect: string, profile: string): void;
}

/** A mounted view, as the door drives it. */
export interface View {
  /** The page changed (a keystroke, a selector, the console): redraw. */
  update(): void;
}

/** What each view's script adds to the switch. */
export interface ViewModule {
  /** Builds the view into body; rejects (the door says so) when its stylesheet cannot be had. */
  mount(host: ViewHost, body: HTMLElement): Promise<View>;
}

/**
 * What the first view script fetched leaves on globalThis.cvqViews (the
 * later ones add their view to it): it shows one view at a time.
 */
export interface ViewSwitch {
  /** Reports whether view n's script has arrived. */
  has(n: ViewName): boolean;
  /** Shows view n (mounting it the first time) and hides the others; "" hides them all. */
  show(n: ViewName | "", page: Playground): void;
  /** The page changed: the shown view redraws once the page rests. */
  changed(): void;
}
