import { describe, expect, it } from "vitest";
import { findUnstorableText, MAX_INPUT_TEXT_UNITS, MAX_INPUT_VALUES } from "./storable";

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
  it("counts a shared value at every place it appears, as parsing reads it there", () => {
    const row = Array(10_000).fill("x");
    const started = performance.now();
    // Ten thousand references to one row stand for a hundred million values: refused, quickly.
    expect(findUnstorableText({ muted: Array(10_000).fill(row) })).toEqual({
      field: "muted.9.9988",
      problem: "too_large",
    });
    expect(performance.now() - started).toBeLessThan(1000);
    // Shared, but small in all: let through.
    expect(findUnstorableText({ muted: Array(9).fill(row) })).toBeNull();
    const huge = Array.from({ length: MAX_INPUT_VALUES + 1 }, (_, i) => String(i));
    expect(findUnstorableText({ list: huge })?.problem).toBe("too_large");
  });

  it("calls a value that contains itself too large, at the place it comes back", () => {
    const loop: { name: string; next?: unknown } = { name: "a" };
    loop.next = [loop];
    expect(findUnstorableText({ loop })).toEqual({ field: "loop.next.0", problem: "too_large" });
  });

  it("calls text past the largest request the HTTP gate allows too large, before searching it", () => {
    const long = "é".repeat(60_000);
    const fits: string[] = Array(Math.floor(MAX_INPUT_TEXT_UNITS / long.length)).fill(long);
    expect(findUnstorableText({ muted: fits })).toBeNull();
    // One more string tips it over: refused as too large, its NUL never read.
    const tooMuch = [...fits, `${long}\u0000`];
    expect(findUnstorableText({ muted: tooMuch })).toEqual({
      field: `muted.${fits.length}`,
      problem: "too_large",
    });
  });
});
