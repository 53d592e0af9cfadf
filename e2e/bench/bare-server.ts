/**
 * The yardstick: the benchmark's six scenarios served by a bare Node `http` server with
 * postgres.js and hand-written SQL, as a careful developer would write them without a framework.
 * It reads the same rows Stride shows (access rules in the WHERE, sums and counts done in SQL)
 * and answers JSON. What it leaves out is written beside each handler.
 *
 * Auth is a signed cookie `bare=<user id>.<HMAC-SHA256>` (no session store, no database read).
 *
 *   DATABASE_URL=… BARE_SECRET=… PORT=3400 tsx bench/bare-server.ts
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import postgres from "postgres";
import { verifyBareCookie } from "./bare-auth";

const secret = process.env.BARE_SECRET ?? "";
const sql = postgres(process.env.DATABASE_URL ?? "", { max: 10, onnotice: () => {} });

const viewerOf = (req: IncomingMessage) => verifyBareCookie(req.headers.cookie, secret);

async function bodyOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

/** Triage: the roster with current blocks and their logged distance, this week's goals, last check-in and waiting comments. No ranking rules. */
function triage(coachId: string) {
  return sql`
    with roster as (
      select l.athlete_id, l.tags, l.reviewed_week, p.name, p.week_start,
        (now() at time zone p.time_zone)::date as today
      from coaching_links l join profiles p on p.user_id = l.athlete_id
      where l.coach_id = ${coachId} and l.ended_at is null
    )
    select r.athlete_id as "athleteId", r.name, r.tags, r.reviewed_week as "reviewedWeek",
      (select coalesce(json_agg(json_build_object('id', g.id, 'title', g.title, 'level', g.level,
          'periodStart', g.period_start, 'periodEnd', g.period_end, 'target', g.target_value,
          'logged', (select coalesce(sum(a.distance_metres), 0) from activities a
            where a.athlete_id = g.athlete_id and a.deleted_at is null
              and a.date between g.period_start and least(g.period_end, r.today)))), '[]')
        from goals g
        where g.athlete_id = r.athlete_id and g.visibility <> 'private' and g.archived_at is null
          and g.status = 'active' and g.level in ('macro', 'meso')
          and r.today between g.period_start and g.period_end) as current,
      (select count(*) from goals g where g.athlete_id = r.athlete_id and g.level = 'micro'
        and g.archived_at is null and g.visibility <> 'private'
        and r.today between g.period_start and g.period_end)::int as "thisWeekGoals",
      (select json_agg(c order by c."weekStart") from (
        select c.week_start as "weekStart", c.mood, c.energy, c.late, c.submitted_at as "submittedAt",
          (select count(*) filter (where cg.outcome = 'hit') from checkin_goals cg
            where cg.checkin_id = c.id)::int as hit,
          (select count(*) from checkin_goals cg where cg.checkin_id = c.id)::int as goals
        from checkins c where c.athlete_id = r.athlete_id and c.visibility <> 'private'
          and c.week_end >= r.today - 42) c) as checkins,
      (select count(*) from comments m left join checkins c on c.id = m.checkin_id
        where m.author_id = r.athlete_id and m.created_at > now() - interval '21 days'
          and (c.athlete_id = r.athlete_id or m.goal_id is not null))::int as "recentComments"
    from roster r order by r.name`;
}

/** Goal tree: the year's goals with planned-session and checklist counts and logged distance. Nesting is left to the client. */
function goalTree(athleteId: string, year: number) {
  return sql`
    select g.id, g.parent_id as "parentId", g.level, g.title, g.status, g.visibility,
      g.period_start as "periodStart", g.period_end as "periodEnd", g.target_kind as "targetKind",
      g.target_unit as "targetUnit", g.target_value as "targetValue", g.target_per as "targetPer",
      (select count(*) from planned_sessions s where s.goal_id = g.id)::int as "plannedSessions",
      (select count(*) from checklist_items i where i.goal_id = g.id)::int as "checklistItems",
      (select coalesce(sum(a.distance_metres), 0) from activities a
        where a.athlete_id = g.athlete_id and a.deleted_at is null
          and a.date between g.period_start and g.period_end) as logged
    from goals g
    where g.athlete_id = ${athleteId} and g.archived_at is null
      and g.period_start <= ${`${year}-12-31`} and g.period_end >= ${`${year}-01-01`}
    order by g.position, g.period_start`;
}

/** The week: this week's micro goals with their sessions, the blocks above, the week's activities and check-in state. */
async function week(athleteId: string) {
  const [profile] = await sql<{ today: string; weekStart: string }[]>`
    select (now() at time zone time_zone)::date::text as today, week_start as "weekStart"
    from profiles where user_id = ${athleteId}`;
  if (!profile) return null;
  const [row] = await sql`
    with w as (
      select d::date as start from generate_series(${profile.today}::date - 6, ${profile.today}::date, '1 day') d
      where trim(to_char(d, 'day')) = ${profile.weekStart}
    )
    select w.start as "weekStart",
      (select coalesce(json_agg(json_build_object('id', g.id, 'title', g.title,
          'target', g.target_value, 'parentId', g.parent_id,
          'sessions', (select coalesce(json_agg(s order by s.day), '[]') from planned_sessions s
            where s.goal_id = g.id),
          'logged', (select coalesce(sum(a.distance_metres), 0) from activities a
            where a.athlete_id = g.athlete_id and a.deleted_at is null
              and a.date between g.period_start and g.period_end)) order by g.position), '[]')
        from goals g where g.athlete_id = ${athleteId} and g.level = 'micro'
          and g.archived_at is null and g.period_start = w.start) as goals,
      (select coalesce(json_agg(json_build_object('id', b.id, 'title', b.title, 'level', b.level,
          'target', b.target_value,
          'logged', (select coalesce(sum(a.distance_metres), 0) from activities a
            where a.athlete_id = b.athlete_id and a.deleted_at is null
              and a.date between b.period_start and b.period_end))), '[]')
        from goals b where b.athlete_id = ${athleteId} and b.level in ('meso', 'macro')
          and b.archived_at is null and w.start between b.period_start and b.period_end) as blocks,
      (select coalesce(json_agg(a order by a.date), '[]') from activities a
        where a.athlete_id = ${athleteId} and a.deleted_at is null
          and a.date between w.start and w.start + 6) as activities,
      exists (select 1 from checkins c where c.athlete_id = ${athleteId}
        and c.week_start = w.start) as "checkedIn",
      exists (select 1 from checkins c where c.athlete_id = ${athleteId}
        and c.week_start = w.start - 7) as "previousCheckedIn"
    from w`;
  return row;
}

/** A feed page: 20 shared check-ins of the group, coach-only parts blanked, with outcomes, comments and reactions. Members only. */
function feed(viewerId: string, groupId: string) {
  return sql`
    select c.id, c.athlete_id as "athleteId", p.name as "athleteName", c.week_start as "weekStart",
      case when c.went_well_coach_only then '' else c.went_well end as "wentWell",
      case when c.got_in_the_way_coach_only then '' else c.got_in_the_way end as "gotInTheWay",
      case when c.next_focus_coach_only then '' else c.next_focus end as "nextFocus",
      case when c.share_mood then c.mood end as mood, c.late, c.submitted_at as "submittedAt",
      (select coalesce(json_agg(json_build_object('title', g.title, 'outcome', cg.outcome)
          order by g.position), '[]')
        from checkin_goals cg join goals g on g.id = cg.goal_id
        where cg.checkin_id = c.id and g.visibility = 'groups') as outcomes,
      (select coalesce(json_agg(json_build_object('id', m.id, 'parentId', m.parent_id,
          'author', ap.name, 'body', m.body, 'createdAt', m.created_at) order by m.created_at), '[]')
        from comments m left join profiles ap on ap.user_id = m.author_id
        where m.checkin_id = c.id) as comments,
      (select coalesce(json_agg(json_build_object('kind', r.kind, 'name', rp.name)), '[]')
        from reactions r join profiles rp on rp.user_id = r.user_id
        where r.checkin_id = c.id) as reactions
    from checkins c
    join group_members gm on gm.user_id = c.athlete_id and gm.group_id = ${groupId}
    join profiles p on p.user_id = c.athlete_id
    where c.visibility = 'groups'
      and exists (select 1 from group_members me where me.group_id = ${groupId}
        and me.user_id = ${viewerId})
    order by c.submitted_at desc, c.id desc limit 20`;
}

/** A comment on a check-in shared with a group the author is in, and a notification for its owner. */
async function comment(viewerId: string, input: Record<string, unknown>) {
  const body = String(input.body ?? "").trim();
  const checkinId = String(input.checkinId ?? "");
  const clientId = String(input.clientId ?? "");
  if (!body || body.length > 2000 || !clientId)
    return { status: 400, body: { error: "Bad input" } };
  return sql.begin(async (tx) => {
    const [target] = await tx<{ athleteId: string }[]>`
      select c.athlete_id as "athleteId" from checkins c
      where c.id = ${checkinId} and c.visibility = 'groups' and exists (
        select 1 from group_members a join group_members b on b.group_id = a.group_id
        where a.user_id = ${viewerId} and b.user_id = c.athlete_id)`;
    if (!target) return { status: 404, body: { error: "Not found" } };
    const [made] = await tx`
      insert into comments (id, checkin_id, author_id, body, client_id)
      values (${randomUUID()}, ${checkinId}, ${viewerId}, ${body}, ${clientId})
      returning id, created_at as "createdAt"`;
    if (target.athleteId !== viewerId) {
      await tx`
        insert into notifications (user_id, actor_id, checkin_id, comment_id, kind, text)
        values (${target.athleteId}, ${viewerId}, ${checkinId}, ${made?.id}, 'comment',
          'commented on your check-in')`;
    }
    return { status: 200, body: made };
  });
}

type CheckinGoal = { goalId: string; outcome: "hit" | "partial" | "missed" | "excused" };

/** A first check-in for a week: the check-in, its outcomes and the goals' statuses, in one transaction. */
async function checkin(viewerId: string, input: Record<string, unknown>) {
  const weekStart = String(input.weekStart ?? "");
  const goals = (input.goals ?? []) as CheckinGoal[];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(weekStart)) return { status: 400, body: { error: "Bad week" } };
  return sql.begin(async (tx) => {
    const owned = await tx<{ id: string }[]>`
      select id from goals where athlete_id = ${viewerId} and level = 'micro'
        and period_start = ${weekStart} and archived_at is null`;
    if (owned.length !== goals.length || goals.some((g) => !owned.some((o) => o.id === g.goalId)))
      return { status: 400, body: { error: "Give an outcome for each of this week's goals" } };
    const id = randomUUID();
    const [made] = await tx`
      insert into checkins (id, athlete_id, week_start, week_end, went_well, got_in_the_way,
        next_focus, mood, energy, visibility, submission_key)
      values (${id}, ${viewerId}, ${weekStart}, ${weekStart}::date + 6, ${String(input.wentWell ?? "")},
        ${String(input.gotInTheWay ?? "")}, ${String(input.nextFocus ?? "")},
        ${(input.mood as number | null) ?? null}, ${(input.energy as number | null) ?? null},
        ${String(input.visibility ?? "groups")}, ${String(input.submissionKey ?? "")})
      on conflict (athlete_id, week_start) do nothing
      returning id, version`;
    if (!made) return { status: 409, body: { error: "Already checked in" } };
    await tx`
      insert into checkin_goals ${tx(goals.map((g) => ({ checkin_id: id, goal_id: g.goalId, outcome: g.outcome })))}`;
    await tx`
      update goals set status = case g.outcome when 'hit' then 'achieved'::goal_status
          else 'missed'::goal_status end, version = version + 1, updated_at = now()
      from (select * from json_to_recordset(${tx.json(goals)}::json) as x("goalId" uuid, outcome text)) g
      where goals.id = g."goalId" and g.outcome <> 'excused'`;
    return { status: 200, body: made };
  });
}

async function route(req: IncomingMessage, viewerId: string) {
  const url = new URL(req.url ?? "/", "http://bare");
  switch (`${req.method} ${url.pathname}`) {
    case "GET /triage":
      return { status: 200, body: await triage(viewerId) };
    case "GET /goal-tree":
      return { status: 200, body: await goalTree(viewerId, Number(url.searchParams.get("year"))) };
    case "GET /week": {
      const body = await week(viewerId);
      return body ? { status: 200, body } : { status: 404, body: { error: "Not found" } };
    }
    case "GET /feed":
      return { status: 200, body: await feed(viewerId, url.searchParams.get("groupId") ?? "") };
    case "POST /comment":
      return comment(viewerId, await bodyOf(req));
    case "POST /checkin":
      return checkin(viewerId, await bodyOf(req));
    default:
      return { status: 404, body: { error: "Not found" } };
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

const server = createServer((req, res) => {
  const viewerId = viewerOf(req);
  if (!viewerId) return send(res, 401, { error: "Sign in" });
  route(req, viewerId).then(
    ({ status, body }) => send(res, status, body),
    (error: unknown) => {
      console.error(error);
      send(res, 500, { error: "Something went wrong" });
    },
  );
});

server.listen(Number(process.env.PORT ?? 3400), "127.0.0.1");
