import { setImmediate as nextTurn } from "node:timers/promises";
import type { Database } from "../../client";
import {
  activities,
  checkinGoals,
  checkins,
  coachingLinks,
  comments,
  goalRevisions,
  goals,
  groupMembers,
  groups,
  notifications,
  plannedSessions,
  profiles,
  reactions,
  users,
} from "../../schema";
import { buildActivities } from "./activities";
import { insertInChunks } from "./bulk-insert";
import { buildCheckins } from "./checkins";
import { buildGoalTree, goalRows } from "./goals";
import { buildGroups } from "./groups";
import { accountRows, buildAthlete, coachingLinkRows, type Person } from "./people";
import { streamFor } from "./random";
import { buildSocial } from "./social";

type WorldContext = {
  seed: number;
  now: Date;
  total: number;
  coaches: readonly Person[];
  passwordHash: string;
};

export type BatchContext = WorldContext & {
  /** The number of the batch's first group ("Riverside Striders 41"). */
  firstGroupNumber: number;
};

export type BatchRows = Awaited<ReturnType<typeof buildBatch>>;

const DAY = 86_400_000;
const IN_FLIGHT = 2;

/**
 * Every row of one batch of athletes, built in memory with their ids, parents before children.
 * It yields after each athlete, so the batch before it keeps being written meanwhile.
 */
export async function buildBatch(batch: number, indices: readonly number[], context: BatchContext) {
  const { seed, now } = context;
  const athletes = indices.map((index) => buildAthlete(seed, index, now));
  // Each joined a few days before their year of training began.
  const accounts = accountRows(
    athletes,
    context.passwordHash,
    (athlete) => new Date(Date.parse(athlete.firstWeek) - 3 * DAY),
  );
  const links = coachingLinkRows(athletes, context.coaches, context.total, now);
  const team = buildGroups(athletes, streamFor(seed, 2, batch), context.firstGroupNumber, now);

  const lives = [];
  for (const athlete of athletes) {
    const tree = buildGoalTree(athlete, now);
    const log = buildActivities(athlete, tree.weeks);
    // Check-ins settle the goals' statuses, so the goal rows are taken after them.
    const weeks = buildCheckins(athlete, tree, log.logs, now);
    lives.push({ ...goalRows(tree), activities: log.rows, ...weeks });
    await nextTurn();
  }
  const shared = lives.flatMap((life) => life.shared);
  const names = new Map(athletes.map((a) => [a.id, a.name]));
  const social = buildSocial(shared, team.fellows, names, streamFor(seed, 3, batch), now);

  return {
    users: accounts.users,
    profiles: accounts.profiles,
    links,
    groups: team.groups,
    members: team.members,
    goals: lives.flatMap((life) => life.goals),
    plannedSessions: lives.flatMap((life) => life.sessions),
    goalRevisions: lives.flatMap((life) => [...life.created, ...life.revisions]),
    activities: lives.flatMap((life) => life.activities),
    checkins: lives.flatMap((life) => life.checkins),
    checkinGoals: lives.flatMap((life) => life.outcomes),
    comments: social.comments,
    reactions: social.reactions,
    notifications: social.notifications,
  };
}

/** Writes a batch in one transaction, table by table in multi-row INSERTs. */
export async function writeBatch(db: Database, rows: BatchRows) {
  await db.transaction(async (tx) => {
    await insertInChunks(tx, users, rows.users);
    await insertInChunks(tx, profiles, rows.profiles);
    await insertInChunks(tx, coachingLinks, rows.links);
    await insertInChunks(tx, groups, rows.groups);
    await insertInChunks(tx, groupMembers, rows.members);
    await insertInChunks(tx, goals, rows.goals);
    await insertInChunks(tx, plannedSessions, rows.plannedSessions);
    await insertInChunks(tx, goalRevisions, rows.goalRevisions);
    await insertInChunks(tx, activities, rows.activities);
    await insertInChunks(tx, checkins, rows.checkins);
    await insertInChunks(tx, checkinGoals, rows.checkinGoals);
    // Top-level comments come before their replies in the list, so a reply's parent is written first.
    await insertInChunks(tx, comments, rows.comments);
    await insertInChunks(tx, reactions, rows.reactions);
    await insertInChunks(tx, notifications, rows.notifications);
  });
}

/**
 * Builds and writes every athlete, batch by batch, two batches in flight: one is built while the
 * one before is written (and on Postgres, two connections keep both of the server's cores busy).
 * Coach 0's links are handed back rather than written, for the caller to write last.
 */
export async function writeAthletes(
  db: Database,
  context: WorldContext & { batchSize: number; onBatch?: (done: number, total: number) => void },
) {
  const [first] = context.coaches;
  const counts = {
    groups: 0,
    goals: 0,
    plannedSessions: 0,
    activities: 0,
    checkins: 0,
    comments: 0,
    reactions: 0,
    notifications: 0,
  };
  const firstCoachLinks: BatchRows["links"] = [];
  const writing = new Set<Promise<void>>();
  let failure: unknown;
  let done = 0;
  for (const [batch, indices] of batches(context.total, context.batchSize).entries()) {
    const rows = await buildBatch(batch, indices, {
      ...context,
      firstGroupNumber: counts.groups + 1,
    });
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
      counts[key] += rows[key].length;
    }
    const isFirst = (link: BatchRows["links"][number]) => link.coachId === first?.id;
    firstCoachLinks.push(...rows.links.filter(isFirst));
    const write: Promise<void> = writeBatch(db, {
      ...rows,
      links: rows.links.filter((link) => !isFirst(link)),
    })
      .then(
        () => {
          done += indices.length;
          context.onBatch?.(done, context.total);
        },
        (error: unknown) => {
          failure ??= error;
        },
      )
      .finally(() => writing.delete(write));
    writing.add(write);
    if (writing.size >= IN_FLIGHT) await Promise.race(writing);
    if (failure) break;
  }
  await Promise.all(writing);
  if (failure) throw failure;
  return { counts, firstCoachLinks };
}

/** Athlete numbers in batches of about `size`, as even as can be (no small batch at the end). */
function batches(total: number, size: number): number[][] {
  const count = Math.ceil(total / size);
  return Array.from({ length: count }, (_, b) => {
    const start = Math.floor((b * total) / count);
    const end = Math.floor(((b + 1) * total) / count);
    return Array.from({ length: end - start }, (_, i) => start + i);
  });
}
