import type { TargetInput } from "@stride/domain/goals";
import { makeTarget, planRamp, raceTime, runningTotal } from "@stride/domain/goals";
import {
  addDaysTo,
  addMonthsTo,
  macroLatestEnd,
  todayIn,
  weekStartOf,
} from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { THRESHOLD_REPEATS } from "@stride/domain/training";
import type { Database } from "../client";
import { createGoal } from "../factories";

type Athlete = { id: string; timeZone: string; weekStart: WeekDay };

const miles = (
  value: number,
  per: TargetInput["per"],
  baseline: number | null = null,
): TargetInput => runningTotal({ unit: "mi", value, baseline, per });

/** Dates are relative to today in the athlete's zone, so the demo always looks current. */
function calendar(athlete: Athlete) {
  const today = todayIn(athlete.timeZone);
  const thisWeek = weekStartOf(today, athlete.weekStart);
  return { today, thisWeek, week: (offset: number) => addDaysTo(thisWeek, offset * 7) };
}

/** A week of three runs: Tuesday and Thursday early, the long run on Sunday. */
function threeRuns(weekStart: string, total: number) {
  const easy = Math.round(total * 0.25 * 10) / 10;
  return [
    {
      day: addDaysTo(weekStart, 1),
      time: "06:15",
      amount: easy,
      note: "Easy, conversational pace",
    },
    {
      day: addDaysTo(weekStart, 3),
      time: "06:15",
      amount: easy,
      // Threshold repeats at Ava's zone (her zones come from a 5K, demo-coaching).
      note: "Threshold repeats",
      workout: THRESHOLD_REPEATS,
    },
    {
      day: addDaysTo(weekStart, 6),
      time: "08:00",
      amount: Math.round((total - 2 * easy) * 10) / 10,
      note: "Long run",
    },
  ];
}

export async function seedAvaGoals(db: Database, ava: Athlete) {
  const { today, thisWeek, week } = calendar(ava);
  const yearStart = `${addMonthsTo(today, -4).slice(0, 7)}-01`;
  const half = await createGoal(db, {
    athleteId: ava.id,
    level: "macro",
    title: "Run a half marathon",
    why: "Turning 40 this year and I want to prove to myself I can go the distance.",
    strategy: "Follow a build, check in every Sunday, lean on the Sunrise Runners.",
    periodStart: yearStart,
    periodEnd: macroLatestEnd(yearStart),
    target: { ...miles(13.1, "period"), kind: "milestone", baseline: null },
  });

  await createGoal(db, {
    athleteId: ava.id,
    level: "meso",
    parentId: half.id,
    title: "Build a base: 8 to 10 miles a week",
    status: "achieved",
    periodStart: week(-8),
    periodEnd: addDaysTo(week(-2), -1),
    target: miles(10, "week", 8),
  });

  // The current block: from 10 to 15 miles a week, started two weeks ago.
  const build = await createGoal(db, {
    athleteId: ava.id,
    level: "meso",
    parentId: half.id,
    title: "Build from 10 to 15 miles a week",
    why: "A steady build so the long runs feel good, not scary.",
    strategy: "Three runs a week; the long run grows by half a mile at a time.",
    periodStart: week(-2),
    periodEnd: addDaysTo(week(4), -1),
    target: miles(15, "week", 10),
  });
  const ramp = planRamp({ baseline: 10, target: 15, weeks: 6 });
  for (const offset of [-2, -1, 0, 1]) {
    const planned = ramp.weeks[offset + 2]?.value ?? 10;
    await createGoal(db, {
      athleteId: ava.id,
      level: "micro",
      parentId: build.id,
      title: `Run ${planned} miles`,
      strategy: "Lay out my kit the night before; run before work.",
      periodStart: week(offset),
      status: offset < 0 ? "achieved" : "active",
      target: miles(planned, "week"),
      plan: offset <= 0 ? threeRuns(week(offset), planned) : [],
    });
  }

  const strength = await createGoal(db, {
    athleteId: ava.id,
    level: "meso",
    parentId: half.id,
    title: "Strength train 2x a week for 6 weeks",
    category: "strength",
    periodStart: week(-2),
    periodEnd: addDaysTo(week(4), -1),
    target: {
      ...miles(2, "week"),
      kind: "sessions",
      unit: "sessions",
      activityTypes: ["strength"],
    },
  });
  await createGoal(db, {
    athleteId: ava.id,
    level: "micro",
    parentId: strength.id,
    title: "Strength on Thursday and Sunday",
    category: "strength",
    strategy: "20-minute routine from the app, straight after the run.",
    periodStart: thisWeek,
    target: {
      ...miles(2, "week"),
      kind: "sessions",
      unit: "sessions",
      activityTypes: ["strength"],
    },
    plan: [
      {
        day: addDaysTo(thisWeek, 3),
        time: "18:30",
        activityType: "strength",
        note: "Legs and core",
      },
      { day: addDaysTo(thisWeek, 6), time: "10:00", activityType: "strength", note: "Full body" },
    ],
  });

  const states = [
    "New York",
    "New Jersey",
    "Connecticut",
    "Pennsylvania",
    "Vermont",
    "Massachusetts",
    "Maine",
    "Delaware",
    "Maryland",
    "Virginia",
    "Rhode Island",
    "New Hampshire",
  ];
  await createGoal(db, {
    athleteId: ava.id,
    level: "macro",
    title: "Run in 10 states",
    why: "Travel and running together: every state gets a run.",
    periodStart: yearStart,
    periodEnd: macroLatestEnd(yearStart),
    target: makeTarget({
      kind: "checklist",
      unit: "items",
      value: 10,
      per: "period",
      activityTypes: [],
      label: "states",
    }),
    checklist: states.map((label, index) => ({
      label,
      doneOn: index < 4 ? addDaysTo(today, -90 + index * 20) : null,
    })),
  });
}

export async function seedBenGoals(db: Database, ben: Athlete) {
  const { today, week } = calendar(ben);
  const start = `${addMonthsTo(today, -6).slice(0, 7)}-01`;
  const miles500 = await createGoal(db, {
    athleteId: ben.id,
    level: "macro",
    title: "Run 500 miles this year",
    why: "Get my fitness back after a year off.",
    periodStart: start,
    periodEnd: macroLatestEnd(start),
    target: miles(500, "period"),
  });
  const habit = await createGoal(db, {
    athleteId: ben.id,
    level: "meso",
    parentId: miles500.id,
    title: "Run 3 days a week",
    periodStart: week(-3),
    periodEnd: addDaysTo(week(2), -1),
    target: { ...miles(3, "week"), kind: "habit_days", unit: "days" },
  });
  for (const offset of [-3, -2, -1, 0]) {
    await createGoal(db, {
      athleteId: ben.id,
      level: "micro",
      parentId: habit.id,
      title: "Three runs this week",
      periodStart: week(offset),
      target: { ...miles(3, "week"), kind: "habit_days", unit: "days" },
      plan: threeRuns(week(offset), 9).map(({ amount: _amount, ...rest }) => rest),
    });
  }
}

export async function seedCleoGoals(db: Database, cleo: Athlete) {
  const { thisWeek } = calendar(cleo);
  // New to Stride: one macro goal, no why yet, so the quality check has something to say. Like the
  // goal form's default, it starts with the week, so this week's block can sit under it.
  await createGoal(db, {
    athleteId: cleo.id,
    level: "macro",
    title: "Run my first 10K",
    periodStart: thisWeek,
    periodEnd: addDaysTo(addMonthsTo(thisWeek, 6), -1),
    target: makeTarget({
      kind: "milestone",
      value: 10,
      per: "period",
    }),
  });
}

export async function seedDanaGoals(db: Database, dana: Athlete) {
  const { thisWeek } = calendar(dana);
  await createGoal(db, {
    athleteId: dana.id,
    level: "macro",
    title: "Half marathon under 1:55",
    why: "I ran 2:03 last spring and know there is more in me.",
    periodStart: thisWeek,
    periodEnd: macroLatestEnd(thisWeek),
    target: raceTime(6900, 21097.5),
  });
}
