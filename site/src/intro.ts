// The page's introduction folds away after the first visit: a newcomer
// reads it open, a returning learner (or anyone following a share link,
// who came for the answer) sees the request and the reply first.

const seenKey = "cvq-intro-seen";

/**
 * Opens details on a first visit that is not a share link, and remembers
 * the visit. A share link keeps it folded without asking storage (see
 * rememberVisit).
 */
export function foldIntro(details: HTMLDetailsElement, shareLink: boolean): void {
  if (shareLink) {
    details.open = false;
    return;
  }
  let seen = true;
  try {
    seen = localStorage.getItem(seenKey) !== null;
    localStorage.setItem(seenKey, "1");
  } catch {
    // Storage refused (private mode, a full quota): keep the intro folded.
  }
  details.open = !seen;
}

/**
 * Remembers a visit that came by a share link, called once its reply is on
 * screen: storage is a synchronous call to the browser, which an address of
 * megabytes keeps busy for up to a few hundred milliseconds.
 */
export function rememberVisit(): void {
  try {
    localStorage.setItem(seenKey, "1");
  } catch {
    // Storage refused: the intro opens on the next plain visit, as on a first one.
  }
}
