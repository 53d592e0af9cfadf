import {
  type CheckinRow,
  findOwnCheckin,
  insertCheckinOnce,
  insertCheckinRevision,
  insertGoalRevision,
  listCheckinGoals,
  listOwnGoals,
  refreshProgress,
  replaceCheckinGoals,
  setOwnGoalStatusesFromCheckin,
  updateOwnCheckinAtVersion,
} from "@stride/db/queries";
import { isLateCheckin, statusAfterCheckin, submitCheckinInput } from "@stride/domain/checkins";
import { DomainError } from "@stride/domain/errors";
import { diffFields, type GoalStatus } from "@stride/domain/goals";
import { addDaysTo, todayIn } from "@stride/domain/periods";
import { profileProcedure } from "../../procedures";
import { progressIn } from "../../services/progress";
import { applyCarryDecision } from "./carry";
import { assertCheckinWeek, loadWeekGoals, toCheckinDto } from "./shared";

function conflict(current: CheckinRow, goals: Parameters<typeof toCheckinDto>[1]) {
  return new DomainError(
    "CONFLICT",
    "This check-in was changed in another tab or on another device after you opened it. Review the latest version, then save your changes again.",
    { details: { current: toCheckinDto(current, goals) } },
  );
}

/**
 * Saves the week's check-in. A first submission creates it; sending the same form again (double
 * click, retry) returns it unchanged; an edit names the version it started from and gets CONFLICT
 * if the check-in moved on. Carry decisions create next week's micro goals once.
 */
export const submit = profileProcedure
  .input(submitCheckinInput)
  .mutation(async ({ ctx, input }) => {
    const { db, viewerId, profile } = ctx;
    assertCheckinWeek(input.weekStart, profile);
    const weekEnd = addDaysTo(input.weekStart, 6);
    const { goals, loaded } = await loadWeekGoals(db, viewerId, profile, input.weekStart);

    const weekGoalIds = new Set(goals.map((goal) => goal.id));
    const unknown = input.goals.filter((g) => !weekGoalIds.has(g.goalId));
    if (unknown.length > 0) {
      const own = await listOwnGoals(db, {
        ownerId: viewerId,
        goalIds: unknown.map((g) => g.goalId),
      });
      // Someone else's goal does not exist for this athlete; their own goal of another week is a mistake.
      if (own.length < unknown.length)
        throw new DomainError("NOT_FOUND", "One of those goals was not found.");
      throw new DomainError("INVALID", "Only this week's micro goals belong in this check-in.", {
        field: "goals",
      });
    }
    if (input.goals.length !== goals.length) {
      throw new DomainError("INVALID", "Give an outcome for each of this week's goals.", {
        field: "goals",
      });
    }

    const fields = {
      wentWell: input.wentWell,
      gotInTheWay: input.gotInTheWay,
      nextFocus: input.nextFocus,
      wentWellCoachOnly: input.coachOnly.wentWell,
      gotInTheWayCoachOnly: input.coachOnly.gotInTheWay,
      nextFocusCoachOnly: input.coachOnly.nextFocus,
      mood: input.mood,
      energy: input.energy,
      shareMood: input.shareMood,
      visibility: input.visibility,
      submissionKey: input.submissionKey,
    };

    const result = await db.transaction(async (tx) => {
      let checkin: CheckinRow | undefined;
      let before: CheckinRow | undefined;
      if (input.version === null) {
        checkin = await insertCheckinOnce(tx, {
          ...fields,
          athleteId: viewerId,
          weekStart: input.weekStart,
          weekEnd,
          late: isLateCheckin(weekEnd, todayIn(profile.timeZone)),
        });
      } else {
        before = await findOwnCheckin(tx, { ownerId: viewerId, weekStart: input.weekStart });
        if (before) {
          checkin = await updateOwnCheckinAtVersion(tx, {
            ownerId: viewerId,
            checkinId: before.id,
            version: input.version,
            set: fields,
          });
        }
      }
      if (!checkin) return undefined;

      const previousGoals = before ? await listCheckinGoals(tx, checkin.id) : [];
      const rows = [];
      const statusChanges: { goalId: string; from: GoalStatus; status: GoalStatus }[] = [];
      for (const entry of input.goals) {
        const goal = goals.find((g) => g.id === entry.goalId);
        if (!goal) continue;
        const progress = progressIn(loaded, goal.id);
        const earlier = previousGoals.find((g) => g.goalId === goal.id);
        const carried = await applyCarryDecision(tx, {
          viewerId,
          goal,
          entry,
          earlier: earlier?.carriedGoalId
            ? { goalId: earlier.carriedGoalId, targetBefore: earlier.carriedTargetBefore }
            : null,
        });
        const status = statusAfterCheckin(entry, earlier);
        if (status && status !== goal.status)
          statusChanges.push({ goalId: goal.id, from: goal.status, status });
        rows.push({
          goalId: goal.id,
          outcome: entry.outcome,
          excuse: entry.excuse,
          excuseNote: entry.excuseNote,
          decision: entry.decision,
          actualValue: progress.value,
          targetValue: progress.target,
          carriedGoalId: carried?.goalId ?? null,
          carriedTargetBefore: carried?.targetBefore ?? null,
        });
      }
      // However many goals the week has: one UPDATE for their statuses, one INSERT for the history.
      await setOwnGoalStatusesFromCheckin(tx, { ownerId: viewerId, changes: statusChanges });
      await insertGoalRevision(
        tx,
        statusChanges.map((change) => ({
          goalId: change.goalId,
          actorId: viewerId,
          kind: "status" as const,
          reason: "Weekly check-in",
          changes: { status: { from: change.from, to: change.status } },
        })),
      );
      await replaceCheckinGoals(tx, checkin.id, rows);
      // Verdicts and carried goals change tallies; the check-in itself changes the triage.
      await refreshProgress(tx, {
        athleteId: viewerId,
        goalIds: [
          ...goals.map((goal) => goal.id),
          ...[...rows, ...previousGoals].flatMap((row) => row.carriedGoalId ?? []),
        ],
      });
      if (before) {
        const outcomesOf = (
          list: {
            goalId: string;
            outcome: string;
            excuse: string | null;
            decision: string | null;
          }[],
        ) =>
          Object.fromEntries(
            list.map((g) => [
              g.goalId,
              { outcome: g.outcome, excuse: g.excuse, decision: g.decision },
            ]),
          );
        const changes = diffFields(
          { ...fieldsOf(before), outcomes: outcomesOf(previousGoals) },
          { ...fieldsOf(checkin), outcomes: outcomesOf(rows) },
        );
        await insertCheckinRevision(tx, { checkinId: checkin.id, actorId: viewerId, changes });
      }
      return { checkin, rows: await listCheckinGoals(tx, checkin.id) };
    });

    if (result) return toCheckinDto(result.checkin, result.rows);
    // Not written: the check-in exists already (first submission raced) or moved on (stale edit).
    const current = await findOwnCheckin(db, { ownerId: viewerId, weekStart: input.weekStart });
    if (!current) throw new DomainError("NOT_FOUND", "That check-in was not found.");
    const currentGoals = await listCheckinGoals(db, current.id);
    // The same form sent again (a double click, a retry after a timeout) gets what it made.
    if (current.submissionKey === input.submissionKey) return toCheckinDto(current, currentGoals);
    throw conflict(current, currentGoals);
  });

function fieldsOf(row: CheckinRow) {
  return {
    wentWell: row.wentWell,
    gotInTheWay: row.gotInTheWay,
    nextFocus: row.nextFocus,
    mood: row.mood,
    energy: row.energy,
    shareMood: row.shareMood,
    visibility: row.visibility,
    coachOnly: {
      wentWell: row.wentWellCoachOnly,
      gotInTheWay: row.gotInTheWayCoachOnly,
      nextFocus: row.nextFocusCoachOnly,
    },
  };
}
