import { describe, expect, it } from "vitest";
import { addDaysTo, formatCalendarDate } from "./calendar";
import { formatDayMonth } from "./day-labels";

describe("formatDayMonth", () => {
  it("writes every day of a leap year as formatCalendarDate does", () => {
    for (let day = 0; day < 366; day++) {
      const date = addDaysTo("2028-01-01", day);
      expect(formatDayMonth(date)).toBe(formatCalendarDate(date, "d MMM"));
    }
  });
});
