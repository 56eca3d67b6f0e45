// The server's side of the exchange: the reply line exactly as the simulator
// produced it, whether the connection stays open, and what the client does
// next. #reply's text is always exactly result.reply; "(no reply)" lives in
// its own element so scripts reading #reply never see page wording.

import type { Outcome, Result } from "./api";
import { el, setAttr, setText, visible } from "./dom";
import { setCited } from "./cite";

const kindLabel: Record<Outcome["kind"], string> = {
  "none": "Nothing decided",
  "forced-upgrade": "Forced upgrade",
  "optional-upgrade": "Optional upgrade",
  "up-to-date": "Up to date",
  "rejected": "Rejected",
  "closed": "Connection closed",
  "ignored": "Ignored",
  "negotiated": "Negotiated",
};

/** The elements ReplyView writes to. */
export interface ReplyElements {
  reply: HTMLElement;
  none: HTMLElement;
  connection: HTMLElement;
  outcome: HTMLElement;
}

/** Renders reply, connection and outcome, touching only what changed. */
export class ReplyView {
  private readonly e: ReplyElements;
  private readonly kind: HTMLElement;
  private readonly text: HTMLElement;
  private readonly reason: HTMLElement;

  constructor(e: ReplyElements) {
    this.e = e;
    this.kind = el("span", { cls: "outcome-kind" });
    this.text = el("span", { cls: "outcome-text" });
    this.reason = el("p", { cls: "outcome-reason" });
    e.outcome.replaceChildren(el("p", { cls: "outcome-line" }, [this.kind, this.text]), this.reason);
  }

  /** Shows r, or clears everything when r is null (nothing was simulated). */
  render(r: Result | null): void {
    const reply = r?.reply ?? "";
    setText(this.e.reply, visible(reply));
    this.e.none.hidden = reply !== "";
    setText(this.e.none, r === null ? "(not simulated)" : "(no reply)");
    setAttr(this.e.connection, "data-disconnect", r === null ? "" : String(r.disconnect));
    // A line sent on a connection that is already closed neither closes
    // it nor keeps it open (the console can send one).
    setText(this.e.connection, r === null ? ""
      : r.disconnect ? "The server closes the connection."
      : r.outcome.kind === "closed" ? "The connection was already closed."
      : "The server keeps the connection open.");
    const o = r?.outcome;
    const kind = o?.kind ?? "none";
    setAttr(this.e.outcome, "data-kind", kind);
    setText(this.kind, kindLabel[kind] ?? kind);
    setCited(this.text, o?.text ?? "");
    setCited(this.reason, o?.reason ?? "");
    this.reason.hidden = (o?.reason ?? "") === "";
  }
}
