import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { resolveStart } from "./start";

const instant = (startedAt: string) => ({ startedAt, localStart: null });
const local = (localStart: string) => ({ startedAt: null, localStart });
/** What resolveStart gives: the athlete's day and clock time, and the instant. */
const start = (date: string, startTime: string | null, startedAt: string | null) => ({
  date,
  startTime,
  startedAt,
});

describe("resolveStart from an instant (GPX, TCX, FIT)", () => {
  it("shows the instant on the athlete's calendar and clock", () => {
    expect(resolveStart(instant("2026-10-05T10:42:10.000Z"), "America/New_York")).toEqual(
      start("2026-10-05", "06:42", "2026-10-05T10:42:10.000Z"),
    );
  });

  it("follows New York across the spring change", () => {
    // Clocks go from 02:00 EST to 03:00 EDT on 8 March 2026.
    expect(resolveStart(instant("2026-03-08T06:30:00Z"), "America/New_York")).toMatchObject({
      date: "2026-03-08",
      startTime: "01:30",
    });
    expect(resolveStart(instant("2026-03-08T07:30:00Z"), "America/New_York")).toMatchObject({
      date: "2026-03-08",
      startTime: "03:30",
    });
  });

  it("puts a New Year's Eve run on different days in New York and Auckland", () => {
    const run = instant("2026-12-31T23:30:00Z");
    expect(resolveStart(run, "America/New_York")).toEqual(
      start("2026-12-31", "18:30", "2026-12-31T23:30:00.000Z"),
    );
    // Auckland is on daylight time (UTC+13) in its summer.
    expect(resolveStart(run, "Pacific/Auckland")).toEqual(
      start("2027-01-01", "12:30", "2026-12-31T23:30:00.000Z"),
    );
  });
});

describe("resolveStart from a wall-clock time (Strava and Stride CSV)", () => {
  it("reads the time in the athlete's zone, so it gets an instant", () => {
    expect(resolveStart(local("2026-10-05T06:42:10"), "America/New_York")).toEqual(
      start("2026-10-05", "06:42", "2026-10-05T10:42:10.000Z"),
    );
    expect(resolveStart(local("2026-12-31T23:30:00"), "Pacific/Auckland")).toEqual(
      start("2026-12-31", "23:30", "2026-12-31T10:30:00.000Z"),
    );
    expect(resolveStart(local("2027-01-01T00:15:00"), "America/New_York")).toEqual(
      start("2027-01-01", "00:15", "2027-01-01T05:15:00.000Z"),
    );
  });

  it("matches the instant a device file gives for the same run", () => {
    const fromCsv = resolveStart(local("2026-07-04T07:00:00"), "America/New_York");
    const fromGpx = resolveStart(instant("2026-07-04T11:00:00Z"), "America/New_York");
    expect(fromCsv).toEqual(fromGpx);
  });

  it("moves a time skipped by the spring change forward by the gap", () => {
    // 02:30 never happens in New York on 8 March 2026, nor in Auckland on 27 September 2026.
    expect(resolveStart(local("2026-03-08T02:30:00"), "America/New_York")).toEqual(
      start("2026-03-08", "03:30", "2026-03-08T07:30:00.000Z"),
    );
    expect(resolveStart(local("2026-09-27T02:30:00"), "Pacific/Auckland")).toEqual(
      start("2026-09-27", "03:30", "2026-09-26T14:30:00.000Z"),
    );
  });

  it("takes the first of a time that happens twice in autumn, in both hemispheres", () => {
    // 01:30 happens twice in New York on 1 November 2026: first on EDT (UTC−4).
    expect(resolveStart(local("2026-11-01T01:30:00"), "America/New_York")).toEqual(
      start("2026-11-01", "01:30", "2026-11-01T05:30:00.000Z"),
    );
    // 02:30 happens twice in Auckland on 5 April 2026: first on NZDT (UTC+13).
    expect(resolveStart(local("2026-04-05T02:30:00"), "Pacific/Auckland")).toEqual(
      start("2026-04-05", "02:30", "2026-04-04T13:30:00.000Z"),
    );
  });

  it("keeps a day without a time as just the day", () => {
    expect(resolveStart(local("2026-10-06"), "Pacific/Auckland")).toEqual({
      date: "2026-10-06",
      startTime: null,
      startedAt: null,
    });
  });
});

describe("resolveStart refuses what it cannot place", () => {
  it.each([
    [instant("2026-10-05T06:42:10Z"), "Mars/Olympus_Mons", "timeZone"],
    [local("2026-02-30T06:00:00"), "UTC", "localStart"],
    [local("yesterday"), "UTC", "localStart"],
    [instant("not a time"), "UTC", "startedAt"],
    [{ startedAt: null, localStart: null }, "UTC", "startedAt"],
  ])("%o in %s", (activity, timeZone, field) => {
    let error: unknown;
    try {
      resolveStart(activity, timeZone);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "INVALID", field });
  });
});
