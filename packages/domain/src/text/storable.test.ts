import { describe, expect, it } from "vitest";
import { findUnstorableText } from "./storable";

describe("findUnstorableText", () => {
  it("finds NUL characters and lone surrogates, naming the field", () => {
    expect(findUnstorableText({ notes: "a\u0000b" })).toBe("notes");
    expect(findUnstorableText({ weeks: [{ title: "ok" }, { title: "\uD800" }] })).toBe(
      "weeks.1.title",
    );
    expect(findUnstorableText("\uDC00")).toBe("input");
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
