/** A tagged-template query returning rows (postgres.js's `sql`, narrowed to what the fixtures need). */
export type Query = <T>(strings: TemplateStringsArray, ...values: unknown[]) => Promise<T[]>;

/** Who and what the scenarios ask for, picked from the scale world by email pattern. */
export type Fixtures = {
  /** The coach with the largest roster (the 200-athlete coach). */
  coach: Person;
  /** One of that coach's athletes: their goal tree and week. */
  athlete: Person;
  /** The largest group, and one of its members reading its feed. */
  group: { id: string; members: number };
  reader: Person;
  /** People who comment and check in during the write scenarios (none of the coach's roster). */
  actors: Person[];
  /** For each actor, a check-in of a fellow group member they may comment on. */
  commentTargets: Map<string, string>;
  /** Past weeks each actor can check in (their check-ins there were removed), with the week's goals. */
  checkinWeeks: Map<string, { weekStart: string; goalIds: string[] }[]>;
};

export type Person = { id: string; email: string };

// Enough (actor, week) pairs that the bare server, at about 1,000 check-ins a second, does not run
// out of first check-ins in a 10-second run plus its warm-up.
const ACTORS = 800;
/** Weeks this far back are outside what the coach triage reads, so removing them changes nothing there. */
const OLDEST_WEEKS_BACK = 40;
const NEWEST_WEEKS_BACK = 8;

/**
 * Picks the scenarios' people and data, and removes the actors' check-ins of older weeks so each
 * (actor, week) can be checked in once during the run.
 */
export async function pickFixtures(sql: Query): Promise<Fixtures> {
  const [coach] = await sql<Person & { athletes: number }>`
    select u.id, u.email, count(*)::int as athletes
    from users u join coaching_links l on l.coach_id = u.id and l.ended_at is null
    where u.email like 'scale-coach-%'
    group by u.id order by athletes desc, u.email limit 1`;
  if (!coach) throw new Error("No scale world here: run `pnpm db:seed --scale N` first.");
  const [athlete] = await sql<Person>`
    select u.id, u.email from users u
    join coaching_links l on l.athlete_id = u.id and l.coach_id = ${coach.id} and l.ended_at is null
    order by u.email limit 1`;
  const [group] = await sql<{ id: string; members: number }>`
    select group_id as id, count(*)::int as members from group_members
    group by group_id order by members desc, group_id limit 1`;
  if (!athlete || !group) throw new Error("The scale world has no athletes or groups.");
  const [reader] = await sql<Person>`
    select u.id, u.email from group_members m join users u on u.id = m.user_id
    where m.group_id = ${group.id} order by u.email limit 1`;
  if (!reader) throw new Error("The largest group has no members.");

  const actors = await sql<Person>`
    select u.id, u.email from users u
    where u.email like 'scale-athlete-%'
      and not exists (select 1 from coaching_links l
        where l.athlete_id = u.id and l.coach_id = ${coach.id})
      and exists (select 1 from group_members m where m.user_id = u.id)
    order by u.email limit ${ACTORS}`;
  const ids = actors.map((a) => a.id);

  // A shared check-in of someone in one of the actor's groups, one per actor.
  const targets = await sql<{ actorId: string; checkinId: string }>`
    select distinct on (me.user_id) me.user_id as "actorId", c.id as "checkinId"
    from group_members me
    join group_members other on other.group_id = me.group_id and other.user_id <> me.user_id
    join checkins c on c.athlete_id = other.user_id and c.visibility = 'groups'
    where me.user_id = any(${ids}::uuid[])
    order by me.user_id, c.submitted_at desc`;

  const weeks = await sql<{ athleteId: string; weekStart: string; goalIds: string[] }>`
    select g.athlete_id as "athleteId", g.period_start::text as "weekStart",
      array_agg(g.id order by g.position) as "goalIds"
    from goals g join profiles p on p.user_id = g.athlete_id
    where g.athlete_id = any(${ids}::uuid[]) and g.level = 'micro' and g.archived_at is null
      and g.period_start between (now() at time zone p.time_zone)::date - ${OLDEST_WEEKS_BACK * 7}::int
        and (now() at time zone p.time_zone)::date - ${NEWEST_WEEKS_BACK * 7}::int
    group by g.athlete_id, g.period_start
    order by g.period_start desc`;
  await sql`
    delete from checkins c using unnest(${weeks.map((w) => w.athleteId)}::uuid[],
      ${weeks.map((w) => w.weekStart)}::date[]) as w(athlete_id, week_start)
    where c.athlete_id = w.athlete_id and c.week_start = w.week_start`;

  const checkinWeeks = new Map<string, { weekStart: string; goalIds: string[] }[]>();
  for (const week of weeks) {
    checkinWeeks.set(week.athleteId, [
      ...(checkinWeeks.get(week.athleteId) ?? []),
      { weekStart: week.weekStart, goalIds: week.goalIds },
    ]);
  }
  return {
    coach,
    athlete,
    group,
    reader,
    actors: actors.filter((a) => targets.some((t) => t.actorId === a.id)),
    commentTargets: new Map(targets.map((t) => [t.actorId, t.checkinId])),
    checkinWeeks,
  };
}
