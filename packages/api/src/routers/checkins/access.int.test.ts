import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, refusalOf } from "../../testing/caller";
import {
  checkinGoalRows,
  checkinRows,
  createWeeklyMiles,
  newRunner,
  outcome,
  runnerWithLastWeekForm,
} from "../../testing/checkins";
import { snapshotOf } from "../../testing/goals";

const handle = useTestDatabase();

const SECRET = "Knee hurts, telling only my coach";

/**
 * An owner who checked in last week (one goal carried) and a stranger signed in with the same
 * week start and zone, so the stranger asks for exactly the owner's week.
 */
async function setUp() {
  const {
    me: owner,
    weeks,
    goals,
    form,
  } = await runnerWithLastWeekForm(
    handle.db,
    { hit: 3, missed: 12 },
    (goals) => [
      outcome(goals.hit.id, "hit"),
      outcome(goals.missed.id, "missed", { decision: "carry" }),
    ],
    {
      timeZone: "Asia/Kolkata",
      ran: { day: 3, miles: 4 },
      form: {
        gotInTheWay: SECRET,
        coachOnly: { wentWell: false, gotInTheWay: true, nextFocus: false },
      },
    },
  );
  const stranger = await newRunner(handle.db, { timeZone: "Asia/Kolkata" });
  const checkin = await owner.caller.checkins.submit(form);
  return { owner, stranger, weeks, goals, form, checkin };
}
type Fixture = Awaited<ReturnType<typeof setUp>>;

/** Everything of the owner's that a stranger's call could change. */
async function ownerState(fx: Fixture) {
  return {
    screen: await fx.owner.caller.checkins.get({ weekStart: fx.weeks.lastWeek }),
    rows: await checkinRows(handle.db, fx.owner.id),
    lines: await checkinGoalRows(handle.db, fx.checkin.id),
    goals: await snapshotOf(handle.db, fx.owner.id),
  };
}

describe("check-ins are the athlete's own", () => {
  it("shows a stranger only their own empty week, never the owner's", async () => {
    const fx = await setUp();
    const result = await fx.stranger.caller.checkins.get({ weekStart: fx.weeks.lastWeek });
    expect(result).toMatchObject({ items: [], checkin: null, history: [], adjustBlocks: [] });
    expect(result.consistency).toMatchObject({
      checkedIn: 0,
      text: "Your first check-in starts your record.",
    });
    const text = JSON.stringify(result);
    const ownerIds = await snapshotOf(handle.db, fx.owner.id);
    for (const id of [fx.checkin.id, ...ownerIds.goals.map((g) => g.id)]) {
      expect(text).not.toContain(id);
    }
    expect(text).not.toContain(SECRET);

    // With a goal of their own, that goal is all they see.
    const own = await createWeeklyMiles(fx.stranger.caller, fx.weeks.lastWeek, 5);
    const withGoal = await fx.stranger.caller.checkins.get({ weekStart: fx.weeks.lastWeek });
    expect(withGoal.items.map((item) => item.goal.id)).toEqual([own.id]);
    // The owner's 4 mi run is not the stranger's.
    expect(withGoal.items[0]?.progress.value).toBe(0);
    expect(withGoal.checkin).toBeNull();
  });

  it("refuses a stranger's submit with the owner's goals and changes nothing of the owner's", async () => {
    const fx = await setUp();
    const before = await ownerState(fx);

    const withOwnersGoals = await refusalOf(
      fx.stranger.caller.checkins.submit({ ...fx.form, mood: 1, wentWell: "Mine now" }),
    );
    expect(withOwnersGoals.code).toBe("NOT_FOUND");
    expect(JSON.stringify(withOwnersGoals)).not.toContain(SECRET);

    // An "edit" of the owner's check-in: the stranger has none, whatever version they name.
    const asEdit = await refusalOf(
      fx.stranger.caller.checkins.submit({
        ...fx.form,
        goals: [],
        version: fx.checkin.version,
        wentWell: "Mine now",
      }),
    );
    expect(asEdit).toMatchObject({ code: "NOT_FOUND", details: undefined });

    expect(await ownerState(fx)).toEqual(before);
    expect(await checkinRows(handle.db, fx.stranger.id)).toEqual([]);
  });

  it("refuses anonymous callers", async () => {
    const fx = await setUp();
    const before = await ownerState(fx);
    const anonymous = callerFor(handle.db, null);
    expect((await refusalOf(anonymous.checkins.get({ weekStart: fx.weeks.lastWeek }))).code).toBe(
      "UNAUTHORIZED",
    );
    expect((await refusalOf(anonymous.checkins.submit(fx.form))).code).toBe("UNAUTHORIZED");
    expect(
      (await refusalOf(anonymous.checkins.submit({ ...fx.form, version: 1, mood: 2 }))).code,
    ).toBe("UNAUTHORIZED");
    expect(await ownerState(fx)).toEqual(before);
  });
});
