// What every view's bundle shares: the switch that shows one view at a
// time in #views-body (made by whichever view's script arrives first; the
// others add their view to it), and the views' stylesheet, fetched once.

import type { Playground } from "../app";
import { cannotLoad, loadStyle } from "../chunk";
import { hostOf } from "./hostof";
import type { View, ViewHost, ViewModule, ViewName, ViewSwitch } from "./host";

// The build defines this as the views' stylesheet's hashed name (build/views.go).
declare const CVQ_VIEWS_CSS: string;

/** How long the page must rest before the shown view redraws (the compare view simulates hundreds of lines). */
const redrawMs = 200;

const names: readonly ViewName[] = ["compare", "sequence", "export"];

class Switch implements ViewSwitch {
  private readonly modules = new Map<ViewName, ViewModule>();
  private readonly mounted = new Map<ViewName, Promise<View>>();
  private host: ViewHost | null = null;
  private open: ViewName | "" = "";
  private timer = 0;

  add(n: ViewName, m: ViewModule): void {
    this.modules.set(n, m);
  }

  has(n: ViewName): boolean {
    return this.modules.has(n);
  }

  show(n: ViewName | "", page: Playground): void {
    this.host ??= hostOf(page);
    this.open = n;
    const body = document.getElementById("views-body")!;
    document.getElementById("views")!.hidden = n === "";
    for (const k of names) {
      document.getElementById("view-" + k)?.setAttribute("aria-pressed", String(k === n));
      const part = body.querySelector<HTMLElement>('[data-view="' + k + '"]');
      if (part !== null) part.hidden = k !== n;
    }
    if (n === "") return;
    this.view(n, body)?.then((v) => v.update(), () => {});
  }

  changed(): void {
    if (this.open === "") return;
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (this.open !== "") void this.mounted.get(this.open)?.then((v) => v.update(), () => {});
    }, redrawMs);
  }

  // View n, mounted into its own part of body the first time; a failed
  // mount says why in #views-status and is tried again next time.
  private view(n: ViewName, body: HTMLElement): Promise<View> | undefined {
    const m = this.modules.get(n);
    if (m === undefined || this.host === null) return undefined;
    let v = this.mounted.get(n);
    if (v === undefined) {
      const part = document.createElement("div");
      part.dataset["view"] = n;
      body.appendChild(part);
      v = m.mount(this.host, part);
      this.mounted.set(n, v);
      v.catch((e: unknown) => {
        this.mounted.delete(n);
        part.remove();
        const status = document.getElementById("views-status")!;
        status.textContent = cannotLoad("This view") + " (" + (e instanceof Error ? e.message : String(e)) + ")";
        status.hidden = false;
      });
    }
    return v;
  }
}

/** Adds view n to the page's switch (making the switch if this script came first). */
export function register(n: ViewName, m: ViewModule): void {
  const g = globalThis as { cvqViews?: Switch };
  (g.cvqViews ??= new Switch()).add(n, m);
}

/** Loads the views' stylesheet (once per page, whichever view asks first). */
export function viewStyle(): Promise<void> {
  return loadStyle(CVQ_VIEWS_CSS);
}
