import { describe, expect, it } from "vitest";
import { paceZones, raceTimeForVdot, riegel, vdotFromRace } from "./vdot";

const time = (text: string) =>
  text
    .split(":")
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);

// Daniels' Running Formula, the VDOT table: race times for VDOT 40, 50 and 60.
const TABLE = [
  { vdot: 40, fiveK: "24:08", tenK: "50:03", half: "1:50:59", marathon: "3:49:45" },
  { vdot: 50, fiveK: "19:57", tenK: "41:21", half: "1:31:35", marathon: "3:10:49" },
  { vdot: 60, fiveK: "17:03", tenK: "35:22", half: "1:18:09", marathon: "2:43:25" },
];

describe("VDOT against Daniels' published table", () => {
  it.each(TABLE)("reads VDOT $vdot from each of its race times", (row) => {
    for (const [metres, result] of [
      [5000, row.fiveK],
      [10_000, row.tenK],
      [21_097.5, row.half],
      [42_195, row.marathon],
    ] as const) {
      expect(Math.abs(vdotFromRace(metres, time(result)) - row.vdot)).toBeLessThan(0.3);
    }
  });

  it.each(TABLE)("predicts the table's race times from VDOT $vdot within 0.5%", (row) => {
    expect(raceTimeForVdot(row.vdot, 5000) / time(row.fiveK)).toBeCloseTo(1, 2);
    expect(raceTimeForVdot(row.vdot, 42_195) / time(row.marathon)).toBeCloseTo(1, 2);
  });

  it("gives the table's training paces for VDOT 50: threshold 4:15 per km, easy about 5:00–5:40", () => {
    const zones = Object.fromEntries(paceZones(50).map((z) => [z.zone, z]));
    expect(Math.abs((zones.threshold?.fastest ?? 0) - time("4:15"))).toBeLessThanOrEqual(3);
    expect(zones.easy?.slowest ?? 0).toBeGreaterThan(time("5:30"));
    expect(zones.easy?.fastest ?? 0).toBeLessThan(time("5:10"));
    // Every zone is faster than the one before, and each runs slow to fast.
    const list = paceZones(50);
    for (const [i, zone] of list.entries()) {
      expect(zone.fastest).toBeLessThan(zone.slowest);
      if (i > 0) expect(zone.fastest).toBeLessThan(list[i - 1]?.fastest ?? 0);
    }
  });
});

describe("riegel", () => {
  it("predicts a 41:42 10K from a 20:00 5K, the formula's textbook example", () => {
    expect(Math.round(riegel(time("20:00"), 5000, 10_000))).toBe(time("41:42"));
  });

  it("predicts a marathon from a half by the 1.06 exponent", () => {
    // 1:45:00 × 2^1.06 = 3:38:55.
    expect(Math.round(riegel(time("1:45:00"), 21_097.5, 42_195))).toBe(time("3:38:55"));
  });
});
