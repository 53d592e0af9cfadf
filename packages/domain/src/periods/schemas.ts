import { z } from "zod";

// The validating side of calendar dates, apart from the arithmetic in calendar.ts, so screens that
// only format or add dates do not ship zod.

/** The years Stride deals in: any real training log fits, and Postgres stores every one. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

// Only for text that is a date already; anything else was refused by the format check.
const inYears = (date: string) => {
  if (!/^\d{4}-/.test(date)) return !/^[+-]/.test(date);
  const year = Number(date.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
};

export const calendarDateSchema = z.iso
  .date("Use a date like 2026-03-29")
  .refine(inYears, `Use a date between ${EARLIEST_YEAR} and ${LATEST_YEAR}`);

/** An instant with an offset ("2026-03-29T06:30:00+02:00"), in the same years. */
export const instantSchema = (message: string) =>
  z.iso
    .datetime({ offset: true, error: message })
    // A text that is not a time at all was refused by the check above; say nothing more.
    .refine((text) => Number.isNaN(Date.parse(text)) || inYears(new Date(text).toISOString()), {
      message: `Use a time between ${EARLIEST_YEAR} and ${LATEST_YEAR}`,
    });

export function isCalendarDate(value: string): boolean {
  return calendarDateSchema.safeParse(value).success;
}
