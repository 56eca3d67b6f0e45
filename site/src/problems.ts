// The line beside the reply that says how many problems the line has and
// how bad the worst one is (the list itself follows below): a learner sees
// at once whether the answer comes with warnings.

import type { Diagnostic, Severity } from "./api";
import { setAttr, setHidden, setText } from "./dom";

const rank: Record<Severity, number> = { note: 0, warning: 1, error: 2 };
const plural: Record<Severity, string> = { note: "notes", warning: "warnings", error: "errors" };

/** Renders the problem count and worst severity into one element. */
export class ProblemSummary {
  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  /** Shows the summary of diags, or hides it when there are none (or nothing was simulated). */
  render(diags: Diagnostic[] | null): void {
    const n = diags?.length ?? 0;
    setHidden(this.root, n === 0);
    if (diags === null || n === 0) {
      setAttr(this.root, "data-severity", "none");
      setText(this.root, "");
      return;
    }
    const counts: Record<Severity, number> = { note: 0, warning: 0, error: 0 };
    let worst: Severity = "note";
    for (const d of diags) {
      counts[d.severity]++;
      if (rank[d.severity] > rank[worst]) worst = d.severity;
    }
    const parts = (["error", "warning", "note"] as const).filter((s) => counts[s] > 0)
      .map((s) => counts[s] + " " + (counts[s] === 1 ? s : plural[s]));
    setAttr(this.root, "data-severity", worst);
    setText(this.root, parts.join(", "));
  }
}
