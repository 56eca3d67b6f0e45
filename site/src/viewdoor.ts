// The door to the page's three extra views (compare, sequence diagram,
// export): the only part of them in the first load. A view's script
// (NAME-HASH.js, from site/src/views) is loaded (chunk.ts) the first time its
// button is pressed or a link names it (view=…); the first one loaded brings the
// switch that shows one view at a time and redraws it (views/switch.ts).

import type { Playground } from "./app";
import { cannotLoad, loadScript } from "./chunk";
import type { ViewName, ViewSwitch } from "./views/host";

// The build defines these as the views' hashed script names (build/views.go).
declare const CVQ_VIEW_COMPARE: string;
declare const CVQ_VIEW_SEQUENCE: string;
declare const CVQ_VIEW_EXPORT: string;

const views = globalThis as { cvqViews?: ViewSwitch };

/** Wires the view buttons (in the Fields panel) to page. */
export function viewDoor(page: Playground): void {
  const src = { compare: CVQ_VIEW_COMPARE, sequence: CVQ_VIEW_SEQUENCE, export: CVQ_VIEW_EXPORT };
  const status = document.getElementById("views-status")!;
  let want: ViewName | "" = "";
  const open = (n: ViewName | ""): void => {
    want = n;
    if (n === "" || views.cvqViews?.has(n)) {
      views.cvqViews?.show(n, page);
      return;
    }
    const failed = (): void => {
      status.textContent = cannotLoad("This view");
      status.hidden = false;
      status.parentElement!.hidden = false;
    };
    loadScript(src[n]).then(() => {
      // A script that ran but registered nothing (blocked by a policy, say) failed too.
      if (!views.cvqViews?.has(n)) failed();
      else if (want === n) views.cvqViews.show(n, page);
    }, failed);
  };
  for (const n of ["compare", "sequence", "export"] as const) {
    document.getElementById("view-" + n)!.addEventListener("click", () => {
      open(want === n ? "" : n);
      page.onStateChange();
    });
  }
  page.views = { get: () => want, show: open };
  page.onShow = () => views.cvqViews?.changed();
}
