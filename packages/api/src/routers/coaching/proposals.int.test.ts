import type { Database } from "@stride/db/client";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { notFound, refusalOf } from "../../testing/caller";
import { coachAndAthlete, linkCoach } from "../../testing/coaching";
import {
  macroInput,
  mesoInput,
  microInput,
  run,
  snapshotOf,
  WEEK_2,
  WEEK_3,
  weeklyTotal,
} from "../../testing/goals";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

const PROPOSAL_NOT_FOUND = notFound("proposal");
const GOAL_NOT_FOUND = notFound("goal");

/** Every proposal made to the athlete, straight from the table, oldest first. */
function proposalRows(db: Database, athleteId: string) {
  return db.query.goalProposals.findMany({
    where: (proposal, { eq }) => eq(proposal.athleteId, athleteId),
    orderBy: (proposal, { asc }) => [asc(proposal.createdAt), asc(proposal.id)],
  });
}

/** Coach and athlete linked; the athlete has a 2026 macro goal they show their coach. */
async function setUp() {
  const people = await coachAndAthlete(handle.db);
  const macro = await people.athlete.caller.goals.create(
    macroInput({ visibility: "coach", title: "Run a half marathon" }),
  );
  return { ...people, macroId: macro.id };
}

/** The coach proposes a meso block under the athlete's macro goal; returns the proposal id. */
async function proposeMeso(coach: Person, athleteId: string, macroId: string, note = "") {
  const { id } = await coach.caller.coach.propose({
    kind: "goal",
    athleteId,
    note,
    goal: mesoInput(macroId, { title: "Spring base", visibility: "coach" }),
  });
  if (!id) throw new Error("No proposal id");
  return id;
}

const titled = async (db: Database, athleteId: string, title: string) =>
  (await snapshotOf(db, athleteId)).goals.filter((g) => g.title === title);

describe("a proposed goal", () => {
  it("waits for the athlete, then accepting creates it with the coach named in its history", async () => {
    const { coach, athlete, macroId } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId, "Time to build");
    expect(await titled(handle.db, athlete.id, "Spring base")).toEqual([]);

    const [listed] = await athlete.caller.coaching.proposals();
    expect(listed).toMatchObject({
      id,
      kind: "goal",
      coachName: "Casey Coach",
      status: "pending",
      note: "Time to build",
      resultGoalId: null,
    });
    expect(listed?.summary).toContain("Spring base");
    expect((await athlete.caller.notifications.list()).items[0]).toMatchObject({
      kind: "proposal",
      link: "/goals#proposals",
    });

    const accepted = await athlete.caller.coaching.acceptProposal({ id, note: "" });
    expect(accepted).toMatchObject({ id, applied: true });
    const goal = await athlete.caller.goals.get({ id: accepted.goalId ?? "" });
    expect(goal.goal).toMatchObject({ title: "Spring base", level: "meso", parentId: macroId });
    expect(goal.history).toEqual([
      expect.objectContaining({ kind: "created", actorName: "You", proposedBy: "Casey Coach" }),
    ]);
    expect((await athlete.caller.coaching.proposals())[0]).toMatchObject({
      status: "accepted",
      resultGoalId: accepted.goalId,
    });
    expect((await coach.caller.notifications.list()).items.map((n) => n.text)).toContain(
      "Ben Athlete accepted your proposal",
    );
  });

  it("applies once when accepted twice", async () => {
    const { coach, athlete, macroId } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId);

    const first = await athlete.caller.coaching.acceptProposal({ id, note: "" });
    const second = await athlete.caller.coaching.acceptProposal({ id, note: "" });
    expect(first.applied).toBe(true);
    expect(second).toEqual({ id, goalId: first.goalId, applied: false });
    expect(await titled(handle.db, athlete.id, "Spring base")).toHaveLength(1);
  });

  it("applies once when ten accepts arrive together", async () => {
    const { coach, athlete, macroId } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId);

    const results = await Promise.all(
      Array.from({ length: 10 }, () => athlete.caller.coaching.acceptProposal({ id, note: "" })),
    );
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    const goals = await titled(handle.db, athlete.id, "Spring base");
    expect(goals).toHaveLength(1);
    expect(new Set(results.map((r) => r.goalId))).toEqual(new Set([goals[0]?.id]));
    expect((await proposalRows(handle.db, athlete.id))[0]).toMatchObject({
      status: "accepted",
      resultGoalId: goals[0]?.id,
    });
  });

  it("declined with a note: nothing is created and the coach hears why", async () => {
    const { coach, athlete, macroId } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId);
    const before = await snapshotOf(handle.db, athlete.id);

    expect(
      await athlete.caller.coaching.declineProposal({ id, note: "Too soon after my race" }),
    ).toEqual({ id });
    expect((await athlete.caller.coaching.proposals())[0]).toMatchObject({
      status: "declined",
      responseNote: "Too soon after my race",
      resultGoalId: null,
    });
    expect(await snapshotOf(handle.db, athlete.id)).toEqual(before);
    expect((await coach.caller.notifications.list()).items[0]).toMatchObject({
      kind: "proposal",
      text: "Ben Athlete declined your proposal: \u201cToo soon after my race\u201d",
    });
    expect(await refusalOf(athlete.caller.coaching.acceptProposal({ id, note: "" }))).toMatchObject(
      { code: "BAD_REQUEST", message: "This proposal was already declined." },
    );
  });

  it("withdrawn by the coach can no longer be accepted", async () => {
    const { coach, athlete, macroId } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId);
    expect(await coach.caller.coach.withdrawProposal({ athleteId: athlete.id, id })).toEqual({
      id,
    });

    expect(await refusalOf(athlete.caller.coaching.acceptProposal({ id, note: "" }))).toMatchObject(
      { code: "BAD_REQUEST", message: "This proposal was already withdrawn." },
    );
    expect(await titled(handle.db, athlete.id, "Spring base")).toEqual([]);
    expect((await athlete.caller.coaching.proposals())[0]).toMatchObject({ status: "withdrawn" });
    // Only a pending proposal can be withdrawn.
    expect(
      await refusalOf(coach.caller.coach.withdrawProposal({ athleteId: athlete.id, id })),
    ).toMatchObject(PROPOSAL_NOT_FOUND);
  });

  it("whose dates break the structure (an 8-week meso) is refused naming the field", async () => {
    const { coach, athlete, macroId } = await setUp();
    const refusal = await refusalOf(
      coach.caller.coach.propose({
        kind: "goal",
        athleteId: athlete.id,
        note: "",
        goal: mesoInput(macroId, {
          visibility: "coach",
          periodStart: "2026-03-02",
          periodEnd: "2026-04-26",
        }),
      }),
    );
    expect(refusal).toMatchObject({
      code: "BAD_REQUEST",
      message: "A meso goal spans 2 to 6 weeks (14 to 42 days); this one is 56 days.",
      fieldErrors: { periodEnd: [expect.any(String)] },
    });
    expect(await proposalRows(handle.db, athlete.id)).toEqual([]);
  });

  it("under a parent the coach can't see is NOT_FOUND, and nothing is proposed", async () => {
    const { coach, athlete } = await setUp();
    const hidden = await athlete.caller.goals.create(macroInput({ visibility: "private" }));
    const goal = mesoInput(hidden.id, { visibility: "coach" });
    const call = coach.caller.coach.propose({
      kind: "goal",
      athleteId: athlete.id,
      note: "",
      goal,
    });
    expect(await refusalOf(call)).toMatchObject({
      code: "NOT_FOUND",
      message: "That parent goal was not found.",
      fieldErrors: { parentId: [expect.any(String)] },
    });
    expect(await proposalRows(handle.db, athlete.id)).toEqual([]);
  });

  it("that no longer fits is refused with the reason when accepted, and stays pending", async () => {
    const { coach, athlete, macroId } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId);
    // The macro now ends before the proposed block starts.
    const changes = { periodEnd: "2026-02-28" };
    await athlete.caller.goals.update({ id: macroId, version: 1, reason: "Shorter", changes });

    expect(await refusalOf(athlete.caller.coaching.acceptProposal({ id, note: "" }))).toMatchObject(
      {
        code: "BAD_REQUEST",
        message:
          "This goal must lie inside \u201cRun a half marathon\u201d (1 Jan 2026 \u2013 28 Feb 2026): move it between 1 Jan 2026 and 28 Feb 2026, or move the macro goal's end to 12 Apr 2026.",
      },
    );
    expect((await proposalRows(handle.db, athlete.id))[0]).toMatchObject({ status: "pending" });
    expect(await titled(handle.db, athlete.id, "Spring base")).toEqual([]);
  });

  it("declined twice at once: both are answered, as a repeated decline is", async () => {
    const { coach, athlete, macroId } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId);
    const twice = await Promise.allSettled([
      athlete.caller.coaching.declineProposal({ id, note: "" }),
      athlete.caller.coaching.declineProposal({ id, note: "" }),
    ]);
    expect(twice).toEqual([
      { status: "fulfilled", value: { id } },
      { status: "fulfilled", value: { id } },
    ]);
  });

  it("is NOT_FOUND to a stranger who tries to accept it, and stays pending", async () => {
    const { coach, athlete, stranger, macroId } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId);

    expect(
      await refusalOf(stranger.caller.coaching.acceptProposal({ id, note: "" })),
    ).toMatchObject(PROPOSAL_NOT_FOUND);
    expect(
      await refusalOf(stranger.caller.coaching.declineProposal({ id, note: "" })),
    ).toMatchObject(PROPOSAL_NOT_FOUND);
    expect(await stranger.caller.coaching.proposals()).toEqual([]);
    expect((await proposalRows(handle.db, athlete.id))[0]).toMatchObject({
      status: "pending",
      resultGoalId: null,
    });
  });
});

describe("a proposed change", () => {
  /** The athlete's coach-visible meso under their macro, with a 15 mi weekly target. */
  async function withMeso() {
    const fx = await setUp();
    const meso = await fx.athlete.caller.goals.create(
      mesoInput(fx.macroId, { title: "Build block", visibility: "coach" }),
    );
    return { ...fx, mesoId: meso.id };
  }

  it("changes the goal when accepted, with the coach and the reason in its history", async () => {
    const { coach, athlete, mesoId } = await withMeso();
    const { id } = await coach.caller.coach.propose({
      kind: "change",
      athleteId: athlete.id,
      goalId: mesoId,
      note: "Ease back after the cold",
      changes: { target: weeklyTotal(12) },
    });
    expect((await athlete.caller.coaching.proposals())[0]).toMatchObject({
      id,
      kind: "change",
      goalId: mesoId,
      status: "pending",
    });
    // Nothing changes until the athlete accepts.
    expect((await athlete.caller.goals.get({ id: mesoId })).goal.targetInput?.value).toBe(15);

    expect(await athlete.caller.coaching.acceptProposal({ id: id ?? "", note: "" })).toEqual({
      id,
      goalId: mesoId,
      applied: true,
    });
    const after = await athlete.caller.goals.get({ id: mesoId });
    expect(after.goal.targetInput?.value).toBe(12);
    expect(after.goal.version).toBe(2);
    const change = after.history.find((h) => h.kind === "updated");
    expect(change).toMatchObject({
      proposedBy: "Casey Coach",
      reason: "Ease back after the cold",
    });
  });

  it("to a week's amount carries the title written from it and the planned runs along", async () => {
    const { coach, athlete, mesoId } = await withMeso();
    const week = await athlete.caller.goals.create(
      microInput(mesoId, WEEK_2, {
        title: "Run 13.3 miles",
        visibility: "coach",
        target: weeklyTotal(13.3),
        plan: [run("2026-03-10", 3.3), run("2026-03-12", 3.3), run("2026-03-15", 6.7)],
      }),
    );
    const { id } = await coach.caller.coach.propose({
      kind: "change",
      athleteId: athlete.id,
      goalId: week.id,
      note: "A lighter week",
      changes: { target: weeklyTotal(12) },
    });
    await athlete.caller.coaching.acceptProposal({ id: id ?? "", note: "" });
    const after = await athlete.caller.goals.get({ id: week.id });
    expect(after.goal.title).toBe("Run 12 miles");
    // The 6.7 mi long run of a 13.3 mi week is 6 mi of a 12 mi week.
    expect(after.plan.map((s) => s.amount)).toEqual([3, 3, 6]);
    expect(after.progress.target).toBeCloseTo(12 * 1609.344, 3);
    // A title in the athlete's own words stays theirs.
    const own = await athlete.caller.goals.create(
      microInput(mesoId, WEEK_3, { title: "Steady week", visibility: "coach" }),
    );
    const change = await coach.caller.coach.propose({
      kind: "change",
      athleteId: athlete.id,
      goalId: own.id,
      note: "",
      changes: { target: weeklyTotal(9) },
    });
    await athlete.caller.coaching.acceptProposal({ id: change.id ?? "", note: "" });
    expect((await athlete.caller.goals.get({ id: own.id })).goal.title).toBe("Steady week");
  });

  it("to a private goal is NOT_FOUND, and nothing is proposed", async () => {
    const { coach, athlete, macroId } = await setUp();
    const hidden = await athlete.caller.goals.create(
      mesoInput(macroId, { title: "Secret block", visibility: "private" }),
    );
    expect(
      await refusalOf(
        coach.caller.coach.propose({
          kind: "change",
          athleteId: athlete.id,
          goalId: hidden.id,
          note: "",
          changes: { target: weeklyTotal(12) },
        }),
      ),
    ).toMatchObject(GOAL_NOT_FOUND);
    expect(await proposalRows(handle.db, athlete.id)).toEqual([]);
    expect((await athlete.caller.notifications.list()).items).toEqual([]);
  });

  it("to a goal of another athlete is NOT_FOUND, even one the coach also coaches", async () => {
    const { coach, athlete, stranger } = await setUp();
    const other = await newPerson(handle.db, { name: "Cleo Other" });
    await linkCoach(coach, other);
    const theirs = await other.caller.goals.create(macroInput({ visibility: "coach" }));
    const strangers = await stranger.caller.goals.create(macroInput({ visibility: "groups" }));

    for (const goalId of [theirs.id, strangers.id]) {
      expect(
        await refusalOf(
          coach.caller.coach.propose({
            kind: "change",
            athleteId: athlete.id,
            goalId,
            note: "",
            changes: { title: "Renamed" },
          }),
        ),
      ).toMatchObject(GOAL_NOT_FOUND);
    }
    for (const person of [athlete, other, stranger])
      expect(await proposalRows(handle.db, person.id)).toEqual([]);
  });
});

describe("a proposal after the link ends", () => {
  it("is withdrawn with the link, so the athlete can no longer accept it", async () => {
    const { coach, athlete, macroId, link } = await setUp();
    const id = await proposeMeso(coach, athlete.id, macroId);
    await athlete.caller.coaching.end({ linkId: link.linkId });

    expect((await proposalRows(handle.db, athlete.id))[0]).toMatchObject({ status: "withdrawn" });
    expect(await refusalOf(athlete.caller.coaching.acceptProposal({ id, note: "" }))).toMatchObject(
      { code: "BAD_REQUEST", message: "This proposal was already withdrawn." },
    );
    expect(await titled(handle.db, athlete.id, "Spring base")).toEqual([]);
  });
});
