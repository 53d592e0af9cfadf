import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "./ics";

const base = {
  goalTitle: "Run 12 miles",
  goalStrategy: "Kit out the night before",
  activityType: "run" as const,
  amount: 3,
  unit: "mi",
  note: "Easy",
};

describe("buildCalendar", () => {
  const text = buildCalendar({
    name: "Stride: Ava's training",
    timeZone: "America/New_York",
    sessions: [
      { ...base, id: "a", day: "2026-11-03", time: "06:30" }, // the Tuesday after US clocks go back
      { ...base, id: "b", day: "2026-11-08", time: null, amount: null, unit: null },
    ],
  });
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .map((c) => new ICAL.Event(c));

  it("parses back as a valid calendar with one event per session", () => {
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.uid)).toEqual(["a@stride", "b@stride"]);
  });

  it("places timed sessions at the athlete's local time, whatever the DST offset", () => {
    const timed = events[0];
    expect(timed?.summary).toBe("Run 3 mi: Run 12 miles");
    expect(timed?.startDate.toJSDate().toISOString()).toBe("2026-11-03T11:30:00.000Z");
    expect(timed?.endDate.toJSDate().toISOString()).toBe("2026-11-03T12:30:00.000Z");
    expect(timed?.description).toContain("How: Kit out the night before");
  });

  it("makes sessions without a time all-day events on their date", () => {
    const allDay = events[1];
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe("2026-11-08");
    expect(allDay?.summary).toBe("Run: Run 12 miles");
  });
});
