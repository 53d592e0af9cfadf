import { DEFAULT_TEST_PASSWORD } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { importItem } from "../testing/activities";
import { callerFor, refusalOf } from "../testing/caller";
import { linkCoach } from "../testing/coaching";
import { macroInput } from "../testing/goals";
import { groupOf, postComment, shareCheckin } from "../testing/groups";
import { newPerson } from "../testing/people";

const handle = useTestDatabase();

describe("account.export", () => {
  it("holds what the person owns and wrote, and nothing of anyone else's or any secret", async () => {
    const ava = await newPerson(handle.db, { name: "Ava Export" });
    const ben = await newPerson(handle.db, { name: "Ben Export" });
    await groupOf(ava, [ben], "Export Club");
    await ava.caller.goals.create(macroInput({ title: "Ava's own macro" }));
    await ben.caller.goals.create(macroInput({ title: "Ben's secret macro" }));
    const bens = await shareCheckin(handle.db, ben, "2026-03-02", { wentWell: "Ben's week" });
    await postComment(ava, bens.id, "Ava cheering");

    await ava.caller.training.setZones({
      source: { distanceMetres: 5000, seconds: 1500, raceDate: "2026-01-10" },
    });
    const stream = { t: [0, 60], d: [0, 200], lat: null, lon: null, ele: null, hr: [120, 130] };
    await ava.caller.activities.import({
      activities: [importItem("2026-03-03", { stream })],
    });
    await ben.caller.activities.import({ activities: [importItem("2026-03-03", { stream })] });

    const data = await ava.caller.account.export();
    expect(data.format).toBe("stride-export-1");
    expect(data.paceZoneSource).toMatchObject({ distanceMetres: 5000, seconds: 1500 });
    expect(data.activityStreams.map((s) => s.stream)).toEqual([stream]);
    expect(data.account?.email).toContain("@");
    expect(data.goals.map((g) => g.title)).toEqual(["Ava's own macro"]);
    expect(data.commentsWritten.map((c) => c.body)).toEqual(["Ava cheering"]);
    expect(data.groups.map((g) => g.name)).toEqual(["Export Club"]);
    const text = JSON.stringify(data);
    expect(text).not.toContain("Ben's secret macro");
    expect(text).not.toContain("Ben's week");
    expect(text).not.toMatch(/passwordHash|sessionVersion|tokenHash|\$argon2/);
  });

  it("is refused to anonymous callers", async () => {
    expect(await refusalOf(callerFor(handle.db, null).account.export())).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("account.delete", () => {
  it("needs the password and a ticked box; a wrong one deletes nothing", async () => {
    const ava = await newPerson(handle.db, { name: "Ava Keep" });
    await ava.caller.goals.create(macroInput({ title: "Still here" }));
    expect(
      await refusalOf(ava.caller.account.delete({ password: "not-the-password", confirm: true })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: "That is not your password. Nothing was deleted.",
      fieldErrors: { password: ["That is not your password. Nothing was deleted."] },
    });
    expect(
      await refusalOf(
        ava.caller.account.delete({ password: DEFAULT_TEST_PASSWORD, confirm: false as true }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { confirm: [expect.any(String)] } });
    expect((await ava.caller.account.export()).goals.map((g) => g.title)).toEqual(["Still here"]);
  });

  it("removes the person's data, keeps their comments on others' check-ins as a deleted user, hands groups on and ends coaching", async () => {
    const ava = await newPerson(handle.db, { name: "Ava Leaving" });
    const ben = await newPerson(handle.db, { name: "Ben Staying" });
    const coach = await newPerson(handle.db, { name: "Casey Staying" });
    const shared = await groupOf(ava, [ben], "Handed On");
    const alone = await groupOf(ava, [], "Closes");
    await linkCoach(coach, ava);
    await ava.caller.goals.create(macroInput({ title: "Gone with Ava" }));
    const avas = await shareCheckin(handle.db, ava, "2026-03-02", { wentWell: "Ava's week" });
    const bens = await shareCheckin(handle.db, ben, "2026-03-02", { wentWell: "Ben's week" });
    await postComment(ava, bens.id, "Great week, Ben");

    const result = await ava.caller.account.delete({
      password: DEFAULT_TEST_PASSWORD,
      confirm: true,
    });
    expect(result).toEqual({ deleted: true, groupsHandedOver: 1, groupsClosed: 1 });

    // Ben's check-in keeps Ava's comment, signed by a deleted user.
    const thread = await ben.caller.social.thread({ checkinId: bens.id });
    expect(thread.comments).toMatchObject([
      { body: "Great week, Ben", authorName: "Deleted user" },
    ]);
    // Ben owns the group now; the group Ava was alone in is gone.
    const group = await ben.caller.groups.get({ groupId: shared });
    expect(group.members.map((m) => [m.name, m.role])).toEqual([["Ben Staying", "owner"]]);
    expect(await refusalOf(ben.caller.groups.get({ groupId: alone }))).toMatchObject({
      code: "NOT_FOUND",
    });
    // Ava's check-in, goals and coaching are gone: to Ben and Casey they do not exist.
    expect(await refusalOf(ben.caller.social.thread({ checkinId: avas.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await coach.caller.coach.triage({ tag: null })).athletes).toEqual([]);
    expect(await refusalOf(coach.caller.coach.athlete({ athleteId: ava.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    // Her old session finds no account; her email is free again.
    expect(await refusalOf(ava.caller.goals.tree({ year: 2026 }))).toMatchObject({
      code: "NOT_FOUND",
    });
    const rows = await handle.db.query.goals.findMany({
      where: (g, { eq }) => eq(g.athleteId, ava.id),
    });
    expect(rows).toEqual([]);
  });
});
