import { describe, expect, it } from "vitest";
import { addDaysTo } from "../periods/calendar";
import {
  estimateEffort,
  type LoadActivity,
  loadSeries,
  loadWindowStart,
  sessionLoad,
} from "./load";

const today = "2026-12-04";
const session = (date: string, minutes: number, effort: number | null): LoadActivity => ({
  date,
  type: "run",
  durationSeconds: minutes * 60,
  distanceMetres: null,
  effort,
});

describe("sessionLoad", () => {
  it("is minutes × effort (Foster's session RPE): 45 minutes at 6 is 270 AU", () => {
    expect(sessionLoad(session(today, 45, 6))).toEqual({ load: 270, effort: 6, estimated: false });
  });

  it("estimates the effort of an unrated import from its pace, and says so", () => {
    // 10 km in 50:00 is 3.33 m/s, a 5:00 per km: effort 6.
    const run = { ...session(today, 50, null), distanceMetres: 10_000 };
    expect(sessionLoad(run)).toEqual({ load: 300, effort: 6, estimated: true });
    // 10 km in 70:00 (7:00 per km): effort 4; a 2:05 half (5:55 per km, 5) one step harder for its length.
    expect(estimateEffort({ ...run, durationSeconds: 4200 })).toBe(4);
    expect(estimateEffort({ ...run, distanceMetres: 21_097, durationSeconds: 7500 })).toBe(6);
    expect(estimateEffort({ ...run, type: "ride", distanceMetres: 40_000 })).toBe(4);
    expect(estimateEffort({ ...run, type: "walk" })).toBe(2);
  });

  it("gives no load without a duration", () => {
    expect(sessionLoad({ ...session(today, 0, 5), durationSeconds: null })).toBeNull();
  });
});

describe("loadSeries: acute (7-day) and chronic (28-day) load", () => {
  const daily = (from: number, to: number, load: number) =>
    Array.from({ length: to - from + 1 }, (_, i) =>
      session(addDaysTo(today, -(from + i)), load / 5, 5),
    );

  it("reads 1.0 for steady training", () => {
    const [day] = loadSeries(daily(0, 27, 100), today, 1);
    expect(day).toEqual({ date: today, load: 100, acute: 100, chronic: 100, ratio: 1 });
  });

  it("reads 1.6 when the last week doubles the three before (200 after 100 a day)", () => {
    const log = [...daily(7, 27, 100), ...daily(0, 6, 200)];
    const [day] = loadSeries(log, today, 1);
    // Chronic: (21 × 100 + 7 × 200) / 28 = 125; acute 200; 200 / 125 = 1.6.
    expect(day).toMatchObject({ acute: 200, chronic: 125, ratio: 1.6 });
  });

  it("adds the sessions of one day and leaves the ratio out in the first week of a log", () => {
    const log = [
      session(today, 30, 4),
      session(today, 20, 6),
      session(addDaysTo(today, -2), 60, 5),
    ];
    const series = loadSeries(log, today, 3);
    expect(series.map((d) => d.date)).toEqual([addDaysTo(today, -2), addDaysTo(today, -1), today]);
    expect(series.map((d) => d.load)).toEqual([300, 0, 240]);
    expect(series.at(-1)).toMatchObject({ acute: 77.1, chronic: 19.3, ratio: null });
  });

  it("needs the activities from 27 days before the first day shown", () => {
    expect(loadWindowStart(today, 42)).toBe(addDaysTo(today, -41 - 27));
  });
});
