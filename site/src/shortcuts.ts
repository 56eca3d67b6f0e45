// Single-key shortcuts and the help dialog that lists them. A shortcut never
// fires while the learner types (in a text field or a select), so "/" and
// "c" still type themselves in the request; the one key that works inside
// the editors is Escape, which leaves them, so the keyboard is never trapped
// in a box that takes every other key.

import { byId } from "./dom";
import type { ThemeToggle } from "./theme";

/** The loaded page, as far as the shortcuts need it. */
export interface LivePage {
  page: {
    getMode(): "line" | "session";
    setMode(m: "line" | "session"): void;
    onStateChange: () => void;
  };
  sharing: { copy(): Promise<void> };
}

/**
 * Installs the page's shortcuts and the #shortcuts-open button. live
 * returns the loaded page, or null while the simulator is loading (or
 * failed to): the page-level shortcuts then do nothing, while the theme and
 * help still work.
 */
export function installShortcuts(theme: ThemeToggle, live: () => LivePage | null): Shortcuts {
  const go = (mode: "line" | "session", id: string): void => {
    const l = live();
    if (l === null) return;
    if (l.page.getMode() !== mode) {
      l.page.setMode(mode);
      l.page.onStateChange();
    }
    document.getElementById(id)?.focus();
  };
  const s = new Shortcuts(byId("shortcuts", HTMLDialogElement), {
    focusRequest: () => go("line", "request"),
    focusConsole: () => go("session", "console-input"),
    toggleTheme: () => theme.next(),
    copyLink: () => void live()?.sharing.copy(),
  }, (e) => e.id === "request" || e.id === "console-input");
  byId("shortcuts-open", HTMLButtonElement).addEventListener("click", () => s.openHelp());
  return s;
}

/** What the shortcuts do; the page supplies each action. */
export interface ShortcutActions {
  focusRequest(): void;
  focusConsole(): void;
  toggleTheme(): void;
  copyLink(): void;
}

/** Handles the page's keyboard shortcuts and the #shortcuts dialog. */
export class Shortcuts {
  private readonly dialog: HTMLDialogElement;
  private readonly actions: ShortcutActions;
  private readonly isEditor: (e: Element) => boolean;
  private opener: HTMLElement | null = null;
  private swallow = false;

  /**
   * isEditor tells the text boxes that Escape leaves (the request and the
   * console input) from other elements.
   */
  constructor(dialog: HTMLDialogElement, actions: ShortcutActions, isEditor: (e: Element) => boolean) {
    this.dialog = dialog;
    this.actions = actions;
    this.isEditor = isEditor;
    document.addEventListener("keydown", (e) => this.onKey(e));
    // A handled shortcut's character must not land in the box it focused
    // ("/" in the request). Browsers drop the keypress after a cancelled
    // keydown, but not every input path does (synthetic key events send
    // the character separately), so it is dropped here too.
    document.addEventListener("keypress", (e) => {
      if (!this.swallow) return;
      this.swallow = false;
      e.preventDefault();
    }, true);
    document.addEventListener("keyup", () => (this.swallow = false), true);
    // The dialog closes by Escape, its button or a form submit; focus goes
    // back to where it was when the dialog opened.
    dialog.addEventListener("close", () => {
      const o = this.opener;
      this.opener = null;
      if (o !== null && o.isConnected) o.focus();
    });
  }

  /** Opens the help dialog, remembering what had focus. */
  openHelp(): void {
    if (this.dialog.open) return;
    const a = document.activeElement;
    this.opener = a instanceof HTMLElement && a !== document.body ? a : null;
    this.dialog.showModal();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (this.dialog.open) return; // the modal dialog handles its own keys
    const t = e.target instanceof Element ? e.target : null;
    if (e.key === "Escape") {
      if (t !== null && this.isEditor(t) && t instanceof HTMLElement) {
        e.preventDefault();
        leave(t);
      }
      return;
    }
    if (t !== null && typing(t)) return;
    switch (e.key) {
      case "/":
        this.actions.focusRequest();
        break;
      case "c":
        this.actions.focusConsole();
        break;
      case "t":
        this.actions.toggleTheme();
        break;
      case "l":
        this.actions.copyLink();
        break;
      case "?":
        this.openHelp();
        break;
      default:
        return;
    }
    e.preventDefault();
    this.swallow = true;
  }
}

// Whether keys typed at t go into a value: text fields, selects (which jump
// to options by letter) and editable content.
function typing(t: Element): boolean {
  if (t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return true;
  if (t instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "reset", "submit", "color", "file", "image", "range"].includes(t.type);
  }
  return t instanceof HTMLElement && t.isContentEditable;
}

const focusable = "a[href], button, input, select, textarea, summary, [tabindex]";

/**
 * Moves focus from the editor el to the element Tab would reach next (for
 * the request that is its token strip), or blurs it when nothing follows.
 */
function leave(el: HTMLElement): void {
  for (const c of document.querySelectorAll<HTMLElement>(focusable)) {
    if (!(el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.contains(c) || c.tabIndex < 0 || (c as HTMLButtonElement).disabled === true) continue;
    if (c.closest("[hidden], dialog:not([open]), [inert]") !== null || c.getClientRects().length === 0) continue;
    c.focus();
    if (document.activeElement === c) return;
  }
  el.blur();
}
