import { createGoal } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { fieldRefusal, refusalOf } from "../../testing/caller";
import {
  coachAndAthlete,
  coachTokenOf,
  expireCoachInvite,
  linkCoach,
  linkRows,
} from "../../testing/coaching";
import { shareCheckin } from "../../testing/groups";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

const ATHLETE_NOT_FOUND = "That athlete was not found.";
const WEEK = "2026-03-02";
const invalid = (message: string) => ({ code: "BAD_REQUEST", message });

/** A coach and an athlete, not linked yet. */
async function twoPeople() {
  const coach = await newPerson(handle.db, { name: "Casey Coach" });
  return { coach, athlete: await newPerson(handle.db, { name: "Ben Athlete" }) };
}

async function notificationsOf(person: Person) {
  return (await person.caller.notifications.list()).items;
}

describe("invitation links", () => {
  it("previews, then links the athlete to the coach: in their coaches and in the triage", async () => {
    const { coach, athlete } = await twoPeople();
    const invite = await coach.caller.coach.inviteLink({ expiresInDays: 7 });
    expect(invite.path).toMatch(/^\/coach\/join\/[A-Za-z0-9_-]+$/);
    const token = coachTokenOf(invite);

    expect(await athlete.caller.coaching.previewInvite({ token })).toEqual({
      coachName: "Casey Coach",
      problem: null,
      alreadyCoached: false,
    });
    expect(await athlete.caller.coaching.acceptInvite({ token })).toEqual({
      coachName: "Casey Coach",
      started: true,
    });

    expect(await athlete.caller.coaching.myCoaches()).toEqual([
      expect.objectContaining({ coachId: coach.id, name: "Casey Coach" }),
    ]);
    const triage = await coach.caller.coach.triage({});
    expect(triage.athletes.map((a) => [a.athleteId, a.name])).toEqual([
      [athlete.id, "Ben Athlete"],
    ]);
    expect((await notificationsOf(coach)).map((n) => [n.kind, n.text, n.link])).toEqual([
      [
        "coaching",
        "Ben Athlete accepted your invitation: you now coach them",
        `/coach/athletes/${athlete.id}`,
      ],
    ]);
    expect(await athlete.caller.coaching.previewInvite({ token })).toMatchObject({
      problem: null,
      alreadyCoached: true,
    });
  });

  it("keeps a single link when the same link is accepted twice", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const invite = await coach.caller.coach.inviteLink({ expiresInDays: 3 });
    const token = coachTokenOf(invite);

    expect(await athlete.caller.coaching.acceptInvite({ token })).toEqual({
      coachName: "Casey Coach",
      started: false,
    });
    expect(await athlete.caller.coaching.acceptInvite({ token })).toMatchObject({ started: false });
    expect(await linkRows(handle.db, coach.id, athlete.id)).toHaveLength(1);
    expect(await athlete.caller.coaching.myCoaches()).toHaveLength(1);
    // Only the first acceptance told the coach.
    expect(await notificationsOf(coach)).toHaveLength(1);
  });

  it("tells the coach who opens their own link to send it on, and makes no link", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const token = coachTokenOf(await coach.caller.coach.inviteLink({ expiresInDays: 7 }));
    const own = "This is your own invitation: send the link to the athlete you want to coach.";

    expect(await coach.caller.coaching.previewInvite({ token })).toMatchObject({ problem: own });
    expect(await refusalOf(coach.caller.coaching.acceptInvite({ token }))).toMatchObject(
      invalid(own),
    );
    expect(await coach.caller.coaching.myCoaches()).toEqual([]);
  });

  it("refuses an expired or withdrawn link with a message saying so", async () => {
    const { coach, athlete } = await twoPeople();
    const expired = await coach.caller.coach.inviteLink({ expiresInDays: 1 });
    const withdrawn = await coach.caller.coach.inviteLink({ expiresInDays: 1 });
    expect((await coach.caller.coach.invites()).map((i) => i.id).sort()).toEqual(
      [expired.id, withdrawn.id].sort(),
    );
    await expireCoachInvite(handle.db, expired.id);
    expect(await coach.caller.coach.withdrawInvite({ inviteId: withdrawn.id })).toEqual({
      id: withdrawn.id,
    });
    expect(await coach.caller.coach.invites()).toEqual([]);

    const cases = [
      [expired, "This invitation has expired. Ask your coach for a new link."],
      [withdrawn, "This invitation was withdrawn. Ask your coach for a new link."],
    ] as const;
    for (const [invite, message] of cases) {
      const token = coachTokenOf(invite);
      expect(await athlete.caller.coaching.previewInvite({ token })).toMatchObject({
        problem: message,
      });
      expect(await refusalOf(athlete.caller.coaching.acceptInvite({ token }))).toMatchObject({
        code: "BAD_REQUEST",
        message,
      });
    }
    expect(await linkRows(handle.db, coach.id, athlete.id)).toEqual([]);
  });
});

describe("coaching links", () => {
  it("lets an athlete have two coaches", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const second = await newPerson(handle.db, { name: "Alex Second" });
    await linkCoach(second, athlete);

    expect((await athlete.caller.coaching.myCoaches()).map((c) => c.name)).toEqual([
      "Alex Second",
      "Casey Coach",
    ]);
    for (const c of [coach, second]) {
      expect((await c.caller.coach.triage({})).athletes.map((a) => a.athleteId)).toEqual([
        athlete.id,
      ]);
    }
  });

  for (const side of ["athlete", "coach"] as const) {
    it(`ends at once when the ${side} ends it, and a new invitation makes a new link`, async () => {
      const { coach, athlete, link } = await coachAndAthlete(handle.db);
      const goal = await createGoal(handle.db, {
        athleteId: athlete.id,
        level: "meso",
        title: "Base block",
        periodStart: WEEK,
        periodEnd: "2026-04-12",
        visibility: "coach",
      });
      const checkin = await shareCheckin(handle.db, athlete, WEEK, { visibility: "coach" });
      const athleteId = athlete.id;
      // While the link lasts, the coach sees all of it.
      await coach.caller.coach.athlete({ athleteId });
      await coach.caller.social.thread({ checkinId: checkin.id });
      await coach.caller.social.goalThread({ goalId: goal.id });

      const ender = side === "athlete" ? athlete : coach;
      const other = side === "athlete" ? coach : athlete;
      expect(await ender.caller.coaching.end({ linkId: link.linkId })).toEqual({
        linkId: link.linkId,
      });
      expect((await notificationsOf(other)).map((n) => n.text)).toContain(
        side === "athlete"
          ? "Ben Athlete ended coaching with you"
          : "Casey Coach is no longer your coach",
      );

      const refused: [() => Promise<unknown>, string][] = [
        [() => coach.caller.coach.athlete({ athleteId }), ATHLETE_NOT_FOUND],
        [() => coach.caller.coach.markReviewed({ athleteId, reviewed: true }), ATHLETE_NOT_FOUND],
        [() => coach.caller.coach.setTags({ athleteId, tags: ["sneaky"] }), ATHLETE_NOT_FOUND],
        [
          () =>
            coach.caller.coach.propose({
              kind: "change",
              athleteId,
              goalId: goal.id,
              note: "",
              changes: { title: "Mine now" },
            }),
          ATHLETE_NOT_FOUND,
        ],
        [
          () => coach.caller.social.thread({ checkinId: checkin.id }),
          "That check-in was not found.",
        ],
        [() => coach.caller.social.goalThread({ goalId: goal.id }), "That goal was not found."],
      ];
      for (const [call, message] of refused)
        expect(await refusalOf(call())).toMatchObject({ code: "NOT_FOUND", message });
      expect((await coach.caller.coach.triage({})).athletes).toEqual([]);
      expect(await athlete.caller.coaching.myCoaches()).toEqual([]);
      expect(await refusalOf(ender.caller.coaching.end({ linkId: link.linkId }))).toMatchObject({
        code: "NOT_FOUND",
        message: "That coaching link was not found.",
      });
      const [ended] = await linkRows(handle.db, coach.id, athlete.id);
      expect(ended).toMatchObject({ endedById: ender.id, tags: [] });
      expect(ended?.endedAt).toBeInstanceOf(Date);

      // Inviting again starts a new link; the ended one stays ended.
      const renewed = await linkCoach(coach, athlete);
      expect(renewed.linkId).not.toBe(link.linkId);
      expect(
        (await linkRows(handle.db, coach.id, athlete.id)).map((l) => l.endedAt === null),
      ).toEqual([false, true]);
      expect((await coach.caller.coach.athlete({ athleteId, year: 2026 })).athlete.linkId).toBe(
        renewed.linkId,
      );
    });
  }
});

describe("tags", () => {
  it("keeps the coach's tags without repeats and filters the triage by one", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const other = await newPerson(handle.db, { name: "Cleo Other" });
    await linkCoach(coach, other);

    expect(
      await coach.caller.coach.setTags({
        athleteId: athlete.id,
        tags: ["Half marathon", " half MARATHON ", "Mornings", "mornings"],
      }),
    ).toEqual({ tags: ["Half marathon", "Mornings"] });
    await coach.caller.coach.setTags({ athleteId: other.id, tags: ["Trail"] });

    const all = await coach.caller.coach.triage({});
    expect(all.tags).toEqual(["Half marathon", "Mornings", "Trail"]);
    expect(all.athletes.find((a) => a.athleteId === athlete.id)?.tags).toEqual([
      "Half marathon",
      "Mornings",
    ]);
    const half = await coach.caller.coach.triage({ tag: "half marathon" });
    expect(half.athletes.map((a) => a.athleteId)).toEqual([athlete.id]);
    const trail = await coach.caller.coach.triage({ tag: "Trail" });
    expect(trail.athletes.map((a) => a.athleteId)).toEqual([other.id]);
    expect((await coach.caller.coach.triage({ tag: "Track" })).athletes).toEqual([]);
    expect((await coach.caller.coach.athlete({ athleteId: athlete.id })).athlete.tags).toEqual([
      "Half marathon",
      "Mornings",
    ]);
  });

  it("refuses a tag that is too long, naming the problem, and keeps the tags as they were", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    await coach.caller.coach.setTags({ athleteId: athlete.id, tags: ["Mornings"] });

    const refusal = await refusalOf(
      coach.caller.coach.setTags({ athleteId: athlete.id, tags: ["Ok", "x".repeat(41)] }),
    );
    expect(refusal).toMatchObject(fieldRefusal("tags.1", "Keep a tag to 40 characters"));
    expect(refusal.message).toContain("Keep a tag to 40 characters");
    expect((await linkRows(handle.db, coach.id, athlete.id))[0]?.tags).toEqual(["Mornings"]);
  });
});
