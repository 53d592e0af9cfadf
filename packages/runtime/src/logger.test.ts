import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { noteViewer, runWithRequest } from "./request-context";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, log: createLogger({ level: "info", destination }) };
}

describe("logger", () => {
  it("writes JSON lines with the level's name and an ISO time", () => {
    const { lines, log } = capture();
    log.info({ route: "/week" }, "request");
    expect(lines[0]).toMatchObject({ level: "info", route: "/week", msg: "request" });
    expect(new Date(String(lines[0]?.time)).toISOString()).toBe(lines[0]?.time);
  });

  it("never writes passwords, tokens, cookies or bodies, at the top or one level down", () => {
    const { lines, log } = capture();
    log.info({
      password: "hunter2-secret",
      input: { password: "hunter2-nested", token: "invite-token-1234" },
      headers: { cookie: "authjs.session-token=abc", authorization: "Bearer xyz" },
      body: "email=a%40b&password=hunter2",
    });
    const text = JSON.stringify(lines);
    for (const secret of ["hunter2", "invite-token-1234", "session-token=abc", "Bearer xyz"])
      expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ password: "[redacted]", body: "[redacted]" });
  });

  it("names the request being served and, once known, its user", () => {
    const { lines, log } = capture();
    log.info("outside");
    runWithRequest({ reqId: "req-1", userId: null }, () => {
      log.info("before sign-in is read");
      noteViewer("user-7");
      log.info("after");
    });
    expect(lines[0]).not.toHaveProperty("reqId");
    expect(lines[1]).toMatchObject({ reqId: "req-1" });
    expect(lines[1]).not.toHaveProperty("userId");
    expect(lines[2]).toMatchObject({ reqId: "req-1", userId: "user-7" });
  });

  it("respects the level", () => {
    const destination = new Writable({ write: (_c, _e, done) => done() });
    const log = createLogger({ level: "warn", destination });
    expect(log.isLevelEnabled("info")).toBe(false);
    expect(log.isLevelEnabled("error")).toBe(true);
  });
});
