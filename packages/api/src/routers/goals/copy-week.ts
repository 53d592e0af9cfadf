import {
  findOwnMicroGoalsOfWeek,
  listChecklistItems,
  listOwnGoals,
  listPlannedSessions,
  lockForTransaction,
  refreshProgress,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { copyWeekInput, fitsParent } from "@stride/domain/goals";
import { addDaysTo, isWeekStart } from "@stride/domain/periods";
import { profileProcedure } from "../../procedures";
import { copyGoalIntoWeek } from "../../services/goal-copies";

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
        const copy = await copyGoalIntoWeek(tx, {
          viewerId,
          source,
          week,
          parentId:
            source.parentId && parentsCovering.has(source.parentId) ? source.parentId : null,
          checklist: items.filter((item) => item.goalId === source.id).map((item) => item.label),
          sessions: sessions.filter((session) => session.goalId === source.id),
          reason: "Copied from last week",
        });
        copies.push(copy.id);
      }
      await refreshProgress(tx, { athleteId: viewerId, goalIds: copies });
      return { copied: toCopy.length, skipped: sources.length - toCopy.length };
    });
  });
