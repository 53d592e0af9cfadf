import type { DistanceUnit, WeekDay } from "@stride/domain/profile";
import { eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { endedSessions, profiles, users } from "../schema";
import { personChanged } from "./person-changes";

export type NewAccount = {
  email: string;
  passwordHash: string;
  name: string;
  timeZone?: string;
  weekStart?: WeekDay;
  distanceUnit?: DistanceUnit;
  /** Set for accounts whose address is known good (seeds, tests); sign-ups start unconfirmed. */
  emailVerifiedAt?: Date | null;
};

/** Creates the user and the profile together; undefined when the email is taken. */
export async function insertAccount(db: Database, account: NewAccount) {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: account.email,
        passwordHash: account.passwordHash,
        emailVerifiedAt: account.emailVerifiedAt ?? null,
      })
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

async function findCredentials(db: Database, where: SQL) {
  const [row] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(where);
  return row;
}

export function findCredentialsByEmail(db: Database, email: string) {
  return findCredentials(db, eq(users.email, email));
}

export function findCredentialsById(db: Database, userId: string) {
  return findCredentials(db, eq(users.id, userId));
}

/**
 * What the session check needs in one statement: the account's session version (undefined when
 * the account is gone) and whether this particular session was ended by signing out.
 */
export async function getSessionState(db: Database, input: { userId: string; sessionId: string }) {
  const [row] = await db
    .select({
      sessionVersion: users.sessionVersion,
      ended: sql<boolean>`exists (select 1 from ${endedSessions} where ${endedSessions.sessionId} = ${input.sessionId})`,
    })
    .from(users)
    .where(eq(users.id, input.userId));
  return row;
}

/** Ends one session (signing out): its cookie is refused from now on, even if it was copied. */
export async function endSession(
  db: Database,
  input: { userId: string; sessionId: string; expiresAt: Date },
) {
  // Only for an account that still exists: signing out after deleting it has nothing to end.
  await db
    .insert(endedSessions)
    .select(
      db
        .select({
          sessionId: sql<string>`${input.sessionId}`.as("session_id"),
          userId: users.id,
          expiresAt: sql<Date>`${input.expiresAt.toISOString()}::timestamptz`.as("expires_at"),
        })
        .from(users)
        .where(eq(users.id, input.userId)),
    )
    .onConflictDoNothing();
  await personChanged(db, input.userId);
  // Ended sessions past their expiry would be refused anyway; keep the table small.
  await db.delete(endedSessions).where(lt(endedSessions.expiresAt, new Date()));
}

/** Sets a new password and invalidates every session issued before; returns the new version. */
export async function replacePasswordHash(db: Database, userId: string, passwordHash: string) {
  const [row] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  await personChanged(db, userId);
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

/** Records that the owner of the address opened the link mailed to it. */
export async function markEmailVerified(db: Database, userId: string, now: Date) {
  await db
    .update(users)
    .set({
      emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(eq(users.id, userId));
  // The profile (read through the person cache) now says the address is confirmed.
  await personChanged(db, userId);
}
