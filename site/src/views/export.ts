// The export view (export-HASH.js, loaded on first use): the case on
// screen as a complete Go test file of the cvq package (#export-go) and as
// JSON (#export-json), each with a copy button. The expected values are
// what the simulator answers now, so the Go file passes against the same
// package (site/export_test.go compiles and runs one).

import type { Result } from "../api";
import { el, setText } from "../dom";
import type { View, ViewHost } from "./host";
import { register, viewStyle } from "./switch";

/** The Go package the exported test imports (the module in go.mod, then /cvq). */
const cvqImport = "github.com/cvq-playground/cvq-playground/cvq";

/** The version of the JSON export's shape. */
const exportFormat = 1;

/** One line of the case with what the simulator answered. */
export interface Case {
  input: string;
  dialect: string;
  profile: string;
  reply: string;
  disconnect: boolean;
  outcome: string;
}

/** The case on screen: its lines, and whether they share one connection. */
export interface Exported {
  session: boolean;
  cases: Case[];
  /** Why nothing could be exported ("" when something was). */
  error: string;
}

function toCase(r: Result, dialect: string, profile: string): Case {
  return { input: r.input, dialect, profile, reply: r.reply, disconnect: r.disconnect, outcome: r.outcome.kind };
}

// Reads the case: the shown line alone in line mode; in session mode every
// client line of the console, sent again on one fresh connection (as the
// Go test does with cvq.NewSession).
function collect(host: ViewHost): Exported {
  const d = host.dialect();
  const p = host.profile();
  if (host.mode() === "line") {
    const { result } = host.shown();
    if (result === null) return { session: false, cases: [], error: "the line was not simulated" };
    return { session: false, cases: [toCase(result, d, p)], error: "" };
  }
  const lines = host.log().entries.filter((e) => e.kind === "c").map((e) => e.text);
  if (lines.length === 0) return { session: true, cases: [], error: "the console holds no client line yet" };
  const id = host.sessionOpen(d, p);
  if (!id.ok) return { session: true, cases: [], error: id.error };
  try {
    const cases: Case[] = [];
    for (const l of lines) {
      const a = host.sessionSend(id.value, l);
      if (!a.ok) return { session: true, cases: [], error: a.error };
      cases.push(toCase(a.value.result, d, p));
    }
    return { session: true, cases, error: "" };
  } finally {
    host.sessionClose(id.value);
  }
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
  const rows = x.cases.map((c) =>
    "\t\t{" + goString(c.input) + ", " + goString(c.dialect) + ", " + goString(c.profile) + ", " + goString(c.reply) +
    ", " + String(c.disconnect) + ", " + goString(c.outcome) + "},");
  const send = x.session
    ? ["\t\tif s == nil {", "\t\t\ts = cvq.NewSession(d, p)", "\t\t}", "\t\tr := s.Send(c.input)"]
    : ["\t\tr := cvq.Simulate(c.input, d, p)"];
  return [
    "// Exported from CVQ Playground: " + (x.session ? "a session, its client lines sent in order on one connection" : "one client line") + ".",
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
    "\t\tinput, dialect, profile string",
    "\t\treply                   string // without its CRLF; \"\" for none",
    "\t\tdisconnect              bool",
    "\t\toutcome                 string // cvq.OutcomeKind's name",
    "\t}{",
    ...rows,
    "\t}",
    ...(x.session ? ["\tvar s *cvq.Session // one connection for every line, opened with the first"] : []),
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
  return JSON.stringify({ format: exportFormat, session: x.session, cases: x.cases }, null, 2) + "\n";
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
    setText(this.status, x.error !== "" ? "Nothing to export: " + x.error + "."
      : (x.session ? x.cases.length + " client lines of the session, sent on one connection" : "The line on screen") +
        ", with the reply, disconnect and outcome the simulator gives them now.");
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
