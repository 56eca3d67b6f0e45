// The connection's state in words: in full for the console's header and
// the reply panel, and as one short word for each line of the log.

import type { SessionState } from "./api";

/** The connection state in words, and a token for styling ("none", "open", "closed"). */
export function describeState(s: SessionState | null): [string, string] {
  if (s === null) return ["not connected", "none"];
  if (s.closed) return [s.closedBy === "client" ? "closed by client" : "closed by server", "closed"];
  if (s.mode === "") return ["open", "open"];
  if (s.mode === "CVR0") return ["open — CVR0 fallback", "open"];
  return ["open — negotiated " + s.mode, "open"];
}

/** One word for a log line: "closed", "open" (before VER settled), "CVR0" or the dialect settled on. */
export function shortState(s: SessionState): string {
  if (s.closed) return "closed";
  return s.mode === "" ? "open" : s.mode;
}

/** Whether two states differ in anything the log shows. */
export function sameState(a: SessionState | null, b: SessionState | null): boolean {
  if (a === null || b === null) return a === b;
  return a.mode === b.mode && a.closed === b.closed && a.closedBy === b.closedBy && a.dialect === b.dialect;
}
