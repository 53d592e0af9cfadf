import type { Database } from "@stride/db/client";
import { createGoal } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { notFound, refusalOf } from "../../testing/caller";
import { coachAndAthlete } from "../../testing/coaching";
import { macroInput, mesoInput, weeklyTotal } from "../../testing/goals";
import { clientId, groupOf, shareCheckin } from "../../testing/groups";
import { type Caller, newPerson } from "../../testing/people";

const handle = useTestDatabase();

const ATHLETE_NOT_FOUND = notFound("athlete");
const CHECKIN_NOT_FOUND = notFound("check-in");
const GOAL_NOT_FOUND = notFound("goal");
const WEEK = "2026-03-02";
/** The rest of a new comment, as the comment box sends it. */
const say = (body: string, parentId: string | null = null) => ({
  parentId,
  body,
  clientId: clientId(),
});

/**
 * Every row a coach call could touch for these people. The Postgres run shares one database
 * between test files, so the rows are those of this test's people, not whole-table counts.
 */
async function stateOf(db: Database, athleteId: string, peopleIds: string[]) {
  const sorted = <T extends { id: string | number }>(rows: T[]) =>
    rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const ids = [athleteId, ...peopleIds];
  return {
    goals: sorted(
      await db.query.goals.findMany({ where: (g, { eq }) => eq(g.athleteId, athleteId) }),
    ),
    proposals: sorted(
      await db.query.goalProposals.findMany({ where: (p, { eq }) => eq(p.athleteId, athleteId) }),
    ),
    links: sorted(
      await db.query.coachingLinks.findMany({ where: (l, { eq }) => eq(l.athleteId, athleteId) }),
    ),
    comments: sorted(
      await db.query.comments.findMany({ where: (c, { inArray }) => inArray(c.authorId, ids) }),
    ),
    notifications: sorted(
      await db.query.notifications.findMany({ where: (n, { eq }) => eq(n.userId, athleteId) }),
    ),
  };
}

/**
 * A coach whose link has ended (they made a proposal and a template before it did), a stranger
 * with a template of their own, and the athlete's coach-visible macro goal.
 */
async function setUp() {
  const { coach, athlete, stranger, link, anonymous } = await coachAndAthlete(handle.db);
  const macro = await athlete.caller.goals.create(macroInput({ visibility: "coach" }));
  const meso = await athlete.caller.goals.create(mesoInput(macro.id, { visibility: "coach" }));
  const { id: proposalId } = await coach.caller.coach.propose({
    kind: "change",
    athleteId: athlete.id,
    goalId: meso.id,
    note: "",
    changes: { target: weeklyTotal(12) },
  });
  const template: Parameters<Caller["coach"]["createTemplate"]>[0] = {
    ...{ name: "Two weeks", description: "", title: "Short block", why: "", target: null },
    category: "running",
    visibility: "coach",
    weeks: ["One", "Two"].map((title) => ({ title, value: null, strategy: "", sessions: [] })),
  };
  const templates = {
    coach: (await coach.caller.coach.createTemplate(template)).id,
    stranger: (await stranger.caller.coach.createTemplate(template)).id,
  };
  await athlete.caller.coaching.end({ linkId: link.linkId });
  return {
    coach,
    athlete,
    stranger,
    anonymous,
    ids: { macroId: macro.id, mesoId: meso.id, proposalId: proposalId ?? "", templates },
  };
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

/** Every coach procedure that names an athlete, aimed at the fixture's athlete. */
const attempts: [string, (caller: Caller, fx: Fixture, templateId: string) => Promise<unknown>][] =
  [
    ["athlete", (c, { athlete }) => c.coach.athlete({ athleteId: athlete.id, year: 2026 })],
    [
      "markReviewed",
      (c, { athlete }) => c.coach.markReviewed({ athleteId: athlete.id, reviewed: true }),
    ],
    ["setTags", (c, { athlete }) => c.coach.setTags({ athleteId: athlete.id, tags: ["Mine"] })],
    [
      "propose a goal",
      (c, { athlete, ids }) =>
        c.coach.propose({
          kind: "goal",
          athleteId: athlete.id,
          note: "",
          goal: mesoInput(ids.macroId, { visibility: "coach", title: "Sneaky block" }),
        }),
    ],
    [
      "propose a change",
      (c, { athlete, ids }) =>
        c.coach.propose({
          kind: "change",
          athleteId: athlete.id,
          goalId: ids.mesoId,
          note: "",
          changes: { title: "Renamed" },
        }),
    ],
    [
      "withdrawProposal",
      (c, { athlete, ids }) =>
        c.coach.withdrawProposal({ athleteId: athlete.id, id: ids.proposalId }),
    ],
    [
      "assignTemplate",
      (c, { athlete }, templateId) =>
        c.coach.assignTemplate({
          id: templateId,
          athleteIds: [athlete.id],
          startDate: WEEK,
          note: "",
        }),
    ],
  ];

describe("coach procedures that name an athlete", () => {
  it.each(attempts)(
    "%s: anonymous, stranger and ended coach are refused, nothing changes",
    async (_, call) => {
      const fx = await setUp();
      const people = [fx.coach.id, fx.stranger.id];
      const before = await stateOf(handle.db, fx.athlete.id, people);

      expect(await refusalOf(call(fx.anonymous, fx, fx.ids.templates.coach))).toMatchObject({
        code: "UNAUTHORIZED",
        message: "Sign in to continue.",
      });
      expect(
        await refusalOf(call(fx.stranger.caller, fx, fx.ids.templates.stranger)),
      ).toMatchObject(ATHLETE_NOT_FOUND);
      expect(await refusalOf(call(fx.coach.caller, fx, fx.ids.templates.coach))).toMatchObject(
        ATHLETE_NOT_FOUND,
      );

      expect(await stateOf(handle.db, fx.athlete.id, people)).toEqual(before);
      // Ending the link withdrew the coach's waiting proposal; the refused calls changed nothing.
      expect(before.proposals).toHaveLength(1);
      expect(before.proposals[0]?.status).toBe("withdrawn");
    },
  );
});

describe("what a coach sees and says", () => {
  it("reads and comments on coach and group check-ins, not private ones", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const forCoach = await shareCheckin(handle.db, athlete, "2026-03-02", { visibility: "coach" });
    const forGroups = await shareCheckin(handle.db, athlete, "2026-03-09", {
      visibility: "groups",
    });
    const secret = await shareCheckin(handle.db, athlete, "2026-03-16", { visibility: "private" });

    for (const checkin of [forCoach, forGroups]) {
      const checkinId = checkin.id;
      expect((await coach.caller.social.thread({ checkinId })).comments).toEqual([]);
      await coach.caller.social.comment({ checkinId, ...say("Nice consistency") });
      for (const viewer of [coach, athlete]) {
        expect((await viewer.caller.social.thread({ checkinId })).comments).toEqual([
          expect.objectContaining({
            authorName: "Casey Coach",
            body: "Nice consistency",
            byCoach: true,
          }),
        ]);
      }
    }

    const checkinId = secret.id;
    expect(await refusalOf(coach.caller.social.thread({ checkinId }))).toMatchObject(
      CHECKIN_NOT_FOUND,
    );
    expect(await refusalOf(coach.caller.social.comment({ checkinId, ...say("Hi") }))).toMatchObject(
      CHECKIN_NOT_FOUND,
    );
    expect((await athlete.caller.social.thread({ checkinId })).comments).toEqual([]);
  });

  it("comments on a goal the athlete shows them; the athlete sees it and is told", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const shown = await athlete.caller.goals.create(
      macroInput({ visibility: "coach", title: "Sub-2 half" }),
    );
    const goalId = shown.id;

    expect((await coach.caller.social.goalThread({ goalId })).comments).toEqual([]);
    await coach.caller.social.goalComment({ goalId, ...say("Let's plan the taper") });
    const [comment] = (await athlete.caller.social.goalThread({ goalId })).comments;
    expect(comment).toMatchObject({
      authorName: "Casey Coach",
      body: "Let's plan the taper",
      byCoach: true,
      mine: false,
      canDelete: true,
    });
    expect((await athlete.caller.notifications.list()).items[0]).toMatchObject({
      kind: "comment",
      text: "Casey Coach commented on your goal \u201cSub-2 half\u201d",
      link: `/goals/${goalId}`,
    });

    // The athlete's reply is not a coach's, and it reaches the coach.
    await athlete.caller.social.goalComment({
      goalId,
      parentId: comment?.id ?? null,
      body: "Yes please",
      clientId: clientId(),
    });
    const [thread] = (await coach.caller.social.goalThread({ goalId })).comments;
    expect(thread?.replies).toEqual([
      expect.objectContaining({ body: "Yes please", byCoach: false }),
    ]);
    expect((await coach.caller.notifications.list()).items.map((n) => n.kind)).toContain("comment");
  });

  it("an athlete's comment on their private goal tells no coach", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const { caller } = athlete;
    const secret = await caller.goals.create(
      macroInput({ visibility: "private", title: "Secret" }),
    );
    const shown = await caller.goals.create(macroInput({ visibility: "coach", title: "Shown" }));
    await caller.social.goalComment({ goalId: secret.id, ...say("Note to self") });
    await caller.social.goalComment({ goalId: shown.id, ...say("Thoughts?") });

    const told = (await coach.caller.notifications.list()).items.filter(
      (n) => n.kind === "comment",
    );
    expect(told.map((n) => n.text)).toEqual([
      "Ben Athlete commented on their goal \u201cShown\u201d",
    ]);
  });

  it("a mention in a coach-only thread reaches no one who can't see the check-in", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const tina = await newPerson(handle.db, { name: "Tina" });
    await groupOf(athlete, [coach, tina]);
    const forCoach = await shareCheckin(handle.db, athlete, WEEK, { visibility: "coach" });
    const forGroups = await shareCheckin(handle.db, athlete, "2026-03-09", {
      visibility: "groups",
    });
    for (const { id } of [forCoach, forGroups])
      await coach.caller.social.comment({ checkinId: id, ...say("What do you think, @Tina?") });

    expect(await refusalOf(tina.caller.social.thread({ checkinId: forCoach.id }))).toMatchObject(
      CHECKIN_NOT_FOUND,
    );
    const mentions = (await tina.caller.notifications.list()).items.filter(
      (n) => n.kind === "mention",
    );
    expect(mentions.map((n) => n.checkinId)).toEqual([forGroups.id]);
  });

  it("refuses a private goal to the coach, and any goal to a group member", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const member = await newPerson(handle.db, { name: "Gail Groupie" });
    await groupOf(athlete, [member]);
    const secret = await athlete.caller.goals.create(macroInput({ visibility: "private" }));
    const shared = await athlete.caller.goals.create(macroInput({ visibility: "groups" }));

    const goalId = secret.id;
    expect(await refusalOf(coach.caller.social.goalThread({ goalId }))).toMatchObject(
      GOAL_NOT_FOUND,
    );
    expect(
      await refusalOf(coach.caller.social.goalComment({ goalId, ...say("Hi") })),
    ).toMatchObject(GOAL_NOT_FOUND);
    // A group sees shared check-ins, never goal threads: those are between athlete and coach.
    for (const id of [shared.id, secret.id]) {
      expect(await refusalOf(member.caller.social.goalThread({ goalId: id }))).toMatchObject(
        GOAL_NOT_FOUND,
      );
    }
    expect((await coach.caller.social.goalThread({ goalId: shared.id })).comments).toEqual([]);
    expect(
      await handle.db.query.comments.findMany({ where: (c, { eq }) => eq(c.goalId, goalId) }),
    ).toEqual([]);
  });

  it("leaves private goals (at any depth) and private check-ins out of the athlete view", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    type Level = "macro" | "meso" | "micro";
    type Visibility = "private" | "coach" | "groups";
    const goal = (
      level: Level,
      title: string,
      visibility: Visibility,
      parentId: string | null,
      periodStart: string,
      periodEnd?: string,
    ) =>
      createGoal(handle.db, {
        athleteId: athlete.id,
        level,
        title,
        visibility,
        parentId,
        periodStart,
        periodEnd,
      });
    const year = ["2026-01-01", "2026-12-31"] as const;
    const macro = await goal("macro", "Shown macro", "coach", null, ...year);
    await goal("macro", "Hidden macro", "private", null, ...year);
    const meso = await goal("meso", "Shown meso", "groups", macro.id, "2026-03-02", "2026-04-12");
    const hiddenMeso = await goal(
      "meso",
      "Hidden meso",
      "private",
      macro.id,
      "2026-05-04",
      "2026-05-31",
    );
    const micro = await goal("micro", "Shown week", "coach", meso.id, "2026-03-02");
    const hiddenMicro = await goal("micro", "Hidden week", "private", meso.id, "2026-03-09");
    await goal("micro", "Hidden below", "private", hiddenMeso.id, "2026-05-04");

    await shareCheckin(handle.db, athlete, "2026-03-02", {
      visibility: "coach",
      goals: [
        { goalId: micro.id, outcome: "hit" },
        { goalId: hiddenMicro.id, outcome: "missed" },
      ],
    });
    await shareCheckin(handle.db, athlete, "2026-03-09", { visibility: "groups" });
    await shareCheckin(handle.db, athlete, "2026-03-16", { visibility: "private" });

    const view = await coach.caller.coach.athlete({ athleteId: athlete.id, year: 2026 });
    type Node = { title: string; children: Node[] };
    const titles = (nodes: Node[]): string[] =>
      nodes.flatMap((n) => [n.title, ...titles(n.children)]);
    // Searched at every depth: no private goal is in the tree, however deep it sits.
    expect(titles(view.tree.roots).sort()).toEqual(["Shown macro", "Shown meso", "Shown week"]);

    expect(view.checkins.map((c) => c.weekStart)).toEqual(["2026-03-09", "2026-03-02"]);
    expect(view.checkins[1]?.outcomes.map((o) => o.goalId)).toEqual([micro.id]);
  });
});
