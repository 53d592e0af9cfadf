import { resolveAuthSecret } from "@stride/auth/env";
import type { Database } from "@stride/db/client";
import { dataDir } from "@stride/db/env";
import {
  accountExists,
  claimSend,
  mailRecipient,
  markSent,
  releaseSend,
  setMessageWanted,
  wantsMessageKind,
} from "@stride/db/queries";
import { DomainError } from "@stride/domain/errors";
import { BAD_UNSUBSCRIBE_LINK, type MessageKind } from "@stride/domain/messages";
import { appUrl, type Mailer, type MailMessage, type Unsubscribe } from "@stride/mail";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe";

/**
 * Whether the person wants this kind of message: every sender of a non-transactional message
 * (email now, Web Push later) asks here first.
 */
export function wantsMessage(db: Database, userId: string, kind: MessageKind): Promise<boolean> {
  return wantsMessageKind(db, userId, kind);
}

/**
 * The person to mail a message of this kind to: someone with a confirmed address who wants it;
 * undefined for anyone else.
 */
export async function recipientWanting(db: Database, userId: string, kind: MessageKind) {
  const to = await mailRecipient(db, userId);
  return to && (await wantsMessage(db, to.userId, kind)) ? to : undefined;
}

/** The secret that signs unsubscribe links: the app's (AUTH_SECRET, or the local one). */
export function appSecret(): string {
  return resolveAuthSecret({ dataDir: dataDir() });
}

const WHAT: Record<MessageKind, string> = {
  checkin_reminder: "check-in reminders",
  coach_activity: "emails about your coach's comments and proposals",
  mention: "emails about mentions",
  coach_digest: "the weekly coaching digest",
  group_digest: "the weekly group digest",
};

/** The one-click unsubscribe link for this person and kind (see services/unsubscribe.ts). */
export function unsubscribeFor(
  userId: string,
  kind: MessageKind,
  secret = appSecret(),
): Unsubscribe {
  return {
    url: appUrl(`/api/unsubscribe/${unsubscribeToken(secret, userId, kind)}`),
    what: WHAT[kind],
  };
}

/**
 * Sends a scheduled message once ever for its key (person, kind, period): the caller that claims
 * the key sends; any other (a second worker, a retried job) finds it claimed and does nothing.
 * A failed send gives the claim back and throws, so the job queue tries again later. `message`
 * may be written after the claim (a batch reads what it lists then); null gives the claim back
 * and sends nothing.
 */
export async function sendOnce(
  db: Database,
  mailer: Mailer,
  key: { userId: string; kind: MessageKind; period: string },
  message: MailMessage | (() => Promise<MailMessage | null>),
): Promise<boolean> {
  if (!(await claimSend(db, key))) return false;
  try {
    const written = typeof message === "function" ? await message() : message;
    if (!written) {
      await releaseSend(db, key);
      return false;
    }
    await mailer.send(written);
  } catch (error) {
    await releaseSend(db, key);
    throw error;
  }
  await markSent(db, key);
  return true;
}

/**
 * One-click unsubscribe: turns off the kind of message the token names for the person it names,
 * without signing in. A forged or garbled token changes nothing and says so (field "token").
 */
export async function unsubscribeWithToken(
  db: Database,
  token: string,
  secret = appSecret(),
): Promise<{ kind: MessageKind; what: string }> {
  const found = readUnsubscribeToken(secret, token);
  if (!found) throw new DomainError("INVALID", BAD_UNSUBSCRIBE_LINK, { field: "token" });
  // The person may have deleted their account since: then there is nothing left to stop.
  if (await accountExists(db, found.userId))
    await setMessageWanted(db, found.userId, found.kind, false);
  return { kind: found.kind, what: WHAT[found.kind] };
}
