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

type Shape = Parameters<typeof assertGoalStructure>[0];

/** The field a goal of this shape is refused on, or undefined (Monday weeks, no plan, no split). */
const refusedField = (goal: Omit<Shape, keyof typeof base> & Partial<Shape>) =>
  fieldOf(() => assertGoalStructure({ ...base, ...goal }));

const WEEK = { start: "2026-03-09", end: "2026-03-15" };

describe("assertGoalStructure", () => {
  it("accepts a macro → meso → micro chain", () => {
    expect(refusedField({ level: "macro", period: macro.period, parent: null })).toBeUndefined();
    expect(refusedField({ level: "meso", period: meso.period, parent: macro })).toBeUndefined();
    expect(
      refusedField({
        level: "micro",
        period: WEEK,
        parent: meso,
        planDays: ["2026-03-10", "2026-03-15"],
      }),
    ).toBeUndefined();
  });

  it("refuses a parent that is not exactly one level up", () => {
    expect(refusedField({ level: "micro", period: WEEK, parent: macro })).toBe("parentId");
    expect(refusedField({ level: "macro", period: macro.period, parent: macro })).toBe("parentId");
  });

  it("refuses a child outside its parent's period", () => {
    const late = { start: "2026-04-13", end: "2026-04-19" };
    expect(refusedField({ level: "micro", period: late, parent: meso })).toBe("periodStart");
  });

  it("refuses an archived parent", () => {
    const archived = { ...macro, archived: true };
    expect(refusedField({ level: "meso", period: meso.period, parent: archived })).toBe("parentId");
  });

  it("refuses plans outside the week or on non-micro goals", () => {
    expect(
      refusedField({ level: "micro", period: WEEK, parent: meso, planDays: ["2026-03-16"] }),
    ).toBe("plan");
    expect(
      refusedField({ level: "meso", period: meso.period, parent: macro, planDays: ["2026-03-10"] }),
    ).toBe("plan");
  });

  it("checks the weeks a meso goal is split into", () => {
    const split = (rampWeeks: string[]) =>
      refusedField({ level: "meso", period: meso.period, parent: macro, rampWeeks });
    expect(split(["2026-03-02", "2026-03-09"])).toBeUndefined();
    expect(split(["2026-03-03"])).toBe("weeks");
    expect(split(["2026-04-13"])).toBe("weeks");
    expect(split(["2026-03-02", "2026-03-02"])).toBe("weeks");
  });
});

describe("assertChildrenFit", () => {
  const week = (start: string, end: string) => ({
    level: "micro" as const,
    period: { start, end },
  });
  it("names how many children a new period would leave out", () => {
    expect(() => assertChildrenFit(meso.period, [week("2026-03-02", "2026-03-08")])).not.toThrow();
    expect(() =>
      assertChildrenFit({ start: "2026-03-02", end: "2026-03-29" }, [
        week("2026-04-06", "2026-04-12"),
      ]),
    ).toThrow(/1 goal under this one/);
  });

  it("keeps a block's partial first week when the block moves to a Friday", () => {
    expect(() =>
      assertChildrenFit({ start: "2026-03-06", end: "2026-04-12" }, [
        week("2026-03-02", "2026-03-08"),
      ]),
    ).not.toThrow();
  });
});

describe("a goal outside its parent", () => {
  const friday = {
    ...macro,
    title: "Run a half marathon",
    period: { start: "2026-12-04", end: "2027-12-03" },
  };

  it("names the parent's dates and both ways to fix it", () => {
    expect(() =>
      assertGoalStructure({
        ...base,
        level: "meso",
        period: { start: "2026-11-30", end: "2027-01-10" },
        parent: friday,
      }),
    ).toThrow(
      "This goal must lie inside \u201cRun a half marathon\u201d (4 Dec 2026 – 3 Dec 2027): start it on or after 4 Dec 2026, or move the macro goal's start to 30 Nov 2026.",
    );
  });

  it("lets a week overlap its block: a block from a Friday keeps its first, partial week", () => {
    const block = { ...meso, period: { start: "2026-12-04", end: "2027-01-10" } };
    const firstWeek = { start: "2026-11-30", end: "2026-12-06" };
    expect(
      fieldOf(() =>
        assertGoalStructure({ ...base, level: "micro", period: firstWeek, parent: block }),
      ),
    ).toBeUndefined();
    expect(
      fieldOf(() =>
        assertGoalStructure({
          ...base,
          level: "meso",
          period: block.period,
          parent: null,
          rampWeeks: ["2026-11-30"],
        }),
      ),
    ).toBeUndefined();
  });
});
