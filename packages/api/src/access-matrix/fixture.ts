import { randomUUID } from "node:crypto";
import type { Database } from "@stride/db/client";
import { createCheckin, createGoal } from "@stride/db/factories";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import { createContext } from "../context";
import { createCaller } from "../root";
import { activityInput } from "../testing/activities";
import { linkCoach } from "../testing/coaching";
import { weeklyTotal } from "../testing/goals";
import { clientId, groupOf, inviteToken } from "../testing/groups";
import { newPerson } from "../testing/people";
import { deviceSubscription } from "../testing/push";
import { templateInput } from "./inputs";
import type { Actor, Person } from "./matrix";

export const PASSWORD = "matrix-password-1";

type Caller = ReturnType<typeof createCaller>;

const NAMES: Record<Person, string> = {
  owner: "Olive Owner",
  stranger: "Sam Stranger",
  coach: "Casey Coach",
  endedCoach: "Eddie Exco",
  member: "Mia Member",
  otherMember: "Otto Other",
  removedMember: "Rita Removed",
};

/** A caller as `viewerId` with a client address of its own, so sign-up limits never collide. */
function callerAs(db: Database, viewerId: string | null): Caller {
  return createCaller(createContext({ db, viewerId, clientAddress: `matrix-${randomUUID()}` }));
}

/** One of the world's people, whose caller has a client address of its own. */
async function actor(db: Database, person: Person) {
  const email = `matrix-${person.toLowerCase()}-${randomUUID()}@test.stride.example`;
  const made = await newPerson(db, { name: NAMES[person], email, password: PASSWORD });
  return { ...made, caller: callerAs(db, made.id) };
}

/** The week around today for a UTC, Monday-week person (everyone in the world). */
function datesNow() {
  const today = todayIn("UTC");
  const thisWeek = weekStartOf(today, "monday");
  return {
    today,
    thisWeek,
    lastWeek: addDaysTo(thisWeek, -7),
    nextWeek: addDaysTo(thisWeek, 7),
    year: Number(today.slice(0, 4)),
  };
}

/**
 * One world: eight actors and the owner's records, made the way people make them (links accepted,
 * groups joined through invitations) except goals and check-ins, written by the factories.
 */
export async function buildWorld(db: Database) {
  const dates = datesNow();
  const { today, thisWeek, lastWeek } = dates;
  const people = {} as Record<Person, Awaited<ReturnType<typeof actor>>>;
  for (const person of Object.keys(NAMES) as Person[]) people[person] = await actor(db, person);
  const { owner, coach, endedCoach, member, otherMember, removedMember } = people;
  const O = owner.caller;

  // Coaching: an active link, and one the owner ended; that coach then invites the owner again.
  const coachLink = await linkCoach(coach, owner);
  const endedLink = await linkCoach(endedCoach, owner);
  await O.coaching.end({ linkId: endedLink.linkId });
  await endedCoach.caller.coach.inviteByEmail({ email: owner.email });

  // Groups: the owner's (member in it, removedMember removed) and another one member is also in.
  const groupId = await groupOf(owner, [member, removedMember], "Olive's Harriers");
  await O.groups.removeMember({ groupId, userId: removedMember.id });
  const groupInvite = await inviteToken(owner, groupId, { maxUses: 10 });
  const otherGroupId = await groupOf(otherMember, [member], "Otto's Striders");

  // Goals: macro → meso → micro shown to groups, a daily habit, a private macro, an archived one.
  const goal = (input: Omit<Parameters<typeof createGoal>[1], "athleteId">) =>
    createGoal(db, { athleteId: owner.id, visibility: "groups", ...input });
  const macro = await goal({
    level: "macro",
    title: "Olive's season",
    periodStart: addDaysTo(thisWeek, -28),
    periodEnd: addDaysTo(thisWeek, 181),
    target: { ...weeklyTotal(1000, "km"), per: "period" },
  });
  const meso = await goal({
    level: "meso",
    parentId: macro.id,
    title: "Olive's build",
    periodStart: lastWeek,
    periodEnd: addDaysTo(thisWeek, 27),
    target: weeklyTotal(30, "km"),
  });
  const micro = await goal({
    level: "micro",
    parentId: meso.id,
    title: "Olive's week",
    periodStart: thisWeek,
    target: weeklyTotal(25, "km"),
    plan: [{ day: today, amount: 5 }],
    checklist: [{ label: "Olive's stretch" }],
  });
  const habit = await goal({
    level: "micro",
    title: "Olive's veggies",
    category: "nutrition",
    periodStart: thisWeek,
    target: {
      ...weeklyTotal(3),
      unit: "count",
      per: "day",
      activityTypes: [],
      label: "servings",
    },
  });
  const privateMacro = await goal({
    level: "macro",
    title: "Olive's secret plan",
    visibility: "private",
    periodStart: addDaysTo(thisWeek, -28),
    periodEnd: addDaysTo(thisWeek, 181),
  });
  const archived = await goal({
    level: "macro",
    title: "Olive's old idea",
    periodStart: thisWeek,
    periodEnd: addDaysTo(thisWeek, 60),
  });
  await O.goals.archive({ id: archived.id, version: archived.version });

  // The log: a run today, a deleted one, a habit count.
  const run = await O.activities.create(activityInput(today, { name: "Olive's tempo run" }));
  const deleted = await O.activities.create(
    activityInput(addDaysTo(today, -1), { name: "Olive's deleted run", startTime: "06:00" }),
  );
  await O.activities.delete({ id: deleted.id });
  await O.activities.setHabit({ id: habit.id, date: today, count: 2 });

  // Check-ins shared with groups, with the coach only, and kept private; talk on the shared one.
  const groupsCheckin = await createCheckin(db, {
    athleteId: owner.id,
    weekStart: lastWeek,
    wentWell: "Olive's groups reflection",
  });
  const coachCheckin = await createCheckin(db, {
    athleteId: owner.id,
    weekStart: addDaysTo(thisWeek, -14),
    wentWell: "Olive's coach-only reflection",
    visibility: "coach",
  });
  const privateCheckin = await createCheckin(db, {
    athleteId: owner.id,
    weekStart: addDaysTo(thisWeek, -21),
    wentWell: "Olive's private reflection",
    visibility: "private",
  });
  const say = (body: string) => ({ parentId: null, body, clientId: clientId() });
  const memberComment = await member.caller.social.comment({
    checkinId: groupsCheckin.id,
    ...say("Mia says well done"),
  });
  await member.caller.social.react({ checkinId: groupsCheckin.id, kind: "clap" });
  const goalComment = await O.social.goalComment({ goalId: meso.id, ...say("Olive's goal note") });

  // The owner as a coach, a calendar feed, and the coach's proposal waiting for an answer.
  const template = await O.coach.createTemplate(templateInput("Olive's template"));
  const coachInvite = await O.coach.inviteLink({ expiresInDays: 7 });
  await O.calendar.subscribe();
  const pushDevice = await O.push.subscribe(deviceSubscription(undefined, "Olive's phone").input);
  const proposal = await coach.caller.coach.propose({
    kind: "change",
    athleteId: owner.id,
    goalId: meso.id,
    note: "",
    changes: { title: "Casey's build" },
  });

  const notifications = (await O.notifications.list()).items;
  const personalInvite = notifications.find((n) => n.link?.startsWith("/coach/join/"));
  const session = await db.query.plannedSessions.findFirst({
    where: (row, { eq }) => eq(row.goalId, micro.id),
  });
  const item = await db.query.checklistItems.findFirst({
    where: (row, { eq }) => eq(row.goalId, micro.id),
  });
  const archivedNow = await db.query.goals.findFirst({
    where: (row, { eq }) => eq(row.id, archived.id),
  });
  const first = notifications[0];
  if (!personalInvite?.link || !session || !item || !archivedNow || !first || !proposal.id)
    throw new Error("The world is missing something");

  const ids = {
    ...{ macro: macro.id, meso: meso.id, micro: micro.id, habit: habit.id },
    ...{
      privateMacro: privateMacro.id,
      archived: archived.id,
      archivedVersion: archivedNow.version,
    },
    ...{ plannedSession: session.id, checklistItem: item.id, run: run.id, deletedRun: deleted.id },
    groupsCheckin: groupsCheckin.id,
    coachCheckin: coachCheckin.id,
    privateCheckin: privateCheckin.id,
    ...{ memberComment: memberComment.id, goalComment: goalComment.id },
    ...{ group: groupId, otherGroup: otherGroupId, groupInvite: groupInvite.id },
    ...{ coachInvite: coachInvite.id, template: template.id, proposal: proposal.id },
    ...{ coachLink: coachLink.linkId, endedLink: endedLink.linkId, notification: first.id },
    pushDevice: pushDevice.id,
  };
  const tokens = {
    groupInvite: groupInvite.token,
    coachInvite: personalInvite.link.replace("/coach/join/", ""),
  };
  const callers = { anonymous: callerAs(db, null) } as Record<Actor, Caller>;
  for (const person of Object.keys(people) as Person[]) callers[person] = people[person].caller;

  /** What only the owner may ever see, in any result or error anyone else gets. */
  const ownerOnly = [
    ...[privateMacro.id, "Olive's secret plan", privateCheckin.id, "Olive's private reflection"],
    owner.email,
  ];
  /** The owner's records: none of this in what a procedure on "your own records" gives others. */
  const ownerData = [
    ...ownerOnly,
    ...[macro.id, meso.id, micro.id, habit.id, archived.id, "Olive's season", "Olive's week"],
    ...[run.id, deleted.id, "Olive's tempo run", session.id, item.id, "Olive's stretch"],
    ...[groupsCheckin.id, coachCheckin.id, "Olive's coach-only reflection", goalComment.id],
    ...[template.id, "Olive's template", coachInvite.id, proposal.id, first.id],
    ...[pushDevice.id, "Olive's phone"],
  ];
  return {
    db,
    dates,
    people,
    callers,
    ids,
    tokens,
    secrets: { ownerOnly, ownerData },
    peopleIds: Object.values(people).map((p) => p.id),
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
