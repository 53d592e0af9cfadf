import { makeTarget } from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { and, eq } from "drizzle-orm";
import type { Database } from "../client";
import { createCheckin, createGoal } from "../factories";
import { goals, reminderSettings } from "../schema";

type Athlete = { id: string; timeZone: string; weekStart: WeekDay };

const miles = (value: number) =>
  makeTarget({
    unit: "mi",
    value,
  });

/** A check-in for the week `offset` weeks from this one (what is left out is empty). */
type WeekCheckin = Omit<Parameters<typeof createCheckin>[1], "athleteId" | "weekStart"> & {
  offset: number;
};

/** The athlete's check-ins, one for each week in the list, in its order. */
async function checkInWeeks(
  db: Database,
  athlete: Athlete,
  thisWeek: string,
  weeks: readonly WeekCheckin[],
) {
  for (const { offset, ...checkin } of weeks) {
    await createCheckin(db, {
      athleteId: athlete.id,
      weekStart: addDaysTo(thisWeek, offset * 7),
      ...checkin,
    });
  }
}

/**
 * Six weeks of Ava's check-ins: mostly hits, a partial week, one week lost to a tight calf (excused,
 * with the goal carried to the next week), and honest reflections.
 */
export async function seedAvaCheckins(db: Database, ava: Athlete) {
  const thisWeek = weekStartOf(todayIn(ava.timeZone), ava.weekStart);
  const week = (offset: number) => addDaysTo(thisWeek, offset * 7);
  const [base] = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.athleteId, ava.id), eq(goals.title, "Build a base: 8 to 10 miles a week")));
  const [block] = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.athleteId, ava.id), eq(goals.title, "Build from 10 to 15 miles a week")));
  const micro = async (offset: number, amount: number, parentId: string | undefined, extra = {}) =>
    createGoal(db, {
      athleteId: ava.id,
      level: "micro",
      parentId,
      title: `Run ${amount} miles`,
      periodStart: week(offset),
      target: miles(amount),
      ...extra,
    });

  const w6 = await micro(-6, 8, base?.id, { status: "achieved" });
  const w5 = await micro(-5, 8.8, base?.id, { status: "missed" });
  const w4 = await micro(-4, 9, base?.id);
  const w3 = await micro(-3, 9, base?.id, { status: "achieved" });
  await db.update(goals).set({ copiedFromId: w4.id }).where(eq(goals.id, w3.id));
  const [w2, w1] = await db
    .select({ id: goals.id })
    .from(goals)
    .where(
      and(
        eq(goals.athleteId, ava.id),
        eq(goals.parentId, block?.id ?? ""),
        eq(goals.level, "micro"),
      ),
    )
    .orderBy(goals.periodStart)
    .limit(2);

  const weeks: WeekCheckin[] = [
    {
      offset: -6,
      wentWell: "All three runs done, the long one felt easy.",
      gotInTheWay: "Nothing much.",
      nextFocus: "Keep the easy runs easy.",
      mood: 4,
      energy: 4,
      goals: [{ goalId: w6.id, outcome: "hit" }],
    },
    {
      offset: -5,
      wentWell: "Got out the door on a rainy Tuesday.",
      gotInTheWay: "Late meetings ate Thursday's run.",
      nextFocus: "Run Thursday mornings instead.",
      mood: 3,
      energy: 3,
      goals: [{ goalId: w5.id, outcome: "partial", decision: "let_go" }],
    },
    {
      offset: -4,
      wentWell: "Listened to my body.",
      gotInTheWay: "Tight calf after Sunday; rested four days.",
      nextFocus: "Foam roll daily, try the same week again.",
      mood: 2,
      energy: 3,
      goals: [
        {
          goalId: w4.id,
          outcome: "excused",
          excuse: "injured",
          excuseNote: "Tight calf",
          decision: "carry",
          carriedGoalId: w3.id,
        },
      ],
    },
    {
      offset: -3,
      wentWell: "Calf held up; back on track.",
      nextFocus: "Start the 10 to 15 block.",
      mood: 4,
      energy: 4,
      goals: [{ goalId: w3.id, outcome: "hit" }],
    },
  ];
  if (w2 && w1) {
    weeks.push(
      {
        offset: -2,
        wentWell: "First week of the new block done.",
        nextFocus: "Sleep before the long run.",
        mood: 5,
        energy: 4,
        goals: [{ goalId: w2.id, outcome: "hit" }],
      },
      {
        offset: -1,
        wentWell: "Long run with the Sunrise Runners.",
        gotInTheWay: "Short on sleep midweek.",
        nextFocus: "Lights out by 10:30.",
        mood: 4,
        energy: 3,
        late: true,
        goals: [{ goalId: w1.id, outcome: "hit" }],
      },
    );
  }
  await checkInWeeks(db, ava, thisWeek, weeks);
}

/**
 * Ben checked in while things slid, then stopped: his "Run 3 days a week" block was missed two
 * weeks running, with low energy both weeks, and last week has no check-in.
 */
export async function seedBenCheckins(db: Database, ben: Athlete) {
  const thisWeek = weekStartOf(todayIn(ben.timeZone), ben.weekStart);
  // The block's weekly goals (made with his goals), by week.
  const weeks = await db
    .select({ id: goals.id, periodStart: goals.periodStart })
    .from(goals)
    .where(and(eq(goals.athleteId, ben.id), eq(goals.title, "Three runs this week")));
  const reflections = [
    { offset: -4, wentWell: "Three runs, felt good.", gotInTheWay: "", mood: 4, energy: 4 },
    { offset: -3, wentWell: "One run.", gotInTheWay: "Work travel all week.", mood: 3, energy: 2 },
    {
      offset: -2,
      wentWell: "One run.",
      gotInTheWay: "Tired all week; skipped the rest.",
      mood: 2,
      energy: 2,
    },
  ];
  await checkInWeeks(
    db,
    ben,
    thisWeek,
    reflections.map((r) => {
      const week = weeks.find((w) => w.periodStart === addDaysTo(thisWeek, r.offset * 7));
      return { ...r, goals: week ? [{ goalId: week.id, outcome: "missed" as const }] : [] };
    }),
  );
  // Ben asked for his check-in reminder early, 6 days before his week ends: from the second day
  // of his week a running demo mails him one (to the outbox, .data/mail) until he checks in.
  await db.insert(reminderSettings).values({ userId: ben.id, hoursBefore: 144 });
}
