import type { Database } from "@stride/db/client";
import { type GoalRow, listGoalsInRangeWithProgress, type Viewer } from "@stride/db/queries";
import { buildGoalTree } from "@stride/domain/goals";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { toGoalDto } from "./goal-dto";
import { loadWeeklyDistances, warningsFor } from "./goal-rules";
import { loadProgress, loadRunDistanceByWeek, progressIn } from "./progress";

type Listed = Awaited<ReturnType<typeof listGoalsInRangeWithProgress>>[number];

/** Goals of `wider` that overlap the year (are in `inYear`) or descend from one that does. */
function withinSubtrees(inYear: Listed[], wider: Listed[]): Listed[] {
  const keep = new Set(inYear.map((row) => row.goal.id));
  const byId = new Map(wider.map((row) => [row.goal.id, row.goal]));
  const reaches = (row: GoalRow | undefined): boolean =>
    row !== undefined &&
    (keep.has(row.id) || (row.parentId !== null && reaches(byId.get(row.parentId))));
  return wider.filter((row) => reaches(row.goal));
}

/**
 * An athlete's goals for a year, nested macro → meso → micro, each with progress and quality
 * warnings, in the viewer's distance unit: for the athlete, all of them; for their coach, the ones
 * the athlete shows them (the policy in the WHERE).
 */
export async function loadGoalTree(
  db: Database,
  args: {
    viewer: Viewer;
    athleteId: string;
    profile: Pick<Profile, "timeZone" | "weekStart">;
    distanceUnit: Profile["distanceUnit"];
    year: number;
    includeArchived: boolean;
  },
) {
  const { viewer, athleteId } = args;
  const ctx = { db, profile: { ...args.profile, distanceUnit: args.distanceUnit } };
  const input = { year: args.year };
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const range = { viewer, athleteId, includeArchived: args.includeArchived };
  const inYear = await listGoalsInRangeWithProgress(ctx.db, { ...range, from, to });
  // A block that starts in December has weeks in January: show whole subtrees of this year's goals.
  const dates = inYear
    .flatMap(({ goal }) => [goal.periodStart, goal.periodEnd])
    .concat(from, to)
    .sort();
  const first = dates[0] ?? from;
  const last = dates.at(-1) ?? to;
  const listed =
    first === from && last === to
      ? inYear
      : withinSubtrees(
          inYear,
          await listGoalsInRangeWithProgress(ctx.db, { ...range, from: first, to: last }),
        );
  const rows = listed.map((row) => row.goal);
  // A fixed number of queries however many goals there are: no query per goal or per week.
  const today = todayIn(ctx.profile.timeZone);
  const [distances, logged, loaded] = await Promise.all([
    loadWeeklyDistances(ctx.db, { viewer, athleteId, from: first, to: last }),
    loadRunDistanceByWeek(ctx.db, { viewer, athleteId, from: addDaysTo(first, -14), to: last }),
    // Whole subtrees: every child of each goal is here, except the private ones a coach does not
    // see, which still count toward their parent's state (the loader finds them).
    loadProgress(
      ctx.db,
      rows,
      {
        distanceUnit: ctx.profile.distanceUnit,
        todayOf: () => today,
        complete: viewer.as === "owner",
      },
      new Map(listed.map((row) => [row.goal.id, row.tally])),
    ),
  ]);

  const nodes = listed.map(({ goal: row, plannedSessions, checklistItems, checklistDone }) => {
    const counts = { plannedSessions, checklistItems };
    return {
      ...toGoalDto(row, checklistItems),
      plannedSessionCount: plannedSessions,
      checklistDone,
      warnings: warningsFor(row, counts, distances, ctx.profile, logged),
      progress: progressIn(loaded, row.id),
    };
  });

  return {
    year: input.year,
    today,
    thisWeekStart: weekStartOf(today, ctx.profile.weekStart),
    weekStartDay: ctx.profile.weekStart,
    distanceUnit: ctx.profile.distanceUnit,
    roots: buildGoalTree(nodes),
  };
}
