// What a paste into the console's input is: one line is typing, several
// lines are a transcript. consoledoor.ts (before the console's chunk has
// arrived) and console.ts (after) decide alike.

/** The pasted text when it holds more than one line (a transcript), else null. */
export function pastedTranscript(e: ClipboardEvent): string | null {
  const text = e.clipboardData?.getData("text/plain") ?? "";
  return text.includes("\n") || text.includes("\r") ? text : null;
}
