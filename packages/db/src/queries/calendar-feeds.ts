import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { calendarFeeds } from "../schema";
import { ownRows } from "./policy";

export async function findFeedOwner(db: Database, tokenHash: string) {
  const [row] = await db
    .select({ athleteId: calendarFeeds.athleteId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, tokenHash));
  return row?.athleteId;
}

export async function hasFeed(db: Database, ownerId: string) {
  return (await db.$count(calendarFeeds, ownRows(calendarFeeds.athleteId, ownerId))) > 0;
}

/** A new token replaces the old one, so the old subscription URL stops working. */
export async function replaceFeedToken(db: Database, ownerId: string, tokenHash: string) {
  await db
    .insert(calendarFeeds)
    .values({ athleteId: ownerId, tokenHash })
    .onConflictDoUpdate({
      target: calendarFeeds.athleteId,
      set: { tokenHash, createdAt: new Date() },
    });
}

export async function deleteFeed(db: Database, ownerId: string) {
  await db.delete(calendarFeeds).where(ownRows(calendarFeeds.athleteId, ownerId));
}
