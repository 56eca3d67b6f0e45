// Share links and remembered state. The page's state is mirrored into the
// address bar (history.replaceState, debounced, so typing never floods the
// Back button), into this tab's sessionStorage and into localStorage (the
// latest state of any tab); "Copy link" puts the address on the clipboard.
// On load, a share link in the fragment wins over the stored state, except
// the address this tab wrote itself: a reload within the debounce finds it
// older than the state saved as the page went away, which then wins. A tab
// brings back its own state before the shared one, and says when another
// tab saved newer work. A link that is damaged, from a newer page, or names
// a dialect or profile this page lacks still opens the page: whatever could
// be read is used, #link-notice says what was wrong and what was kept,
// shows the link to copy and mend, and offers the work it replaced, which
// stays in storage until the learner changes something.

import { afterPaint, byId, setText } from "./dom";
import { foreignLink, fromFragment, isShareLink, settle } from "./linkread";
import { maxFragmentChars, toFragment } from "./linkwrite";
import { type Choices, type PageState, quote, sameState } from "./state";
import { grouped, maxSessionLines } from "./limits";
import { showLinkNotice, showTabNotice } from "./noticedoor";
import { loadShared, loadTab, parseSaved, type Saved, saveState, stateKey } from "./storage";

/** What the share controller needs from the playground. */
export interface StatefulPage {
  getState(): PageState;
  applyState(s: PageState): void;
  choices(): Choices;
  onStateChange: () => void;
  /** Opens lesson n at its starting line, for a link that names a lesson and no input. */
  startLesson?(n: number): void;
  /**
   * The console, loaded on first use: prepare resolves once showing s has
   * what it needs (a session or transcript needs the console's chunk), so
   * applyState shows it at once, its highlighted field included.
   */
  readonly console?: { prepare(s: PageState): Promise<void> };
  /**
   * Simulates and draws what applyState set, at once: a link too long for
   * the page to have written is shown before storage is read.
   */
  run?(): void;
}

/** The elements of the share controls and the link notice. */
export interface ShareElements {
  button: HTMLButtonElement;
  status: HTMLElement;
  url: HTMLInputElement;
  notice: HTMLElement;
}

/** Finds the share controls and the link notice in the page. */
export function shareElements(): ShareElements {
  return {
    button: byId("copy-link", HTMLButtonElement),
    status: byId("share-status", HTMLElement),
    url: byId("share-url", HTMLInputElement),
    notice: byId("link-notice", HTMLElement),
  };
}

/** How long the page waits after the last change before writing the address. */
export const settleMs = 300;

/** Keeps the address and storage in step with the page, and copies links. */
export class Sharing {
  private readonly page: StatefulPage;
  private readonly els: ShareElements;
  private timer = 0;
  private written: PageState | null = null;
  private writtenHash = "";
  private generation = 0;
  /**
   * True from opening a link with problems until the learner changes
   * something: meanwhile the shared stored state, the work from before the
   * link, is not overwritten.
   */
  private held = false;

  constructor(page: StatefulPage, els: ShareElements) {
    this.page = page;
    this.els = els;
    page.onStateChange = () => {
      this.held = false;
      this.schedule();
    };
    els.button.addEventListener("click", () => void this.copy());
    els.url.addEventListener("focus", () => els.url.select());
    // Following a share link into an open page changes only the fragment,
    // which loads nothing: read it as a fresh visit would.
    window.addEventListener("hashchange", () => {
      if (location.hash !== this.writtenHash) void this.openLink(location.hash, false);
    });
    // A reload within the debounce would lose the last keystrokes; storage
    // is synchronous, so keep it up to date as the page goes away.
    // The address may lag behind; the saved hash lets the next load know
    // that the address is this one, and so older than the state.
    // Only unsaved changes are written: a tab that goes away must not
    // replace newer work another tab saved meanwhile.
    window.addEventListener("pagehide", () => {
      const s = this.page.getState();
      if (this.written === null || !sameState(s, this.written)) saveState(s, location.hash, !this.held);
    });
    // Another tab of the page saved: say so, unless it shows the same.
    window.addEventListener("storage", (e) => {
      if (e.key === stateKey) void this.otherTab(parseSaved(e.newValue));
    });
  }

  /**
   * Brings back the shared or remembered state at start-up: the fragment
   * when it is a share link, else the stored state, else nothing (the page
   * keeps its defaults).
   */
  async restore(): Promise<void> {
    this.els.button.disabled = false;
    // Read once: each read copies the fragment, which may be megabytes.
    const hash = location.hash;
    // An address longer than any the page writes is not this tab's own, so
    // storage (a synchronous call to the browser, which an address of
    // megabytes keeps busy for seconds) is not read before it is shown.
    const mine = foreignLink(hash) ? null : loadTab();
    // The address this tab wrote itself is no newer than its saved state.
    const own = mine !== null && mine.hash !== "" && mine.hash === hash;
    if (!own && await this.openLink(hash, true)) return;
    const shared = loadShared();
    const saved = mine ?? shared;
    if (saved === null) return;
    await this.page.console?.prepare(saved.state);
    const drawn = this.bringBack(saved.state);
    if (own) {
      this.written = null;
      await this.write();
    }
    if (mine !== null && shared !== null && shared.at > mine.at) await this.otherTab(shared);
    await drawn;
  }

  // Shows a stored state. A stored dialect or profile the page no longer
  // offers is dropped quietly: storage is a convenience, not something the
  // learner asked for. A session too long to replay (left by an older page
  // that opened a hostile link, or by hand) is dropped with a word, and the
  // state is saved without it so the next visit starts clean. Resolves
  // once that notice is drawn.
  private bringBack(s: PageState): Promise<void> {
    const c = this.page.choices();
    const d = this.page.getState();
    const tooLong = s.session.length > maxSessionLines;
    this.page.applyState({
      ...s,
      dialect: c.dialects.includes(s.dialect) ? s.dialect : d.dialect,
      profile: c.profiles.includes(s.profile) ? s.profile : d.profile,
      session: tooLong ? [] : s.session,
    });
    this.written = this.page.getState();
    if (!tooLong) return Promise.resolve();
    saveState(this.written, location.hash);
    return showLinkNotice(this.els.notice, "The page could not bring back everything from your last visit.", [
      "the session saved from your last visit has " + grouped(s.session.length) + " client lines, more than the " +
        maxSessionLines + " this page replays, so it was not restored",
    ], "Everything else from your last visit was restored.", { link: "", restore: null });
  }

  // Shows s in place of what the learner has (their choice, in a notice), and saves it.
  private async takeBack(s: PageState): Promise<void> {
    await this.page.console?.prepare(s);
    this.held = false;
    const drawn = this.bringBack(s);
    this.written = null;
    await this.write();
    await drawn;
  }

  // Says that another tab saved s, when it differs from what this tab
  // shows; resolves once that is drawn.
  private otherTab(s: Saved | null): Promise<void> {
    if (s === null || sameState(s.state, this.page.getState())) return Promise.resolve();
    const input = s.state.mode === "line" ? "the request " + quote(s.state.line)
      : s.state.transcript !== "" ? "a pasted transcript" : "a session of " + s.state.session.length + " client lines";
    return showTabNotice(this.els.notice, s.at, input + " (" + s.state.dialect + ", " + s.state.profile + ")", () => void this.takeBack(s.state));
  }

  /** Copies a link to the current state, or says why it cannot. */
  async copy(): Promise<void> {
    clearTimeout(this.timer);
    const gen = ++this.generation;
    const s = this.page.getState();
    const e = await toFragment(s);
    if (gen !== this.generation) return; // a newer change or copy took over
    this.els.url.hidden = true;
    if (!e.ok) {
      this.say("This " + what(s) + " is too long to share as a link: the link would be " + grouped(e.length) +
        " characters after compression, and links are capped at " + grouped(maxFragmentChars) +
        " (longer ones get cut off by chat apps and mail). No link was copied; shorten the input to share it.", "error");
      this.commit(s, null);
      return;
    }
    this.commit(s, e.fragment);
    const url = location.href.split("#")[0] + "#" + e.fragment;
    this.els.button.dataset["url"] = url;
    const size = grouped(url.length) + " characters" + (e.compressed ? ", compressed" : "");
    try {
      if (typeof navigator.clipboard?.writeText !== "function") throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      this.say("Link copied (" + size + "). Opening it shows this " + what(s) + " as it is now.", "ok");
    } catch {
      // Denied, unavailable (plain http), or the document lost focus:
      // offer the link for copying by hand.
      this.els.url.value = url;
      this.els.url.hidden = false;
      this.els.url.focus();
      this.say("The browser did not let the page copy the link (" + size + "). It is selected below: copy it with Ctrl+C or ⌘C.", "warning");
    }
  }

  // Schedules writing the address and storage once changes settle.
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.write(), settleMs);
  }

  private async write(): Promise<void> {
    const gen = ++this.generation;
    const s = this.page.getState();
    if (this.written !== null && sameState(s, this.written)) return;
    const e = await toFragment(s);
    if (gen !== this.generation) return;
    this.commit(s, e.ok ? e.fragment : null);
  }

  // Records s in storage and its fragment (or, past the cap, no fragment,
  // rather than a stale one) in the address bar.
  private commit(s: PageState, fragment: string | null): void {
    this.written = s;
    const hash = fragment === null ? "" : "#" + fragment;
    saveState(s, hash, !this.held);
    this.writtenHash = hash;
    if (location.hash === hash) return;
    try {
      history.replaceState(history.state, "", hash === "" ? location.pathname + location.search : hash);
    } catch {
      // Some embedded browsers limit replaceState; the page works without it.
    }
  }

  /**
   * Opens a share link's fragment. Returns false when the fragment is not
   * a share link (empty, or an in-page anchor like #request).
   */
  private async openLink(hash: string, atStart: boolean): Promise<boolean> {
    // An anchor leaves a pending save alone: the skip link followed right
    // after an edit must not lose it. A link replaces whatever is pending,
    // decided before the first await so the save cannot run in between.
    if (!isShareLink(hash)) return false;
    const gen = ++this.generation;
    clearTimeout(this.timer);
    // The address without its fragment, built from its parts: location.href
    // would copy a fragment of up to 2 MB once more.
    const link = location.protocol + "//" + location.host + location.pathname + location.search +
      (hash.startsWith("#") ? hash : "#" + hash);
    // The work the link replaces: what this tab showed, or at start what
    // was stored.
    const late = atStart && foreignLink(hash);
    let before = atStart && !late ? stored() : this.page.getState();
    const d = await fromFragment(hash);
    if (d === null) return false;
    if (gen !== this.generation && !atStart) return true;
    const defaults = atStart ? this.page.getState() : { ...this.page.getState(), focus: "" };
    const r = settle(d, defaults, this.page.choices());
    await this.page.console?.prepare(r.state);
    if (gen !== this.generation && !atStart) return true;
    this.page.applyState(r.state);
    if (r.bareLesson) this.page.startLesson?.(r.state.lesson);
    if (late) {
      // Shown first, then the stored work it replaces is read (see restore).
      this.page.run?.();
      await afterPaint();
      before = stored();
    }
    if (r.state.focus !== "" && this.page.getState().focus !== r.state.focus) {
      r.problems.push("the highlighted field " + quote(r.state.focus) + " is not in this " + what(r.state) + ", so nothing is highlighted");
      r.kept = r.kept.filter((k) => k !== "highlighted field");
    }
    const shown = this.page.getState();
    const restore = before === null || sameState(before, shown) ? null : () => void this.takeBack(before);
    const drawn = showLinkNotice(this.els.notice, "This link could not be opened completely.", r.problems, r.kept.length === 0
      ? "Nothing from the link was used: the page shows its usual starting request."
      : "Kept from the link: the " + list(r.kept) + ".", { link, restore });
    // Replace a damaged link in the address bar with one for what is
    // shown, keeping the stored work from before it.
    if (r.problems.length > 0) {
      this.held = true;
      this.written = null;
      await this.write();
    } else {
      this.held = false;
      this.written = shown;
      this.writtenHash = location.hash;
      saveState(this.written, location.hash);
    }
    await drawn;
    return true;
  }

  private say(text: string, tone: "ok" | "warning" | "error"): void {
    this.els.status.dataset["tone"] = tone;
    setText(this.els.status, text);
  }
}

// The work stored at start-up: this tab's own, else the latest of any tab.
function stored(): PageState | null {
  return (loadTab() ?? loadShared())?.state ?? null;
}

function what(s: PageState): string {
  if (s.mode === "line") return "request";
  return s.transcript !== "" ? "transcript" : "session";
}

function list(xs: string[]): string {
  if (xs.length <= 1) return xs.join("");
  return xs.slice(0, -1).join(", the ") + " and the " + xs[xs.length - 1];
}
