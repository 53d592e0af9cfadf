import { describe, expect, it } from "vitest";
import { addDaysTo, formatCalendarDate } from "./calendar";
import { formatDayMonth, formatDayNear, formatMoment } from "./day-labels";

describe("formatDayMonth", () => {
  it("writes every day of a leap year as formatCalendarDate does", () => {
    for (let day = 0; day < 366; day++) {
      const date = addDaysTo("2028-01-01", day);
      expect(formatDayMonth(date)).toBe(formatCalendarDate(date, "d MMM"));
    }
  });
});

describe("formatMoment", () => {
  const now = new Date("2026-12-04T21:00:00Z");

  it("shows the time on the person's own clock, with no zone name", () => {
    expect(formatMoment("2026-12-04T19:11:00Z", "UTC", now)).toBe("4 Dec, 19:11");
    expect(formatMoment("2026-12-04T19:11:00Z", "Asia/Kolkata", now)).toBe("5 Dec, 00:41");
    expect(formatMoment(new Date("2026-12-04T19:11:00Z"), "America/New_York", now)).toBe(
      "4 Dec, 14:11",
    );
  });

  it("adds the year for a moment of another year, as the person's clock counts years", () => {
    expect(formatMoment("2025-06-30T08:05:00Z", "Europe/Berlin", now)).toBe("30 Jun 2025, 10:05");
    // New Year's Eve in New York is already the new year in Tokyo.
    const newYear = new Date("2027-01-01T01:00:00Z");
    expect(formatMoment("2026-12-31T23:30:00Z", "America/New_York", newYear)).toBe("31 Dec, 18:30");
    expect(formatMoment("2026-12-31T13:30:00Z", "Asia/Tokyo", newYear)).toBe("31 Dec 2026, 22:30");
  });
});

describe("formatDayNear", () => {
  it("leaves out this year and writes any other", () => {
    expect(formatDayNear("2026-12-01", "2026-12-04")).toBe("Tue 1 Dec");
    expect(formatDayNear("2015-12-01", "2026-12-04")).toBe("Tue 1 Dec 2015");
    expect(formatDayNear("2027-01-04", "2026-12-04")).toBe("Mon 4 Jan 2027");
  });

  it("writes what date-fns writes for every day of a leap year", () => {
    for (let day = 0; day < 366; day += 1) {
      const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
      expect(formatDayNear(date, "2024-06-01")).toBe(formatCalendarDate(date, "EEE d MMM"));
      expect(formatDayNear(date, "2023-06-01")).toBe(formatCalendarDate(date, "EEE d MMM yyyy"));
    }
  });
});
