// "Why this value?" on an open reply card: the rule that gave the field its
// value (linked to its explanation in the reference), the step of the
// server's decision order that produced the reply, the request values the
// rule read, the catalog row with its sources, and what every other
// profile would have sent in this field. Everything comes from the field's
// Rule (wasm/API.md) and from simulating the same line under the other
// profiles; only the open card asks, and the other profiles are simulated
// a moment after typing stops, so keystrokes do not pay for them.

import type { Answer, ProfileInfo, Result, Token } from "./api";
import { referenceBase, setCited } from "./cite";
import { el, setAttr, setText, visible } from "./dom";
import { maxShownValue, shorten } from "./limits";

/** What the Why section needs from the page. */
export interface WhyContext {
  /** The line the shown reply answers, with its dialect and profile; null when none is shown. */
  line(): { input: string; dialect: string; profile: string } | null;
  /** Every profile the page offers, in menu order. */
  profiles(): ProfileInfo[];
  /** Request token i of the shown line. */
  request(i: number): Token | undefined;
}

// The page's simulate (api.ts), handed over by the door when this lazy
// chunk is installed (cardchunk.ts): the chunk's own copy of api.ts would
// keep prose state of its own.
let simulate: (line: string, dialect: string, profile: string) => Answer<Result> =
  () => ({ ok: false, error: "the simulator is not connected to the cards" });

/** Sets the simulate the other profiles' answers come from. */
export function useSimulate(f: typeof simulate): void {
  simulate = f;
}

/** How long typing must pause before the other profiles are simulated. */
const othersDelayMs = 150;

/** What each step of the decision order (rules §4) means for the reply. */
const stepText: Record<number, string> = {
  3: "Step 3 of the decision order (rules §4): fewer than six parameters after the TrID, so 731. The checks stop here: the locale (710) and the client (420) are not looked at.",
  4: "Step 4 of the decision order (rules §4): the locale is not a language ID, so 710. Step 3 passed (enough parameters); the client (420) is not looked at.",
  5: "Step 5 of the decision order (rules §4): the client is unknown or impossible, so 420. Steps 3 (731) and 4 (710) passed.",
  6: "Step 6 of the decision order (rules §4): no check failed (731, 710, 420), so the catalog answers.",
};

/** The elements of one Why section. */
export interface Why {
  root: HTMLElement;
  id: HTMLAnchorElement;
  text: HTMLElement;
  step: HTMLElement;
  reads: HTMLElement;
  row: HTMLElement;
  others: HTMLElement;
  /** What others shows (line, dialect, profile, field), to skip a repeat. */
  othersKey: string;
  timer: number;
}

/** Builds an empty Why section. */
export function newWhy(): Why {
  const id = el("a", { cls: "why-id", attrs: { title: "This rule in the simulator's rules" } });
  const text = el("span", { cls: "why-text" });
  const step = el("p", { cls: "why-step" });
  const reads = el("p", { cls: "why-reads" });
  const row = el("p", { cls: "why-row" });
  const others = el("div", { cls: "why-others" });
  const root = el("div", { cls: "card-why" }, [el("p", { cls: "why-rule" }, [id, text]), step, reads, row, others]);
  return { root, id, text, step, reads, row, others, othersKey: "", timer: 0 };
}

/** Writes field f's rule into w; the other profiles follow a moment later. */
export function fillWhy(w: Why, f: Token, ctx: WhyContext): void {
  const r = f.rule;
  if (r === undefined) return;
  setText(w.id, r.id);
  setAttr(w.id, "href", referenceBase + "rules.html#rule-" + r.id);
  setAttr(w.root, "data-rule", r.id);
  setAttr(w.root, "data-step", String(r.step));
  setCited(w.text, " " + r.text);
  const step = stepText[r.step] ?? "";
  setCited(w.step, step);
  w.step.hidden = step === "";
  fillReads(w.reads, r.reads, ctx);
  fillRow(w.row, r.row, f.source, ctx);
  const line = ctx.line();
  const key = line === null ? "" : line.input + "\u0000" + line.dialect + "\u0000" + line.profile + "\u0000" + f.name + "\u0000" + f.value;
  if (key === w.othersKey) return;
  w.othersKey = key;
  clearTimeout(w.timer);
  w.others.hidden = line === null;
  if (line === null) return;
  setAttr(w.others, "data-state", "pending");
  w.timer = window.setTimeout(() => {
    if (w.othersKey === key && w.root.isConnected) fillOthers(w.others, f, line, ctx.profiles());
  }, othersDelayMs);
}

// The request tokens the rule read, each in its parameter's colour.
function fillReads(p: HTMLElement, reads: number[], ctx: WhyContext): void {
  const toks = reads.map((i) => ctx.request(i)).filter((t): t is Token => t !== undefined);
  setAttr(p, "data-names", toks.map((t) => t.name).join(" "));
  p.hidden = toks.length === 0;
  if (toks.length === 0) {
    p.replaceChildren();
    return;
  }
  const parts: Node[] = [document.createTextNode("Read from the request (highlighted in the line): ")];
  toks.forEach((t, i) => {
    if (i > 0) parts.push(document.createTextNode(", "));
    parts.push(document.createTextNode(t.name + " "), el("code", {
      cls: "why-read", text: t.value === "" ? "(empty)" : visible(shorten(t.value, maxShownValue)), attrs: { "data-param": t.name },
    }));
  });
  parts.push(document.createTextNode("."));
  p.replaceChildren(...parts);
}

// The catalog row and the sources behind it.
function fillRow(p: HTMLElement, row: number, source: string, ctx: WhyContext): void {
  p.hidden = row === 0;
  setAttr(p, "data-row", String(row));
  if (row === 0) return;
  const line = ctx.line();
  const prof = ctx.profiles().find((x) => x.name === line?.profile);
  // The reference lists every catalog row under row-PROFILE-N ("@" written "-").
  const name = line?.profile ?? "";
  const link = el("a", {
    cls: "why-row-link", text: "Catalog row " + row,
    attrs: { href: referenceBase + "catalog.html#row-" + name.replaceAll("@", "-") + "-" + row, title: "This row in the reference's server catalogs" },
  });
  const lead = el("span");
  setCited(lead, " of the profile " + (prof?.title || name || "shown") + " (rules §7)");
  const srcs = el("span", { cls: "why-sources" });
  setCited(srcs, source, true);
  p.replaceChildren(link, lead, ...(source === "" ? [] : [document.createTextNode(", from "), srcs]), document.createTextNode("."));
}

// What the same line gets in this field under every other profile.
function fillOthers(box: HTMLElement, f: Token, line: { input: string; dialect: string; profile: string }, profiles: ProfileInfo[]): void {
  const rows: HTMLElement[] = [];
  for (const p of profiles) {
    if (p.name === line.profile) continue;
    const r = simulate(line.input, line.dialect, p.name);
    const got = r.ok ? fieldValue(r.value, f.name) : "(could not simulate: " + r.error + ")";
    const same = got === f.value;
    rows.push(el("li", { cls: same ? "why-same" : "why-differs", attrs: { "data-profile": p.name, "data-value": got } }, [
      el("span", { cls: "why-profile", text: p.title || p.name }),
      document.createTextNode(": "),
      el("code", { text: visible(shorten(got === "" ? "(nothing)" : got, maxShownValue)) }),
      ...(same ? [document.createTextNode(" (the same)")] : []),
    ]));
  }
  box.replaceChildren(el("p", { cls: "why-others-head", text: "What the other profiles send in this field for this line:" }),
    el("ul", { cls: "why-others-list" }, rows));
  setAttr(box, "data-state", "done");
}

// Field name's value in r's reply; for a reply without that field, the
// reply itself (an error code, or nothing).
function fieldValue(r: Result, name: string): string {
  const t = r.replyTokens.find((x) => x.name === name);
  if (t !== undefined) return t.value;
  return r.reply === "" ? "" : "no such field: " + r.reply;
}
