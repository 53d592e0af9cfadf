import { describe, expect, it } from "vitest";
import { readFixtureText } from "../../test/activity-fixtures";
import { haversineMetres } from "../../test/independent-figures";
import {
  ELEVATION_THRESHOLD_METRES,
  elevationGain,
  metresBetween,
  summarizeTrack,
  type TrackPoint,
} from "./track";

const at = (seconds: number) => Date.UTC(2026, 9, 5, 6, 0, 0) + seconds * 1000;
const p = (lon: number | null, seconds: number | null, ele: number | null = null): TrackPoint => ({
  lat: lon === null ? null : 0,
  lon,
  time: seconds === null ? null : at(seconds),
  ele,
});

describe("metresBetween", () => {
  it("agrees with the haversine formula to well within 0.5%", () => {
    for (const [lat1, lon1, lat2, lon2] of [
      [0, 0, 0, 0.001],
      [51.5, -0.12, 51.50003, -0.11996],
      [67.55, 24.26, 67.69, 24.37],
      [-36.85, 174.76, -36.86, 174.77],
    ] as const) {
      const expected = haversineMetres(lat1, lon1, lat2, lon2);
      expect(Math.abs(metresBetween(lat1, lon1, lat2, lon2) - expected) / expected).toBeLessThan(
        0.002,
      );
    }
  });
});

describe("summarizeTrack", () => {
  it("matches the distance a Garmin measured on the same run to within 1%", () => {
    const text = readFixtureText("tcx-Standard.tcx");
    const segments = [...text.matchAll(/<Track>([\s\S]*?)<\/Track>/g)].map(([, body = ""]) =>
      [...body.matchAll(/<Trackpoint>([\s\S]*?)<\/Trackpoint>/g)].map(([, point = ""]) => {
        const number = (tag: string) => {
          const value = new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(point)?.[1];
          return value === undefined ? null : Number(value);
        };
        const time = /<Time>([^<]+)<\/Time>/.exec(point)?.[1];
        return {
          lat: number("LatitudeDegrees"),
          lon: number("LongitudeDegrees"),
          time: time ? Date.parse(time) : null,
          ele: number("AltitudeMeters"),
        };
      }),
    );
    // The device's own running total on its last trackpoint.
    const deviceMetres = Math.max(
      ...[...text.matchAll(/<DistanceMeters>([\d.]+)<\/DistanceMeters>\s*<HeartRateBpm/g)].map(
        ([, metres]) => Number(metres),
      ),
    );
    expect(deviceMetres).toBeGreaterThan(22000);
    const { distanceMetres } = summarizeTrack(segments);
    expect(Math.abs((distanceMetres ?? 0) - deviceMetres) / deviceMetres).toBeLessThan(0.01);
  });

  it("counts nothing across the gap between segments", () => {
    const summary = summarizeTrack([
      [p(0, 0, 100), p(0.001, 30, 101)],
      [p(0.05, 3600, 200), p(0.051, 3630, 201)],
    ]);
    expect(summary.distanceMetres).toBeCloseTo(2 * metresBetween(0, 0, 0, 0.001), 6);
    expect(summary.movingSeconds).toBe(60);
    expect(summary.elevationGainMetres).toBe(0);
    expect(summary.startMs).toBe(at(0));
    expect(summary.endMs).toBe(at(3630));
  });

  it("counts time without positions as moving, and a step back in time as nothing", () => {
    const summary = summarizeTrack([
      [p(null, 0), p(0, 10), p(0.001, 20), p(0.002, 15), p(0.003, 25)],
    ]);
    expect(summary.movingSeconds).toBe(25);
    expect(summary.endMs).toBe(at(25));
  });

  it("takes a long stop in place out of moving time", () => {
    const summary = summarizeTrack([[p(0, 0), p(0.001, 30), p(0.001, 330), p(0.002, 360)]]);
    expect(summary.movingSeconds).toBe(60);
  });

  it("gives nulls for what the points do not hold", () => {
    expect(summarizeTrack([[p(null, null, null)]])).toEqual({
      startMs: null,
      endMs: null,
      distanceMetres: null,
      movingSeconds: null,
      elevationGainMetres: null,
    });
    expect(summarizeTrack([])).toMatchObject({ distanceMetres: null, movingSeconds: null });
  });
});

describe("elevationGain", () => {
  it(`ignores wiggles smaller than ${ELEVATION_THRESHOLD_METRES} m`, () => {
    const flat = Array.from({ length: 200 }, (_, i) => 100 + ((i * 7) % 5) - 2);
    expect(elevationGain(flat)).toBe(0);
  });

  it("counts a noisy 100 m climb as about 100 m", () => {
    const climb = Array.from({ length: 200 }, (_, i) => 100 + i / 2 + ((i * 7) % 5) - 2);
    expect(elevationGain(climb)).toBeGreaterThan(95);
    expect(elevationGain(climb)).toBeLessThanOrEqual(104);
  });

  it("counts each climb from its lowest to its highest point", () => {
    expect(elevationGain([100, 97, 104, 99])).toBe(7);
    expect(elevationGain([100, 110, 106, 111, 100, 120])).toBe(31);
    expect(elevationGain([100, 110, 104, 111, 100, 120])).toBe(37);
    expect(elevationGain([100, 104, 100, 104])).toBe(0);
    expect(elevationGain([])).toBe(0);
  });
});
