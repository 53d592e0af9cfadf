import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { assertChildrenFit, assertGoalStructure } from "./structure";

const macro = {
  level: "macro" as const,
  period: { start: "2026-01-01", end: "2026-12-31" },
  archived: false,
};
const meso = {
  level: "meso" as const,
  period: { start: "2026-03-02", end: "2026-04-12" },
  archived: false,
};

function fieldOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.field;
    throw error;
  }
  return undefined;
}

const base = { weekStart: "monday" as const, planDays: [], rampWeeks: [] };

describe("assertGoalStructure", () => {
  it("accepts a macro → meso → micro chain", () => {
    expect(
      fieldOf(() =>
        assertGoalStructure({ ...base, level: "macro", period: macro.period, parent: null }),
      ),
    ).toBeUndefined();
    expect(
      fieldOf(() =>
        assertGoalStructure({ ...base, level: "meso", period: meso.period, parent: macro }),
      ),
    ).toBeUndefined();
    expect(
      fieldOf(() =>
        assertGoalStructure({
          ...base,
          level: "micro",
          period: { start: "2026-03-09", end: "2026-03-15" },
          parent: meso,
          planDays: ["2026-03-10", "2026-03-15"],
        }),
      ),
    ).toBeUndefined();
  });

  it("refuses a parent that is not exactly one level up", () => {
    const microUnderMacro = () =>
      assertGoalStructure({
        ...base,
        level: "micro",
        period: { start: "2026-03-09", end: "2026-03-15" },
        parent: macro,
      });
    expect(fieldOf(microUnderMacro)).toBe("parentId");
    expect(
      fieldOf(() =>
        assertGoalStructure({ ...base, level: "macro", period: macro.period, parent: macro }),
      ),
    ).toBe("parentId");
  });

  it("refuses a child outside its parent's period", () => {
    const late = () =>
      assertGoalStructure({
        ...base,
        level: "micro",
        period: { start: "2026-04-13", end: "2026-04-19" },
        parent: meso,
      });
    expect(fieldOf(late)).toBe("periodStart");
  });

  it("refuses an archived parent", () => {
    const run = () =>
      assertGoalStructure({
        ...base,
        level: "meso",
        period: meso.period,
        parent: { ...macro, archived: true },
      });
    expect(fieldOf(run)).toBe("parentId");
  });

  it("refuses plans outside the week or on non-micro goals", () => {
    const week = { start: "2026-03-09", end: "2026-03-15" };
    expect(
      fieldOf(() =>
        assertGoalStructure({
          ...base,
          level: "micro",
          period: week,
          parent: meso,
          planDays: ["2026-03-16"],
        }),
      ),
    ).toBe("plan");
    expect(
      fieldOf(() =>
        assertGoalStructure({
          ...base,
          level: "meso",
          period: meso.period,
          parent: macro,
          planDays: ["2026-03-10"],
        }),
      ),
    ).toBe("plan");
  });

  it("checks the weeks a meso goal is split into", () => {
    const split = (rampWeeks: string[]) => () =>
      assertGoalStructure({
        ...base,
        level: "meso",
        period: meso.period,
        parent: macro,
        rampWeeks,
      });
    expect(fieldOf(split(["2026-03-02", "2026-03-09"]))).toBeUndefined();
    expect(fieldOf(split(["2026-03-03"]))).toBe("weeks");
    expect(fieldOf(split(["2026-04-13"]))).toBe("weeks");
    expect(fieldOf(split(["2026-03-02", "2026-03-02"]))).toBe("weeks");
  });
});

describe("assertChildrenFit", () => {
  it("names how many children a new period would leave out", () => {
    expect(() =>
      assertChildrenFit(meso.period, [{ start: "2026-03-02", end: "2026-03-08" }]),
    ).not.toThrow();
    expect(() =>
      assertChildrenFit({ start: "2026-03-02", end: "2026-03-29" }, [
        { start: "2026-04-06", end: "2026-04-12" },
      ]),
    ).toThrow(/1 goal under this one/);
  });
});
