import {
  findOwnCheckin,
  listCheckinGoals,
  listCheckinRevisions,
  listOwnGoals,
} from "@stride/db/queries";
import { isLateCheckin, prefillOutcome } from "@stride/domain/checkins";
import { addDaysTo, calendarDateSchema, todayIn } from "@stride/domain/periods";
import { z } from "zod";
import { profileProcedure } from "../../procedures";
import { toGoalDto } from "../../services/goal-dto";
import { progressIn } from "../../services/progress";
import { assertCheckinWeek, loadConsistency, loadWeekGoals, toCheckinDto } from "./shared";

/**
 * Everything the check-in screen needs: the week's goals with outcomes pre-filled from the log,
 * the check-in if there is one (with its history), the athlete's consistency, and the blocks that
 * were missed two weeks running (to offer an adjustment).
 */
export const get = profileProcedure
  .input(z.object({ weekStart: calendarDateSchema }))
  .query(async ({ ctx, input }) => {
    const { db, viewerId, profile } = ctx;
    assertCheckinWeek(input.weekStart, profile);
    const previousWeek = addDaysTo(input.weekStart, -7);
    const [{ goals, loaded }, existing, previous, consistency] = await Promise.all([
      loadWeekGoals(db, viewerId, profile, input.weekStart),
      findOwnCheckin(db, { ownerId: viewerId, weekStart: input.weekStart }),
      findOwnCheckin(db, { ownerId: viewerId, weekStart: previousWeek }),
      loadConsistency(db, viewerId, profile),
    ]);
    const [existingGoals, previousGoals, history] = await Promise.all([
      existing ? listCheckinGoals(db, existing.id) : [],
      previous ? listCheckinGoals(db, previous.id) : [],
      existing ? listCheckinRevisions(db, { ownerId: viewerId, checkinId: existing.id }) : [],
    ]);

    const items = goals.map((goal) => {
      const progress = progressIn(loaded, goal.id);
      return { goal: toGoalDto(goal), progress, suggested: prefillOutcome(progress) };
    });

    // A block whose week was missed last week and looks missed again: offer to adjust it.
    const lastWeekGoals =
      previousGoals.length > 0
        ? await listOwnGoals(db, { ownerId: viewerId, goalIds: previousGoals.map((g) => g.goalId) })
        : [];
    const missedLastWeek = new Set(
      previousGoals
        .filter((g) => g.outcome === "missed")
        .flatMap((g) => lastWeekGoals.find((goal) => goal.id === g.goalId)?.parentId ?? []),
    );
    const missedNow = items.filter((item) => {
      const recorded = existingGoals.find((g) => g.goalId === item.goal.id)?.outcome;
      return (
        (recorded ?? item.suggested) === "missed" &&
        item.goal.parentId &&
        missedLastWeek.has(item.goal.parentId)
      );
    });
    const blocks = await listOwnGoals(db, {
      ownerId: viewerId,
      goalIds: [...new Set(missedNow.flatMap((i) => i.goal.parentId ?? []))],
    });

    const today = todayIn(profile.timeZone);
    const weekEnd = addDaysTo(input.weekStart, 6);
    return {
      weekStart: input.weekStart,
      weekEnd,
      today,
      dueOn: weekEnd,
      lateIfSubmittedNow: isLateCheckin(weekEnd, today),
      defaultVisibility: profile.checkinVisibility,
      distanceUnit: profile.distanceUnit,
      items,
      checkin: existing ? toCheckinDto(existing, existingGoals) : null,
      history: history.map((h) => ({ ...h, actorName: h.actorName ?? "Deleted user" })),
      consistency,
      adjustBlocks: blocks.map((block) => toGoalDto(block)),
    };
  });
