import { describe, expect, it } from "vitest";
import { predictionSeries, predictRaceTime } from "./prediction";

const HALF = 21_097.5;

describe("predictRaceTime", () => {
  it("predicts a half from a 10K effort by Riegel: 50:00 gives 1:50:19", () => {
    const prediction = predictRaceTime(
      [{ date: "2026-11-20", metres: 10_000, seconds: 3000 }],
      HALF,
      "2026-12-04",
    );
    // 3000 × 2.10975^1.06 = 6619 s.
    expect(prediction).toEqual({
      seconds: 6619,
      from: { date: "2026-11-20", event: "10K", eventMetres: 10_000, seconds: 3000 },
    });
  });

  it("takes the best effort of the last 12 weeks, over the longest race distance each run covers", () => {
    const runs = [
      // 12.5 km at 5:00 per km: a 10K effort of 50:00.
      { date: "2026-11-01", metres: 12_500, seconds: 3750 },
      // Faster, but thirteen weeks ago: too old.
      { date: "2026-09-04", metres: 10_000, seconds: 2700 },
      // A 5K at 4:40 per km: 23:20, the best.
      { date: "2026-11-28", metres: 5000, seconds: 1400 },
      // Under a mile: no race distance.
      { date: "2026-12-01", metres: 1500, seconds: 300 },
    ];
    const prediction = predictRaceTime(runs, HALF, "2026-12-04");
    expect(prediction?.from).toMatchObject({ date: "2026-11-28", event: "5K", seconds: 1400 });
    expect(prediction?.seconds).toBe(Math.round(1400 * (HALF / 5000) ** 1.06));
    expect(predictRaceTime([], HALF, "2026-12-04")).toBeNull();
  });

  it("follows the block week by week", () => {
    const runs = [
      { date: "2026-11-10", metres: 10_000, seconds: 3120 },
      { date: "2026-11-24", metres: 10_000, seconds: 3000 },
    ];
    expect(predictionSeries(runs, HALF, ["2026-11-08", "2026-11-15", "2026-11-29"])).toEqual([
      { date: "2026-11-08", seconds: null },
      { date: "2026-11-15", seconds: Math.round(3120 * (HALF / 10_000) ** 1.06) },
      { date: "2026-11-29", seconds: 6619 },
    ]);
  });
});
