import { createCheckin, createGoal } from "@stride/db/factories";
import { makeTarget } from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { outcome, submitInput } from "../testing/checkins";
import { groupOf, postComment } from "../testing/groups";
import { newPerson } from "../testing/people";
import { useCountingDatabase } from "./counting-database";

// Its own database that counts every statement drizzle sends.
const handle = useCountingDatabase();
const { statementsFor } = handle;

const lastWeek = () => addDaysTo(weekStartOf(todayIn("UTC"), "monday"), -7);

/** An athlete whose week just ended had `count` weekly goals. */
async function athleteWithGoals(count: number) {
  const athlete = await newPerson(handle.db, { name: `Athlete with ${count}` });
  const goalIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const goal = await createGoal(handle.db, {
      athleteId: athlete.id,
      level: "micro",
      title: `Goal ${i}`,
      periodStart: lastWeek(),
      target: makeTarget({
        value: 10 + i,
      }),
    });
    goalIds.push(goal.id);
  }
  return { athlete, goalIds };
}

const checkinOf = (goalIds: readonly string[]) =>
  submitInput(
    lastWeek(),
    goalIds.map((goalId) => outcome(goalId, "missed")),
    { mood: 3, energy: 3, shareMood: true, visibility: "groups" },
  );

/** A check-in shared with a group of `members`, of whom all but two already commented on it. */
async function busyThread(members: number) {
  const people = [];
  for (let i = 0; i < members; i++)
    people.push(await newPerson(handle.db, { name: `Member ${i}` }));
  const [owner, commenter, ...others] = people;
  if (!owner || !commenter) throw new Error("Two people at least");
  await groupOf(owner, [commenter, ...others]);
  const checkin = await createCheckin(handle.db, { athleteId: owner.id, weekStart: lastWeek() });
  for (const other of others) await postComment(other, checkin.id, "Nice one");
  return { commenter, checkinId: checkin.id };
}

describe("query budgets: writes", () => {
  it("submits a check-in of 8 weekly goals in as many statements as one of 1", async () => {
    const one = await athleteWithGoals(1);
    const eight = await athleteWithGoals(8);
    const small = await statementsFor(() =>
      one.athlete.caller.checkins.submit(checkinOf(one.goalIds)),
    );
    const large = await statementsFor(() =>
      eight.athlete.caller.checkins.submit(checkinOf(eight.goalIds)),
    );
    const saved = await eight.athlete.caller.checkins.get({ weekStart: lastWeek() });
    expect(saved.checkin?.goals).toHaveLength(8);
    expect(large).toBe(small);
  });

  it("posts a comment in a thread of 10 in as many statements as in an empty one", async () => {
    const quiet = await busyThread(2);
    const busy = await busyThread(12);
    const small = await statementsFor(() =>
      postComment(quiet.commenter, quiet.checkinId, "See you Saturday"),
    );
    const large = await statementsFor(() =>
      postComment(busy.commenter, busy.checkinId, "See you Saturday"),
    );
    expect(large).toBe(small);
  });
});
