import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/settings")).toBe("/settings");
    expect(safeCallbackPath("/goals/42?tab=history")).toBe("/goals/42?tab=history");
  });

  it("refuses other origins and odd values", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "settings",
      "",
      "/\nfoo",
      undefined,
      ["/settings"],
    ]) {
      expect(safeCallbackPath(value)).toBe("/week");
    }
  });
});
