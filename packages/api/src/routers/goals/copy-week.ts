import {
  findOwnMicroGoalsOfWeek,
  insertGoal,
  insertGoalRevision,
  listChecklistItems,
  listOwnGoals,
  listPlannedSessions,
  lockForTransaction,
  nextGoalPosition,
  refreshProgress,
  replacePlannedSessions,
  syncChecklistItems,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { copyWeekInput, fitsParent } from "@stride/domain/goals";
import { addDaysTo, isWeekStart } from "@stride/domain/periods";
import { profileProcedure } from "../../procedures";

/**
 * Copies last week's micro goals (with their plans, a week later) into the week starting at
 * `weekStart`. Goals already copied into that week are skipped, so a double click copies once.
 */
export const copyPreviousWeek = profileProcedure
  .input(copyWeekInput)
  .mutation(async ({ ctx, input }) => {
    const { db, viewerId, profile } = ctx;
    if (!isWeekStart(input.weekStart, profile.weekStart)) {
      throw new DomainError(
        "INVALID",
        `Pick a week starting on your week start day (${profile.weekStart}).`,
        {
          field: "weekStart",
        },
      );
    }
    const week = { start: input.weekStart, end: addDaysTo(input.weekStart, 6) };
    const previousStart = addDaysTo(input.weekStart, -7);

    return db.transaction(async (tx) => {
      // Two requests at once (a double click, two tabs) queue here, so the second sees the
      // first one's copies and skips them.
      await lockForTransaction(tx, `copy-week:${viewerId}:${input.weekStart}`);
      const [sources, existing] = await Promise.all([
        findOwnMicroGoalsOfWeek(tx, { ownerId: viewerId, weekStart: previousStart }),
        findOwnMicroGoalsOfWeek(tx, { ownerId: viewerId, weekStart: input.weekStart }),
      ]);
      const alreadyCopied = new Set(existing.map((goal) => goal.copiedFromId));
      // A block that already has its goal for the new week (its ramp, a carried goal) keeps it:
      // a copy beside it would count the same week twice.
      const planned = new Set(existing.flatMap((goal) => (goal.parentId ? [goal.parentId] : [])));
      const toCopy = sources.filter(
        (goal) => !alreadyCopied.has(goal.id) && !(goal.parentId && planned.has(goal.parentId)),
      );
      const parentIds = [
        ...new Set(toCopy.flatMap((goal) => (goal.parentId ? [goal.parentId] : []))),
      ];
      const sourceIds = toCopy.map((goal) => goal.id);
      const [parents, sessions, items] = await Promise.all([
        listOwnGoals(tx, { ownerId: viewerId, goalIds: parentIds }),
        listPlannedSessions(tx, { ownerId: viewerId, goalIds: sourceIds }),
        listChecklistItems(tx, { ownerId: viewerId, goalIds: sourceIds }),
      ]);
      // A copy stays under its meso goal only while that block still covers the new week.
      const parentsCovering = new Set(
        parents
          .filter(
            (p) =>
              p.archivedAt === null &&
              fitsParent("micro", week, { start: p.periodStart, end: p.periodEnd }),
          )
          .map((p) => p.id),
      );

      const copies: string[] = [];
      for (const source of toCopy) {
        const { id, createdAt, updatedAt, version, archivedAt, status, ...fields } = source;
        const parentId =
          source.parentId && parentsCovering.has(source.parentId) ? source.parentId : null;
        const copy = await insertGoal(tx, {
          ...fields,
          parentId,
          periodStart: week.start,
          periodEnd: week.end,
          position: await nextGoalPosition(tx, { ownerId: viewerId, parentId, level: "micro" }),
          copiedFromId: source.id,
        });
        // A new week starts with a fresh checklist: same items, nothing ticked yet.
        await syncChecklistItems(
          tx,
          copy.id,
          items.filter((item) => item.goalId === source.id).map((item) => item.label),
        );
        await replacePlannedSessions(
          tx,
          copy.id,
          sessions
            .filter((session) => session.goalId === source.id)
            .map(({ day, time, activityType, amount, note, workout }) => ({
              day: addDaysTo(day, 7),
              time,
              activityType,
              amount,
              note,
              workout,
            })),
        );
        await insertGoalRevision(tx, {
          goalId: copy.id,
          actorId: viewerId,
          kind: "created",
          reason: "Copied from last week",
          changes: {},
        });
        copies.push(copy.id);
      }
      await refreshProgress(tx, { athleteId: viewerId, goalIds: copies });
      return { copied: toCopy.length, skipped: sources.length - toCopy.length };
    });
  });
