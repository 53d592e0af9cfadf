import type { DatabaseHandle } from "@stride/db/client";
import { createCheckin } from "@stride/db/factories";
import { openTestPglite } from "@stride/db/testing";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcome, submitInput } from "../testing/checkins";
import { linkCoach } from "../testing/coaching";
import { groupOf, postComment } from "../testing/groups";
import { newPerson } from "../testing/people";
import { plannedWeek, seasonWithBaseBlock } from "../testing/worlds";

// Every statement the hot requests send is captured with its parameters, then explained with
// sequential scans priced out of reach: a plan that still scans a table has no index to use.
let handle: DatabaseHandle;
let captured: { sql: string; params: unknown[] }[] | null = null;
beforeAll(async () => {
  handle = await openTestPglite({
    onQuery: (sql, params) => captured?.push({ sql, params }),
  });
});
afterAll(() => handle.close());

/** Tables that grow with use; the small ones (settings, one row per person) may be scanned. */
const GROWING = [
  "activities",
  "checkin_goals",
  "checkins",
  "checklist_items",
  "coaching_links",
  "comments",
  "goal_revisions",
  "goals",
  "group_members",
  "habit_entries",
  "live_events",
  "notifications",
  "planned_sessions",
  "profiles",
  "reactions",
  "users",
];

/** The parts of the PGlite client under drizzle that explaining needs. */
type PgliteClient = {
  exec: (sql: string) => Promise<unknown>;
  query: <T>(sql: string, params: unknown[]) => Promise<{ rows: T[] }>;
};

type PlanNode = { "Node Type"?: string; "Relation Name"?: string; Plans?: PlanNode[] };
const scansIn = (node: PlanNode): string[] => [
  ...(node["Node Type"] === "Seq Scan" && node["Relation Name"] ? [node["Relation Name"]] : []),
  ...(node.Plans ?? []).flatMap(scansIn),
];

async function sequentialScansOf(run: () => Promise<unknown>) {
  captured = [];
  await run();
  const statements = captured;
  captured = null;
  return { statements: statements.length, found: await scansWithoutIndex(statements) };
}

async function scansWithoutIndex(statements: readonly { sql: string; params: unknown[] }[]) {
  const client = (handle.db as unknown as { $client: PgliteClient }).$client;
  const found: string[] = [];
  await client.exec("set enable_seqscan = off");
  try {
    for (const { sql, params } of statements) {
      if (!/^\s*(select|update|delete|insert|with)/i.test(sql)) continue;
      const result = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
        `explain (format json) ${sql}`,
        params,
      );
      const plan = result.rows[0]?.["QUERY PLAN"][0]?.Plan ?? {};
      for (const table of scansIn(plan).filter((t) => GROWING.includes(t)))
        found.push(`${table}: ${sql.slice(0, 160)}`);
    }
  } finally {
    await client.exec("reset enable_seqscan");
  }
  return found;
}

/** A coach, an athlete with a goal tree, runs and check-ins, and a group that comments on them. */
async function world() {
  const coach = await newPerson(handle.db, { name: "Casey Coach" });
  const athlete = await newPerson(handle.db, { name: "Ben Athlete" });
  const friend = await newPerson(handle.db, { name: "Cleo Friend" });
  await linkCoach(coach, athlete);
  const groupId = await groupOf(athlete, [friend]);
  const thisWeek = weekStartOf(todayIn("UTC"), "monday");
  const { meso } = await seasonWithBaseBlock(handle.db, athlete.id, thisWeek);
  const athleteId = athlete.id;
  const lastWeek = await plannedWeek(handle.db, {
    athleteId,
    parentId: meso.id,
    title: "Last week",
    start: addDaysTo(thisWeek, -7),
    km: 25,
  });
  await plannedWeek(handle.db, {
    athleteId,
    parentId: meso.id,
    title: "This week",
    start: thisWeek,
    km: 30,
  });
  await athlete.caller.activities.create({
    date: addDaysTo(thisWeek, -5),
    startTime: "07:00",
    type: "run",
    name: null,
    distance: 8,
    durationSeconds: 3000,
    elevationGainMetres: null,
    effort: null,
    notes: "",
  });
  const earlier = await createCheckin(handle.db, {
    athleteId: athlete.id,
    weekStart: addDaysTo(thisWeek, -14),
    mood: 3,
    energy: 3,
  });
  await postComment(friend, earlier.id, "Nice week!");
  return { coach, athlete, friend, groupId, lastWeek, earlierId: earlier.id, thisWeek };
}

describe("query plans of the hot requests", () => {
  it("notices a statement that has no index to use", async () => {
    const found = await scansWithoutIndex([
      { sql: "select id from comments where body = $1", params: ["Nice week!"] },
    ]);
    expect(found).toEqual([expect.stringMatching(/^comments: /)]);
  });

  it("finds an index for every table that grows, on every statement", async () => {
    const w = await world();
    const requests: Record<string, () => Promise<unknown>> = {
      "coach triage": () => w.coach.caller.coach.triage({}),
      "goal tree": () =>
        w.athlete.caller.goals.tree({
          year: Number(w.thisWeek.slice(0, 4)),
          includeArchived: false,
        }),
      week: () => w.athlete.caller.week.get({ weekStart: null }),
      "group feed": () => w.friend.caller.groups.feed({ groupId: w.groupId }),
      "post a comment": () => postComment(w.friend, w.earlierId, "See you Saturday"),
      "submit a check-in": () =>
        w.athlete.caller.checkins.submit(
          submitInput(addDaysTo(w.thisWeek, -7), [outcome(w.lastWeek.id, "hit")], {
            mood: 4,
            energy: 4,
            shareMood: true,
            visibility: "groups",
          }),
        ),
    };
    const report: Record<string, string[]> = {};
    for (const [name, run] of Object.entries(requests)) {
      const { statements, found } = await sequentialScansOf(run);
      expect(statements, name).toBeGreaterThan(0);
      if (found.length > 0) report[name] = found;
    }
    expect(report).toEqual({});
  });
});
