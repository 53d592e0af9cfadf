import {
  MESSAGE_KINDS,
  type MessageKind,
  type MessagePreferences,
  REMINDER_HOURS,
  wantedByDefault,
} from "@stride/domain/messages";
import { and, desc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  checkins,
  coachingLinks,
  groupMembers,
  messagePreferences,
  profiles,
  reminderSettings,
  sentMessages,
  users,
} from "../schema";
import { ownRows } from "./policy";

/** The owner's choices: every kind on or off (defaults filled in) and the reminder's timing. */
export async function messagePreferencesOf(
  db: Database,
  ownerId: string,
): Promise<MessagePreferences> {
  const [rows, [reminder]] = await Promise.all([
    db
      .select({ kind: messagePreferences.kind, wanted: messagePreferences.wanted })
      .from(messagePreferences)
      .where(ownRows(messagePreferences.userId, ownerId)),
    db
      .select({ hoursBefore: reminderSettings.hoursBefore })
      .from(reminderSettings)
      .where(ownRows(reminderSettings.userId, ownerId)),
  ]);
  const chosen = new Map(rows.map((row) => [row.kind, row.wanted]));
  const wants = Object.fromEntries(
    MESSAGE_KINDS.map((kind) => [kind, chosen.get(kind) ?? wantedByDefault(kind)]),
  ) as Record<MessageKind, boolean>;
  return { wants, reminderHoursBefore: reminder?.hoursBefore ?? REMINDER_HOURS.default };
}

/** Turns one kind on or off for the owner (settings, or a one-click unsubscribe link). */
export async function setMessageWanted(
  db: Database,
  ownerId: string,
  kind: MessageKind,
  wanted: boolean,
): Promise<void> {
  await db
    .insert(messagePreferences)
    .values({ userId: ownerId, kind, wanted })
    .onConflictDoUpdate({
      target: [messagePreferences.userId, messagePreferences.kind],
      set: { wanted, updatedAt: new Date() },
    });
}

export async function saveMessagePreferences(
  db: Database,
  ownerId: string,
  input: MessagePreferences,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const kind of MESSAGE_KINDS) await setMessageWanted(tx, ownerId, kind, input.wants[kind]);
    await tx
      .insert(reminderSettings)
      .values({ userId: ownerId, hoursBefore: input.reminderHoursBefore })
      .onConflictDoUpdate({
        target: reminderSettings.userId,
        set: { hoursBefore: input.reminderHoursBefore },
      });
  });
}

/** Whether the person wants this kind of message (their choice, else the kind's default). */
export async function wantsMessageKind(
  db: Database,
  userId: string,
  kind: MessageKind,
): Promise<boolean> {
  const [row] = await db
    .select({ wanted: messagePreferences.wanted })
    .from(messagePreferences)
    .where(and(ownRows(messagePreferences.userId, userId), eq(messagePreferences.kind, kind)));
  return row?.wanted ?? wantedByDefault(kind);
}

/** Whom a scheduled message may go to: a confirmed address (an unconfirmed one gets none). */
const mailable = isNotNull(users.emailVerifiedAt);

/** Who a message is for: address, name, and the zone, week and unit it is written in. */
const recipientColumns = {
  userId: users.id,
  email: users.email,
  name: profiles.name,
  timeZone: profiles.timeZone,
  weekStart: profiles.weekStart,
  distanceUnit: profiles.distanceUnit,
};

/** People who want check-in reminders, with their zone, week and chosen timing. */
export async function reminderRecipients(db: Database) {
  return db
    .select({
      ...recipientColumns,
      reminderHoursBefore: sql<number>`coalesce(${reminderSettings.hoursBefore}, ${REMINDER_HOURS.default})`,
    })
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .leftJoin(reminderSettings, eq(reminderSettings.userId, users.id))
    .leftJoin(
      messagePreferences,
      and(eq(messagePreferences.userId, users.id), eq(messagePreferences.kind, "checkin_reminder")),
    )
    .where(and(mailable, sql`coalesce(${messagePreferences.wanted}, true)`));
}

/** One person's details for a message to them, when their address is confirmed. */
export async function mailRecipient(db: Database, userId: string) {
  const [row] = await db
    .select(recipientColumns)
    .from(users)
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where(and(eq(users.id, userId), mailable));
  return row;
}

/** Whether the athlete has checked in for the week starting `weekStart`. */
export async function hasCheckedIn(db: Database, athleteId: string, weekStart: string) {
  const [row] = await db
    .select({ id: checkins.id })
    .from(checkins)
    .where(and(ownRows(checkins.athleteId, athleteId), eq(checkins.weekStart, weekStart)));
  return row !== undefined;
}

type SendKey = { userId: string; kind: MessageKind; period: string };

/** Takes the right to send this message: true for the one caller that gets it, ever. */
export async function claimSend(db: Database, key: SendKey): Promise<boolean> {
  const rows = await db
    .insert(sentMessages)
    .values(key)
    .onConflictDoNothing()
    .returning({ userId: sentMessages.userId });
  return rows.length > 0;
}

const sendRow = (key: SendKey) =>
  and(
    eq(sentMessages.userId, key.userId),
    eq(sentMessages.kind, key.kind),
    eq(sentMessages.period, key.period),
  );

export async function markSent(db: Database, key: SendKey): Promise<void> {
  await db.update(sentMessages).set({ sentAt: new Date() }).where(sendRow(key));
}

/** A send that failed gives its claim back, so the job's next try may send it. */
export async function releaseSend(db: Database, key: SendKey): Promise<void> {
  await db.delete(sentMessages).where(sendRow(key));
}

/** When the person's latest message of this kind, other than the one for `exceptPeriod`, was claimed. */
export async function lastClaimOf(
  db: Database,
  key: { userId: string; kind: MessageKind; exceptPeriod: string },
): Promise<Date | null> {
  const [row] = await db
    .select({ claimedAt: sentMessages.claimedAt })
    .from(sentMessages)
    .where(
      and(
        ownRows(sentMessages.userId, key.userId),
        eq(sentMessages.kind, key.kind),
        ne(sentMessages.period, key.exceptPeriod),
      ),
    )
    .orderBy(desc(sentMessages.claimedAt))
    .limit(1);
  return row?.claimedAt ?? null;
}

/** Whether an account still exists (an unsubscribe link may outlive it). */
export async function accountExists(db: Database, userId: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId));
  return row !== undefined;
}

/** Coaches with at least one athlete now, who want the weekly digest, with zone and week. */
export async function coachDigestRecipients(db: Database) {
  return db
    .selectDistinct({
      userId: users.id,
      timeZone: profiles.timeZone,
      weekStart: profiles.weekStart,
    })
    .from(coachingLinks)
    .innerJoin(users, eq(users.id, coachingLinks.coachId))
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .leftJoin(
      messagePreferences,
      and(eq(messagePreferences.userId, users.id), eq(messagePreferences.kind, "coach_digest")),
    )
    .where(
      and(
        mailable,
        isNull(coachingLinks.endedAt),
        sql`coalesce(${messagePreferences.wanted}, true)`,
      ),
    );
}

/** People who asked for the weekly group digest (it is opt-in) and are in a group. */
export async function groupDigestRecipients(db: Database) {
  return db
    .select({ userId: users.id, timeZone: profiles.timeZone, weekStart: profiles.weekStart })
    .from(messagePreferences)
    .innerJoin(users, eq(users.id, messagePreferences.userId))
    .innerJoin(profiles, eq(profiles.userId, users.id))
    .where(
      and(
        mailable,
        eq(messagePreferences.kind, "group_digest"),
        eq(messagePreferences.wanted, true),
        sql`exists (select 1 from ${groupMembers} where ${groupMembers.userId} = ${users.id})`,
      ),
    );
}
