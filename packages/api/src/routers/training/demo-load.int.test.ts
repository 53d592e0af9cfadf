import { type DatabaseHandle, openPglite } from "@stride/db/client";
import { findCredentialsByEmail } from "@stride/db/queries";
import { seedDemo } from "@stride/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../../testing/caller";

// Its own in-memory database: the demo emails are fixed (see coach/demo.int.test.ts).
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openPglite();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

describe("Ava's training load in the demo", () => {
  it("tells the block's story: the calf week's dip, then the build and strength starting together", async () => {
    const account = await findCredentialsByEmail(handle.db, "ava@stride.example");
    if (!account) throw new Error("No Ava");
    const ava = callerFor(handle.db, account.id);
    const { series, latest, estimated } = await ava.training.load({ days: 42 });
    expect(series).toHaveLength(42);
    // Every demo session has an effort: nothing is estimated.
    expect(estimated).toBe(0);
    const ratios = series.flatMap((day) => (day.ratio === null ? [] : [day.ratio]));
    expect(ratios).toHaveLength(42);
    // The tight calf four weeks back: well under the steady range.
    expect(Math.min(...ratios)).toBeLessThan(0.8);
    // The build's harder long runs and the strength sessions arriving in the same fortnight.
    expect(Math.max(...ratios)).toBeGreaterThan(1.5);
    expect(latest?.chronic ?? 0).toBeGreaterThan(series[0]?.chronic ?? 0);
  });

  it("gives Ava pace zones from her time trial, and Dana's half marathon goal a prediction", async () => {
    const ava = await findCredentialsByEmail(handle.db, "ava@stride.example");
    const dana = await findCredentialsByEmail(handle.db, "dana@stride.example");
    if (!ava || !dana) throw new Error("No demo athletes");
    const zones = await callerFor(handle.db, ava.id).training.zones();
    expect(zones?.source.seconds).toBe(24 * 60 + 8);
    expect(zones?.vdot).toBeCloseTo(40, 0);
    // Ava reads miles: her easy zone holds her 10:00–10:45 a mile log.
    const easy = zones?.zones.find((z) => z.zone === "easy");
    expect(easy?.fastest ?? 0).toBeLessThan(600);
    expect(easy?.slowest ?? 0).toBeGreaterThan(630);

    const danaCaller = callerFor(handle.db, dana.id);
    const goal = await handle.db.query.goals.findFirst({
      where: (g, { and, eq }) =>
        and(eq(g.athleteId, dana.id), eq(g.title, "Half marathon under 1:55")),
    });
    if (!goal) throw new Error("No Dana PR goal");
    const prediction = await danaCaller.training.prediction({ id: goal.id });
    expect(prediction?.goalSeconds).toBe(6900);
    expect(prediction?.predicted?.seconds ?? 0).toBeGreaterThan(0);
  });

  it("gives Ava's plan a structured workout at her threshold zone, in miles", async () => {
    const account = await findCredentialsByEmail(handle.db, "ava@stride.example");
    if (!account) throw new Error("No Ava");
    const week = await callerFor(handle.db, account.id).week.get({ weekStart: null });
    const texts = week.goals.flatMap((goal) => goal.plan.flatMap((s) => s.workoutText ?? []));
    // VDOT 40: Daniels gives a threshold pace of 5:06 a km, 8:12 a mile.
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(
      /^Warm-up 10 min easy · 4 × \(5 min @ threshold 8:1\d–8:3\d\/mi, 2 min at effort 3\/10\) · Cool-down 10 min easy$/,
    );
  });
});
