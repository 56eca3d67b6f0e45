// A lesson's goal, checked on the simulator's real answer to what the page
// shows (never on the text typed): the twin of build/lessons' Run and
// Condition.Holds, which validate every lesson natively. Keep them in step;
// the browser test runs every lesson's start, solution and wrong lines here.

import { sessionClose, sessionOpen, sessionSend, simulate, transcript, type Result, type Token } from "../api";
import type { PageState } from "../state";
import type { Condition } from "./data";

/** What a goal can look at (build/lessons/answer.go Answer). */
export interface Answer {
  reply: string;
  outcome: string;
  codes: string[];
  errors: number;
  warnings: number;
  closed: boolean;
  /** What VER settled on ("CVR0", "MSNP8"), "" before VER or in line mode. */
  mode: string;
  matches: number;
  differs: number;
  fields: Token[];
}

/**
 * Asks the simulator about the page's state: the line, the session's
 * client lines on one fresh connection, or the pasted transcript. For a
 * session or transcript the reply, outcome and fields are the last client
 * line's. A message instead when the simulator could not answer.
 */
export function answerFor(s: PageState): Answer | string {
  if (s.mode === "line") {
    const r = simulate(s.line, s.dialect, s.profile);
    if (!r.ok) return r.error;
    return { ...fromResult(r.value), closed: r.value.disconnect };
  }
  if (s.transcript !== "") {
    const t = transcript(s.transcript, s.dialect, s.profile);
    if (!t.ok) return t.error;
    const last = t.value.steps[t.value.steps.length - 1];
    const a = last === undefined ? fromResult(null) : fromResult(last);
    a.closed = t.value.state.closed;
    a.mode = t.value.state.mode;
    for (const c of [...t.value.steps.flatMap((st) => st.checks), ...t.value.unpaired]) {
      if (c.status === "match") a.matches++;
      else if (c.status === "differ") a.differs++;
    }
    return a;
  }
  const id = sessionOpen(s.dialect, s.profile);
  if (!id.ok) return id.error;
  try {
    let a = fromResult(null);
    for (const line of s.session.length > 0 ? s.session : [""]) {
      const r = sessionSend(id.value, line);
      if (!r.ok) return r.error;
      a = fromResult(r.value.result);
      a.closed = r.value.state.closed;
      a.mode = r.value.state.mode;
    }
    return a;
  } finally {
    sessionClose(id.value);
  }
}

function fromResult(r: Result | null): Answer {
  const a: Answer = { reply: r?.reply ?? "", outcome: r?.outcome.kind ?? "none", codes: [], errors: 0, warnings: 0,
    closed: false, mode: "", matches: 0, differs: 0, fields: r === null ? [] : [...r.tokens, ...r.replyTokens] };
  for (const d of r?.diagnostics ?? []) {
    a.codes.push(d.code);
    if (d.severity === "error") a.errors++;
    else if (d.severity === "warning") a.warnings++;
  }
  return a;
}

/** Reports whether c is true of a (build/lessons/answer.go Holds). */
export function holds(c: Condition, a: Answer): boolean {
  let got: string;
  switch (c.s) {
    case "reply": got = a.reply; break;
    case "outcome": got = a.outcome; break;
    case "diagnostics": return a.codes.includes(c.v) === (c.o === "has");
    case "errors": got = String(a.errors); break;
    case "warnings": got = String(a.warnings); break;
    case "connection": got = a.closed ? "closed" : "open"; break;
    case "mode": got = a.mode; break;
    case "matches": got = String(a.matches); break;
    case "differs": got = String(a.differs); break;
    case "field": {
      const f = a.fields.find((x) => x.name === c.p);
      if (f === undefined) return c.o === "is-not";
      got = f.value;
      break;
    }
    case "status": got = a.fields.find((x) => x.name === c.p)?.status ?? "missing"; break;
    default: return false; // a subject from a newer build: never met, never wrongly met
  }
  switch (c.o) {
    case "is": return got === c.v;
    case "is-not": return got !== c.v;
    case "starts": return got.startsWith(c.v);
  }
  return false;
}
