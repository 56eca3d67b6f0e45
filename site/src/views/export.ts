// The export view (export-HASH.js, loaded on first use): the case on
// screen as a complete Go test file of the cvq package (#export-go) and as
// JSON (#export-json), each with a copy button. The expected values are
// what the simulator answers now, so the Go file passes against the same
// package (site/views_test.go's TestExportGoRuns compiles and runs some). A
// pasted transcript is exported as the checker read it: one new session
// per connection of the paste.

import type { Result } from "../api";
import { el, setText } from "../dom";
import { grouped, maxSessionLines } from "../limits";
import type { Entry } from "../transcript";
import type { View, ViewHost } from "./host";
import { register, viewStyle } from "./switch";

/** The Go package the exported test imports (the module in go.mod, then /cvq). */
const cvqImport = "github.com/cvq-playground/cvq-playground/cvq";

/** The version of the JSON export's shape. */
const exportFormat = 1;

/** One line of the case with what the simulator answered. */
export interface Case {
  /** For a paste: the connection of the paste the line was sent on, from 1 (each is a new session). */
  conn?: number;
  input: string;
  dialect: string;
  profile: string;
  reply: string;
  disconnect: boolean;
  outcome: string;
}

/** The case on screen: its lines, and how they are sent. */
export interface Exported {
  /** Whether the lines are sent on connections (a session or a paste) rather than one by one. */
  session: boolean;
  /** For a paste: how many connections it holds (0 otherwise). */
  connections: number;
  cases: Case[];
  /** Remarks for the file's header and the status line (lines left out, answers replaced). */
  remarks: string[];
  /** Comments put above a case, by its index. */
  notes: Map<number, string>;
  /** Why nothing could be exported ("" when something was). */
  error: string;
}

function toCase(r: Result, dialect: string, profile: string): Case {
  return { input: r.input, dialect, profile, reply: r.reply, disconnect: r.disconnect, outcome: r.outcome.kind };
}

function exported(session: boolean, cases: Case[], error = ""): Exported {
  return { session, connections: 0, cases, remarks: [], notes: new Map(), error };
}

// Reads the case: the shown line alone in line mode; a pasted transcript as
// the checker saw it (pasted); in session mode every client line of the
// console, sent again on one fresh connection (as the Go test does with
// cvq.NewSession).
function collect(host: ViewHost): Exported {
  const d = host.dialect();
  const p = host.profile();
  if (host.mode() === "line") {
    const { result } = host.shown();
    if (result === null) return exported(false, [], "the line was not simulated");
    return exported(false, [toCase(result, d, p)]);
  }
  const log = host.log();
  if (log.pasted && log.checking) return exported(true, [], "the paste is still being checked; its export follows when that is done");
  if (log.pasted) return pasted(host, log.entries, d, p);
  const lines = log.entries.filter((e) => e.kind === "c").map((e) => e.text);
  if (lines.length === 0) return exported(true, [], "the console holds no client line yet");
  const sent = replay(host, [lines], d, p);
  return typeof sent === "string" ? exported(true, [], sent) : exported(true, sent[0]!.map((r) => toCase(r, d, p)));
}

// Sends each group of lines on its own fresh connection and returns the
// answers, or why the simulator could not.
function replay(host: ViewHost, groups: string[][], d: string, p: string): Result[][] | string {
  const out: Result[][] = [];
  for (const lines of groups) {
    const id = host.sessionOpen(d, p);
    if (!id.ok) return id.error;
    try {
      const rs: Result[] = [];
      for (const l of lines) {
        const a = host.sessionSend(id.value, l);
        if (!a.ok) return a.error;
        rs.push(a.value.result);
      }
      out.push(rs);
    } finally {
      host.sessionClose(id.value);
    }
  }
  return out;
}

// A pasted transcript as the checker saw it: its client lines in order,
// a new connection wherever the checker started one ("new-connection"),
// each with what the checker answered. Lines it does not simulate (not
// part of the handshake) are left out, as it left them out. Each
// connection is then sent again on a fresh session, as the Go file does:
// where the checker went on as the log's server said rather than as the
// profile would (see cvq.CheckTranscript), a fresh session answers
// otherwise, and the file expects that answer, with a note.
function pasted(host: ViewHost, entries: readonly Entry[], d: string, p: string): Exported {
  const cases: Case[] = [];
  const lines: number[] = []; // each case's line in the paste
  let conn = 1;
  let skipped = 0;
  for (const e of entries) {
    // The checker's note on a line that starts a new connection follows that line.
    if (e.kind === "event" && e.code === "new-connection" && lines[lines.length - 1] === e.line) {
      cases[cases.length - 1]!.conn = ++conn;
    }
    if (e.kind !== "c" || e.result === null) continue;
    const r = e.result;
    if (r.outcome.kind === "none" && r.reply === "" && !r.disconnect && r.diagnostics.length === 0) {
      skipped++; // not simulated: a line outside the handshake
      continue;
    }
    cases.push({ conn, ...toCase(r, d, p) });
    lines.push(e.line);
  }
  const all = cases.length;
  // Every line is sent again below, in one task: a bound keeps it short (and the file readable).
  cases.length = Math.min(all, maxSessionLines);
  const x = exported(true, cases, all === 0 ? "the paste holds no client line of the handshake" : "");
  x.connections = cases[cases.length - 1]?.conn ?? 0;
  if (all > cases.length) {
    x.remarks.push("the first " + grouped(cases.length) + " of its " + grouped(all) + " client lines of the handshake, the most " +
      "the export sends again; paste a shorter part of the log for the rest");
  }
  if (skipped > 0) x.remarks.push(skipped + " client line" + (skipped === 1 ? "" : "s") + " outside the handshake, which the checker does not simulate, left out");
  const groups: string[][] = [];
  cases.forEach((c) => (groups[c.conn! - 1] ??= []).push(c.input));
  const sent = replay(host, groups.filter((g) => g !== undefined), d, p);
  if (typeof sent === "string") return exported(true, [], sent);
  const fresh = sent.flat();
  let replaced = 0;
  cases.forEach((c, i) => {
    const f = toCase(fresh[i]!, d, p);
    if (f.reply === c.reply && f.disconnect === c.disconnect && f.outcome === c.outcome) return;
    replaced++;
    x.notes.set(i, "Paste line " + lines[i] + ": the checker went on as the log's server answered, not as the profile would; " +
      "a new session answers " + (c.reply === f.reply ? "with another outcome" : "otherwise") + ", and that is what is expected here.");
    cases[i] = { conn: c.conn!, ...f };
  });
  if (replaced > 0) x.remarks.push(replaced + " line" + (replaced === 1 ? "" : "s") + " answered as a new session does, where the checker followed the log's server (noted in the file)");
  return x;
}

/** Writes s as a Go interpreted string literal: printable ASCII as is, the rest escaped. */
export function goString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0xfffd;
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    // A lone surrogate is not a code point Go can write; the bridge read it as U+FFFD too.
    else if (c >= 0xd800 && c <= 0xdfff) out += "\\ufffd";
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + '"';
}

/** The Go test file for x. */
export function goFile(x: Exported): string {
  const paste = x.connections > 0;
  const rows = x.cases.flatMap((c, i) => {
    const note = x.notes.get(i);
    return [
      ...(note === undefined ? [] : ["\t\t// " + note]),
      "\t\t{" + (paste ? String(c.conn) + ", " : "") + goString(c.input) + ", " + goString(c.dialect) + ", " + goString(c.profile) +
        ", " + goString(c.reply) + ", " + String(c.disconnect) + ", " + goString(c.outcome) + "},",
    ];
  });
  const what = paste
    ? "a pasted transcript as the playground checked it: its client lines in order, each of its " +
      x.connections + " connection" + (x.connections === 1 ? "" : "s") + " on a new session"
    : x.session ? "a session, its client lines sent in order on one connection" : "one client line";
  const send = paste
    ? ["\t\tif c.conn != conn {", "\t\t\ts, conn = cvq.NewSession(d, p), c.conn", "\t\t}", "\t\tr := s.Send(c.input)"]
    : x.session
    ? ["\t\tif s == nil {", "\t\t\ts = cvq.NewSession(d, p)", "\t\t}", "\t\tr := s.Send(c.input)"]
    : ["\t\tr := cvq.Simulate(c.input, d, p)"];
  const session = paste
    ? ["\tvar s *cvq.Session // the connection the case is sent on, new for each conn", "\tconn := 0"]
    : x.session ? ["\tvar s *cvq.Session // one connection for every line, opened with the first"] : [];
  return [
    "// Exported from CVQ Playground: " + what + ".",
    ...x.remarks.map((r) => "// " + r[0]!.toUpperCase() + r.slice(1) + "."),
    "// The expected values are what the playground's simulator answered. Save this file as",
    "// playground_test.go in a module that requires " + cvqImport.replace(/\/cvq$/, "") + " and run go test.",
    "",
    "package cvq_test",
    "",
    "import (",
    "\t\"testing\"",
    "",
    "\t\"" + cvqImport + "\"",
    ")",
    "",
    "// TestPlaygroundCase sends each input to the simulated Dispatch Server and checks the",
    "// reply, whether the server closes the connection, and what the client does next.",
    "func TestPlaygroundCase(t *testing.T) {",
    "\tcases := []struct {",
    ...(paste ? ["\t\tconn                    int // the paste's connection, from 1"] : []),
    "\t\tinput, dialect, profile string",
    "\t\treply                   string // without its CRLF; \"\" for none",
    "\t\tdisconnect              bool",
    "\t\toutcome                 string // cvq.OutcomeKind's name",
    "\t}{",
    ...rows,
    "\t}",
    ...session,
    "\tfor i, c := range cases {",
    "\t\td, ok := cvq.ParseDialect(c.dialect)",
    "\t\tif !ok {",
    "\t\t\tt.Fatalf(\"case %d: unknown dialect %q\", i, c.dialect)",
    "\t\t}",
    "\t\tp, ok := cvq.LookupProfile(c.profile)",
    "\t\tif !ok {",
    "\t\t\tt.Fatalf(\"case %d: unknown profile %q\", i, c.profile)",
    "\t\t}",
    ...send,
    "\t\tif r.Reply != c.reply {",
    "\t\t\tt.Errorf(\"case %d %q: reply %q, want %q\", i, c.input, r.Reply, c.reply)",
    "\t\t}",
    "\t\tif r.Disconnect != c.disconnect {",
    "\t\t\tt.Errorf(\"case %d %q: disconnect %v, want %v\", i, c.input, r.Disconnect, c.disconnect)",
    "\t\t}",
    "\t\tif got := r.Outcome.Kind.String(); got != c.outcome {",
    "\t\t\tt.Errorf(\"case %d %q: outcome %s, want %s\", i, c.input, got, c.outcome)",
    "\t\t}",
    "\t}",
    "}",
    "",
  ].join("\n");
}

/** The JSON export for x. */
export function jsonFile(x: Exported): string {
  const paste = x.connections > 0 ? { connections: x.connections } : {};
  return JSON.stringify({ format: exportFormat, session: x.session, ...paste, cases: x.cases }, null, 2) + "\n";
}

/** The two exports, each in a read-only box with a copy button. */
class Export implements View {
  private readonly host: ViewHost;
  private readonly status = el("p", { cls: "hint", attrs: { role: "status" } });
  private readonly go: HTMLTextAreaElement;
  private readonly json: HTMLTextAreaElement;

  constructor(host: ViewHost, body: HTMLElement) {
    this.host = host;
    const box = (id: string, label: string): [HTMLElement, HTMLTextAreaElement] => {
      const t = el("textarea", { cls: "export-text", attrs: { id, readonly: "", spellcheck: "false", rows: "12", "aria-labelledby": id + "-label" } });
      const copy = el("button", { cls: "tool", text: "Copy", attrs: { type: "button", id: id + "-copy", "aria-describedby": id + "-label" } });
      const said = el("span", { cls: "hint", attrs: { role: "status" } });
      copy.addEventListener("click", () => {
        void copyText(t).then((ok) => setText(said, ok ? "Copied." : "Select the text and copy it (the browser refused)."));
      });
      return [el("div", { cls: "export-box" }, [
        el("div", { cls: "export-head" }, [el("h4", { text: label, attrs: { id: id + "-label" } }), copy, said]), t]), t];
    };
    const [goBox, go] = box("export-go", "Go test file (package cvq_test)");
    const [jsonBox, json] = box("export-json", "JSON");
    this.go = go;
    this.json = json;
    body.replaceChildren(el("h3", { text: "Export this case" }), this.status, goBox, jsonBox);
  }

  update(): void {
    const x = collect(this.host);
    const what = x.connections > 0
      ? x.cases.length + " client lines of the paste, on " + x.connections + " connection" + (x.connections === 1 ? "" : "s") + " as the checker read them"
      : x.session ? x.cases.length + " client lines of the session, sent on one connection" : "The line on screen";
    setText(this.status, x.error !== "" ? "Nothing to export: " + x.error + "."
      : what + ", with the reply, disconnect and outcome the simulator gives them now" + x.remarks.map((r) => "; " + r).join("") + ".");
    this.go.value = x.cases.length > 0 ? goFile(x) : "";
    this.json.value = x.cases.length > 0 ? jsonFile(x) : "";
  }
}

// The clipboard when the browser allows it, else the selection.
async function copyText(t: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(t.value);
    return true;
  } catch {
    t.focus();
    t.select();
    return document.execCommand("copy");
  }
}

register("export", {
  async mount(host: ViewHost, body: HTMLElement): Promise<View> {
    await viewStyle();
    return new Export(host, body);
  },
});
