// The server's side of the exchange: the reply line exactly as the simulator
// produced it, whether the connection stays open, and what the client does
// next. #reply's text is always exactly result.reply; "(no reply)" lives in
// its own element so scripts reading #reply never see page wording.

import type { Outcome, Result, Token } from "./api";
import { setCited } from "./cite";
import { describeState } from "./connstate";
import { el, setAttr, setHidden, setText, visible } from "./dom";
import { replyNodes } from "./firstreply";

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
  /** A polite live region for the summary read out after a change. */
  live?: HTMLElement;
}

/** How long the reply must stay the same before it is announced (typing resets it). */
const announceDelayMs = 900;

/** Renders reply, connection and outcome, touching only what changed. */
export class ReplyView {
  private readonly e: ReplyElements;
  private readonly kind: HTMLElement;
  private readonly text: HTMLElement;
  private readonly reason: HTMLElement;
  private announceTimer = 0;
  private announced = "";
  private sig = "\u0000unset";

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
    this.segments(reply, r?.replyTokens ?? []);
    setHidden(this.e.none, reply !== "");
    setText(this.e.none, r === null ? "(not simulated)" : "(no reply)");
    setAttr(this.e.connection, "data-disconnect", r === null ? "" : String(r.disconnect));
    // A line sent on a connection that is already closed neither closes
    // it nor keeps it open (the console can send one); an empty line is
    // not sent at all.
    const connection = r === null || r.tokens.length === 0 ? ""
      : r.disconnect ? "The server closes the connection."
      : r.outcome.kind === "closed" ? "The connection was already closed."
      : "The server keeps the connection open.";
    // A line of the console's log also says where it left the connection.
    const after = r?.state === undefined ? "" : "Connection after this line: " + describeState(r.state)[0] + ".";
    setText(this.e.connection, connection === "" ? after : after === "" ? connection : connection + " " + after);
    const o = r?.outcome;
    const kind = o?.kind ?? "none";
    const label = kindLabel[kind] ?? kind;
    const text = withoutLabel(o?.text ?? "", label);
    setAttr(this.e.outcome, "data-kind", kind);
    setText(this.kind, label);
    setCited(this.text, text);
    setCited(this.reason, o?.reason ?? "");
    setHidden(this.reason, (o?.reason ?? "") === "");
    this.announce(r === null ? "" : "Reply: " + (reply === "" ? "none" : reply) + ". " + label + ": " + text + " " + connection);
  }

  // Writes the reply as one span per field (coloured by parameter, keyed
  // like the reply's token strip so a click picks the field) with the
  // spaces between them as text: #reply's text stays exactly the reply.
  private segments(reply: string, fields: Token[]): void {
    const sig = reply + "\u0000" + fields.map((f) => f.from + ":" + f.to + ":" + f.name + f.status).join(",");
    if (sig === this.sig) return;
    this.sig = sig;
    this.e.reply.replaceChildren(...replyNodes(reply, fields, visible));
  }

  // Says the new reply and outcome once they have stayed the same for a
  // moment: typing a line through does not read out every step.
  private announce(text: string): void {
    const live = this.e.live;
    if (live === undefined) return;
    clearTimeout(this.announceTimer);
    if (text === this.announced) return;
    this.announceTimer = window.setTimeout(() => {
      this.announced = text;
      live.textContent = text;
    }, announceDelayMs);
  }
}

// The codec's outcome text may open with the same words as the kind's label
// ("Forced upgrade: the client …"); shown after the label, they are dropped.
function withoutLabel(text: string, label: string): string {
  if (!text.startsWith(label + ": ")) return text;
  const rest = text.slice(label.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
