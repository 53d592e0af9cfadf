import { randomUUID } from "node:crypto";
import { statusAfterCheckin } from "@stride/domain/checkins";
import type { ActivityType, TargetInput } from "@stride/domain/goals";
import { toStoredTarget } from "@stride/domain/goals";
import { addDaysTo } from "@stride/domain/periods";
import type { Workout } from "@stride/domain/training";
import { toStored } from "@stride/domain/units";
import type { Database } from "./client";
import { hashPassword } from "./passwords";
import { setOwnGoalStatusesFromCheckin } from "./queries/checkins";
import { replacePlannedSessions } from "./queries/goal-plans";
import {
  insertGoal,
  insertGoalRevision,
  type NewGoalRow,
  nextGoalPosition,
  targetColumns,
} from "./queries/goals";
import { refreshProgress } from "./queries/progress-tallies";
import type { NewAccount } from "./queries/users";
import { insertAccount } from "./queries/users";
import { checkinGoals, checkins, checklistItems } from "./schema";

export type CreatedUser = { id: string; email: string; password: string; name: string };

export const DEFAULT_TEST_PASSWORD = "correct-horse-battery";

/**
 * A real account with a real argon2id hash. Used by the demo seed, integration tests and e2e
 * fixtures alike; the default email is unique so tests never collide when run in parallel.
 */
// Hashed once per password in a process: argon2 for each of the hundreds of people the tests make
// would be most of their time. Only test and demo accounts are made here.
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string) {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export async function createUser(
  db: Database,
  overrides: Partial<Omit<NewAccount, "passwordHash">> & { password?: string } = {},
): Promise<CreatedUser> {
  const { password = DEFAULT_TEST_PASSWORD, ...rest } = overrides;
  const account = {
    name: "Test Runner",
    email: `runner-${randomUUID()}@test.stride.example`,
    // Made by a seed or a test, not by signing up: the address counts as confirmed.
    emailVerifiedAt: new Date(),
    ...rest,
    passwordHash: await hashOnce(password),
  };
  const user = await insertAccount(db, account);
  if (!user) throw new Error(`createUser: ${account.email} already exists`);
  return { id: user.id, email: account.email, password, name: account.name };
}

export type GoalFactoryInput = {
  athleteId: string;
  level: "macro" | "meso" | "micro";
  title: string;
  periodStart: string;
  /** Defaults to the end of the micro week for micro goals. */
  periodEnd?: string;
  parentId?: string | null;
  category?: NewGoalRow["category"];
  why?: string;
  strategy?: string;
  status?: NewGoalRow["status"];
  visibility?: NewGoalRow["visibility"];
  target?: TargetInput | null;
  /** Amounts in the target's unit, as a person would type them. */
  plan?: {
    day: string;
    time?: string | null;
    activityType?: ActivityType;
    amount?: number | null;
    note?: string;
    workout?: Workout | null;
  }[];
  checklist?: { label: string; doneOn?: string | null }[];
};

/** A goal with its plan, checklist and "created" history entry, written straight to the database. */
export async function createGoal(db: Database, input: GoalFactoryInput) {
  const target = input.target ? toStoredTarget(input.target) : null;
  return db.transaction(async (tx) => {
    const goal = await insertGoal(tx, {
      athleteId: input.athleteId,
      level: input.level,
      parentId: input.parentId ?? null,
      title: input.title,
      why: input.why ?? "",
      strategy: input.strategy ?? "",
      category: input.category ?? "running",
      status: input.status ?? "active",
      visibility: input.visibility ?? "groups",
      periodStart: input.periodStart,
      periodEnd: input.periodEnd ?? addDaysTo(input.periodStart, 6),
      position: await nextGoalPosition(tx, {
        ownerId: input.athleteId,
        parentId: input.parentId ?? null,
        level: input.level,
      }),
      ...targetColumns(target),
    });
    await replacePlannedSessions(
      tx,
      goal.id,
      (input.plan ?? []).map((s) => ({
        day: s.day,
        time: s.time ?? null,
        activityType: s.activityType ?? "run",
        amount: s.amount == null ? null : toStored(s.amount, target?.unit ?? ""),
        note: s.note ?? "",
        workout: s.workout ?? null,
      })),
    );
    if (input.checklist?.length) {
      await tx.insert(checklistItems).values(
        input.checklist.map((item, position) => ({
          goalId: goal.id,
          label: item.label,
          doneOn: item.doneOn ?? null,
          position,
        })),
      );
    }
    await insertGoalRevision(tx, {
      goalId: goal.id,
      actorId: input.athleteId,
      kind: "created",
      changes: {},
    });
    // As the API does: the goal's tally (and its block's) are written with it.
    await refreshProgress(tx, { athleteId: input.athleteId, goalIds: [goal.id] });
    return goal;
  });
}

export type CheckinFactoryInput = {
  athleteId: string;
  weekStart: string;
  wentWell?: string;
  gotInTheWay?: string;
  nextFocus?: string;
  mood?: number | null;
  energy?: number | null;
  late?: boolean;
  visibility?: "private" | "coach" | "groups";
  goals?: {
    goalId: string;
    outcome: "hit" | "partial" | "missed" | "excused";
    excuse?: "sick" | "injured" | "travel" | "life" | null;
    excuseNote?: string;
    decision?: "carry" | "carry_smaller" | "let_go" | null;
    carriedGoalId?: string | null;
  }[];
};

/** A submitted weekly check-in with its outcomes, written straight to the database. */
export async function createCheckin(db: Database, input: CheckinFactoryInput) {
  return db.transaction(async (tx) => {
    const [checkin] = await tx
      .insert(checkins)
      .values({
        athleteId: input.athleteId,
        weekStart: input.weekStart,
        weekEnd: addDaysTo(input.weekStart, 6),
        wentWell: input.wentWell ?? "",
        gotInTheWay: input.gotInTheWay ?? "",
        nextFocus: input.nextFocus ?? "",
        mood: input.mood ?? null,
        energy: input.energy ?? null,
        late: input.late ?? false,
        visibility: input.visibility ?? "groups",
        submissionKey: randomUUID(),
        // Checked in on the evening the week ended, unless that is still to come.
        submittedAt: new Date(
          Math.min(Date.parse(`${addDaysTo(input.weekStart, 6)}T20:00:00Z`), Date.now()),
        ),
      })
      .returning();
    if (!checkin) throw new Error("createCheckin returned no row");
    if (input.goals?.length) {
      await tx.insert(checkinGoals).values(
        input.goals.map((goal) => ({
          checkinId: checkin.id,
          goalId: goal.goalId,
          outcome: goal.outcome,
          excuse: goal.excuse ?? null,
          excuseNote: goal.excuseNote ?? "",
          decision: goal.decision ?? null,
          carriedGoalId: goal.carriedGoalId ?? null,
        })),
      );
    }
    // Each outcome is its goal's verdict, as a check-in through the API sets it.
    await setOwnGoalStatusesFromCheckin(tx, {
      ownerId: input.athleteId,
      changes: (input.goals ?? []).flatMap((goal) => {
        const status = statusAfterCheckin({
          outcome: goal.outcome,
          decision: goal.decision ?? null,
        });
        return status ? [{ goalId: goal.goalId, status }] : [];
      }),
    });
    await refreshProgress(tx, {
      athleteId: input.athleteId,
      goalIds: (input.goals ?? []).map((goal) => goal.goalId),
    });
    return checkin;
  });
}
