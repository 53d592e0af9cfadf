import { isSingleLine } from "@stride/domain/text/single-line";
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
  workoutText: null,
};

describe("buildCalendar", () => {
  const text = buildCalendar({
    name: "Stride: Ava's training",
    timeZone: "America/New_York",
    sessions: [
      {
        ...base,
        id: "a",
        day: "2026-11-03", // the Tuesday after US clocks go back
        time: "06:30",
        workoutText: "Warm-up 15 min easy · 6 × (800 m @ 6:34–6:50/mi, 2 min jog)",
      },
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
    expect(timed?.description).toContain(
      "Workout: Warm-up 15 min easy · 6 × (800 m @ 6:34–6:50/mi, 2 min jog)",
    );
    expect(events[1]?.description).not.toContain("Workout");
  });

  it("makes sessions without a time all-day events on their date", () => {
    const allDay = events[1];
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.startDate.toString()).toBe("2026-11-08");
    expect(allDay?.summary).toBe("Run: Run 12 miles");
  });
});

describe("buildCalendar with hostile text", () => {
  const name = `Stride: Ava\r\nX-INJECTED:1\rX-CR:2\u2028X-LS:3\u0085, the; \\ ${"long ".repeat(30)}`;
  const text = buildCalendar({
    name,
    timeZone: "UTC",
    sessions: [
      {
        ...base,
        id: "a",
        day: "2026-11-03",
        time: "06:30",
        goalTitle: "Run\r\nX-SUMMARY-INJECTED:1",
        note: "Line one\rLine two\u0001",
      },
    ],
  });
  const calendar = new ICAL.Component(ICAL.parse(text));

  it("keeps every property on its own folded line, and adds none", () => {
    const lines = text.split("\r\n");
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(isSingleLine(line), JSON.stringify(line)).toBe(true);
    }
    const names = [calendar, ...calendar.getAllSubcomponents()].flatMap((c) =>
      c.getAllProperties().map((p) => p.name),
    );
    expect(
      names.filter((n) => n.includes("injected") || n.startsWith("x-cr") || n === "x-ls"),
    ).toEqual([]);
  });

  it("escapes the calendar's name as text, so it reads back as one value", () => {
    // ical.js leaves an X- property's value as written: RFC 5545 escapes, one value.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(
      `Stride: Ava\\nX-INJECTED:1\\nX-CR:2\\nX-LS:3\\n\\, the\\; \\\\ ${"long ".repeat(30)}`,
    );
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined);
    expect(event.summary).toBe("Run 3 mi: Run X-SUMMARY-INJECTED:1");
    expect(event.description).toContain("Line one\nLine two");
  });
});
