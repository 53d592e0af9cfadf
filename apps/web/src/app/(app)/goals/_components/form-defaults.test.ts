import { describe, expect, it } from "vitest";
import { defaultPeriod } from "./form-defaults";
import type { FormContext, ParentInfo } from "./types";

// Friday 4 December 2026, Monday weeks: this week started on 30 November.
const context: FormContext = {
  weekStartDay: "monday",
  thisWeekStart: "2026-11-30",
  today: "2026-12-04",
  distanceUnit: "km",
};
const macroFrom = (periodStart: string): ParentInfo => ({
  id: "macro",
  title: "Run a half marathon",
  level: "macro",
  periodStart,
  periodEnd: "2027-11-29",
  category: "running",
  visibility: "groups",
});

describe("a new goal's dates", () => {
  it("start with the week, not on the day it was made", () => {
    expect(defaultPeriod("macro", null, context)).toEqual({
      start: "2026-11-30",
      end: "2027-11-29",
    });
  });

  it("put a block under a macro goal made with the week in this week", () => {
    expect(defaultPeriod("meso", macroFrom("2026-11-30"), context)).toEqual({
      start: "2026-11-30",
      end: "2027-01-10",
    });
  });

  it("start a block under a macro goal that began on a Friday on that Friday, not a week later", () => {
    expect(defaultPeriod("meso", macroFrom("2026-12-04"), context).start).toBe("2026-12-04");
  });
});
