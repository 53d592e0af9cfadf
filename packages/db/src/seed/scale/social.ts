import { randomUUID } from "node:crypto";
import { REACTION_KINDS, REACTION_LABELS, type ReactionKind } from "@stride/domain/groups";
import type { comments, notifications, reactions } from "../../schema";
import type { SharedCheckin } from "./checkins";
import { HOUR, notAfter } from "./clock";
import type { Random } from "./random";
import { COMMENTS, REPLIES } from "./words";

type CommentRow = typeof comments.$inferInsert & { id: string; authorId: string; createdAt: Date };
type ReactionRow = typeof reactions.$inferInsert;
type NotificationRow = typeof notifications.$inferInsert & { createdAt: Date };

const COMMENTED_SHARE = 0.3;
const MINUTE = 60_000;

/**
 * Comments, replies and reactions from fellow group members on check-ins shared with groups, and
 * the notifications the app would have sent for them (see afterComment and afterReaction): the
 * owner hears of each comment and reaction, a comment's author of a reply to it, one notification
 * per person per comment, never for one's own action. Older notifications have been read.
 */
export function buildSocial(
  shared: readonly SharedCheckin[],
  fellows: ReadonlyMap<string, readonly string[]>,
  names: ReadonlyMap<string, string>,
  rand: Random,
  now: Date,
) {
  const commentRows: CommentRow[] = [];
  const reactionRows: ReactionRow[] = [];
  const notificationRows: NotificationRow[] = [];
  const after = (from: Date, minMinutes: number, maxMinutes: number) =>
    notAfter(new Date(from.getTime() + rand.int(minMinutes, maxMinutes) * MINUTE), now);
  const notify = (row: Omit<NotificationRow, "readAt">) => {
    if (row.userId === row.actorId) return;
    const old = now.getTime() - row.createdAt.getTime() > 48 * HOUR;
    const readAt = old && rand.chance(0.85) ? after(row.createdAt, 30, 24 * 60) : null;
    notificationRows.push({ ...row, readAt });
  };
  const nameOf = (id: string) => names.get(id) ?? "Someone";

  for (const checkin of shared) {
    // Only check-ins shared with groups reach fellow members (checkinsVisibleTo in the access policy).
    if (checkin.visibility !== "groups") continue;
    const audience = fellows.get(checkin.athleteId) ?? [];
    if (audience.length === 0) continue;
    const owner = checkin.athleteId;

    const count = rand.weighted([0, 1, 2, 3, 4, 5], [25, 25, 20, 15, 10, 5]);
    const given = new Set<string>();
    for (let i = 0; i < count; i++) {
      const userId = rand.pick(audience);
      const kind: ReactionKind = rand.pick(REACTION_KINDS);
      // One of each kind per person (the primary key).
      if (given.has(`${userId}|${kind}`)) continue;
      given.add(`${userId}|${kind}`);
      const createdAt = after(checkin.submittedAt, 5, 36 * 60);
      reactionRows.push({ checkinId: checkin.id, userId, kind, createdAt });
      notify({
        userId: owner,
        kind: "reaction",
        actorId: userId,
        checkinId: checkin.id,
        text: `${nameOf(userId)} reacted ${REACTION_LABELS[kind].emoji} to your check-in`,
        createdAt,
      });
    }

    const comment = (authorId: string, parent: CommentRow | null, body: string, since: Date) => {
      const row: CommentRow = {
        id: randomUUID(),
        checkinId: checkin.id,
        authorId,
        parentId: parent?.id ?? null,
        body,
        clientId: randomUUID(),
        createdAt: after(since, 10, 30 * 60),
      };
      commentRows.push(row);
      const base = {
        actorId: authorId,
        checkinId: checkin.id,
        commentId: row.id,
        createdAt: row.createdAt,
      };
      // The most specific notification per person: a reply to the parent's author wins over
      // "commented on your check-in" when the owner wrote the comment replied to.
      if (parent) {
        notify({
          ...base,
          userId: parent.authorId,
          kind: "reply",
          text: `${nameOf(authorId)} replied to your comment`,
        });
      }
      if (parent?.authorId !== owner) {
        notify({
          ...base,
          userId: owner,
          kind: "comment",
          text: `${nameOf(authorId)} commented on your check-in`,
        });
      }
      return row;
    };

    if (!rand.chance(COMMENTED_SHARE)) continue;
    const first = comment(rand.pick(audience), null, rand.pick(COMMENTS), checkin.submittedAt);
    const more = rand.int(0, 2);
    for (let i = 0; i < more; i++) {
      if (rand.chance(0.5)) {
        // A reply, one level deep: mostly the owner thanking the commenter.
        const others = audience.filter((id) => id !== first.authorId);
        const author = rand.chance(0.6) || others.length === 0 ? owner : rand.pick(others);
        if (author === first.authorId) continue;
        comment(author, first, rand.pick(REPLIES), first.createdAt);
      } else {
        comment(rand.pick(audience), null, rand.pick(COMMENTS), first.createdAt);
      }
    }
  }
  return { comments: commentRows, reactions: reactionRows, notifications: notificationRows };
}
