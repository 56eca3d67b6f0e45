// A shell-like history of the lines sent from the console's input: Up
// recalls the line before, Down the one after and finally what was being
// typed before the first Up. A line sent twice in a row is kept once.

/** The sent lines of one page, oldest first, and where Up/Down stand in them. */
export class LineHistory {
  private lines: string[] = [];
  /** The recalled line's index; lines.length when none is recalled. */
  private at = 0;
  /** What was in the input before the first Up, for Down to bring back. */
  private draft = "";

  /** Records a sent line and stops recalling. */
  remember(line: string): void {
    if (this.lines[this.lines.length - 1] !== line) this.lines.push(line);
    this.rewind();
  }

  /** Stops recalling: the next Up starts from the newest line again. */
  rewind(): void {
    this.at = this.lines.length;
    this.draft = "";
  }

  /**
   * Handles ArrowUp and ArrowDown on input: puts the older or newer line
   * in, caret at its end. Returns whether the key was used (the caller
   * then prevents its default).
   */
  key(key: string, input: HTMLInputElement): boolean {
    if (key === "ArrowUp") {
      if (this.at === 0) return false;
      if (this.at === this.lines.length) this.draft = input.value;
      this.at--;
      recall(input, this.lines[this.at] ?? "");
      return true;
    }
    if (key === "ArrowDown") {
      if (this.at >= this.lines.length) return false;
      this.at++;
      recall(input, this.at === this.lines.length ? this.draft : this.lines[this.at] ?? "");
      return true;
    }
    return false;
  }
}

function recall(input: HTMLInputElement, line: string): void {
  input.value = line;
  input.setSelectionRange(line.length, line.length);
}
