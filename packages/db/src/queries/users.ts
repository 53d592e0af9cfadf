import type { DistanceUnit, WeekDay } from "@stride/domain/profile";
import { eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../client";
import { profiles, users } from "../schema";

export type NewAccount = {
  email: string;
  passwordHash: string;
  name: string;
  timeZone?: string;
  weekStart?: WeekDay;
  distanceUnit?: DistanceUnit;
};

/** Creates the user and the profile together; undefined when the email is taken. */
export async function insertAccount(db: Database, account: NewAccount) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: account.email, passwordHash: account.passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!user) return undefined;
    await tx.insert(profiles).values({
      userId: user.id,
      name: account.name,
      timeZone: account.timeZone,
      weekStart: account.weekStart,
      distanceUnit: account.distanceUnit,
    });
    return user;
  });
}

export async function findCredentialsByEmail(db: Database, email: string) {
  const [row] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email));
  return row;
}

export async function findCredentialsById(db: Database, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function getSessionVersion(db: Database, userId: string) {
  const [row] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  return row?.sessionVersion;
}

/** Sets a new password and invalidates every session issued before; returns the new version. */
export async function replacePasswordHash(db: Database, userId: string, passwordHash: string) {
  const [row] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion;
}

export async function listExistingEmails(db: Database, emails: readonly string[]) {
  if (emails.length === 0) return [];
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(inArray(users.email, [...emails]));
  return rows.map((row) => row.email);
}
