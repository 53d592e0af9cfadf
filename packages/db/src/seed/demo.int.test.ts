import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@stride/domain/accounts";
import { assertGoalStructure } from "@stride/domain/goals";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openPglite } from "../client";
import { verifyPassword } from "../passwords";
import { findCredentialsByEmail, listExistingEmails } from "../queries";
import {
  activities,
  checkins,
  checklistItems,
  comments,
  goals,
  groupMembers,
  plannedSessions,
  reactions,
  users,
} from "../schema";
import { structureOfGoalRow } from "../testing/goal-rows";
import { seedDemo } from "./demo";

// Its own in-memory database on either driver run: the demo emails are fixed, so seeding the
// shared Postgres test database would leak demo accounts into other test files.
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openPglite();
});
afterAll(() => handle.close());

describe("seedDemo", () => {
  it("creates every demo account with the demo password, and nothing twice", async () => {
    expect(await seedDemo(handle.db)).toEqual({ created: DEMO_ACCOUNTS.length });
    const counts = async () => ({
      users: await handle.db.$count(users),
      goals: await handle.db.$count(goals),
      sessions: await handle.db.$count(plannedSessions),
      items: await handle.db.$count(checklistItems),
      activities: await handle.db.$count(activities),
      checkins: await handle.db.$count(checkins),
      members: await handle.db.$count(groupMembers),
      comments: await handle.db.$count(comments),
      reactions: await handle.db.$count(reactions),
    });
    const first = await counts();
    expect(await seedDemo(handle.db)).toEqual({ created: 0 });
    expect(await counts()).toEqual(first);

    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    expect((await listExistingEmails(handle.db, emails)).sort()).toEqual([...emails].sort());
    expect(first.users).toBe(DEMO_ACCOUNTS.length);
    // Months of Ava's runs, so her charts tell a story.
    expect(first.activities).toBeGreaterThan(40);
    // Ava's six weeks of check-ins, Ben's three (his last week missing) and Dana's two.
    expect(first.checkins).toBe(11);
    // Sunrise Runners: Ava, Ben and Dana, with comments, a reply and reactions; and Casey's
    // question to Ava with her answer.
    expect(first.members).toBe(3);
    expect(first.comments).toBe(6);
    expect(first.reactions).toBe(5);

    const casey = await findCredentialsByEmail(handle.db, "coach@stride.example");
    expect(await verifyPassword(casey?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });

  it("gives Ava a half-marathon tree whose goals all follow the structural rules", async () => {
    const ava = await findCredentialsByEmail(handle.db, "ava@stride.example");
    const rows = await handle.db
      .select()
      .from(goals)
      .where(eq(goals.athleteId, ava?.id ?? ""));
    const titles = rows.map((row) => row.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        "Run a half marathon",
        "Build from 10 to 15 miles a week",
        "Run in 10 states",
      ]),
    );
    expect(rows.filter((row) => row.level === "micro").length).toBeGreaterThanOrEqual(4);

    const all = await handle.db.select().from(goals);
    const ben = await findCredentialsByEmail(handle.db, "ben@stride.example");
    const byId = new Map(all.map((row) => [row.id, row]));
    for (const row of all) {
      const parent = row.parentId ? byId.get(row.parentId) : undefined;
      const weekStart = row.athleteId === ben?.id ? "sunday" : "monday";
      expect(() =>
        assertGoalStructure(structureOfGoalRow(row, parent, { weekStart, planDays: [] })),
      ).not.toThrow();
    }
  });
});
