// Loads the build's lazy files (the views' and the lessons' scripts,
// stylesheets and data) by their hashed names. Served, each is fetched
// beside the page. In the single file (`make single`, build/inline) there
// is nothing beside the page: each lazy file travels inside it as a
// non-running <script data-chunk="NAME"> holding its text, and is used
// from there — a script or stylesheet as an inline element, which the
// file's Content-Security-Policy allows by its hash.

/** The text of the lazy file name when the document carries it. */
function held(name: string): string | undefined {
  return document.querySelector(`script[data-chunk="${name}"]`)?.textContent ?? undefined;
}

/** Runs the lazy script name; resolves once it has run. */
export function loadScript(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    const text = held(name);
    if (text === undefined) {
      s.src = name;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(name + " did not load"));
    } else {
      s.text = text; // an inline script runs as it is added, below
      resolve();
    }
    document.head.appendChild(s);
  });
}

/**
 * Runs the lazy script name and resolves with what it registered on
 * globalThis[key], or with null when it did not load or registered
 * nothing (a script a policy blocked, say): the door may try again.
 */
export function loadChunk<T>(name: string, key: string): Promise<T | null> {
  return loadScript(name).then(() => ((globalThis as Record<string, unknown>)[key] as T | undefined) ?? null, () => null);
}

/** Applies the lazy stylesheet name (a second call adds nothing); resolves once it applies. */
export function loadStyle(name: string): Promise<void> {
  if (document.querySelector(`[data-loaded="${name}"]`) !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const text = held(name);
    let el: HTMLElement;
    if (text === undefined) {
      const l = (el = document.createElement("link"));
      l.rel = "stylesheet";
      l.href = name;
      l.onload = () => resolve();
      l.onerror = () => {
        l.remove(); // the next try fetches it again
        reject(new Error(name + " did not load"));
      };
    } else {
      el = document.createElement("style");
      el.textContent = text;
      resolve();
    }
    el.dataset["loaded"] = name;
    document.head.appendChild(el);
  });
}

/** The lazy JSON file name, parsed. */
export async function loadJSON(name: string): Promise<unknown> {
  const text = held(name);
  if (text !== undefined) return JSON.parse(text);
  const res = await fetch(name);
  if (!res.ok) throw new Error(name + " answered " + res.status);
  return res.json();
}

/**
 * Why a lazy part (what: "This view", "The lessons") cannot be had, fitting
 * where the page runs: online a retry may help; a file will never have it.
 */
export function cannotLoad(what: string): string {
  return what + (location.protocol === "file:"
    ? " is not in this copy of the page; open the playground online to use it."
    : " could not be loaded; check the connection and try again.");
}
