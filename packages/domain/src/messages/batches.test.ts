import { describe, expect, it } from "vitest";
import { mailBatchWindow } from "./batches";

describe("mail batch windows", () => {
  it("hold every moment from their start up to (not including) their end", () => {
    const window = mailBatchWindow(new Date("2026-12-05T10:07:30Z"), 15);
    expect(window.start.toISOString()).toBe("2026-12-05T10:00:00.000Z");
    expect(window.end.toISOString()).toBe("2026-12-05T10:15:00.000Z");
    expect(mailBatchWindow(window.start, 15)).toEqual(window);
    expect(mailBatchWindow(new Date(window.end.getTime() - 1), 15)).toEqual(window);
    expect(mailBatchWindow(window.end, 15).start).toEqual(window.end);
  });

  it("follow one another whatever their length", () => {
    const window = mailBatchWindow(new Date("2026-12-05T23:59:59Z"), 7);
    expect(window.end.getTime() - window.start.getTime()).toBe(7 * 60_000);
    expect(window.start.getTime() % (7 * 60_000)).toBe(0);
  });
});
