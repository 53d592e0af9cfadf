import { randomUUID } from "node:crypto";
import type { TemplateFields } from "@stride/domain/coaching";
import { planStartFor } from "@stride/domain/coaching";
import {
  type CreateGoalInput,
  describeTarget,
  makeTarget,
  toStoredTarget,
} from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { findCredentialsByEmail } from "../queries/users";
import { checkins, coachingLinks, comments, goalProposals, goals, planTemplates } from "../schema";

const mileTarget = (value: number | null, baseline: number | null) =>
  makeTarget({
    unit: "mi",
    value,
    baseline,
  });

/** "6 weeks: 10 to 15 miles/week": the 10% ramp with a lighter fourth week. */
export const BUILD_TEMPLATE: TemplateFields = {
  name: "6 weeks: 10 to 15 miles/week",
  description: "A gentle build for runners heading to a half marathon.",
  title: "Build from 10 to 15 miles a week",
  why: "A bigger base makes the long runs feel easy.",
  category: "running",
  visibility: "coach",
  target: mileTarget(15, 10),
  weeks: [11, 12, 13, 10.4, 14, 15].map((miles, index) => ({
    title: `Run ${miles} mi${index === 3 ? " (lighter week)" : ""}`,
    value: miles,
    strategy: "Easy pace; the long run on the weekend.",
    sessions: [
      { dayOffset: 1, time: "06:30", activityType: "run" as const, amount: null, note: "Easy" },
      { dayOffset: 3, time: "06:30", activityType: "run" as const, amount: null, note: "Easy" },
      { dayOffset: 6, time: "08:00", activityType: "run" as const, amount: null, note: "Long run" },
    ],
  })),
};

export const STRENGTH_TEMPLATE: TemplateFields = {
  name: "Strength 2x a week",
  description: "Four weeks of two short strength sessions a week.",
  title: "Strength train twice a week",
  why: "Strong hips and calves keep the miles coming.",
  category: "strength",
  visibility: "coach",
  target: makeTarget({
    kind: "sessions",
    unit: "sessions",
    value: 2,
    activityTypes: ["strength"],
  }),
  weeks: [1, 2, 3, 4].map((n) => ({
    title: `Strength week ${n}`,
    value: 2,
    strategy: "20 minutes after an easy run.",
    sessions: [
      { dayOffset: 1, time: null, activityType: "strength" as const, amount: null, note: "Hips" },
      { dayOffset: 4, time: null, activityType: "strength" as const, amount: null, note: "Calves" },
    ],
  })),
};

/**
 * Casey coaches Ava, Ben and Cleo: two templates, tags, a conversation with Ava that waits for
 * Casey's answer, and a pending proposal for Cleo. Ben's record (no check-in last week, a block
 * missed two weeks running, low energy) puts him first on Casey's dashboard. Added once.
 */
export async function seedCasey(db: Database) {
  const [casey, ava, ben, cleo] = await Promise.all(
    ["coach@stride.example", "ava@stride.example", "ben@stride.example", "cleo@stride.example"].map(
      (email) => findCredentialsByEmail(db, email),
    ),
  );
  if (!casey || !ava || !ben || !cleo) return;
  if ((await db.$count(coachingLinks, eq(coachingLinks.coachId, casey.id))) > 0) return;

  const started = new Date(Date.now() - 90 * 86_400_000);
  await db.insert(coachingLinks).values([
    { coachId: casey.id, athleteId: ava.id, tags: ["Half marathon group"], startedAt: started },
    { coachId: casey.id, athleteId: ben.id, tags: ["Half marathon group"], startedAt: started },
    { coachId: casey.id, athleteId: cleo.id, tags: ["New runners"] },
  ]);
  const [build] = await db
    .insert(planTemplates)
    .values([
      { coachId: casey.id, name: BUILD_TEMPLATE.name, fields: BUILD_TEMPLATE },
      { coachId: casey.id, name: STRENGTH_TEMPLATE.name, fields: STRENGTH_TEMPLATE },
    ])
    .returning({ id: planTemplates.id });

  // Casey asked about Ava's calf on her latest check-in; her answer waits for Casey.
  const [latest] = await db
    .select({ id: checkins.id })
    .from(checkins)
    .where(eq(checkins.athleteId, ava.id))
    .orderBy(desc(checkins.weekStart))
    .limit(1);
  if (latest) {
    const hour = 3_600_000;
    const [question] = await db
      .insert(comments)
      .values({
        checkinId: latest.id,
        authorId: casey.id,
        parentId: null,
        body: "Strong week, Ava. How is the calf feeling on the long runs?",
        clientId: randomUUID(),
        createdAt: new Date(Date.now() - 20 * hour),
      })
      .returning({ id: comments.id });
    await db.insert(comments).values({
      checkinId: latest.id,
      authorId: ava.id,
      parentId: question?.id ?? null,
      body: "Mostly fine! A little tight after 8 miles. Should I shorten Sunday's run?",
      clientId: randomUUID(),
      createdAt: new Date(Date.now() - 6 * hour),
    });
  }

  // Cleo's first block, proposed by Casey under her 10K goal, waiting for her answer.
  const [tenK] = await db
    .select({ id: goals.id, periodStart: goals.periodStart })
    .from(goals)
    .where(and(eq(goals.athleteId, cleo.id), eq(goals.level, "macro")))
    .limit(1);
  if (tenK && build) {
    const today = todayIn("Europe/London");
    const start = planStartFor(addDaysTo(weekStartOf(today, "monday"), 7), "monday");
    const goal: CreateGoalInput = {
      level: "meso",
      parentId: tenK.id,
      title: "Run three times a week",
      why: "Regular short runs build the habit before the distance.",
      strategy: "Run, walk when you need to; 20 to 30 minutes each time.",
      category: "running",
      visibility: "coach",
      target: makeTarget({
        kind: "sessions",
        unit: "sessions",
        value: 3,
      }),
      periodStart: start,
      periodEnd: addDaysTo(start, 27),
      plan: [],
      checklist: [],
      weeks: [],
    };
    await db.insert(goalProposals).values({
      coachId: casey.id,
      athleteId: cleo.id,
      kind: "goal",
      payload: { goal },
      summary: `New meso goal \u201c${goal.title}\u201d: ${describeTarget(goal.target && toStoredTarget(goal.target))}`,
      note: "Let's start with the habit, Cleo. Four weeks, three short runs a week.",
    });
  }
}
