import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { coachTokenOf } from "./testing/coaching";
import { macroInput } from "./testing/goals";
import { groupOf, shareCheckin } from "./testing/groups";
import { newPerson } from "./testing/people";

// Writes that can race, each sent many times at once. (Check-ins, goal edits, group invitations,
// imports and proposals have theirs beside their routers; these are the rest.)
const handle = useTestDatabase();

describe("simultaneous writes", () => {
  it("posts one comment and one notification for 20 copies with the same client id", async () => {
    const ava = await newPerson(handle.db, { name: "Ava Race" });
    const ben = await newPerson(handle.db, { name: "Ben Race" });
    await groupOf(ava, [ben]);
    const checkin = await shareCheckin(handle.db, ava, "2026-03-02");
    const clientId = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        ben.caller.social.comment({ checkinId: checkin.id, parentId: null, body: "Go!", clientId }),
      ),
    );
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    const thread = await ava.caller.social.thread({ checkinId: checkin.id });
    expect(thread.comments).toHaveLength(1);
    const told = (await ava.caller.notifications.list()).items.filter((n) => n.kind === "comment");
    expect(told).toHaveLength(1);
  });

  it("makes one coaching link when a personal invitation is accepted twice at once", async () => {
    const coach = await newPerson(handle.db, { name: "Coach Race" });
    const athlete = await newPerson(handle.db, { name: "Athlete Race" });
    await coach.caller.coach.inviteByEmail({ email: athlete.email });
    const [invitation] = (await athlete.caller.notifications.list()).items;
    const token = coachTokenOf({ path: invitation?.link ?? "" });
    const answers = await Promise.allSettled(
      Array.from({ length: 5 }, () => athlete.caller.coaching.acceptInvite({ token })),
    );
    const started = answers.filter((a) => a.status === "fulfilled" && a.value.started);
    expect(started).toHaveLength(1);
    expect(await athlete.caller.coaching.myCoaches()).toHaveLength(1);
    const links = await handle.db.query.coachingLinks.findMany({
      where: (l, { eq }) => eq(l.athleteId, athlete.id),
    });
    expect(links).toHaveLength(1);
  });

  it("keeps one of two edits of a goal made from the same version; the other gets CONFLICT", async () => {
    const me = await newPerson(handle.db, { name: "Editor Race" });
    const { id } = await me.caller.goals.create(macroInput({ title: "Original" }));
    const edit = (title: string) =>
      me.caller.goals.update({ id, version: 1, reason: null, changes: { title } });
    const results = await Promise.allSettled([edit("Tab one"), edit("Tab two")]);
    const kept = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.goal.title] : []));
    const refused = results.filter((r) => r.status === "rejected");
    expect(kept).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason.code)).toBe("CONFLICT");
    // No lost update: what is stored is the edit that was answered with success.
    expect((await me.caller.goals.get({ id })).goal).toMatchObject({ title: kept[0], version: 2 });
  });
});
