// A pasted transcript checked by the bridge, as the console lists it: its
// entries and the summary sentence above the log, or why it was not
// checked (too large, or refused by the simulator).

import { transcript as checkTranscript, type SessionState } from "./api";
import { kib, maxTranscriptBytes, utf8Length } from "./limits";
import { cutText, summarize, summaryText, transcriptEntries, type Entry } from "./transcript";

/** What checking a paste gave: the entries to list and the sentence for #transcript-summary. */
export interface CheckedPaste {
  entries: Entry[];
  summary: string;
  /** The connection at the end of the paste, as the log's server left it; null when not checked. */
  state: SessionState | null;
}

/** Checks text (docs or log format) against profile as a dialect client. */
export function checkPaste(text: string, dialect: string, profile: string): CheckedPaste {
  const bytes = utf8Length(text, maxTranscriptBytes);
  if (bytes > maxTranscriptBytes) {
    return {
      entries: [],
      state: null,
      summary: "Not checked: the paste is " + kib(bytes) + ", more than the " + kib(maxTranscriptBytes) +
        " the console checks. Paste the handshake part of the log.",
    };
  }
  const t = checkTranscript(text, dialect, profile);
  if (!t.ok) return { entries: [], state: null, summary: "The simulator could not check this transcript: " + t.error + "." };
  return { entries: transcriptEntries(t.value), state: t.value.state, summary: summaryText(summarize(t.value)) + cutText(t.value) };
}
