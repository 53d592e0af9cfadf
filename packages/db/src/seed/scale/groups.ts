import { randomUUID } from "node:crypto";
import type { groupMembers, groups } from "../../schema";
import { HOUR } from "./clock";
import type { ScaleAthlete } from "./people";
import type { Random } from "./random";
import { GROUP_NOUNS, GROUP_PLACES, GROUP_THEMES } from "./words";

export const GROUP_MIN_MEMBERS = 5;
export const GROUP_MAX_MEMBERS = 30;
const SECOND_GROUP_SHARE = 0.2;

type GroupRow = typeof groups.$inferInsert & { id: string; createdAt: Date };
type MemberRow = typeof groupMembers.$inferInsert;

export type BatchGroups = {
  groups: GroupRow[];
  members: MemberRow[];
  /** Everyone who shares at least one group with the athlete (whom their shared check-ins reach). */
  fellows: Map<string, string[]>;
};

const DAY = 24 * HOUR;

/**
 * Accountability groups within one batch of athletes: each athlete joins one group of 5 to 30 and
 * about one in five a second one. The first member of each group owns it; the rest are members.
 */
export function buildGroups(
  athletes: readonly ScaleAthlete[],
  rand: Random,
  firstNumber: number,
  now: Date,
): BatchGroups {
  if (athletes.length < GROUP_MIN_MEMBERS) {
    throw new Error(`A batch needs at least ${GROUP_MIN_MEMBERS} athletes to form a group`);
  }
  const order = rand.sample(athletes, athletes.length);
  const rosters: ScaleAthlete[][] = [];
  for (let start = 0; start < order.length; ) {
    const left = order.length - start;
    // The rest joins this group when what would remain could not fill another one.
    let size = rand.int(GROUP_MIN_MEMBERS, 24);
    if (left - size < GROUP_MIN_MEMBERS) size = left;
    rosters.push(order.slice(start, start + size));
    start += size;
  }

  const teams = rosters.map((roster, i) => {
    const row: GroupRow = {
      id: randomUUID(),
      name: `${rand.pick(GROUP_PLACES)} ${rand.pick(GROUP_NOUNS)} ${firstNumber + i}`,
      description: "Honest check-ins, a Saturday long run, lots of kudos.",
      weeklyTheme: rand.pick(GROUP_THEMES),
      createdAt: new Date(now.getTime() - rand.int(300, 360) * DAY),
    };
    return { row, roster, ids: new Set(roster.map((a) => a.id)) };
  });
  const members: MemberRow[] = teams.flatMap(({ row, roster }) =>
    roster.map((athlete, position) => ({
      groupId: row.id,
      userId: athlete.id,
      role: position === 0 ? ("owner" as const) : ("member" as const),
      joinedAt: new Date(row.createdAt.getTime() + rand.int(0, 14) * DAY),
    })),
  );

  for (const athlete of order) {
    if (!rand.chance(SECOND_GROUP_SHARE)) continue;
    const open = teams.filter((t) => t.ids.size < GROUP_MAX_MEMBERS && !t.ids.has(athlete.id));
    if (open.length === 0) continue;
    const team = rand.pick(open);
    team.ids.add(athlete.id);
    members.push({
      groupId: team.row.id,
      userId: athlete.id,
      role: "member",
      joinedAt: new Date(now.getTime() - rand.int(20, 200) * DAY),
    });
  }

  const fellows = new Map<string, Set<string>>();
  for (const { ids } of teams) {
    for (const id of ids) {
      const mine = fellows.get(id) ?? new Set<string>();
      for (const other of ids) if (other !== id) mine.add(other);
      fellows.set(id, mine);
    }
  }
  return {
    groups: teams.map((t) => t.row),
    members,
    fellows: new Map([...fellows].map(([id, set]) => [id, [...set]])),
  };
}
