import { activityProblem } from "@stride/domain/activities";
import { assertGoalStructure, targetInput, toTargetInput } from "@stride/domain/goals";
import { addDaysTo, isWeekStart, todayIn, weekStartOf } from "@stride/domain/periods";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../client";
import { verifyPassword } from "../../passwords";
import { storedTargetOf } from "../../queries/progress-tallies";
import { findCredentialsByEmail } from "../../queries/users";
import {
  activities,
  checkinGoals,
  checkins,
  coachingLinks,
  comments,
  goals,
  groupMembers,
  groups,
  notifications,
  plannedSessions,
  profiles,
  reactions,
  users,
} from "../../schema";
import { structureOfGoalRow } from "../../testing/goal-rows";
import { openOwnDatabase } from "../../testing/test-db";
import {
  SCALE_EMAIL_DOMAIN,
  SCALE_PASSWORD,
  type ScaleSummary,
  scaleAthleteEmail,
  scaleCoachEmail,
  seedScale,
} from "./index";

// The scale emails are fixed, so this file works on a database of its own on either driver run:
// an in-memory PGlite, or a database it creates on the Postgres server.

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const ATHLETES = 30;
const now = new Date();
let fresh: Awaited<ReturnType<typeof openOwnDatabase>>;
let db: Database;
let summary: ScaleSummary | undefined;

const tableCounts = async () => ({
  athletes: await db.$count(users, like(users.email, `scale-athlete-%@${SCALE_EMAIL_DOMAIN}`)),
  coaches: await db.$count(users, like(users.email, `scale-coach-%@${SCALE_EMAIL_DOMAIN}`)),
  groups: await db.$count(groups),
  goals: await db.$count(goals),
  plannedSessions: await db.$count(plannedSessions),
  activities: await db.$count(activities),
  checkins: await db.$count(checkins),
  comments: await db.$count(comments),
  reactions: await db.$count(reactions),
  notifications: await db.$count(notifications),
});

// Seeding a small world takes about 12 s here; give a busy machine room before calling it stuck.
beforeAll(async () => {
  fresh = await openOwnDatabase("scale");
  db = fresh.handle.db;
  summary = await seedScale(db, { athletes: ATHLETES, today: now });
}, 240_000);

afterAll(() => fresh?.drop());

describe("seedScale", () => {
  it("writes what its summary says, and nothing the second time", async () => {
    if (!summary) throw new Error("seedScale added nothing to an empty database");
    const { milliseconds: _, ...counted } = summary;
    expect(await tableCounts()).toEqual(counted);
    expect(counted).toMatchObject({ athletes: ATHLETES, coaches: 10 });
    // A year of weekly goals, most weeks logged and checked in, and a lively group feed.
    expect(counted.goals).toBeGreaterThan(ATHLETES * 60);
    expect(counted.activities).toBeGreaterThan(ATHLETES * 45 * 4);
    expect(counted.checkins).toBeGreaterThan(ATHLETES * 30);
    expect(counted.comments).toBeGreaterThan(0);
    expect(counted.reactions).toBeGreaterThan(0);

    expect(await seedScale(db, { athletes: ATHLETES, today: now })).toBeUndefined();
    expect(await tableCounts()).toEqual(counted);
  });

  it("gives every account the one scale password", async () => {
    for (const email of [scaleCoachEmail(0), scaleCoachEmail(9), scaleAthleteEmail(ATHLETES - 1)]) {
      const account = await findCredentialsByEmail(db, email);
      expect(await verifyPassword(account?.passwordHash ?? "", SCALE_PASSWORD)).toBe(true);
    }
  });

  it("gives coach 0 every athlete of a small world, each athlete one live coach", async () => {
    const coach = await findCredentialsByEmail(db, scaleCoachEmail(0));
    const links = await db.select().from(coachingLinks);
    const live = links.filter((link) => link.endedAt === null);
    expect(live.filter((link) => link.coachId === coach?.id)).toHaveLength(Math.min(200, ATHLETES));
    expect(new Set(live.map((link) => link.athleteId)).size).toBe(ATHLETES);
    expect(live).toHaveLength(ATHLETES);
  });

  it("puts every athlete in a group of 5 to 30 with exactly one owner", async () => {
    const members = await db.select().from(groupMembers);
    const byGroup = groupBy(members, (member) => member.groupId);
    expect(byGroup.size).toBe(summary?.groups);
    for (const list of byGroup.values()) {
      expect(list.length).toBeGreaterThanOrEqual(5);
      expect(list.length).toBeLessThanOrEqual(30);
      expect(list.filter((member) => member.role === "owner")).toHaveLength(1);
    }
    expect(new Set(members.map((member) => member.userId)).size).toBe(ATHLETES);
  });

  it("makes goals that follow the structural rules, with valid targets and plans", async () => {
    const weekStarts = new Map(
      (await db.select().from(profiles)).map((p) => [p.userId, p.weekStart] as const),
    );
    const rows = await db.select().from(goals);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const plans = groupBy(await db.select().from(plannedSessions), (s) => s.goalId);
    for (const row of rows) {
      const parent = row.parentId ? byId.get(row.parentId) : undefined;
      const weekStart = weekStarts.get(row.athleteId) ?? "monday";
      const planDays = (plans.get(row.id) ?? []).map((s) => s.day);
      expect(() =>
        assertGoalStructure(structureOfGoalRow(row, parent, { weekStart, planDays })),
      ).not.toThrow();
      expect(row.level === "macro" || parent !== undefined).toBe(true);
      if (row.level === "micro") {
        expect(isWeekStart(row.periodStart, weekStart)).toBe(true);
        expect(planDays.length).toBeGreaterThanOrEqual(3);
        expect(planDays.length).toBeLessThanOrEqual(5);
      }
      const target = storedTargetOf(row);
      expect(target).not.toBeNull();
      if (target) expect(targetInput.safeParse(toTargetInput(target)).error).toBeUndefined();
    }
  });

  it("logs plausible activities up to yesterday, none ahead", async () => {
    const people = new Map((await db.select().from(profiles)).map((p) => [p.userId, p] as const));
    for (const activity of await db.select().from(activities)) {
      const profile = people.get(activity.athleteId);
      const today = todayIn(profile?.timeZone ?? "UTC", now);
      expect(activity.date < today).toBe(true);
      expect(
        activityProblem(activity, { today, weekStart: profile?.weekStart ?? "monday" }),
      ).toBeNull();
    }
  });

  it("checks in on past weeks only, with an outcome for the week's micro goal", async () => {
    const people = new Map((await db.select().from(profiles)).map((p) => [p.userId, p] as const));
    const micros = await db.select().from(goals).where(eq(goals.level, "micro"));
    const microOf = new Map(micros.map((g) => [`${g.athleteId}|${g.periodStart}`, g]));
    const outcomes = groupBy(await db.select().from(checkinGoals), (o) => o.checkinId);
    const lastWeek = new Set<string>();
    for (const checkin of await db.select().from(checkins)) {
      const profile = people.get(checkin.athleteId);
      const thisWeek = weekStartOf(
        todayIn(profile?.timeZone ?? "UTC", now),
        profile?.weekStart ?? "monday",
      );
      expect(checkin.weekStart < thisWeek).toBe(true);
      expect(checkin.submittedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      const micro = microOf.get(`${checkin.athleteId}|${checkin.weekStart}`);
      const [outcome, ...more] = outcomes.get(checkin.id) ?? [];
      expect(more).toEqual([]);
      expect(outcome?.goalId).toBe(micro?.id);
      // The goal's status as submitCheckin leaves it: the outcome is its verdict.
      const expected =
        outcome?.decision === "let_go"
          ? "abandoned"
          : outcome?.outcome === "hit"
            ? "achieved"
            : outcome?.outcome === "excused"
              ? "active"
              : outcome?.outcome;
      expect(micro?.status).toBe(expected);
      expect(outcome?.outcome === "excused").toBe(outcome?.excuse !== null);
      if (checkin.weekStart === addDaysTo(thisWeek, -7)) lastWeek.add(checkin.athleteId);
    }
    // About three in four checked in on the week just ended: the coach's triage has both kinds.
    expect(lastWeek.size).toBeGreaterThan(ATHLETES * 0.5);
    expect(lastWeek.size).toBeLessThan(ATHLETES);
  });

  it("keeps the social side to fellow group members, as the app would", async () => {
    const members = await db.select().from(groupMembers);
    const groupsOf = groupBy(members, (m) => m.userId);
    const share = (a: string, b: string) =>
      (groupsOf.get(a) ?? []).some((m) =>
        (groupsOf.get(b) ?? []).some((n) => n.groupId === m.groupId),
      );
    const byCheckin = new Map((await db.select().from(checkins)).map((c) => [c.id, c] as const));
    const all = await db.select().from(comments);
    const byId = new Map(all.map((c) => [c.id, c]));
    for (const comment of all) {
      const checkin = byCheckin.get(comment.checkinId ?? "");
      expect(checkin?.visibility).toBe("groups");
      const owner = checkin?.athleteId ?? "";
      expect(comment.authorId === owner || share(comment.authorId ?? "", owner)).toBe(true);
      if (comment.parentId) {
        const parent = byId.get(comment.parentId);
        expect(parent?.parentId).toBeNull();
        expect(parent?.checkinId).toBe(comment.checkinId);
      }
    }
    for (const reaction of await db.select().from(reactions)) {
      const owner = byCheckin.get(reaction.checkinId)?.athleteId ?? "";
      expect(share(reaction.userId, owner)).toBe(true);
    }
    const sent = await db.select().from(notifications);
    for (const notification of sent) {
      expect(["comment", "reply", "reaction"]).toContain(notification.kind);
      expect(notification.userId).not.toBe(notification.actorId);
    }
    // Every reaction told the owner; every top-level comment too.
    const kinds = groupBy(sent, (n) => n.kind);
    expect(kinds.get("reaction")?.length).toBe(summary?.reactions);
    expect(kinds.get("comment")?.length).toBeGreaterThanOrEqual(
      all.filter((c) => c.parentId === null).length,
    );
  });
});
