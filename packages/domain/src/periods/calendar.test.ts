import { UTCDate } from "@date-fns/utc";
import { addDays, differenceInCalendarDays, format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WEEK_DAYS } from "../profile/schemas";
import {
  addDaysTo,
  addMonthsTo,
  daysBetween,
  isWeekStart,
  startOfDayIn,
  todayIn,
  weekDayOf,
  weekStartOf,
} from "./calendar";
import { isCalendarDate } from "./schemas";

/** Any day of the years `from` to `to`, as the calendar strings the app stores. */
const datesBetween = (from: number, to: number) =>
  fc
    .date({
      min: new Date(`${from}-01-01T00:00:00Z`),
      max: new Date(`${to}-12-31T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
const calendarDate = datesBetween(1970, 2100);
const weekDay = fc.constantFrom(...WEEK_DAYS);

describe("calendar arithmetic", () => {
  // The arithmetic is integers for speed (calendar.ts says why); date-fns is the reference.
  it("agrees with date-fns for every day from 1900 to 2200", () => {
    const anyDate = datesBetween(1900, 2200);
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -40_000, max: 40_000 }), (date, days) => {
        const reference = new UTCDate(`${date}T00:00:00.000Z`);
        const expected = format(addDays(reference, days), "yyyy-MM-dd");
        if (expected < "1900-01-01" || expected > "2200-12-31") return;
        expect(addDaysTo(date, days)).toBe(expected);
        expect(daysBetween(date, expected)).toBe(
          differenceInCalendarDays(addDays(reference, days), reference),
        );
        expect(weekDayOf(date)).toBe(
          WEEK_DAYS.find((_, i) => i === (reference.getUTCDay() + 6) % 7),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("adds and subtracts days as inverses, and counts them back", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -2000, max: 2000 }), (date, days) => {
        const moved = addDaysTo(date, days);
        expect(isCalendarDate(moved)).toBe(true);
        expect(addDaysTo(moved, -days)).toBe(date);
        expect(daysBetween(date, moved)).toBe(days);
      }),
    );
  });

  it("handles DST changes and year ends as ordinary days", () => {
    expect(addDaysTo("2026-03-28", 1)).toBe("2026-03-29"); // EU clocks go forward on the 29th
    expect(addDaysTo("2026-03-08", 1)).toBe("2026-03-09"); // US clocks go forward on the 8th
    expect(addDaysTo("2026-10-25", 1)).toBe("2026-10-26");
    expect(addDaysTo("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysTo("2028-02-28", 1)).toBe("2028-02-29");
    expect(daysBetween("2026-12-28", "2027-01-03")).toBe(6);
    expect(addMonthsTo("2026-01-31", 1)).toBe("2026-02-28");
  });
});

describe("weekStartOf", () => {
  it("finds the start day on or before the date, at most six days back", () => {
    fc.assert(
      fc.property(calendarDate, weekDay, (date, start) => {
        const first = weekStartOf(date, start);
        expect(weekDayOf(first)).toBe(start);
        expect(daysBetween(first, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(first, date)).toBeLessThanOrEqual(6);
        expect(isWeekStart(first, start)).toBe(true);
        // Every day of that week maps back to the same start.
        expect(weekStartOf(addDaysTo(first, 6), start)).toBe(first);
      }),
    );
  });

  it("keeps weeks whole across a year end and a DST change", () => {
    expect(weekStartOf("2027-01-01", "monday")).toBe("2026-12-28");
    expect(weekStartOf("2027-01-01", "sunday")).toBe("2026-12-27");
    expect(weekStartOf("2026-03-29", "monday")).toBe("2026-03-23");
    expect(weekStartOf("2026-11-01", "sunday")).toBe("2026-11-01");
  });
});

describe("startOfDayIn", () => {
  it("is local midnight as a UTC instant, DST included", () => {
    expect(startOfDayIn("2026-03-08", "America/New_York")).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfDayIn("2026-03-09", "America/New_York")).toBe("2026-03-09T04:00:00.000Z");
    expect(startOfDayIn("2027-01-01", "Pacific/Auckland")).toBe("2026-12-31T11:00:00.000Z");
  });
});

describe("todayIn", () => {
  const oracle = (instant: Date, timeZone: string) =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(instant);
  const zones = fc.constantFrom(
    "UTC",
    "America/New_York",
    "America/Los_Angeles",
    "Europe/Berlin",
    "Australia/Sydney",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Asia/Kolkata",
  );

  it("agrees with the platform's own formatting in every zone", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2060-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        zones,
        (instant, zone) => {
          expect(todayIn(zone, instant)).toBe(oracle(instant, zone));
        },
      ),
    );
  });

  it("puts one instant on different dates on either side of the date line", () => {
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(todayIn("UTC", instant)).toBe("2026-12-31");
    expect(todayIn("Pacific/Kiritimati", instant)).toBe("2027-01-01");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-12-31");
    // 01:30 on the night US clocks go back, seen from New York.
    expect(todayIn("America/New_York", new Date("2026-11-01T05:30:00Z"))).toBe("2026-11-01");
  });

  it("answers for now from what it remembers exactly as it computes it, asked again and again", () => {
    for (const zone of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kolkata"])
      for (let i = 0; i < 3; i++) expect(todayIn(zone)).toBe(oracle(new Date(), zone));
  });
});
