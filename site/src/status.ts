// The #status region: loading progress, then either nothing (ready) or a
// plain failure message that says what failed and how to recover. The page
// keeps its explanatory text and this region whatever happens, so it is
// never blank.

import { el } from "./dom";
import type { LoadError, Stage } from "./loader";

const headline: Record<Stage, string> = {
  template: "This page was not built.",
  unsupported: "This browser cannot run the simulator.",
  script: "One of the page's scripts did not load.",
  fetch: "Downloading the simulator failed.",
  stalled: "Downloading the simulator stalled.",
  compile: "The browser could not compile the simulator.",
  start: "The simulator did not start.",
  timeout: "The simulator did not start in time.",
  exited: "The simulator stopped.",
};

/** Drives the #status element and its progress bar. */
export class StatusView {
  private readonly root: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private readonly label: HTMLElement;

  constructor(root: HTMLElement, bar: HTMLProgressElement, label: HTMLElement) {
    this.root = root;
    this.bar = bar;
    this.label = label;
  }

  /** Shows bytes received; an indeterminate bar when total is unknown. */
  progress(received: number, total: number | null): void {
    this.root.dataset["state"] = "loading";
    if (total === null) {
      this.bar.removeAttribute("value");
      this.label.textContent = "Loading the simulator… " + size(received);
    } else {
      this.bar.max = total;
      this.bar.value = received;
      this.label.textContent = "Loading the simulator… " + size(received) + " of " + size(total);
    }
  }

  /** Says the bytes are in and the module is being compiled and started. */
  starting(): void {
    this.bar.removeAttribute("value");
    this.label.textContent = "Starting the simulator…";
  }

  /** Hides the progress and leaves a short ready note for screen readers. */
  ready(version: string): void {
    this.root.dataset["state"] = "ready";
    this.bar.hidden = true;
    this.label.textContent = "Simulator ready" + (version !== "" ? " (bridge API version " + version + ")." : ".");
  }

  /** Replaces the region's content with the failure and the ways out. */
  fail(err: LoadError): void {
    this.root.dataset["state"] = "failed";
    this.bar.hidden = true;
    const steps = el("ul", { cls: "status-steps" }, [
      el("li", { text: "Reload the page; a download that broke off usually works the second time." }),
      el("li", {}, [
        document.createTextNode("If you host the page yourself, check that "),
        el("code", { text: ".wasm" }),
        document.createTextNode(" files are served with the type "),
        el("code", { text: "application/wasm" }),
        document.createTextNode(" and that every file of dist/ was uploaded."),
      ]),
      el("li", {}, [
        document.createTextNode("Working from the repository? Run "),
        el("code", { text: "make serve" }),
        document.createTextNode(" and open the address it prints."),
      ]),
    ]);
    const box = el("div", { cls: "status-failure", attrs: { role: "alert" } }, [
      el("p", { cls: "status-headline", text: headline[err.stage] }),
      el("p", { cls: "status-detail", text: "What happened: " + err.message + "." }),
      el("p", { text: "What you can do:" }),
      steps,
    ]);
    this.label.textContent = "";
    this.root.replaceChildren(this.bar, this.label, box);
  }
}

function size(n: number): string {
  if (n < 1024) return n + " B";
  if (n < 1024 * 1024) return (n / 1024).toFixed(0) + " KiB";
  return (n / (1024 * 1024)).toFixed(1) + " MiB";
}
