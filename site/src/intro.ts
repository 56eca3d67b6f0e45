// The page's introduction folds away after the first visit: a newcomer
// reads it open, a returning learner (or anyone following a share link,
// who came for the answer) sees the request and the reply first.

const seenKey = "cvq-intro-seen";

/** Opens details on a first visit that is not a share link, and remembers the visit. */
export function foldIntro(details: HTMLDetailsElement, shareLink: boolean): void {
  let seen = true;
  try {
    seen = localStorage.getItem(seenKey) !== null;
    localStorage.setItem(seenKey, "1");
  } catch {
    // Storage refused (private mode, a full quota): keep the intro folded.
  }
  details.open = !seen && !shareLink;
}
