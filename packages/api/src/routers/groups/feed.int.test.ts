import { randomUUID } from "node:crypto";
import { createGoal } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/caller";
import { groupOf, setSubmittedAt, shareCheckin, threeMembers } from "../../testing/groups";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

// Fixed Monday weeks of 2026: the feed does not care when a week was, only when it was shared.
const week = (n: number) => addDaysTo("2026-01-05", 7 * n);

/** A micro goal of the athlete's for the week, written straight to the database. */
function microGoal(
  athlete: Person,
  weekStart: string,
  title: string,
  visibility: "private" | "coach" | "groups" = "groups",
) {
  return createGoal(handle.db, {
    athleteId: athlete.id,
    level: "micro",
    title,
    periodStart: weekStart,
    visibility,
  });
}

/**
 * `count` check-ins shared by the athletes in turn, a week apart from week 10, the n-th submitted
 * at `submittedAt(n)`; their ids in that order.
 */
async function shareInTurn(athletes: Person[], count: number, submittedAt: (n: number) => string) {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const athlete = athletes[n % athletes.length] as Person;
    const checkin = await shareCheckin(handle.db, athlete, week(10 + n));
    await setSubmittedAt(handle.db, checkin.id, submittedAt(n));
    ids.push(checkin.id);
  }
  return ids;
}

/** Every page of the feed, following the cursor until it runs out. */
async function allPages(viewer: Person, groupId: string) {
  const pages = [];
  let cursor: { submittedAt: Date; id: string } | null = null;
  do {
    const page = await viewer.caller.groups.feed({ groupId, cursor });
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 10);
  return pages;
}

describe("the group feed", () => {
  it("shows check-ins shared with groups, newest first, and never coach-only or private ones", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    const avaShared = await shareCheckin(handle.db, ava, week(0), { mood: 4, energy: 3 });
    const benShared = await shareCheckin(handle.db, ben, week(0), { late: true });
    await shareCheckin(handle.db, cleo, week(0), { visibility: "coach", wentWell: "Coach only" });
    await shareCheckin(handle.db, ava, week(1), { visibility: "private", wentWell: "Just mine" });
    const cleoShared = await shareCheckin(handle.db, cleo, week(1));
    await shareCheckin(handle.db, ben, week(1), { visibility: "coach" });
    // Submitted in an order unlike the order they were written in.
    await setSubmittedAt(handle.db, avaShared.id, "2026-01-12T08:00:00.000Z");
    await setSubmittedAt(handle.db, benShared.id, "2026-01-14T08:00:00.000Z");
    await setSubmittedAt(handle.db, cleoShared.id, "2026-01-13T08:00:00.000Z");

    const feed = await ben.caller.groups.feed({ groupId });
    expect(feed.nextCursor).toBeNull();
    expect(feed.items.map((i) => [i.athleteName, i.weekStart, i.you])).toEqual([
      ["Ben", week(0), true],
      ["Cleo", week(1), false],
      ["Ava", week(0), false],
    ]);
    expect(feed.items[0]).toMatchObject({
      id: benShared.id,
      athleteId: ben.id,
      weekEnd: addDaysTo(week(0), 6),
      late: true,
      submittedAt: new Date("2026-01-14T08:00:00.000Z"),
    });
    expect(feed.items[2]).toMatchObject({ id: avaShared.id, mood: 4, energy: 3, late: false });
    const text = JSON.stringify(feed);
    expect(text).not.toContain("Coach only");
    expect(text).not.toContain("Just mine");

    // Every member sees the same feed.
    for (const viewer of [ava, cleo]) {
      const seen = await viewer.caller.groups.feed({ groupId });
      expect(seen.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.id));
    }
  });

  it("shows a shared check-in in every group the athlete is in, and only there", async () => {
    const ava = await newPerson(handle.db, { name: "Ava" });
    const ben = await newPerson(handle.db, { name: "Ben" });
    const cleo = await newPerson(handle.db, { name: "Cleo" });
    const avaAndBen = await groupOf(ava, [ben], "Ava and Ben");
    const cleoAndAva = await groupOf(cleo, [ava], "Cleo and Ava");
    const avas = await shareCheckin(handle.db, ava, week(2));
    const bens = await shareCheckin(handle.db, ben, week(2));

    expect(
      (await ben.caller.groups.feed({ groupId: avaAndBen })).items.map((i) => i.id).sort(),
    ).toEqual([avas.id, bens.id].sort());
    expect((await cleo.caller.groups.feed({ groupId: cleoAndAva })).items.map((i) => i.id)).toEqual(
      [avas.id],
    );
    // Ben's check-in is shared with his groups, not with Cleo's group, which he is not in.
    expect(await refusalOf(cleo.caller.social.thread({ checkinId: bens.id }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("blanks the reflection parts kept for the coach and shows the rest", async () => {
    const { ava, ben, groupId } = await threeMembers(handle.db);
    const lastWeek = addDaysTo(weekStartOf(todayIn("UTC"), "monday"), -7);
    const secret = "My knee hurts, telling only my coach";
    const checkin = await ava.caller.checkins.submit({
      weekStart: lastWeek,
      version: null,
      submissionKey: randomUUID(),
      goals: [],
      wentWell: "Hit every easy run",
      gotInTheWay: secret,
      nextFocus: "Sleep by ten",
      coachOnly: { wentWell: false, gotInTheWay: true, nextFocus: false },
      mood: 4,
      energy: 2,
      visibility: "groups",
    });

    const feed = await ben.caller.groups.feed({ groupId });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      id: checkin.id,
      athleteName: "Ava",
      weekStart: lastWeek,
      wentWell: "Hit every easy run",
      gotInTheWay: "",
      nextFocus: "Sleep by ten",
      mood: 4,
      energy: 2,
    });
    expect(JSON.stringify(feed)).not.toContain(secret);
    // The group's screen leaves it out for the athlete too.
    expect(JSON.stringify(await ava.caller.groups.feed({ groupId }))).not.toContain(secret);
  });

  it("shows each check-in's outcomes in goal order with its adherence (partly ½, excused left out)", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    const runs = await microGoal(ava, week(3), "Run three times");
    const long = await microGoal(ava, week(3), "Long run of 10 mi");
    const strength = await microGoal(ava, week(3), "Two strength sessions");
    const avas = await shareCheckin(handle.db, ava, week(3), {
      goals: [
        { goalId: strength.id, outcome: "excused", excuse: "sick" },
        { goalId: runs.id, outcome: "hit" },
        { goalId: long.id, outcome: "partial" },
      ],
    });
    const tempo = await microGoal(ben, week(3), "Tempo run");
    const stretch = await microGoal(ben, week(3), "Stretch daily");
    const bens = await shareCheckin(handle.db, ben, week(3), {
      goals: [
        { goalId: tempo.id, outcome: "hit" },
        { goalId: stretch.id, outcome: "missed" },
      ],
    });
    const cleoGoal = await microGoal(cleo, week(3), "Parkrun");
    const cleos = await shareCheckin(handle.db, cleo, week(3), {
      goals: [{ goalId: cleoGoal.id, outcome: "excused", excuse: "travel" }],
    });
    const empty = await shareCheckin(handle.db, cleo, week(4));

    const items = new Map(
      (await ben.caller.groups.feed({ groupId })).items.map((item) => [item.id, item]),
    );
    expect(items.get(avas.id)).toMatchObject({
      outcomes: [
        { title: "Run three times", outcome: "hit" },
        { title: "Long run of 10 mi", outcome: "partial" },
        { title: "Two strength sessions", outcome: "excused" },
      ],
      adherence: 0.75,
    });
    expect(items.get(bens.id)).toMatchObject({
      outcomes: [
        { title: "Tempo run", outcome: "hit" },
        { title: "Stretch daily", outcome: "missed" },
      ],
      adherence: 0.5,
    });
    expect(items.get(cleos.id)).toMatchObject({
      outcomes: [{ title: "Parkrun", outcome: "excused" }],
      adherence: null,
    });
    expect(items.get(empty.id)).toMatchObject({ outcomes: [], adherence: null });
  });

  it("leaves out the goals the athlete keeps to themselves or their coach", async () => {
    const { ava, ben, groupId } = await threeMembers(handle.db);
    const shared = await microGoal(ava, week(5), "Run three times");
    const onlyMe = await microGoal(ava, week(5), "Lose 5 kg before the wedding", "private");
    const withCoach = await microGoal(ava, week(5), "Rehab the left Achilles", "coach");
    await shareCheckin(handle.db, ava, week(5), {
      goals: [
        { goalId: shared.id, outcome: "hit" },
        { goalId: onlyMe.id, outcome: "missed" },
        { goalId: withCoach.id, outcome: "partial" },
      ],
    });

    const feed = await ben.caller.groups.feed({ groupId });
    expect(feed.items).toHaveLength(1);
    const text = JSON.stringify(feed);
    expect(text).not.toContain("Lose 5 kg before the wedding");
    expect(text).not.toContain("Rehab the left Achilles");
    expect(feed.items[0]?.outcomes).toEqual([{ title: "Run three times", outcome: "hit" }]);
  });

  it("pages 25 shared check-ins as 20 and 5, newest first, without repeats", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    // One minute apart, newest last.
    const ids = await shareInTurn([ava, ben, cleo], 25, (n) =>
      new Date(Date.UTC(2026, 5, 1, 9, n)).toISOString(),
    );
    await shareCheckin(handle.db, ava, week(40), { visibility: "private" });

    const pages = await allPages(ben, groupId);
    expect(pages.map((p) => p.items.length)).toEqual([20, 5]);
    expect(pages[0]?.nextCursor).toEqual({
      submittedAt: pages[0]?.items[19]?.submittedAt,
      id: pages[0]?.items[19]?.id,
    });
    expect(pages[1]?.nextCursor).toBeNull();
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(25);
    expect(seen).toEqual([...ids].reverse());
  });

  it("pages check-ins shared within the same millisecond without losing any", async () => {
    const { ava, ben, cleo, groupId } = await threeMembers(handle.db);
    // Postgres keeps microseconds, a cursor's Date only milliseconds: all 22 fall within one.
    const ids = await shareInTurn(
      [ava, ben, cleo],
      22,
      (n) => `2026-06-01T09:00:00.123${100 + n}Z`,
    );

    const pages = await allPages(ben, groupId);
    const seen = pages.flatMap((p) => p.items.map((i) => i.id));
    // Their order within the millisecond is the server's choice; that none is lost or repeated is not.
    expect(seen).toHaveLength(22);
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  it("is NOT_FOUND for a non-member, as is the list of who has not checked in", async () => {
    const { ava, groupId } = await threeMembers(handle.db);
    await shareCheckin(handle.db, ava, week(0), { wentWell: "Group eyes only" });
    const outsider = await newPerson(handle.db, { name: "Olly" });

    for (const call of [
      () => outsider.caller.groups.feed({ groupId }),
      () => outsider.caller.groups.notCheckedIn({ groupId }),
      () => outsider.caller.groups.feed({ groupId: randomUUID() }),
    ]) {
      const refusal = await refusalOf(call());
      expect(refusal).toMatchObject({ code: "NOT_FOUND", message: "That group was not found." });
      expect(JSON.stringify(refusal)).not.toContain("Group eyes only");
    }
  });
});
