import type { Database } from "@stride/db/client";
import {
  claimEmailToken,
  type EmailTokenPurpose,
  findEmailToken,
  insertEmailToken,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { appUrl } from "@stride/mail";
import { hashToken, newToken } from "./tokens";

// Links mailed to a person (confirm an address, reset a password): a token whose hash is stored
// with its purpose and expiry, used once.

/** What a person is told of a link that cannot be used, by why. */
export type LinkMessages = { unknown: string; used: string; expired: string };

/** A new link of `purpose` to `/<path>/<token>`; only the token's hash is stored. */
export async function makeEmailLink(
  db: Database,
  link: { userId: string; purpose: EmailTokenPurpose; path: string; expiresAt: Date },
) {
  const { token, tokenHash } = newToken();
  const { userId, purpose, expiresAt } = link;
  await insertEmailToken(db, { userId, purpose, tokenHash, expiresAt });
  return { url: appUrl(`/${link.path}/${token}`), expiresAt };
}

/**
 * Checks a link someone followed: refuses (on the field `token`) one that is unknown, used or
 * expired at `now`. Its `claim` then uses it: in one transaction it marks the link used and runs
 * `use` with the person's id, which it returns. A link another request claimed first is "used".
 */
export async function checkEmailLink(
  db: Database,
  link: { token: string; purpose: EmailTokenPurpose; messages: LinkMessages; now: Date },
) {
  const { purpose, now } = link;
  const tokenHash = hashToken(link.token);
  const found = await findEmailToken(db, { tokenHash, purpose });
  const refuse = (why: keyof LinkMessages) =>
    new DomainError("INVALID", link.messages[why], { field: "token" });
  if (!found) throw refuse("unknown");
  if (found.usedAt) throw refuse("used");
  if (found.expiresAt <= now) throw refuse("expired");
  return {
    claim: async (use: (tx: Database, userId: string) => Promise<unknown>) => {
      const userId = await db.transaction(async (tx) => {
        const claimed = await claimEmailToken(tx, { tokenHash, purpose, now });
        if (claimed) await use(tx, claimed);
        return claimed;
      });
      if (!userId) throw refuse("used");
      return userId;
    },
  };
}
