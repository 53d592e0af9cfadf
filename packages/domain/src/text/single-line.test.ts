import { describe, expect, it } from "vitest";
import { isSingleLine, toSingleLine } from "./single-line";

describe("single-line text", () => {
  it("refuses line breaks, tabs, other controls and the Unicode separators", () => {
    for (const bad of [
      "a\nb",
      "a\r\nb",
      "a\rb",
      "a\tb",
      "a\u0000b",
      "a\u007fb",
      "a\u0085b",
      "a\u2028b",
    ])
      expect(isSingleLine(bad), JSON.stringify(bad)).toBe(false);
    expect(isSingleLine("Ava's 10 km · 🏃 Über")).toBe(true);
  });

  it("turns each run of them into one space for text from files", () => {
    expect(toSingleLine(" Morning\r\n\tRun \u2028")).toBe("Morning Run");
  });
});
