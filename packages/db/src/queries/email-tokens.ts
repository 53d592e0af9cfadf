import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { emailTokens, profiles, users } from "../schema";

export type EmailTokenPurpose = (typeof emailTokens.$inferInsert)["purpose"];

/** Who a message to this account goes to: the address, the name, the zone and the unit. */
export async function findMailRecipient(
  db: Database,
  where: { email: string } | { userId: string },
) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: profiles.name,
      timeZone: profiles.timeZone,
      distanceUnit: profiles.distanceUnit,
      emailVerified: sql<boolean>`${users.emailVerifiedAt} is not null`,
    })
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where("email" in where ? eq(users.email, where.email) : eq(users.id, where.userId));
  return row;
}

export async function insertEmailToken(
  db: Database,
  token: { userId: string; purpose: EmailTokenPurpose; tokenHash: string; expiresAt: Date },
) {
  await db.insert(emailTokens).values(token);
}

/** The token with this hash, of this purpose. */
const tokenOf = (input: { tokenHash: string; purpose: EmailTokenPurpose }) =>
  and(eq(emailTokens.tokenHash, input.tokenHash), eq(emailTokens.purpose, input.purpose));

/** A token by its hash, used or not, expired or not, so the holder can be told which. */
export async function findEmailToken(
  db: Database,
  input: { tokenHash: string; purpose: EmailTokenPurpose },
) {
  const [row] = await db
    .select({
      userId: emailTokens.userId,
      expiresAt: emailTokens.expiresAt,
      usedAt: emailTokens.usedAt,
    })
    .from(emailTokens)
    .where(tokenOf(input));
  return row;
}

/**
 * Uses a token once: marks it used if it is unused and unexpired at `now`, and returns its
 * person's id; undefined when another request used it first (or it expired meanwhile).
 */
export async function claimEmailToken(
  db: Database,
  input: { tokenHash: string; purpose: EmailTokenPurpose; now: Date },
) {
  const [row] = await db
    .update(emailTokens)
    .set({ usedAt: input.now })
    .where(and(tokenOf(input), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, input.now)))
    .returning({ userId: emailTokens.userId });
  return row?.userId;
}

/** Ends the person's other unused tokens of this purpose (an older reset link stops working). */
export async function endEmailTokens(
  db: Database,
  input: { userId: string; purpose: EmailTokenPurpose; now: Date },
) {
  await db
    .update(emailTokens)
    .set({ usedAt: input.now })
    .where(
      and(
        eq(emailTokens.userId, input.userId),
        eq(emailTokens.purpose, input.purpose),
        isNull(emailTokens.usedAt),
      ),
    );
}
