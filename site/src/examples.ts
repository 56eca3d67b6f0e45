// The #example selector: the bridge's ready-made inputs grouped by where
// they come from, each labelled with its source, and the chosen one's
// source spelled out under the selector. Loading an example is the
// playground's job; this file only offers them and reports the choice.

import { sessionInput, type Example } from "./api";
import { cannotLoad } from "./chunk";
import { el } from "./dom";
import { setCited } from "./cite";

/** Fills the example selector and describes the chosen example. */
export class ExamplePicker {
  private readonly select: HTMLSelectElement;
  private readonly source: HTMLElement;
  private examples: Example[] = [];

  /** select is #example; source is where the chosen example's source is shown. */
  constructor(select: HTMLSelectElement, source: HTMLElement) {
    this.select = select;
    this.source = source;
  }

  /** Offers examples, grouped, with "Choose an example…" first. */
  fill(examples: Example[]): void {
    this.examples = examples;
    // Groups come from the bridge, in the order they first appear.
    const byGroup = new Map<string, Example[]>();
    for (const e of examples) {
      const list = byGroup.get(e.group) ?? [];
      list.push(e);
      byGroup.set(e.group, list);
    }
    const opts: HTMLElement[] = [el("option", { text: "Choose an example…", attrs: { value: "" } })];
    for (const [label, list] of byGroup) {
      if (list.length === 0) continue;
      opts.push(el("optgroup", { attrs: { label } }, list.map((e) =>
        el("option", { text: e.title + " — " + e.source, attrs: { value: e.id, title: e.source } }),
      )));
    }
    this.select.replaceChildren(...opts);
    this.select.hidden = examples.length === 0;
    this.describe();
  }

  /** The example currently chosen, if any. */
  chosen(): Example | undefined {
    return this.examples.find((e) => e.id === this.select.value);
  }

  /** Goes back to "Choose an example…" (the learner edited the input). */
  clear(): void {
    if (this.select.value === "") return;
    this.select.value = "";
    this.describe();
  }

  /**
   * Hands the session example id's transcript (it comes with the texts
   * file) to load, unless the learner has chosen another example or edited
   * the input meanwhile; says so under the selector when it cannot be had.
   */
  whenTranscript(id: string, load: (input: string) => void): void {
    void sessionInput(id).then((input) => {
      if (this.chosen()?.id !== id) return;
      if (input === null) setCited(this.source, cannotLoad("This example's transcript"));
      else load(input);
    });
  }

  /** Shows the chosen example's source and where it was loaded. */
  describe(): void {
    const e = this.chosen();
    this.source.hidden = e === undefined;
    setCited(this.source, e === undefined ? "" : "Source: " + e.source + ". " + (e.kind === "session"
      ? "Loaded into the console as a transcript and checked line by line."
      : "Loaded into the line editor."));
  }
}
