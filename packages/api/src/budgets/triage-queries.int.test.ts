import { createCheckin } from "@stride/db/factories";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { callerFor } from "../testing/caller";
import { coachTokenOf, linkCoach } from "../testing/coaching";
import { newPerson, type Person } from "../testing/people";
import { plannedWeek, seasonWithBaseBlock } from "../testing/worlds";
import { useCountingDatabase } from "./counting-database";

// Its own database that counts every statement drizzle sends.
const handle = useCountingDatabase();
const { statementsFor } = handle;

/**
 * One athlete of the coach with a macro, a meso of three planned weekly goals (last week, this
 * week, next week), runs in each of the last three weeks, two check-ins with outcomes and a
 * comment on their goal waiting for the coach: something for every triage query to find.
 */
async function athleteOf(coach: Person, index: number, token: string) {
  const athlete = await newPerson(handle.db, { name: `Athlete ${String(index).padStart(2, "0")}` });
  await linkCoach(coach, athlete, token);
  const thisWeek = weekStartOf(todayIn("UTC"), "monday");
  const { meso } = await seasonWithBaseBlock(handle.db, athlete.id, thisWeek);
  const micros = [];
  for (const w of [-1, 0, 1]) {
    micros.push(
      await plannedWeek(handle.db, {
        athleteId: athlete.id,
        parentId: meso.id,
        title: `Week ${w}`,
        start: addDaysTo(thisWeek, 7 * w),
        km: 25 + 5 * w,
      }),
    );
  }
  for (const w of [-3, -2, -1]) {
    await athlete.caller.activities.create({
      date: addDaysTo(thisWeek, 7 * w + 2),
      startTime: "07:00",
      type: "run",
      name: null,
      distance: 8 + w,
      durationSeconds: 3000,
      elevationGainMetres: null,
      effort: null,
      notes: "",
    });
  }
  const [lastWeek] = micros;
  for (const w of [-2, -1]) {
    await createCheckin(handle.db, {
      athleteId: athlete.id,
      weekStart: addDaysTo(thisWeek, 7 * w),
      mood: 2,
      energy: 3,
      goals: w === -1 && lastWeek ? [{ goalId: lastWeek.id, outcome: "missed" }] : [],
    });
  }
  await athlete.caller.social.goalComment({
    goalId: meso.id,
    parentId: null,
    body: "Too much?",
    clientId: `budget-${athlete.id}`,
  });
  return athlete;
}

/** A coach with `count` athletes. */
async function coachWith(count: number) {
  const coach = await newPerson(handle.db, { name: `Coach of ${count}` });
  // One link for the whole roster, as a coach shares with a club (invitations are rate-limited).
  const token = coachTokenOf(await coach.caller.coach.inviteLink({ expiresInDays: 7 }));
  for (let i = 0; i < count; i++) await athleteOf(coach, i, token);
  return coach;
}

describe("query budgets: coach triage", () => {
  it("ranks 50 athletes in as many statements as 1", { timeout: 300_000 }, async () => {
    const small = await coachWith(1);
    const large = await coachWith(50);

    const smallTriage = await small.caller.coach.triage({});
    const largeTriage = await large.caller.coach.triage({});
    expect(smallTriage.athletes).toHaveLength(1);
    expect(largeTriage.athletes).toHaveLength(50);
    // Every athlete has something for each query to find.
    for (const row of [...smallTriage.athletes, ...largeTriage.athletes]) {
      expect(row.macros).toHaveLength(1);
      expect(row.mesos).toHaveLength(1);
      expect(row.thisWeek.goals).toBe(1);
      expect(row.reasons.map((r) => r.kind)).toEqual(
        expect.arrayContaining(["low_wellbeing", "unanswered_comment"]),
      );
    }

    // Read again with nothing changed: the coach's profile, the roster, the thresholds and the
    // waiting comments show that nothing did, and the rows ranked last time serve.
    const one = await statementsFor(() => small.caller.coach.triage({}));
    const fifty = await statementsFor(() => large.caller.coach.triage({}));
    expect(fifty).toBe(one);
    expect(fifty).toBe(4);

    // One athlete logs a run: the snapshots are read, and only theirs is made again.
    const [first] = largeTriage.athletes;
    await callerFor(handle.db, first?.athleteId ?? "").activities.create({
      date: todayIn("UTC"),
      startTime: "07:00",
      type: "run",
      name: null,
      distance: 5,
      durationSeconds: 1800,
      elevationGainMetres: null,
      effort: null,
      notes: "",
    });
    const afterOneWrite = await statementsFor(() => large.caller.coach.triage({}));
    expect(afterOneWrite).toBeGreaterThan(fifty);
    // Seven more at most: the snapshots, the stale one's goals, check-ins, running weeks, training
    // load (its log of the last 28 days), progress and the save.
    expect(afterOneWrite).toBeLessThanOrEqual(fifty + 7);
  });
});
