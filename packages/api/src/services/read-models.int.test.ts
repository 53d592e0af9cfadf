import { useTestDatabase } from "@stride/db/testing";
import { dropTriageSnapshots, talliesNow, weekTotalsNow } from "@stride/db/testing/read-models";
import { addDaysTo } from "@stride/domain/periods";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appRouter } from "../root";
import { activityInput, importItem } from "../testing/activities";
import { weeklyTotal } from "../testing/goals";
import {
  asAPerson,
  checkinOf,
  makeWorld,
  pickable,
  type World,
} from "../testing/read-models-world";
import { forgetRememberedTriage } from "./triage-rows";

// docs/progress.md, "Read models": after any sequence of writes through the API, the stored read
// models equal a full recompute from the raw rows, on both drivers.
const handle = useTestDatabase();

const day = fc.integer({ min: -21, max: 6 });
const command = fc.oneof(
  fc.record({
    kind: fc.constant("log" as const),
    day,
    km: fc.integer({ min: 1, max: 25 }),
    type: fc.constantFrom("run" as const, "walk" as const, "strength" as const),
  }),
  fc.record({
    kind: fc.constant("edit" as const),
    pick: fc.nat(),
    day,
    km: fc.integer({ min: 1, max: 25 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("restoreActivity" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("import" as const),
    days: fc.array(day, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant("logPlanned" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("habit" as const),
    day: fc.integer({ min: 0, max: 6 }),
    count: fc.integer({ min: 0, max: 4 }),
  }),
  fc.record({ kind: fc.constant("tick" as const), pick: fc.nat(), done: fc.boolean() }),
  fc.record({
    kind: fc.constant("status" as const),
    pick: fc.nat(),
    status: fc.constantFrom("active", "achieved", "partial", "missed", "abandoned"),
  }),
  fc.record({
    kind: fc.constant("target" as const),
    pick: fc.nat(),
    value: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ kind: fc.constant("archive" as const), pick: fc.nat(), archived: fc.boolean() }),
  fc.record({
    kind: fc.constant("createWeek" as const),
    week: fc.integer({ min: -2, max: 1 }),
    km: fc.integer({ min: 5, max: 40 }),
  }),
  fc.record({ kind: fc.constant("copyWeek" as const), week: fc.integer({ min: -1, max: 1 }) }),
  fc.record({
    kind: fc.constant("checkin" as const),
    week: fc.integer({ min: -2, max: 0 }),
    outcomes: fc.array(fc.constantFrom("hit", "partial", "missed"), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant("proposal" as const),
    pick: fc.nat(),
    km: fc.integer({ min: 5, max: 40 }),
  }),
  fc.record({
    kind: fc.constant("weekStart" as const),
    weekStart: fc.constantFrom("monday" as const, "sunday" as const, "wednesday" as const),
  }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

/** The mutations the commands below exercise; the coverage test holds this to the router. */
export const EXERCISED = [
  "activities.create",
  "activities.update",
  "activities.delete",
  "activities.restore",
  "activities.import",
  "activities.logPlanned",
  "activities.setHabit",
  "goals.tickChecklistItem",
  "goals.setStatus",
  "goals.update",
  "goals.archive",
  "goals.restore",
  "goals.create",
  "goals.copyPreviousWeek",
  "checkins.submit",
  "coach.propose",
  "coaching.acceptProposal",
  "profile.update",
];

async function apply(world: World, c: Command, serial: number) {
  const { caller, week } = world;
  const { own, logged } = await pickable(world);
  const at = <T>(list: readonly T[], i: number) => list[i % Math.max(1, list.length)];
  const live = own.filter((g) => g.archivedAt === null);
  switch (c.kind) {
    case "log":
      return caller.activities.create(
        activityInput(addDaysTo(week, c.day), {
          type: c.type,
          distance: c.km,
          durationSeconds: c.km * 330,
        }),
      );
    case "edit": {
      const a = at(logged, c.pick);
      if (!a) return;
      return caller.activities.update({
        id: a.id,
        ...activityInput(addDaysTo(week, c.day), { distance: c.km, durationSeconds: c.km * 330 }),
      });
    }
    case "delete":
    case "restoreActivity": {
      const a = at(logged, c.pick);
      if (!a) return;
      return c.kind === "delete"
        ? caller.activities.delete({ id: a.id })
        : caller.activities.restore({ id: a.id });
    }
    case "import":
      return caller.activities.import({
        activities: c.days.map((d, i) =>
          importItem(addDaysTo(week, d), {
            startedAt: `${addDaysTo(week, d)}T0${i}:${String(serial % 60).padStart(2, "0")}:00.000Z`,
          }),
        ),
      });
    case "logPlanned": {
      const weekView = await caller.week.get({ weekStart: null });
      const session = at(
        weekView.goals.flatMap((g) => g.plan),
        c.pick,
      );
      if (!session) return;
      return caller.activities.logPlanned({ sessionId: session.id });
    }
    case "habit": {
      const habit = own.find((g) => g.targetUnit === "count");
      if (!habit) return;
      return caller.activities.setHabit({
        id: habit.id,
        date: addDaysTo(habit.periodStart, c.day),
        count: c.count,
      });
    }
    case "tick": {
      const checklist = own.find((g) => g.targetKind === "checklist");
      if (!checklist) return;
      const items = (await caller.goals.get({ id: checklist.id })).checklist;
      const item = at(items, c.pick);
      if (!item) return;
      return caller.goals.tickChecklistItem({ itemId: item.id, done: c.done });
    }
    case "status": {
      const goal = at(live, c.pick);
      if (!goal) return;
      return caller.goals.setStatus({
        id: goal.id,
        version: goal.version,
        status: c.status,
        reason: "",
      });
    }
    case "target": {
      const goal = at(
        live.filter((g) => g.targetUnit === "km"),
        c.pick,
      );
      if (!goal) return;
      const current = (await caller.goals.get({ id: goal.id })).goal;
      if (!current.targetInput) return;
      return caller.goals.update({
        id: goal.id,
        version: goal.version,
        reason: "Adjusting",
        changes: { target: { ...current.targetInput, value: c.value } },
      });
    }
    case "archive": {
      const goal = at(own, c.pick);
      if (!goal) return;
      return c.archived
        ? caller.goals.archive({ id: goal.id, version: goal.version })
        : caller.goals.restore({ id: goal.id, version: goal.version });
    }
    case "createWeek": {
      const block = own.find((g) => g.level === "meso");
      return caller.goals.create({
        level: "micro",
        parentId: block?.id ?? null,
        title: `Run ${c.km} km`,
        why: "",
        strategy: "",
        category: "running",
        visibility: "coach",
        periodStart: addDaysTo(week, c.week * 7),
        periodEnd: addDaysTo(week, c.week * 7 + 6),
        target: weeklyTotal(c.km, "km"),
        plan: [
          {
            day: addDaysTo(week, c.week * 7 + 2),
            time: null,
            activityType: "run",
            amount: c.km / 2,
            note: "",
          },
        ],
        checklist: [],
        weeks: [],
      });
    }
    case "copyWeek":
      return caller.goals.copyPreviousWeek({ weekStart: addDaysTo(week, c.week * 7) });
    case "checkin": {
      const weekStart = addDaysTo(week, c.week * 7);
      const micros = live.filter((g) => g.level === "micro" && g.periodStart === weekStart);
      return caller.checkins.submit(
        checkinOf(
          weekStart,
          micros.map((g) => g.id),
          c.outcomes,
        ),
      );
    }
    case "proposal": {
      const goal = at(
        live.filter((g) => g.targetUnit === "km" && g.level === "micro"),
        c.pick,
      );
      if (!goal) return;
      await world.coach.caller.coach.propose({
        kind: "change",
        athleteId: world.athlete.id,
        goalId: goal.id,
        note: "",
        changes: {
          target: weeklyTotal(c.km, "km"),
        },
      });
      const [pending] = await caller.coaching.proposals();
      if (!pending) return;
      return caller.coaching.acceptProposal({ id: pending.id, note: "" });
    }
    case "weekStart":
      return caller.profile.update({ ...(await caller.profile.get()), weekStart: c.weekStart });
  }
}

describe("read models kept on write", () => {
  it("equal a full recompute from the raw rows after any sequence of writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const world = await makeWorld(handle.db);
        // A triage read before the writes leaves a snapshot for them to make stale.
        await world.coach.caller.coach.triage({ tag: null });
        // Checked after every write: a later write must not hide an earlier one's stale rows.
        for (const [serial, c] of commands.entries()) {
          await asAPerson(() => apply(world, c, serial));
          const tallies = await talliesNow(handle.db, world.athlete.id);
          expect(tallies.stored, `after ${JSON.stringify(c)}`).toEqual(tallies.recomputed);
          const totals = await weekTotalsNow(handle.db, world.athlete.id);
          expect(totals.stored, `after ${JSON.stringify(c)}`).toEqual(totals.recomputed);
        }
        // The triage the coach reads now equals one made from nothing.
        const read = await world.coach.caller.coach.triage({ tag: null });
        await dropTriageSnapshots(handle.db, world.athlete.id);
        forgetRememberedTriage();
        const fresh = await world.coach.caller.coach.triage({ tag: null });
        expect(read.athletes).toEqual(fresh.athletes);
      }),
      { numRuns: 15, endOnFailure: true },
    );
  }, 240_000);

  it("exercises every mutation that writes what progress is made of", () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string } }
    >;
    const mutations = Object.keys(procedures).filter(
      (path) => procedures[path]?._def.type === "mutation",
    );
    const untouched = mutations.filter(
      (path) => !EXERCISED.includes(path) && !WRITES_NO_PROGRESS_INPUT[path],
    );
    expect(untouched).toEqual([]);
    // And neither list names a mutation the router no longer has.
    const listed = [...EXERCISED, ...Object.keys(WRITES_NO_PROGRESS_INPUT)];
    expect(listed.filter((path) => !mutations.includes(path))).toEqual([]);
  });
});

/**
 * Mutations that write nothing progress is made of (activities, habits, checklists, goals, plans,
 * check-ins, the week start), each with why. A new mutation must join this list or the commands.
 */
const WRITES_NO_PROGRESS_INPUT: Record<string, string> = {
  "training.setZones": "the race pace zones come from: no activity, goal or week start",
  "account.signUp": "a new account, with no goals or logs yet",
  "account.changePassword": "credentials only",
  "account.requestPasswordReset": "a reset link (email_tokens)",
  "account.resetPassword": "credentials only",
  "account.verifyEmail": "the account's confirmed address",
  "account.resendVerification": "a confirmation link (email_tokens)",
  "account.delete": "removes the athlete, and every read model row with them (cascade)",
  "activities.previewImport": "reads only: nothing is saved",
  "calendar.subscribe": "a calendar token",
  "calendar.unsubscribe": "a calendar token",
  "goals.reorder": "positions only",
  "coach.inviteLink": "an invitation",
  "coach.inviteByEmail": "an invitation",
  "coach.withdrawInvite": "an invitation",
  "coach.setTags": "a coaching link's tags (read live by the triage)",
  "coach.markReviewed": "a coaching link's reviewed week (read live by the triage)",
  "coach.withdrawProposal": "a proposal, not yet applied",
  "coach.setThresholds": "the coach's thresholds (applied at read time)",
  "coach.createTemplate": "a template",
  "coach.updateTemplate": "a template",
  "coach.deleteTemplate": "a template",
  "coach.assignTemplate": "proposals, applied only when accepted (coaching.acceptProposal)",
  "coaching.acceptInvite": "a coaching link",
  "coaching.declineInvite": "an invitation",
  "coaching.end": "a coaching link",
  "coaching.declineProposal": "a proposal",
  "groups.create": "groups",
  "groups.update": "groups",
  "groups.createInvite": "groups",
  "groups.inviteByEmail": "groups",
  "groups.revokeInvite": "groups",
  "groups.join": "groups",
  "groups.leave": "groups",
  "groups.removeMember": "groups",
  "groups.transferOwnership": "groups",
  "social.comment": "comments (comments waiting for a coach are read live by the triage)",
  "social.editComment": "comments",
  "social.deleteComment": "comments",
  "social.goalComment": "comments",
  "social.react": "reactions",
  "notifications.markRead": "notifications",
  "notifications.markAllRead": "notifications",
  "notifications.mute": "notification settings",
  "messages.savePreferences": "email preferences",
  "messages.unsubscribe": "email preferences",
  "push.subscribe": "a push subscription",
  "push.remove": "a push subscription",
};
