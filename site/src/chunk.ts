// Loads the build's lazy files (the views' and the lessons' scripts,
// stylesheets and data) by their hashed names. Served, each is fetched
// beside the page. In the single file (`make single`, build/inline) there
// is nothing beside the page: each lazy file travels inside it as a
// non-running <script data-chunk="NAME"> holding its text, and is used
// from there — a script or stylesheet as an inline element, which the
// file's Content-Security-Policy allows by its hash.

/** The text of the lazy file name when the document carries it, else null. */
function held(name: string): string | null {
  return document.querySelector(`script[data-chunk="${name}"]`)?.textContent ?? null;
}

/** Runs the lazy script name; resolves once it has run. */
export function loadScript(name: string): Promise<void> {
  return attach(name, "script", (s, src) => ((s as HTMLScriptElement).src = src));
}

/** Applies the lazy stylesheet name (a second call adds nothing); resolves once it applies. */
export function loadStyle(name: string): Promise<void> {
  if (document.querySelector(`[data-loaded="${name}"]`) !== null) return Promise.resolve();
  return attach(name, "style", (s, href) => {
    const l = s as HTMLLinkElement;
    l.rel = "stylesheet";
    l.href = href;
  });
}

/** The lazy JSON file name, parsed. */
export async function loadJSON(name: string): Promise<unknown> {
  const text = held(name);
  if (text !== null) return JSON.parse(text);
  const res = await fetch(name);
  if (!res.ok) throw new Error(name + " answered " + res.status);
  return res.json();
}

/**
 * Why a lazy part (what: "This view", "The lessons") cannot be had, fitting
 * where the page runs: online a retry may help; a file will never have it.
 */
export function cannotLoad(what: string): string {
  return location.protocol === "file:"
    ? what + " is not in this copy of the page; open the playground online to use it."
    : what + " could not be loaded; check the connection and try again.";
}

// Adds name to the head: its held text as an inline element of kind
// (which runs or applies at once), else an element that fetches it (set
// up by fetchFrom).
function attach(name: string, kind: "script" | "style", fetchFrom: (el: HTMLElement, url: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const text = held(name);
    const el = document.createElement(text === null && kind === "style" ? "link" : kind);
    el.dataset["loaded"] = name;
    if (text !== null) {
      el.textContent = text;
    } else {
      fetchFrom(el, name);
      el.onload = () => resolve();
      el.onerror = () => {
        el.remove(); // the next try fetches it again
        reject(new Error(name + " did not load"));
      };
    }
    document.head.appendChild(el);
    if (text !== null) resolve();
  });
}
