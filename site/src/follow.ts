// The card that follows the learner: which field's card is open (the
// pinned field, else the caret's, else the last one opened), bringing it
// into view, and marking in the request what an open reply card's rule
// read. The page (app.ts) tells it when the pointing changes; the cards
// (cards.ts) build and place the open one.

import { revealInPanel } from "./caret";
import type { CardList } from "./cards";
import { setAttr } from "./dom";
import type { Linker } from "./link";
import type { TokenStrip } from "./tokens";

/** The views the follower works with. */
export interface FollowViews {
  linker: Linker;
  reqTokens: TokenStrip;
  repTokens: TokenStrip;
  reqCards: CardList;
  repCards: CardList;
  /** The cards panel, which scrolls on its own on a wide screen. */
  panel: HTMLElement;
  /** The request views that mark what an open reply card's rule read. */
  readMarks: HTMLElement[];
}

/** Keeps the open card in step with the learner's pointing. */
export class CardFollower {
  private readonly v: FollowViews;
  /** The open card's key. */
  private openKey: string | null = null;
  /** The card a coming animation frame will bring into view, if any. */
  private revealKey: string | null = null;
  /** Narrow windows, where the open card moves below its line (the breakpoint of style.css). */
  private readonly phone = matchMedia("(max-width: 40rem)");

  constructor(v: FollowViews) {
    this.v = v;
    this.phone.addEventListener("change", () => this.sync());
  }

  /**
   * Opens the card that follows the learner in both lists (one holds it,
   * the other closes what it had open) and marks what its rule read.
   */
  sync(): void {
    const v = this.v;
    const want = v.linker.get("selected") ?? v.linker.get("caret") ?? this.openKey;
    const key = want !== null && (v.reqTokens.field(want) ?? v.repTokens.field(want)) !== undefined ? want : null;
    this.openKey = key;
    const narrow = this.phone.matches;
    v.reqCards.open(key, narrow);
    v.repCards.open(key, narrow);
    // An open reply card's rule names the request tokens it read: the
    // request's strip and line mark them (style.css, [data-reads]).
    const reads = key?.startsWith("r") ? v.repTokens.field(key)?.rule?.reads ?? [] : [];
    const names = reads.map((i) => v.reqTokens.field("q" + i)?.name ?? "").filter((n) => n !== "").join(" ");
    for (const e of v.readMarks) {
      if (names === "") e.removeAttribute("data-reads");
      else setAttr(e, "data-reads", names);
    }
  }

  /** Closes the open card unless something still points at it (a field was unpinned). */
  release(): void {
    this.openKey = null;
    this.sync();
  }

  /**
   * Brings key's card into view: within the cards panel on a wide screen;
   * on a phone, where it sits below its line, by scrolling the window when
   * chosen explicitly (no hover to disturb there).
   */
  reveal(key: string, chosen: boolean): void {
    const card = this.v.reqCards.card(key) ?? this.v.repCards.card(key);
    if (card === undefined) return;
    if (!this.phone.matches) revealInPanel(this.v.panel, card);
    else if (chosen) card.scrollIntoView({ block: "nearest" });
  }

  /**
   * Reveals the caret's card in the next frame, once however many caret
   * moves happen before it; a card the caret has left by then stays put.
   */
  revealSoon(key: string): void {
    const pending = this.revealKey !== null;
    this.revealKey = key;
    if (pending) return;
    requestAnimationFrame(() => {
      const k = this.revealKey;
      this.revealKey = null;
      if (k === null || this.v.linker.get("caret") !== k) return;
      this.reveal(k, false);
    });
  }
}
