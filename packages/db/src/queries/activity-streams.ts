import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { activities, activityStreams } from "../schema";
import type { ActivityRow } from "./activities";
import { activitiesVisibleTo, asOwner } from "./policy";

/**
 * Keeps the streams of the recordings just imported, found by their start and type (the import's
 * own key), in one statement. A recording that was a duplicate keeps the stream it had.
 */
export async function insertActivityStreams(
  db: Database,
  input: {
    ownerId: string;
    items: readonly { startedAt: Date; type: ActivityRow["type"]; stream: unknown }[];
  },
) {
  if (input.items.length === 0) return;
  const values = sql.join(
    input.items.map(
      (item) =>
        sql`(${item.startedAt.toISOString()}::timestamptz, ${item.type}::activity_type, ${JSON.stringify(item.stream)}::jsonb)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    insert into ${activityStreams} (activity_id, stream)
    select a.id, v.stream
    from ${activities} a
    join (values ${values}) as v(started_at, type, stream)
      on a.started_at = v.started_at and a.type = v.type
    where a.athlete_id = ${input.ownerId} and a.deleted_at is null
    on conflict (activity_id) do nothing`);
}

/** The stream of one of the owner's own activities, or undefined (none kept, or not theirs). */
export async function findOwnActivityStream(
  db: Database,
  input: { ownerId: string; activityId: string },
) {
  const [row] = await db
    .select({ stream: activityStreams.stream })
    .from(activityStreams)
    .innerJoin(activities, eq(activities.id, activityStreams.activityId))
    .where(
      and(
        eq(activityStreams.activityId, input.activityId),
        activitiesVisibleTo(asOwner(input.ownerId)),
      ),
    );
  return row?.stream;
}
