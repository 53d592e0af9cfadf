import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLifecycle } from "./lifecycle";
import { createLogger } from "./logger";

describe("lifecycle", () => {
  it("is started once the app says so", async () => {
    const { started, markStarted } = createLifecycle();
    let done = false;
    void started.then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    markStarted();
    await started;
    expect(done).toBe(true);
  });

  it("aborts its signal with an AbortError, then runs the hooks last-first, once", async () => {
    const lines: string[] = [];
    const log = createLogger({
      destination: new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    const { signal, begin, onShutdown, runHooks } = createLifecycle();
    const ran: string[] = [];
    onShutdown("first", () => {
      ran.push("first");
    });
    onShutdown("failing", () => {
      throw new Error("cannot close");
    });
    onShutdown("last", async () => {
      ran.push("last");
    });
    expect(signal.aborted).toBe(false);
    begin();
    expect(signal.aborted).toBe(true);
    // tRPC ends a stream quietly (no "return" event, so the client reconnects) on this name.
    expect((signal.reason as Error).name).toBe("AbortError");
    await runHooks(log);
    expect(ran).toEqual(["last", "first"]);
    expect(lines.join("")).toContain("shutdown: failing failed");
    await runHooks(log);
    expect(ran).toEqual(["last", "first"]);
  });
});
