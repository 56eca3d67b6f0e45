// The lessons as the build writes them (build/lessons, lessons-HASH.json),
// checked on arrival: the file comes over the network, so nothing in it is
// used before its shape is known.

/** Lessons data format this page reads (build/lessons.go lessonsFormat). */
export const lessonsFormat = 1;

/** A piece of a lesson's text: a text node when t is absent, else an element. */
export interface TextNode {
  /** p, a, code, em, strong, ul, ol, li, pre, blockquote; absent for text. */
  t?: string;
  /** Text, or the whole content of code and pre. */
  x?: string;
  /** A link's relative target. */
  h?: string;
  c?: TextNode[];
}

/** One test on the simulator's answer (build/lessons/goal.go Condition). */
export interface Condition {
  /** Subject: reply, outcome, diagnostics, errors, warnings, connection, mode, matches, differs, field, status. */
  s: string;
  /** The parameter, for field and status. */
  p?: string;
  /** Operator: is, is-not, starts, has, lacks. */
  o: string;
  v: string;
  /** The condition in words. */
  t: string;
}

/** What a lesson loads into the page. */
export interface Setup {
  mode: "line" | "session" | "transcript";
  dialect: string;
  profile: string;
  /** One line; client lines joined by LF (session); a pasted log (transcript). */
  input: string;
}

/** One lesson. */
export interface Lesson {
  n: number;
  slug: string;
  title: string;
  task: string;
  body: TextNode[];
  start: Setup;
  solution: Setup;
  wrong: Setup[];
  hints: string[];
  goal: Condition[];
}

/** Reads the fetched JSON; a message instead when it is not lessons data this page reads. */
export function parseLessons(v: unknown): Lesson[] | string {
  if (!isObject(v)) return "the lessons data is not an object";
  if (v["format"] !== lessonsFormat) return "the lessons data has format " + String(v["format"]) + ", not " + lessonsFormat;
  const ls = v["lessons"];
  if (!Array.isArray(ls) || ls.length === 0) return "the lessons data holds no lessons";
  for (const [i, l] of ls.entries()) {
    if (!isLesson(l) || l.n !== i + 1) return "lesson " + (i + 1) + " in the data is malformed";
  }
  return ls as Lesson[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const str = (v: unknown): v is string => typeof v === "string";
const strs = (v: unknown): boolean => Array.isArray(v) && v.every(str);

function isSetup(v: unknown): boolean {
  return isObject(v) && (v["mode"] === "line" || v["mode"] === "session" || v["mode"] === "transcript") &&
    str(v["dialect"]) && str(v["profile"]) && str(v["input"]);
}

function isCondition(v: unknown): boolean {
  return isObject(v) && str(v["s"]) && str(v["o"]) && str(v["v"]) && str(v["t"]) && (v["p"] === undefined || str(v["p"]));
}

function isText(v: unknown, depth: number): boolean {
  if (!isObject(v) || depth > 20) return false;
  for (const k of ["t", "x", "h"]) if (v[k] !== undefined && !str(v[k])) return false;
  const c = v["c"];
  return c === undefined || (Array.isArray(c) && c.every((k) => isText(k, depth + 1)));
}

function isLesson(v: unknown): v is Lesson {
  return isObject(v) && typeof v["n"] === "number" && str(v["slug"]) && str(v["title"]) && str(v["task"]) &&
    Array.isArray(v["body"]) && v["body"].every((n) => isText(n, 0)) &&
    isSetup(v["start"]) && isSetup(v["solution"]) && Array.isArray(v["wrong"]) && v["wrong"].every(isSetup) &&
    strs(v["hints"]) && Array.isArray(v["goal"]) && v["goal"].length > 0 && v["goal"].every(isCondition);
}
