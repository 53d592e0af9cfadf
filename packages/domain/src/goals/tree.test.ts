import { describe, expect, it } from "vitest";
import { diffFields, isAdjustment } from "./revisions";
import { buildGoalTree } from "./tree";

const goal = (id: string, parentId: string | null, position = 0, periodStart = "2026-01-01") => ({
  id,
  parentId,
  position,
  periodStart,
});

describe("buildGoalTree", () => {
  it("nests children in order and keeps orphans as roots", () => {
    const tree = buildGoalTree([
      goal("micro-2", "meso", 0, "2026-03-09"),
      goal("micro-1", "meso", 0, "2026-03-02"),
      goal("meso", "macro"),
      goal("macro", null),
      goal("lonely-micro", "gone"),
    ]);
    expect(tree.map((n) => n.id)).toEqual(["lonely-micro", "macro"]);
    expect(tree[1]?.children[0]?.children.map((n) => n.id)).toEqual(["micro-1", "micro-2"]);
  });

  it("orders siblings by position before date", () => {
    const tree = buildGoalTree([
      goal("b", null, 0, "2026-05-01"),
      goal("a", null, 1, "2026-01-01"),
    ]);
    expect(tree.map((n) => n.id)).toEqual(["b", "a"]);
  });
});

describe("revisions", () => {
  it("lists only the fields that changed", () => {
    const before = { title: "Run", target: { value: 10 }, why: "" };
    expect(diffFields(before, { title: "Run", target: { value: 12 }, why: undefined })).toEqual({
      target: { from: { value: 10 }, to: { value: 12 } },
    });
  });

  it("treats target and period changes of an active goal as adjustments", () => {
    expect(isAdjustment("active", { target: { from: 1, to: 2 } })).toBe(true);
    expect(isAdjustment("active", { title: { from: "a", to: "b" } })).toBe(false);
    expect(isAdjustment("achieved", { periodEnd: { from: "a", to: "b" } })).toBe(false);
  });
});
