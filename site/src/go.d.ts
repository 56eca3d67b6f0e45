// Types for the Go class that Go's own wasm_exec.js defines on globalThis.
// The script is deferred and the bundle async, so the bundle can start first:
// main.ts waits for the class before using it (see domReady), and loader.ts
// still checks at run time.

interface GoRuntime {
  /** Imports the Go module expects; pass to WebAssembly.instantiate*. */
  importObject: WebAssembly.Imports;
  /** Starts the program; the promise settles when the program exits. */
  run(instance: WebAssembly.Instance): Promise<void>;
  /** True once the Go program has ended. */
  exited: boolean;
}

interface GoConstructor {
  new (): GoRuntime;
}

declare var Go: GoConstructor | undefined;
