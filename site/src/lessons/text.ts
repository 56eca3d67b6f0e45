// A lesson's text, built with DOM calls from the node tree the build made of
// its Markdown (build/lessons/markdown.go): only the elements below, only
// textContent, and only relative links, so nothing in the data can become
// markup or script.

import { el } from "../dom";
import type { TextNode } from "./data";

const allowed = new Set(["p", "a", "code", "em", "strong", "ul", "ol", "li", "pre", "blockquote"]);

/** Builds the nodes for a lesson's text. */
export function render(ns: TextNode[]): Node[] {
  return ns.map(node);
}

function node(n: TextNode): Node {
  if (n.t === undefined) return document.createTextNode(n.x ?? "");
  if (!allowed.has(n.t)) return document.createTextNode(n.x ?? "");
  if (n.t === "code" || n.t === "pre") return el(n.t, { text: n.x ?? "" });
  const kids = render(n.c ?? []);
  if (n.t !== "a") return el(n.t as "p", {}, kids);
  const href = n.h ?? "";
  // The build accepts only relative addresses; anything else stays plain text.
  if (href === "" || href.includes(":") || href.startsWith("/") || href.startsWith("\\")) return el("span", {}, kids);
  // The reference opens beside the lesson, which keeps its place.
  return el("a", { attrs: { href, target: "_blank", rel: "noopener" } }, kids);
}
