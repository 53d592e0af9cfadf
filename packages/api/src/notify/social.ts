import type { Database } from "@stride/db/client";
import {
  countReactors,
  findComment,
  findLatestReaction,
  getProfile,
  listGroupMembers,
  listMyCoaches,
  listSharedGroupMembers,
  type NewNotification,
  notify,
  notifyReaction,
  recordLiveEvent,
  retractReactionNotice,
} from "@stride/db/queries";
import { REACTION_LABELS, type ReactionKind } from "@stride/domain/groups";
import type { Context } from "../context";
import { mailInBatch } from "../services/mail-batches";
import { pushTo } from "../services/push";

/** What the hooks after a write use: the database, and where batched emails are queued. */
type After = Pick<Context, "db" | "batching">;

async function nameOf(db: Database, userId: string) {
  return (await getProfile(db, userId))?.name ?? "Someone";
}

/** Who a new comment concerns: the check-in's owner, the author replied to, and anyone @mentioned. */
export async function afterComment(
  ctx: After,
  input: {
    commentId: string;
    checkinId: string;
    checkinOwnerId: string;
    /** The check-in's week: its page holds the owner's thread. */
    weekStart: string;
    visibility: "private" | "coach" | "groups";
    authorId: string;
    parentId: string | null;
    body: string;
  },
) {
  const { db } = ctx;
  const author = await nameOf(db, input.authorId);
  const base = { actorId: input.authorId, checkinId: input.checkinId, commentId: input.commentId };
  // Where each reader finds the thread: the owner on the check-in's own page, a coach on the
  // athlete's page; a group mate on the check-in's card in a group's feed they share.
  const ownerLink = `/checkins/${input.weekStart}#comments`;
  const coachLink = `/coach/athletes/${input.checkinOwnerId}`;
  const rows: NewNotification[] = [
    {
      ...base,
      userId: input.checkinOwnerId,
      kind: "comment",
      text: `${author} commented on your check-in`,
      link: ownerLink,
    },
  ];
  // @Name mentions of people who can see the check-in: members of a group the author shares
  // with its owner when it is shared with groups, and the owner's coaches unless it is private.
  const [members, coaches] = await Promise.all([
    input.visibility === "groups"
      ? listSharedGroupMembers(db, { a: input.authorId, b: input.checkinOwnerId })
      : [],
    input.visibility === "private" ? [] : listMyCoaches(db, input.checkinOwnerId),
  ]);
  const coachIds = new Set(coaches.map((coach) => coach.coachId));
  const groupOf = new Map(members.map((member) => [member.userId, member.groupId]));
  const linkFor = (userId: string) => {
    if (userId === input.checkinOwnerId) return ownerLink;
    if (coachIds.has(userId)) return coachLink;
    const groupId = groupOf.get(userId);
    return groupId ? `/groups/${groupId}#checkin-${input.checkinId}` : null;
  };
  if (input.parentId) {
    const parent = await findComment(db, input.parentId);
    if (parent?.authorId) {
      rows.push({
        ...base,
        userId: parent.authorId,
        kind: "reply",
        text: `${author} replied to your comment`,
        link: linkFor(parent.authorId),
      });
    }
  }
  const candidates = [
    ...members,
    ...coaches.map((coach) => ({ userId: coach.coachId, name: coach.name })),
  ];
  const body = input.body.toLowerCase();
  for (const person of candidates) {
    if (body.includes(`@${person.name.toLowerCase()}`)) {
      rows.push({
        ...base,
        userId: person.userId,
        kind: "mention",
        text: `${author} mentioned you in a comment`,
        link: linkFor(person.userId),
      });
    }
  }
  // One notification per person, the most specific: a mention, else a reply, else a comment.
  const seen = new Set<string>();
  const unique = rows.reverse().filter((row) => {
    if (seen.has(row.userId)) return false;
    seen.add(row.userId);
    return true;
  });
  await notify(db, unique);
  await recordLiveEvent(db, { checkinId: input.checkinId, kind: "comment" });
  const mentioned = unique
    .filter((row) => row.kind === "mention" && row.userId !== input.authorId)
    .map((row) => row.userId);
  mailInBatch(db, ctx.batching, { userIds: mentioned, kind: "mention" });
  if (coachIds.has(input.authorId)) {
    pushTo(db, input.checkinOwnerId, "coach_activity", {
      title: "Your coach replied",
      body: `${author} commented on your check-in`,
      url: ownerLink,
    });
    mailInBatch(db, ctx.batching, { userIds: [input.checkinOwnerId], kind: "coach_activity" });
  }
}

/**
 * A comment on a goal concerns the goal's owner and the coaches who follow it: the owner hears
 * of a coach's comment, the athlete's coaches of the athlete's, and a reply its parent's author.
 */
export async function afterGoalComment(
  ctx: After,
  input: {
    commentId: string;
    goal: { id: string; athleteId: string; title: string; visibility: string };
    authorId: string;
    parentId: string | null;
  },
) {
  const { db } = ctx;
  const author = await nameOf(db, input.authorId);
  const base = {
    actorId: input.authorId,
    commentId: input.commentId,
    link: `/goals/${input.goal.id}`,
  };
  const rows: NewNotification[] = [];
  if (input.authorId !== input.goal.athleteId) {
    rows.push({
      ...base,
      userId: input.goal.athleteId,
      kind: "comment",
      text: `${author} commented on your goal “${input.goal.title}”`,
    });
  } else if (input.goal.visibility !== "private") {
    // Coaches hear of the athlete's comments on goals they can see, never on private ones.
    for (const coach of await listMyCoaches(db, input.goal.athleteId)) {
      rows.push({
        ...base,
        userId: coach.coachId,
        link: `/coach/athletes/${input.goal.athleteId}#goal-${input.goal.id}`,
        kind: "comment",
        text: `${author} commented on their goal “${input.goal.title}”`,
      });
    }
  }
  if (input.parentId) {
    const parent = await findComment(db, input.parentId);
    if (parent?.authorId && !rows.some((row) => row.userId === parent.authorId)) {
      const toAthlete = parent.authorId === input.goal.athleteId;
      rows.push({
        ...base,
        userId: parent.authorId,
        link: toAthlete
          ? base.link
          : `/coach/athletes/${input.goal.athleteId}#goal-${input.goal.id}`,
        kind: "reply",
        text: `${author} replied to your comment`,
      });
    }
  }
  await notify(db, rows);
  // Only the athlete's coaches comment on their goals besides the athlete.
  if (input.authorId !== input.goal.athleteId) {
    pushTo(db, input.goal.athleteId, "coach_activity", {
      title: "Your coach replied",
      body: `${author} commented on your goal “${input.goal.title}”`,
      url: base.link,
    });
    mailInBatch(db, ctx.batching, { userIds: [input.goal.athleteId], kind: "coach_activity" });
  }
}

function reactionNoticeText(latest: { name: string; kind: ReactionKind }, people: number) {
  const others = people - 1;
  return others > 0
    ? `${latest.name} and ${others} other${others === 1 ? "" : "s"} reacted to your check-in`
    : `${latest.name} reacted ${REACTION_LABELS[latest.kind].emoji} to your check-in`;
}

export async function afterReaction(
  db: Database,
  input: {
    checkinId: string;
    checkinOwnerId: string;
    userId: string;
    kind: ReactionKind;
    added: boolean;
  },
) {
  await recordLiveEvent(db, { checkinId: input.checkinId, kind: "reaction" });
  // The owner's own reactions tell nobody anything.
  if (input.userId === input.checkinOwnerId) return;
  // Collapsed: the owner sees one line per check-in, naming the latest and counting the rest.
  const except = { checkinId: input.checkinId, exceptUserId: input.checkinOwnerId };
  const [latest, people] = await Promise.all([
    findLatestReaction(db, except),
    countReactors(db, except),
  ]);
  const text = latest && reactionNoticeText(latest, people);
  if (input.added && latest && text) {
    await notifyReaction(db, {
      userId: input.checkinOwnerId,
      kind: "reaction",
      actorId: latest.userId,
      checkinId: input.checkinId,
      text,
    });
  } else if (!input.added) {
    // Taken back: the waiting line names who still reacts, or goes with the last reaction.
    await retractReactionNotice(db, {
      userId: input.checkinOwnerId,
      checkinId: input.checkinId,
      still: latest && text ? { actorId: latest.userId, text } : null,
    });
  }
}

export async function afterJoin(
  db: Database,
  input: { groupId: string; groupName: string; userId: string },
) {
  const who = await nameOf(db, input.userId);
  const members = await listGroupMembers(db, input.groupId);
  await notify(
    db,
    members.map((member) => ({
      userId: member.userId,
      kind: "member_joined" as const,
      actorId: input.userId,
      groupId: input.groupId,
      text: `${who} joined ${input.groupName}`,
    })),
  );
}
