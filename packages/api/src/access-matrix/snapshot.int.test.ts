import type { Database } from "@stride/db/client";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildWorld } from "./fixture";
import { type Scope, type Snapshot, scopeOf, snapshotOf } from "./snapshot";

// The matrix trusts the scoped checksum to say "nothing changed": this shows it notices a change
// anywhere in a world (deep in the goal tree, in a group reached only through its members, a
// deleted row) and never one in another world, which is what lets it run on a shared database.

const handle = useTestDatabase();
const uuid = z.uuid();

/** The tables whose checksum changed while `write` ran. */
async function changedBy(db: Database, scope: Scope, write: () => Promise<unknown>) {
  const before: Snapshot = await snapshotOf(db, scope);
  await write();
  const after = await snapshotOf(db, scope);
  return Object.keys(after).filter((table) => after[table] !== before[table]);
}

describe("the scoped checksum", () => {
  it("sees every kind of change in its world, and none in another", async () => {
    const { db } = handle;
    const world = await buildWorld(db);
    const other = await buildWorld(db);
    const scope = await scopeOf(db, world.peopleIds, "connected");
    const sql = (statement: string) => () => db.execute(statement);
    const { ids } = world;

    expect(
      await changedBy(db, scope, async () => {
        await other.people.owner.caller.goals.update({
          id: other.ids.micro,
          version: 1,
          reason: null,
          changes: { title: "Elsewhere" },
        });
        await db.execute(
          `update groups set name = 'Elsewhere' where id = '${uuid.parse(other.ids.group)}'`,
        );
      }),
    ).toEqual([]);
    expect(
      await changedBy(
        db,
        scope,
        sql(`update groups set name = 'Renamed' where id = '${uuid.parse(ids.group)}'`),
      ),
    ).toEqual(["groups"]);
    expect(
      await changedBy(
        db,
        scope,
        sql(`delete from planned_sessions where id = '${uuid.parse(ids.plannedSession)}'`),
      ),
    ).toEqual(["planned_sessions"]);
    expect(
      await changedBy(
        db,
        scope,
        sql(
          `update live_events set kind = 'x' where checkin_id = '${uuid.parse(ids.groupsCheckin)}'`,
        ),
      ),
    ).toEqual(["live_events"]);
    expect(
      await changedBy(db, scope, () =>
        world.people.stranger.caller.groups.create({
          name: "New",
          description: "",
          weeklyTheme: "",
        }),
      ),
    ).toEqual(expect.arrayContaining(["group_members"]));
  });

  it("owned: the owner's rows, not others' rows that merely mention the owner", async () => {
    const { db } = handle;
    const world = await buildWorld(db);
    const scope = await scopeOf(db, [world.people.owner.id], "owned");

    // The coach's notifications name the owner as their actor, yet they are the coach's.
    expect(
      await changedBy(db, scope, () => world.people.coach.caller.notifications.markAllRead()),
    ).toEqual([]);
    expect(
      await changedBy(db, scope, () =>
        world.people.owner.caller.notifications.markRead({ ids: [world.ids.notification] }),
      ),
    ).toEqual(["notifications"]);
    expect(
      await changedBy(db, scope, () =>
        world.people.member.caller.social.editComment({
          commentId: world.ids.memberComment,
          body: "Edited",
        }),
      ),
      // Talk on the owner's check-in is part of it (and the edit wakes its live feeds).
    ).toEqual(["comments", "live_events"]);
  });
});
