import type { Profile, UpdateProfileInput } from "@stride/domain/profile";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { profiles, users } from "../schema";
import { personChanged } from "./person-changes";
import { ownRows } from "./policy";

const profileColumns = {
  email: users.email,
  name: profiles.name,
  timeZone: profiles.timeZone,
  weekStart: profiles.weekStart,
  distanceUnit: profiles.distanceUnit,
  checkinVisibility: profiles.checkinVisibility,
  emailVerified: sql<boolean>`${users.emailVerifiedAt} is not null`,
};

// A profile is only ever read or written by its owner: the viewer id is the row key.
export async function getProfile(db: Database, ownerId: string): Promise<Profile | undefined> {
  const [row] = await db
    .select(profileColumns)
    .from(profiles)
    .innerJoin(users, eq(users.id, profiles.userId))
    .where(ownRows(profiles.userId, ownerId));
  return row;
}

export async function updateProfile(
  db: Database,
  ownerId: string,
  input: UpdateProfileInput,
): Promise<Profile | undefined> {
  const [updated] = await db
    .update(profiles)
    .set({ ...input, updatedAt: new Date() })
    .where(ownRows(profiles.userId, ownerId))
    .returning({ userId: profiles.userId });
  if (!updated) return undefined;
  await personChanged(db, ownerId);
  return getProfile(db, ownerId);
}
