// The script of the reference pages (dist/reference/): it applies the theme
// the playground stored and wires the pages' own #theme-toggle, so the
// reference looks like the page it came from. It is loaded as a classic
// script in the head, so the theme is set before the first paint; the
// button exists only once the body is parsed.

import { applyTheme, storedTheme, ThemeToggle } from "./theme";

applyTheme(storedTheme());

function wire(): void {
  const button = document.getElementById("theme-toggle");
  if (button instanceof HTMLButtonElement) new ThemeToggle(button);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
else wire();
