// Light, dark, or whatever the system prefers. The choice lives in
// html[data-theme] (style.css keys its colours on it) and in localStorage.
// The page's CSP allows no inline script, so the stored choice is applied by
// the first statement of the bundle (main.ts). The bundle is an async
// script: it runs as soon as it arrives, often before the parser reaches the
// body and in any case without waiting for parsing to end, so the theme is
// on the root element before the first paint on all but the slowest loads.

import { readRaw, removeRaw, themeKey, writeRaw } from "./storage";

/** The three theme settings; "auto" follows prefers-color-scheme. */
export type Theme = "auto" | "light" | "dark";

const cycle: Record<Theme, Theme> = { auto: "light", light: "dark", dark: "auto" };

const labels: Record<Theme, string> = {
  auto: "Theme: auto",
  light: "Theme: light",
  dark: "Theme: dark",
};

/** The stored theme; "auto" when none is stored or the value is unknown. */
export function storedTheme(): Theme {
  const v = readRaw(themeKey);
  return v === "light" || v === "dark" ? v : "auto";
}

/** Sets html[data-theme]. */
export function applyTheme(t: Theme): void {
  document.documentElement.dataset["theme"] = t;
}

/** The theme the page shows now (from html[data-theme]). */
export function currentTheme(): Theme {
  const v = document.documentElement.dataset["theme"];
  return v === "light" || v === "dark" ? v : "auto";
}

/** The #theme-toggle button: each press moves auto → light → dark → auto. */
export class ThemeToggle {
  private readonly button: HTMLButtonElement;

  constructor(button: HTMLButtonElement) {
    this.button = button;
    button.addEventListener("click", () => this.next());
    this.show();
  }

  /** Moves to the next theme, applies it and remembers it. */
  next(): Theme {
    const t = cycle[currentTheme()];
    applyTheme(t);
    // "auto" is the default, so it is stored as no value at all.
    if (t === "auto") removeRaw(themeKey);
    else writeRaw(themeKey, t);
    this.show();
    return t;
  }

  /** Labels the button with the theme the page shows now. */
  show(): void {
    const t = currentTheme();
    this.button.textContent = labels[t];
    this.button.dataset["theme"] = t;
    this.button.title = t === "auto"
      ? "Following the system's light or dark setting. Press to switch to light."
      : "Press to switch to " + cycle[t] + ".";
  }
}
