import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEK_DAYS } from "../profile/schemas";
import { addDaysTo } from "./calendar";
import { goalPeriod, isInside, macroLatestEnd, periodDays, periodProblem, weekOf } from "./rules";

describe("periodProblem", () => {
  it("accepts a macro of up to 12 months and refuses one day more", () => {
    expect(periodProblem("macro", { start: "2026-01-01", end: "2026-12-31" }, "monday")).toBeNull();
    const tooLong = periodProblem("macro", { start: "2026-01-01", end: "2027-01-01" }, "monday");
    expect(tooLong?.field).toBe("periodEnd");
    expect(tooLong?.message).toMatch(/at most 12 months/);
    expect(macroLatestEnd("2026-03-15")).toBe("2027-03-14");
  });

  it("accepts a meso of 2 to 6 weeks only", () => {
    const meso = (days: number) =>
      periodProblem(
        "meso",
        { start: "2026-03-02", end: addDaysTo("2026-03-02", days - 1) },
        "monday",
      );
    expect(meso(13)?.message).toMatch(/2 to 6 weeks.*13 days/);
    expect(meso(14)).toBeNull();
    expect(meso(42)).toBeNull();
    expect(meso(43)?.field).toBe("periodEnd");
  });

  it("requires a micro to be exactly the athlete's week", () => {
    expect(periodProblem("micro", { start: "2026-03-23", end: "2026-03-29" }, "monday")).toBeNull();
    expect(periodProblem("micro", { start: "2026-03-22", end: "2026-03-28" }, "sunday")).toBeNull();
    expect(
      periodProblem("micro", { start: "2026-03-24", end: "2026-03-30" }, "monday")?.field,
    ).toBe("periodStart");
    expect(
      periodProblem("micro", { start: "2026-03-23", end: "2026-03-30" }, "monday")?.field,
    ).toBe("periodEnd");
  });

  it("refuses an end before the start at every level", () => {
    for (const level of ["macro", "meso", "micro"] as const) {
      expect(
        periodProblem(level, { start: "2026-03-10", end: "2026-03-09" }, "monday")?.field,
      ).toBe("periodEnd");
    }
  });

  it("makes every week of any athlete a valid micro period of seven days", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1990-01-01T00:00:00Z"),
          max: new Date("2090-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom(...WEEK_DAYS),
        (instant, weekStart) => {
          const week = weekOf(instant.toISOString().slice(0, 10), weekStart);
          expect(periodDays(week)).toBe(7);
          expect(periodProblem("micro", week, weekStart)).toBeNull();
        },
      ),
    );
  });
});

describe("isInside", () => {
  it("includes both ends", () => {
    const parent = { start: "2026-03-02", end: "2026-04-12" };
    expect(isInside({ start: "2026-03-02", end: "2026-03-08" }, parent)).toBe(true);
    expect(isInside({ start: "2026-04-06", end: "2026-04-12" }, parent)).toBe(true);
    expect(isInside({ start: "2026-04-06", end: "2026-04-13" }, parent)).toBe(false);
    expect(isInside({ start: "2026-03-01", end: "2026-03-07" }, parent)).toBe(false);
  });
});

describe("goalPeriod", () => {
  it("ends a micro goal six days after its start, whatever end it was sent", () => {
    expect(goalPeriod("micro", "2026-03-02", "2026-03-30")).toEqual({
      start: "2026-03-02",
      end: "2026-03-08",
    });
    expect(goalPeriod("micro", "2026-12-28", "2026-12-28").end).toBe("2027-01-03");
  });

  it("keeps the end of a meso or macro goal", () => {
    expect(goalPeriod("meso", "2026-03-02", "2026-03-29").end).toBe("2026-03-29");
    expect(goalPeriod("macro", "2026-01-01", "2026-12-31").end).toBe("2026-12-31");
  });
});
