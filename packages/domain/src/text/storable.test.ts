import { describe, expect, it } from "vitest";
import { findUnstorableText, MAX_INPUT_VALUES } from "./storable";

describe("findUnstorableText", () => {
  it("finds NUL characters and lone surrogates, naming the field", () => {
    expect(findUnstorableText({ notes: "a\u0000b" })?.field).toBe("notes");
    expect(findUnstorableText({ weeks: [{ title: "ok" }, { title: "\uD800" }] })?.field).toBe(
      "weeks.1.title",
    );
    expect(findUnstorableText("\uDC00")).toEqual({ field: "input", problem: "unstorable" });
  });

  it("lets every well-formed text through, emoji and right-to-left marks included", () => {
    expect(
      findUnstorableText({
        a: "👩‍👩‍👧 \u200F שלום",
        b: ["é", "\u2028"],
        c: 1,
        d: null,
        e: new Date(),
      }),
    ).toBeNull();
  });
});

describe("findUnstorableText on huge inputs", () => {
  it("reads a shared array once, and calls a request past the limit too large", () => {
    const row = Array(10_000).fill("x");
    const started = performance.now();
    expect(findUnstorableText({ muted: Array(10_000).fill(row) })).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
    const huge = Array.from({ length: MAX_INPUT_VALUES + 1 }, (_, i) => String(i));
    expect(findUnstorableText({ list: huge })?.problem).toBe("too_large");
  });
});
