import {
  findExistingStarts,
  insertActivitiesSkippingDuplicates,
  insertActivityStreams,
  type NewActivityRow,
} from "@stride/db/queries";
import {
  activityProblem,
  type ImportedActivityInput,
  importActivitiesInput,
} from "@stride/domain/activities";
import { todayIn } from "@stride/domain/periods";
import type { Profile } from "@stride/domain/profile";
import { spendLimit } from "../../limits";
import { profileProcedure } from "../../procedures";
import { writeWithProgress } from "../../services/progress";

type Verdict = { index: number; status: "new" | "duplicate" | "refused"; reason: string | null };

const keyOf = (startedAt: Date, type: string) => `${startedAt.toISOString()}|${type}`;

/** Sorts what a file held into new, already logged (same start and type) and refused. */
async function judge(
  ctx: { db: Parameters<typeof findExistingStarts>[0]; viewerId: string; profile: Profile },
  items: ImportedActivityInput[],
) {
  const today = todayIn(ctx.profile.timeZone);
  const existing = await findExistingStarts(ctx.db, {
    ownerId: ctx.viewerId,
    starts: items.flatMap((item) =>
      item.startedAt ? [{ startedAt: new Date(item.startedAt), type: item.type }] : [],
    ),
  });
  const seen = new Set<string>();
  return items.map((item, index): Verdict => {
    const problem = activityProblem(item, { today, weekStart: ctx.profile.weekStart });
    if (problem) return { index, status: "refused", reason: problem.message };
    if (item.startedAt) {
      const key = keyOf(new Date(item.startedAt), item.type);
      if (existing.has(key) || seen.has(key))
        return { index, status: "duplicate", reason: "Already in your log" };
      seen.add(key);
    }
    return { index, status: "new", reason: null };
  });
}

function summary(verdicts: Verdict[]) {
  return {
    new: verdicts.filter((v) => v.status === "new").length,
    duplicates: verdicts.filter((v) => v.status === "duplicate").length,
    refused: verdicts.filter((v) => v.status === "refused").length,
  };
}

/** The preview before saving: nothing is written. */
export const previewImport = profileProcedure
  .input(importActivitiesInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "import", ctx.viewerId);
    const verdicts = await judge(ctx, input.activities);
    return { verdicts, ...summary(verdicts) };
  });

/** Saves the new activities in one statement; duplicates (even ones racing in) are skipped. */
export const importActivities = profileProcedure
  .input(importActivitiesInput)
  .mutation(async ({ ctx, input }) => {
    await spendLimit(ctx.db, "import", ctx.viewerId);
    const verdicts = await judge(ctx, input.activities);
    const rows: NewActivityRow[] = verdicts
      .filter((v) => v.status === "new")
      .flatMap((v) => {
        const item = input.activities[v.index];
        if (!item) return [];
        return [
          {
            athleteId: ctx.viewerId,
            date: item.date,
            startTime: item.startTime,
            startedAt: item.startedAt ? new Date(item.startedAt) : null,
            type: item.type,
            name: item.name,
            distanceMetres: item.distanceMetres,
            durationSeconds: item.durationSeconds,
            elapsedSeconds: item.elapsedSeconds,
            elevationGainMetres: item.elevationGainMetres,
            effort: item.effort,
            notes: item.notes ?? "",
            source: item.source,
          },
        ];
      });
    // The recordings' streams, for the activities' pages; only when the files had any.
    const streams = verdicts.flatMap((v) => {
      const item = input.activities[v.index];
      return v.status === "new" && item?.stream && item.startedAt
        ? [{ startedAt: new Date(item.startedAt), type: item.type, stream: item.stream }]
        : [];
    });
    const imported = await writeWithProgress(
      ctx.db,
      ctx.viewerId,
      async (tx) => {
        const count = await insertActivitiesSkippingDuplicates(tx, rows);
        await insertActivityStreams(tx, { ownerId: ctx.viewerId, items: streams });
        return count;
      },
      () => ({ dates: rows.map((row) => row.date) }),
    );
    const counts = summary(verdicts);
    return {
      imported,
      skipped: counts.duplicates + (rows.length - imported),
      refused: counts.refused,
    };
  });
