import { randomUUID } from "node:crypto";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../client";
import { createCheckin } from "../factories";
import { addGroupMember, createGroupWithOwner } from "../queries/groups";
import { notify } from "../queries/notifications";
import { findCredentialsByEmail } from "../queries/users";
import { checkins, comments, groupMembers, groups, reactions } from "../schema";

/**
 * Sunrise Runners: Ava (owner), Ben and Dana, with their shared check-ins, comments, a reply and
 * reactions. Added once: a second run finds the group and leaves it alone.
 */
export async function seedSunriseRunners(db: Database) {
  const [ava, ben, dana] = await Promise.all(
    ["ava@stride.example", "ben@stride.example", "dana@stride.example"].map((email) =>
      findCredentialsByEmail(db, email),
    ),
  );
  if (!ava || !ben || !dana) return;
  const [existing] = await db
    .select({ id: groups.id })
    .from(groups)
    .innerJoin(
      groupMembers,
      and(eq(groupMembers.groupId, groups.id), eq(groupMembers.userId, ava.id)),
    )
    .where(eq(groups.name, "Sunrise Runners"));
  if (existing) return;

  const group = await createGroupWithOwner(db, {
    ownerId: ava.id,
    name: "Sunrise Runners",
    description: "Early runs, honest check-ins, lots of kudos.",
    weeklyTheme: "Hills on Thursday",
  });
  await addGroupMember(db, { groupId: group.id, userId: ben.id });
  await addGroupMember(db, { groupId: group.id, userId: dana.id });

  // Dana shares her last two weeks too.
  const danaWeek = weekStartOf(todayIn("America/New_York"), "monday");
  for (const [offset, wentWell, mood] of [
    [-2, "Tempo run felt smooth at 9:05 pace.", 4],
    [-1, "New 10K best in training: 54:40!", 5],
  ] as const) {
    await createCheckin(db, {
      athleteId: dana.id,
      weekStart: addDaysTo(danaWeek, offset * 7),
      wentWell,
      gotInTheWay: "",
      nextFocus: "Keep Sunday long and slow.",
      mood,
      energy: 4,
    });
  }

  const latest = async (athleteId: string) => {
    const [row] = await db
      .select({ id: checkins.id })
      .from(checkins)
      .where(and(eq(checkins.athleteId, athleteId), eq(checkins.visibility, "groups")))
      .orderBy(desc(checkins.weekStart))
      .limit(1);
    return row?.id;
  };
  const [avaLatest, benLatest, danaLatest] = await Promise.all([
    latest(ava.id),
    latest(ben.id),
    latest(dana.id),
  ]);
  const comment = async (
    checkinId: string | undefined,
    authorId: string,
    body: string,
    parentId: string | null = null,
  ) => {
    if (!checkinId) return undefined;
    const [row] = await db
      .insert(comments)
      .values({ checkinId, authorId, body, parentId, clientId: randomUUID() })
      .returning({ id: comments.id });
    return row?.id;
  };
  const first = await comment(
    avaLatest,
    dana.id,
    "Love that you ran with the group on Sunday! See you at 6 on Thursday?",
  );
  await comment(avaLatest, ava.id, "Yes! Bringing my headlamp.", first ?? null);
  await comment(
    benLatest,
    ava.id,
    "Tired weeks happen. One easy run this week is a win. We'll wait for you Saturday.",
  );
  await comment(danaLatest, ben.id, "54:40 is flying. Congrats!");
  const react = [
    { checkinId: avaLatest, userId: dana.id, kind: "fire" as const },
    { checkinId: avaLatest, userId: ben.id, kind: "kudos" as const },
    { checkinId: danaLatest, userId: ava.id, kind: "strong" as const },
    { checkinId: danaLatest, userId: ben.id, kind: "clap" as const },
    { checkinId: benLatest, userId: dana.id, kind: "heart" as const },
  ].filter(
    (
      r,
    ): r is {
      checkinId: string;
      userId: string;
      kind: "fire" | "kudos" | "strong" | "clap" | "heart";
    } => r.checkinId !== undefined,
  );
  if (react.length > 0) await db.insert(reactions).values(react);
  await notify(db, [
    {
      userId: ava.id,
      actorId: dana.id,
      kind: "comment",
      checkinId: avaLatest,
      text: "Dana commented on your check-in",
    },
    {
      userId: ava.id,
      actorId: dana.id,
      kind: "reaction",
      checkinId: avaLatest,
      text: "Dana reacted 🔥 to your check-in",
    },
    {
      userId: dana.id,
      actorId: ava.id,
      kind: "reply",
      checkinId: avaLatest,
      text: "Ava replied to your comment",
    },
    {
      userId: ben.id,
      actorId: ava.id,
      kind: "comment",
      checkinId: benLatest,
      text: "Ava commented on your check-in",
    },
  ]);
}
