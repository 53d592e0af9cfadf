import type { Database } from "@stride/db/client";
import { createCheckin, createGoal, type GoalFactoryInput } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { DEFAULT_THRESHOLDS } from "@stride/domain/coaching";
import type { TargetInput } from "@stride/domain/goals";
import { makeTarget } from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { activityInput } from "../../testing/activities";
import { refusalOf } from "../../testing/caller";
import { coachAndAthlete, linkCoach } from "../../testing/coaching";
import { clientId } from "../../testing/groups";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

// The triage works from the real today (UTC here: every person is made by `newPerson`, in UTC
// with Monday weeks), so every date is built from today, never written down.
const today = () => todayIn("UTC");
/** The Monday of the week `offset` weeks from this one: `week(-1)` is the week just ended. */
const week = (offset: number) => addDaysTo(weekStartOf(today(), "monday"), 7 * offset);
const quoted = (title: string) => `\u201c${title}\u201d`;

type Triage = Awaited<ReturnType<Person["caller"]["coach"]["triage"]>>;

function rowOf(triage: Triage, athlete: { id: string }) {
  const row = triage.athletes.find((a) => a.athleteId === athlete.id);
  if (!row) throw new Error(`No triage row for ${athlete.id}`);
  return row;
}

/** The coach's triage row for one athlete. */
async function triageRow(coach: Person, athlete: { id: string }) {
  return rowOf(await coach.caller.coach.triage({}), athlete);
}

const kindsOf = (row: { reasons: { kind: string }[] }) => row.reasons.map((r) => r.kind);

/** Another athlete of `coach`, linked through an accepted invitation. */
async function athleteOf(coach: Person, name: string) {
  const athlete = await newPerson(handle.db, { name });
  await linkCoach(coach, athlete);
  return athlete;
}

/** "`value` km in total over the period": a running total, as the form sends it. */
function kmInTotal(value: number): TargetInput {
  return makeTarget({
    value,
    per: "period",
  });
}

/** A goal of the athlete's, written straight to the database (shown to groups unless told). */
function goalOf(db: Database, athlete: { id: string }, input: Omit<GoalFactoryInput, "athleteId">) {
  return createGoal(db, { athleteId: athlete.id, ...input });
}

/** A run of `km` logged by the athlete through the activity log. */
function logRun(athlete: Person, date: string, km: number, startTime = "07:00") {
  return athlete.caller.activities.create(
    activityInput(date, { distance: km, durationSeconds: Math.round(km * 360), startTime }),
  );
}

describe("coach.triage: the week's check-in", () => {
  it("flags an athlete with no check-in for the week just ended, and not one who checked in", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const keen = await athleteOf(coach, "Cleo Keen");
    // An older check-in does not stand in for the week just ended.
    await createCheckin(handle.db, { athleteId: athlete.id, weekStart: week(-2) });
    await createCheckin(handle.db, { athleteId: keen.id, weekStart: week(-1) });

    const triage = await coach.caller.coach.triage({});
    const missing = rowOf(triage, athlete);
    expect(missing.reasons).toEqual([
      { kind: "no_checkin", reason: "No check-in for the week just ended" },
    ]);
    expect(missing.score).toBe(3);
    expect(missing.lastCheckin).toMatchObject({ weekStart: week(-2), late: false });

    const done = rowOf(triage, keen);
    expect(done.reasons).toEqual([]);
    expect(done.score).toBe(0);
    expect(done.lastCheckin).toMatchObject({ weekStart: week(-1), late: false });
    expect(done.lastCheckin?.submittedAt).toBeInstanceOf(Date);
  });
});

describe("coach.triage: low mood and the coach's thresholds", () => {
  it("flags low mood two check-ins running, until the coach sets the threshold lower", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const mixed = await athleteOf(coach, "Cleo Mixed");
    for (const offset of [-2, -1]) {
      await createCheckin(handle.db, {
        athleteId: athlete.id,
        weekStart: week(offset),
        mood: 2,
        energy: 4,
      });
    }
    // Low once, then fine: not two running.
    await createCheckin(handle.db, { athleteId: mixed.id, weekStart: week(-2), mood: 2 });
    await createCheckin(handle.db, { athleteId: mixed.id, weekStart: week(-1), mood: 3 });

    expect(await coach.caller.coach.thresholds()).toEqual(DEFAULT_THRESHOLDS);
    const before = await coach.caller.coach.triage({});
    expect(before.thresholds).toEqual(DEFAULT_THRESHOLDS);
    expect(rowOf(before, athlete).reasons).toEqual([
      { kind: "low_wellbeing", reason: "Low mood two check-ins running (mood 2 then 2, out of 5)" },
    ]);
    expect(rowOf(before, mixed).reasons).toEqual([]);

    const saved = { ...DEFAULT_THRESHOLDS, lowWellbeingAtOrBelow: 1 };
    expect(await coach.caller.coach.setThresholds(saved)).toEqual(saved);
    expect(await coach.caller.coach.thresholds()).toEqual(saved);

    const after = await coach.caller.coach.triage({});
    expect(after.thresholds).toEqual(saved);
    expect(rowOf(after, athlete).reasons).toEqual([]);
  });

  it("keeps one coach's thresholds to that coach", async () => {
    const { coach, stranger } = await coachAndAthlete(handle.db);
    const saved = {
      rampLimitPercent: 25,
      adherenceDropPoints: 30,
      lowWellbeingAtOrBelow: 3,
      loadRatioLimit: 1.3,
      predictionDriftPercent: 5,
      mesoEndingWithinDays: 14,
      mesoFarBelowPercent: 50,
    };
    await coach.caller.coach.setThresholds(saved);
    expect(await coach.caller.coach.thresholds()).toEqual(saved);
    expect(await stranger.caller.coach.thresholds()).toEqual(DEFAULT_THRESHOLDS);
  });

  it("refuses thresholds out of range with the field's message and keeps the saved ones", async () => {
    const { coach } = await coachAndAthlete(handle.db);
    const saved = { ...DEFAULT_THRESHOLDS, rampLimitPercent: 20 };
    await coach.caller.coach.setThresholds(saved);

    const cases = [
      { change: { rampLimitPercent: 0 }, field: "rampLimitPercent", message: "Use at least 1%" },
      { change: { rampLimitPercent: 51 }, field: "rampLimitPercent", message: "Use at most 50%" },
      {
        change: { adherenceDropPoints: 4 },
        field: "adherenceDropPoints",
        message: "Use at least 5 points",
      },
      {
        change: { lowWellbeingAtOrBelow: 5 },
        field: "lowWellbeingAtOrBelow",
        message: "Use 1 to 4",
      },
      {
        change: { mesoEndingWithinDays: 2.5 },
        field: "mesoEndingWithinDays",
        message: "Use a whole number",
      },
      { change: { loadRatioLimit: 1 }, field: "loadRatioLimit", message: "Use at least 1.1" },
      { change: { loadRatioLimit: 3.5 }, field: "loadRatioLimit", message: "Use at most 3" },
      {
        change: { mesoFarBelowPercent: 9 },
        field: "mesoFarBelowPercent",
        message: "Use at least 10%",
      },
    ];
    for (const { change, field, message } of cases) {
      const refusal = await refusalOf(
        coach.caller.coach.setThresholds({ ...DEFAULT_THRESHOLDS, ...change }),
      );
      expect({ field, code: refusal.code, fieldErrors: refusal.fieldErrors }).toEqual({
        field,
        code: "BAD_REQUEST",
        fieldErrors: { [field]: [message] },
      });
    }
    expect(await coach.caller.coach.thresholds()).toEqual(saved);
  });
});

describe("coach.triage: missed blocks and running volume", () => {
  it("flags the same meso missed two weeks running, with its title", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const recovered = await athleteOf(coach, "Cleo Recovered");

    for (const person of [athlete, recovered]) {
      const meso = await goalOf(handle.db, person, {
        level: "meso",
        title: "Base block",
        periodStart: week(-2),
        periodEnd: addDaysTo(week(4), -1),
      });
      const outcomes =
        person === athlete ? (["missed", "missed"] as const) : (["missed", "hit"] as const);
      for (const [i, offset] of [-2, -1].entries()) {
        const micro = await goalOf(handle.db, person, {
          level: "micro",
          parentId: meso.id,
          title: `Base week ${i + 1}`,
          periodStart: week(offset),
        });
        await createCheckin(handle.db, {
          athleteId: person.id,
          weekStart: week(offset),
          goals: [{ goalId: micro.id, outcome: outcomes[i] ?? "hit" }],
        });
      }
    }

    const triage = await coach.caller.coach.triage({});
    expect(rowOf(triage, athlete).reasons).toEqual([
      { kind: "meso_missed_twice", reason: `Missed ${quoted("Base block")} two weeks running` },
    ]);
    expect(kindsOf(rowOf(triage, recovered))).not.toContain("meso_missed_twice");
  });

  it("flags adherence falling three weeks running by at least the coach's points", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const weeks = [
      { offset: -3, outcomes: ["hit", "hit"] },
      { offset: -2, outcomes: ["hit", "missed"] },
      { offset: -1, outcomes: ["missed", "missed"] },
    ] as const;
    for (const { offset, outcomes } of weeks) {
      const goals = [];
      for (const [i, outcome] of outcomes.entries()) {
        const micro = await goalOf(handle.db, athlete, {
          level: "micro",
          title: `Week ${offset} goal ${i + 1}`,
          periodStart: week(offset),
        });
        goals.push({ goalId: micro.id, outcome });
      }
      await createCheckin(handle.db, { athleteId: athlete.id, weekStart: week(offset), goals });
    }

    expect((await triageRow(coach, athlete)).reasons).toEqual([
      {
        kind: "adherence_falling",
        reason: "Adherence falling three weeks running: 100% \u2192 50% \u2192 0%",
      },
    ]);
    // A drop of exactly the coach's points still counts.
    await coach.caller.coach.setThresholds({ ...DEFAULT_THRESHOLDS, adherenceDropPoints: 100 });
    expect(kindsOf(await triageRow(coach, athlete))).toEqual(["adherence_falling"]);
  });

  it("flags weekly running up more than the ramp limit over the larger of the two weeks before", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    await logRun(athlete, addDaysTo(week(-3), 1), 10);
    await logRun(athlete, addDaysTo(week(-2), 2), 10);
    await logRun(athlete, addDaysTo(week(-1), 1), 8);
    await logRun(athlete, addDaysTo(week(-1), 5), 7);
    // Logged in the week just ended, so checked in too: the spike is the only signal.
    await createCheckin(handle.db, { athleteId: athlete.id, weekStart: week(-1) });

    expect((await triageRow(coach, athlete)).reasons).toEqual([
      {
        kind: "volume_spike",
        reason: "Weekly running up 50% (10 km \u2192 15 km), above the 10% limit",
      },
    ]);

    // Exactly at the coach's limit is allowed.
    await coach.caller.coach.setThresholds({ ...DEFAULT_THRESHOLDS, rampLimitPercent: 50 });
    expect((await triageRow(coach, athlete)).reasons).toEqual([]);
  });

  it("words the spike in the coach's distance unit", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    await coach.caller.profile.update({
      name: "Casey Coach",
      timeZone: "UTC",
      weekStart: "monday",
      distanceUnit: "mi",
    });
    await logRun(athlete, addDaysTo(week(-2), 1), 8);
    await logRun(athlete, addDaysTo(week(-1), 1), 12);
    const triage = await coach.caller.coach.triage({});
    expect(triage.distanceUnit).toBe("mi");
    expect(rowOf(triage, athlete).reasons).toContainEqual({
      kind: "volume_spike",
      reason: "Weekly running up 50% (5 mi \u2192 7.5 mi), above the 10% limit",
    });
  });
});

describe("coach.triage: blocks ending short and macros off track", () => {
  it("flags a meso ending within a week far below its target, and a macro projected off track", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const meso = await goalOf(handle.db, athlete, {
      level: "meso",
      title: "Spring block",
      periodStart: addDaysTo(today(), -25),
      periodEnd: addDaysTo(today(), 3),
      target: kmInTotal(100),
    });
    const macro = await goalOf(handle.db, athlete, {
      level: "macro",
      title: "Run 1,000 km",
      periodStart: addDaysTo(today(), -120),
      periodEnd: addDaysTo(today(), 120),
      target: kmInTotal(1000),
    });
    await createCheckin(handle.db, { athleteId: athlete.id, weekStart: week(-1) });

    const row = await triageRow(coach, athlete);
    expect(row.reasons).toEqual([
      {
        kind: "meso_ending_short",
        reason: `${quoted("Spring block")} ends in 3 days at 0% of its target`,
      },
      {
        kind: "macro_off_track",
        reason: expect.stringMatching(
          /^\u201cRun 1,000 km\u201d projected off track: At your recent pace: /,
        ),
      },
    ]);
    expect(row.score).toBe(3);
    expect(row.mesos).toEqual([
      expect.objectContaining({
        id: meso.id,
        title: "Spring block",
        progress: expect.objectContaining({ percent: 0, state: "at_risk" }),
      }),
    ]);
    expect(row.macros).toEqual([
      expect.objectContaining({
        id: macro.id,
        title: "Run 1,000 km",
        progress: expect.objectContaining({ state: "at_risk" }),
      }),
    ]);
  });

  it("leaves alone a meso ending soon near its target, and one ending after the window", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    await goalOf(handle.db, athlete, {
      level: "meso",
      title: "Nearly there",
      periodStart: addDaysTo(today(), -20),
      periodEnd: addDaysTo(today(), 2),
      target: kmInTotal(40),
    });
    await goalOf(handle.db, athlete, {
      level: "meso",
      title: "Later block",
      periodStart: addDaysTo(today(), -6),
      periodEnd: addDaysTo(today(), 8),
      target: kmInTotal(500),
    });
    for (const [i, days] of [1, 2, 3].entries()) {
      await logRun(athlete, addDaysTo(today(), -days), 10, `0${6 + i}:00`);
    }
    await createCheckin(handle.db, { athleteId: athlete.id, weekStart: week(-1) });

    const row = await triageRow(coach, athlete);
    expect(kindsOf(row)).not.toContain("meso_ending_short");
    expect(row.mesos.map((m) => [m.title, m.progress.percent])).toEqual(
      expect.arrayContaining([
        ["Nearly there", 75],
        ["Later block", 6],
      ]),
    );
  });
});

describe("coach.triage: comments waiting for the coach", () => {
  it("counts the athlete's reply to the coach until the coach answers", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const checkin = await createCheckin(handle.db, {
      athleteId: athlete.id,
      weekStart: week(-1),
      visibility: "coach",
    });
    const comment = (person: Person, body: string, parentId: string | null = null) =>
      person.caller.social.comment({ checkinId: checkin.id, parentId, body, clientId: clientId() });

    // The athlete talking on their own check-in before the coach has spoken waits for no one.
    await comment(athlete, "Tough week");
    expect(kindsOf(await triageRow(coach, athlete))).not.toContain("unanswered_comment");

    const { id: coachComment } = await comment(coach, "How did the long run feel?");
    expect(kindsOf(await triageRow(coach, athlete))).not.toContain("unanswered_comment");

    await comment(athlete, "Heavy legs after 15 km", coachComment);
    expect((await triageRow(coach, athlete)).reasons).toEqual([
      {
        kind: "unanswered_comment",
        reason: "A comment from the athlete is waiting for your reply",
      },
    ]);

    await comment(coach, "Take Thursday easy then", coachComment);
    expect((await triageRow(coach, athlete)).reasons).toEqual([]);
  });

  it("counts the athlete's comments on their own goal, not on a private one", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    await createCheckin(handle.db, { athleteId: athlete.id, weekStart: week(-1) });
    const goal = await goalOf(handle.db, athlete, {
      level: "meso",
      title: "Base block",
      periodStart: week(-1),
      periodEnd: addDaysTo(week(4), -1),
      visibility: "coach",
    });
    const hidden = await goalOf(handle.db, athlete, {
      level: "meso",
      title: "Secret block",
      periodStart: week(-1),
      periodEnd: addDaysTo(week(4), -1),
      visibility: "private",
    });
    const goalComment = (person: Person, goalId: string, body: string) =>
      person.caller.social.goalComment({ goalId, parentId: null, body, clientId: clientId() });

    await goalComment(athlete, hidden.id, "Only for me");
    expect(kindsOf(await triageRow(coach, athlete))).not.toContain("unanswered_comment");

    await goalComment(athlete, goal.id, "Is the jump to 40 km too much?");
    expect((await triageRow(coach, athlete)).reasons).toEqual([
      {
        kind: "unanswered_comment",
        reason: "A comment from the athlete is waiting for your reply",
      },
    ]);
    await goalComment(athlete, goal.id, "And can I swap Tuesday?");
    expect((await triageRow(coach, athlete)).reasons).toEqual([
      {
        kind: "unanswered_comment",
        reason: "2 comments from the athlete are waiting for your reply",
      },
    ]);

    await goalComment(coach, goal.id, "It's fine, and yes");
    expect((await triageRow(coach, athlete)).reasons).toEqual([]);
  });
});

describe("coach.triage: ranking and rows", () => {
  it("puts the athlete with more signals first, and a reviewed one below the unreviewed", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const abe = await athleteOf(coach, "Abe Steady");
    const zed = await athleteOf(coach, "Zed Quiet");

    // Abe: checked in, a macro off track, a meso and two weekly goals with a 10 km run today.
    await createCheckin(handle.db, { athleteId: abe.id, weekStart: week(-1), late: true });
    const macro = await goalOf(handle.db, abe, {
      level: "macro",
      title: "Run 1,000 km",
      periodStart: addDaysTo(today(), -120),
      periodEnd: addDaysTo(today(), 120),
      target: kmInTotal(1000),
    });
    const meso = await goalOf(handle.db, abe, {
      level: "meso",
      parentId: macro.id,
      title: "Base block",
      periodStart: week(-1),
      periodEnd: addDaysTo(week(4), -1),
      target: kmInTotal(100),
    });
    for (const [title, km] of [
      ["Easy 5 km", 5],
      ["Long 40 km", 40],
    ] as const) {
      await goalOf(handle.db, abe, {
        level: "micro",
        parentId: meso.id,
        title,
        periodStart: week(0),
        target: { ...kmInTotal(km), per: "week" },
      });
    }
    await logRun(abe, today(), 10);

    // Zed: no check-in, and a question on his goal waiting for the coach.
    const zedGoal = await goalOf(handle.db, zed, {
      level: "meso",
      title: "Zed's block",
      periodStart: week(-1),
      periodEnd: addDaysTo(week(4), -1),
    });
    await zed.caller.social.goalComment({
      goalId: zedGoal.id,
      parentId: null,
      body: "Any thoughts?",
      clientId: clientId(),
    });

    const triage = await coach.caller.coach.triage({});
    expect(triage.today).toBe(today());
    expect(triage.week).toBe(week(0));
    expect(triage.distanceUnit).toBe("km");
    expect(triage.athletes.map((a) => [a.name, a.score, a.reviewed])).toEqual([
      ["Zed Quiet", 5, false],
      ["Abe Steady", 1, false],
    ]);
    expect(kindsOf(rowOf(triage, zed))).toEqual(["no_checkin", "unanswered_comment"]);

    const row = rowOf(triage, abe);
    expect(row).toMatchObject({
      athleteId: abe.id,
      name: "Abe Steady",
      tags: [],
      reasons: [{ kind: "macro_off_track" }],
      thisWeek: { goals: 2, adherence: 0.5 },
      lastCheckin: { weekStart: week(-1), late: true },
    });
    expect(row.macros).toEqual([
      {
        id: macro.id,
        title: "Run 1,000 km",
        periodStart: macro.periodStart,
        periodEnd: macro.periodEnd,
        progress: expect.objectContaining({ value: 10_000, target: 1_000_000, percent: 1 }),
      },
    ]);
    expect(row.mesos).toEqual([
      {
        id: meso.id,
        title: "Base block",
        periodStart: week(-1),
        periodEnd: addDaysTo(week(4), -1),
        progress: expect.objectContaining({ value: 10_000, target: 100_000, percent: 10 }),
      },
    ]);

    expect(await coach.caller.coach.markReviewed({ athleteId: zed.id, reviewed: true })).toEqual({
      reviewed: true,
    });
    const reviewed = await coach.caller.coach.triage({});
    expect(reviewed.athletes.map((a) => [a.name, a.reviewed])).toEqual([
      ["Abe Steady", false],
      ["Zed Quiet", true],
    ]);
    // Reviewing does not silence the reasons.
    expect(kindsOf(rowOf(reviewed, zed))).toEqual(["no_checkin", "unanswered_comment"]);

    await coach.caller.coach.markReviewed({ athleteId: zed.id, reviewed: false });
    const restored = await coach.caller.coach.triage({});
    expect(restored.athletes.map((a) => [a.name, a.reviewed])).toEqual([
      ["Zed Quiet", false],
      ["Abe Steady", false],
    ]);
  });

  it("orders athletes with the same score by name", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const cleo = await athleteOf(coach, "Cleo");
    const ava = await athleteOf(coach, "Ava");
    const ben = await athleteOf(coach, "Ben");
    expect((await coach.caller.coach.triage({})).athletes.map((a) => a.athleteId)).toEqual([
      ava.id,
      ben.id,
      cleo.id,
    ]);
  });
});

describe("coach.triage: what the athlete keeps private", () => {
  it("leaves out private check-ins and goals: the week counts as missing for the coach", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    for (const offset of [-2, -1]) {
      await createCheckin(handle.db, {
        athleteId: athlete.id,
        weekStart: week(offset),
        mood: 1,
        energy: 1,
        wentWell: "Secret reflection",
        visibility: "private",
      });
    }
    const macro = await goalOf(handle.db, athlete, {
      level: "macro",
      title: "Secret macro",
      periodStart: addDaysTo(today(), -120),
      periodEnd: addDaysTo(today(), 120),
      target: kmInTotal(1000),
      visibility: "private",
    });
    const meso = await goalOf(handle.db, athlete, {
      level: "meso",
      parentId: macro.id,
      title: "Secret block",
      periodStart: addDaysTo(today(), -25),
      periodEnd: addDaysTo(today(), 2),
      target: kmInTotal(100),
      visibility: "private",
    });
    await goalOf(handle.db, athlete, {
      level: "micro",
      parentId: meso.id,
      title: "Secret week",
      periodStart: week(0),
      target: { ...kmInTotal(20), per: "week" },
      visibility: "private",
    });

    const triage = await coach.caller.coach.triage({});
    const row = rowOf(triage, athlete);
    expect(row.reasons).toEqual([
      { kind: "no_checkin", reason: "No check-in for the week just ended" },
    ]);
    expect(row).toMatchObject({
      macros: [],
      mesos: [],
      thisWeek: { goals: 0, adherence: null },
      lastCheckin: null,
    });
    expect(JSON.stringify(triage)).not.toContain("Secret");
  });

  it("keeps a private meso out of the rows when check-ins shared with the coach missed its weeks", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const meso = await goalOf(handle.db, athlete, {
      level: "meso",
      title: "Secret block",
      periodStart: week(-2),
      periodEnd: addDaysTo(week(4), -1),
      visibility: "private",
    });
    for (const offset of [-2, -1]) {
      const micro = await goalOf(handle.db, athlete, {
        level: "micro",
        parentId: meso.id,
        title: "Secret week",
        periodStart: week(offset),
        visibility: "private",
      });
      await createCheckin(handle.db, {
        athleteId: athlete.id,
        weekStart: week(offset),
        visibility: "coach",
        goals: [{ goalId: micro.id, outcome: "missed" }],
      });
    }
    const row = await triageRow(coach, athlete);
    expect(row).toMatchObject({ macros: [], mesos: [], thisWeek: { goals: 0, adherence: null } });
    expect(row.lastCheckin).toMatchObject({ weekStart: week(-1) });
    // Neither the private block's name nor its outcomes reach the coach's reasons.
    expect(row.reasons).toEqual([]);
  });
});

describe("coach.triage: whose athletes", () => {
  it("is empty for a coach with no athletes", async () => {
    const coach = await newPerson(handle.db, { name: "Nora New" });
    expect(await coach.caller.coach.triage({})).toMatchObject({
      today: today(),
      week: week(0),
      tags: [],
      thresholds: DEFAULT_THRESHOLDS,
      athletes: [],
    });
  });

  it("never shows another coach's athletes, nor an athlete whose link ended", async () => {
    const { coach, athlete, stranger } = await coachAndAthlete(handle.db);
    const leaving = await athleteOf(coach, "Lee Leaving");
    const otherCoach = await newPerson(handle.db, { name: "Olga Other" });
    const theirs = await athleteOf(otherCoach, "Theo Theirs");
    await createCheckin(handle.db, { athleteId: theirs.id, weekStart: week(-1), mood: 1 });

    const ids = async (person: Person) =>
      (await person.caller.coach.triage({})).athletes.map((a) => a.athleteId);
    // Ben and Lee both missed their check-in: the same score, so by name.
    expect(await ids(coach)).toEqual([athlete.id, leaving.id]);
    expect(await ids(otherCoach)).toEqual([theirs.id]);
    expect(await ids(stranger)).toEqual([]);

    const link = (await leaving.caller.coaching.myCoaches()).find((l) => l.coachId === coach.id);
    if (!link) throw new Error("no link");
    await leaving.caller.coaching.end({ linkId: link.linkId });
    expect(await ids(coach)).toEqual([athlete.id]);
  });
});
