// The playground proper: reads the controls, asks the bridge to simulate,
// and hands the result to the views. It also routes pointer, keyboard and
// caret events to the linker. It knows nothing about the protocol: every
// fact on screen comes from the bridge's result.

import { meta as readMeta, simulate, type Meta, type Result } from "./api";
import { CardList } from "./cards";
import { DiagnosticList } from "./diagnostics";
import { byId, el, setText } from "./dom";
import { kib, maxRequestBytes, utf8Length } from "./limits";
import { Linker, type Source } from "./link";
import { Mirror } from "./mirror";
import { ReplyView } from "./reply";
import { TokenStrip } from "./tokens";

/** Preferred selections when the bridge offers them. */
const defaultDialect = "MSNP8";
const defaultProfile = "reference";

/** Everything the playground reads and writes, found by id in index.html. */
export class Playground {
  private readonly request = byId("request", HTMLTextAreaElement);
  private readonly dialect = byId("dialect", HTMLSelectElement);
  private readonly profile = byId("profile", HTMLSelectElement);
  private readonly example = byId("example", HTMLSelectElement);
  private readonly profileAbout = byId("profile-about", HTMLElement);
  private readonly notice = byId("notice", HTMLElement);
  private readonly mirror = new Mirror(byId("request-mirror", HTMLElement));
  private readonly reqTokens = new TokenStrip(byId("request-tokens", HTMLElement), byId("request-tokens-more", HTMLElement), "q");
  private readonly repTokens = new TokenStrip(byId("reply-tokens", HTMLElement), byId("reply-tokens-more", HTMLElement), "r");
  private readonly reqCards = new CardList(byId("cards-request", HTMLElement), byId("cards-request-more", HTMLElement), "q", "Request");
  private readonly repCards = new CardList(byId("cards-reply", HTMLElement), byId("cards-reply-more", HTMLElement), "r", "Reply");
  private readonly reply = new ReplyView({
    reply: byId("reply", HTMLElement),
    none: byId("reply-none", HTMLElement),
    connection: byId("connection", HTMLElement),
    outcome: byId("outcome", HTMLElement),
  });
  private readonly diags: DiagnosticList;
  private readonly linker: Linker;
  private readonly cardsPanel = byId("cards", HTMLElement);
  private meta: Meta | null = null;
  private lastKey = "";

  /** Called after each render with the milliseconds simulate + render took. */
  onRender: (ms: number) => void = () => {};

  constructor() {
    this.diags = new DiagnosticList(
      byId("diagnostics", HTMLElement),
      byId("diagnostics-none", HTMLElement),
      byId("diagnostics-count", HTMLElement),
      (from, to) => {
        this.request.focus();
        this.request.setSelectionRange(from, to);
        this.updateCaret();
      },
    );
    this.linker = new Linker({
      token: (k) => this.reqTokens.token(k) ?? this.repTokens.token(k),
      card: (k) => this.reqCards.card(k) ?? this.repCards.card(k),
      field: (k) => this.reqTokens.field(k) ?? this.repTokens.field(k),
    }, byId("announce", HTMLElement));
    this.wire();
  }

  /** Reads the bridge's metadata and fills the selectors; false with a reason on failure. */
  setup(): { ok: true } | { ok: false; error: string } {
    const m = readMeta();
    if (!m.ok) return { ok: false, error: "the simulator could not describe itself (" + m.error + ")" };
    this.meta = m.value;
    fill(this.dialect, m.value.dialects.map((d) => [d.value, d.label]), defaultDialect);
    fill(this.profile, m.value.profiles.map((p) => [p.name, p.title || p.name]), defaultProfile);
    const lines = m.value.examples.filter((e) => e.kind === "line");
    this.example.replaceChildren(
      el("option", { text: "Choose an example…", attrs: { value: "" } }),
      ...lines.map((e) => el("option", { text: e.title, attrs: { value: e.id } })),
    );
    this.example.hidden = lines.length === 0;
    this.describeProfile();
    return { ok: true };
  }

  /** Turns the controls on or off (off while loading and after the program stops). */
  enable(on: boolean): void {
    for (const c of [this.request, this.dialect, this.profile, this.example]) c.disabled = !on;
    document.documentElement.dataset["ready"] = String(on);
  }

  /** Simulates the current request unless nothing changed since the last run. */
  run(): void {
    const line = this.request.value;
    const key = this.dialect.value + "\u0000" + this.profile.value + "\u0000" + line;
    if (key === this.lastKey) return;
    this.lastKey = key;
    const t0 = performance.now();
    const bytes = utf8Length(line, maxRequestBytes);
    if (bytes > maxRequestBytes) {
      this.show(null, "",
        "This request is " + kib(bytes) + " long. The playground simulates lines of up to " +
          kib(maxRequestBytes) + " (a real CVQ line is under 200 bytes), so it did not simulate this one. " +
          "Shorten the request to see a reply.");
    } else {
      const r = simulate(line, this.dialect.value, this.profile.value);
      if (r.ok) this.show(r.value, line, "");
      else this.show(null, "", "The simulator could not handle this request: " + r.error + ".");
    }
    this.onRender(performance.now() - t0);
  }

  private show(r: Result | null, line: string, notice: string): void {
    setText(this.notice, notice);
    this.notice.hidden = notice === "";
    this.reply.render(r);
    this.mirror.render(line, r?.diagnostics ?? []);
    this.reqTokens.render(r?.fields ?? []);
    this.repTokens.render(r?.replyFields ?? []);
    this.reqCards.render(r?.fields ?? []);
    this.repCards.render(r?.replyFields ?? []);
    this.diags.render(r?.diagnostics ?? [], line);
    this.updateCaret(false);
    this.linker.refresh();
  }

  private describeProfile(): void {
    const p = this.meta?.profiles.find((x) => x.name === this.profile.value);
    setText(this.profileAbout, p?.description ?? "");
  }

  private applyExample(): void {
    const ex = this.meta?.examples.find((e) => e.id === this.example.value);
    if (ex === undefined) return;
    if ([...this.dialect.options].some((o) => o.value === ex.dialect)) this.dialect.value = ex.dialect;
    if ([...this.profile.options].some((o) => o.value === ex.profile)) this.profile.value = ex.profile;
    this.request.value = ex.input;
    this.describeProfile();
    this.run();
  }

  // The field under the caret, found by binary search over the request's
  // fields (sorted by position). A caret at a token's end still counts as
  // inside it, so the caret after typing a token points at that token.
  private updateCaret(apply = true): void {
    let key: string | null = null;
    if (document.activeElement === this.request) {
      const c = this.request.selectionStart;
      const fs = this.reqTokens.all();
      let lo = 0;
      let hi = fs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const f = fs[mid]!;
        if (c < f.from) hi = mid - 1;
        else if (c > f.to) lo = mid + 1;
        else {
          key = this.reqTokens.key(mid);
          // A caret between two tokens with no gap (an empty parameter
          // right after this one) belongs to the later token.
          const next = fs[mid + 1];
          if (c === f.to && next !== undefined && next.from === c) key = this.reqTokens.key(mid + 1);
          break;
        }
      }
    }
    if (apply) this.point("caret", key);
    else if (this.linker.get("caret") !== key) this.linker.set("caret", key);
  }

  private point(source: Source, key: string | null): void {
    this.linker.set(source, key);
    if (key !== null && source !== "hover") {
      const card = this.reqCards.card(key) ?? this.repCards.card(key);
      if (card !== undefined) revealInPanel(this.cardsPanel, card);
    }
  }

  // A click (or Enter) pins a field, and brings its card into view.
  private toggle(key: string): void {
    this.linker.toggle(key);
    if (this.linker.get("selected") === key) this.point("selected", key);
  }

  private wire(): void {
    const req = this.request;
    req.addEventListener("input", () => {
      this.example.value = "";
      this.run();
      this.updateCaret();
    });
    // The request is one protocol line: Enter does not add a line break.
    req.addEventListener("keydown", (e) => {
      if (e.key === "Enter") e.preventDefault();
    });
    for (const type of ["keyup", "click", "focus", "select"]) req.addEventListener(type, () => this.updateCaret());
    req.addEventListener("blur", () => this.point("caret", null));
    document.addEventListener("selectionchange", () => {
      if (document.activeElement === req) this.updateCaret();
    });
    for (const s of [this.dialect, this.profile]) {
      s.addEventListener("change", () => {
        this.describeProfile();
        this.run();
      });
    }
    this.example.addEventListener("change", () => this.applyExample());

    for (const id of ["request-tokens", "reply-tokens", "cards"]) {
      const root = byId(id, HTMLElement);
      root.addEventListener("mouseover", (e) => this.point("hover", keyOf(e.target)));
      root.addEventListener("mouseleave", () => this.point("hover", null));
      root.addEventListener("click", (e) => {
        const k = keyOf(e.target);
        if (k === null) return;
        // Selecting text on a card to copy it is not a click on the card.
        if (id === "cards" && !(window.getSelection()?.isCollapsed ?? true)) return;
        this.toggle(k);
      });
    }
    for (const strip of [this.reqTokens, this.repTokens]) {
      const root = strip === this.reqTokens ? byId("request-tokens", HTMLElement) : byId("reply-tokens", HTMLElement);
      root.addEventListener("focusin", (e) => {
        const k = keyOf(e.target);
        if (k === null) return;
        strip.noteFocus(k);
        // A click already selects; only keyboard focus (which the browser
        // marks :focus-visible) points by itself, or a click-then-unselect
        // would leave the token highlighted through its focus.
        if (e.target instanceof Element && e.target.matches(":focus-visible")) this.point("focus", k);
      });
      root.addEventListener("focusout", () => this.point("focus", null));
      root.addEventListener("keydown", (e) => {
        const k = keyOf(e.target);
        if (k === null) return;
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          this.toggle(k);
        } else if (e.key === "Escape") {
          this.linker.set("selected", null);
        }
      });
    }
  }
}

/**
 * Scrolls panel (when it is its own scroller, as on wide screens) so card is
 * visible. Unlike scrollIntoView it never scrolls the window: moving the
 * page under a resting mouse pointer would hover, and highlight, some other
 * field.
 */
function revealInPanel(panel: HTMLElement, card: HTMLElement): void {
  if (panel.scrollHeight <= panel.clientHeight) return;
  const p = panel.getBoundingClientRect();
  const c = card.getBoundingClientRect();
  const margin = 8;
  if (c.top < p.top) panel.scrollTop -= p.top - c.top + margin;
  else if (c.bottom > p.bottom) panel.scrollTop += Math.min(c.bottom - p.bottom + margin, c.top - p.top - margin);
}

function keyOf(t: EventTarget | null): string | null {
  if (!(t instanceof Element)) return null;
  return t.closest<HTMLElement>("[data-key]")?.dataset["key"] ?? null;
}

function fill(sel: HTMLSelectElement, items: [string, string][], preferred: string): void {
  sel.replaceChildren(...items.map(([value, label]) => el("option", { text: label, attrs: { value } })));
  if (items.some(([v]) => v === preferred)) sel.value = preferred;
}
