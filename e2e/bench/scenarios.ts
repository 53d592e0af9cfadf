import { randomUUID } from "node:crypto";
import type { Sql } from "postgres";
import type { Fixtures } from "./fixtures";
import type { Request } from "./measure";

export type Scenario = {
  name: string;
  kind: "read" | "write";
  stride: () => Request;
  bare: () => Request;
  /** Run before each measured run (with the database at hand): puts the data back. */
  reset?: (sql: Sql) => Promise<void>;
};

/** Cookies per person id: Stride's session cookies and the bare server's signed ones. */
export type Cookies = { stride: Map<string, string>; bare: Map<string, string> };

const trpcQuery = (path: string, input: unknown, cookie: string): Request => ({
  method: "GET",
  path: `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  headers: { cookie },
});

const trpcMutation = (path: string, input: unknown, cookie: string): Request => ({
  method: "POST",
  path: `/api/trpc/${path}`,
  headers: { cookie, "content-type": "application/json", "idempotency-key": randomUUID() },
  body: JSON.stringify({ json: input }),
});

const post = (path: string, input: unknown, cookie: string): Request => ({
  method: "POST",
  path,
  headers: { cookie, "content-type": "application/json" },
  body: JSON.stringify(input),
});

function cookieOf(cookies: Map<string, string>, id: string) {
  const cookie = cookies.get(id);
  if (!cookie) throw new Error(`No session for ${id}`);
  return cookie;
}

/** Cycles through the actors: each write comes from the next person. */
function rotation<T>(items: readonly T[]) {
  let at = 0;
  return () => {
    const item = items[at % items.length];
    at += 1;
    if (item === undefined) throw new Error("Nothing to rotate through");
    return item;
  };
}

/**
 * Hands out each (actor, week) once per run, so each submission is a first check-in; `restart`
 * (after the run's check-ins were removed) starts the queue again. Past its end, the last pair
 * is sent again and answered as a repeat, which counts as an error: raise --scale.
 */
function checkinQueue(fixtures: Fixtures) {
  const queue = fixtures.actors.flatMap((actor, i) =>
    (fixtures.checkinWeeks.get(actor.id) ?? []).map((week, w) => ({
      actor,
      week,
      order: w * 1000 + i,
    })),
  );
  queue.sort((a, b) => a.order - b.order);
  let at = 0;
  const next = () => {
    const item = queue[Math.min(at, queue.length - 1)];
    at += 1;
    if (!item) throw new Error("No weeks to check in: the scale world is too small.");
    return item;
  };
  return Object.assign(next, {
    restart: () => {
      at = 0;
    },
  });
}

const checkinForm = (weekStart: string, goalIds: readonly string[]) => ({
  weekStart,
  version: null,
  submissionKey: `bench-${randomUUID()}`,
  goals: goalIds.map((goalId) => ({
    goalId,
    outcome: "hit",
    excuse: null,
    excuseNote: "",
    decision: null,
    smallerValue: null,
  })),
  wentWell: "Kept every easy run easy.",
  gotInTheWay: "",
  nextFocus: "Sleep before the long run.",
  coachOnly: { wentWell: false, gotInTheWay: false, nextFocus: false },
  mood: 4,
  energy: 3,
  shareMood: true,
  visibility: "groups",
});

export function scenarios(fixtures: Fixtures, cookies: Cookies): Scenario[] {
  const { coach, athlete, group, reader } = fixtures;
  const year = new Date().getUTCFullYear();
  const commenters = rotation(fixtures.actors);
  const nextCheckin = checkinQueue(fixtures);
  const comment = (side: "stride" | "bare") => {
    const actor = commenters();
    const input = {
      checkinId: fixtures.commentTargets.get(actor.id),
      parentId: null,
      body: "Great week, see you Saturday!",
      clientId: `bench-${randomUUID()}`,
    };
    return side === "stride"
      ? trpcMutation("social.comment", input, cookieOf(cookies.stride, actor.id))
      : post("/comment", input, cookieOf(cookies.bare, actor.id));
  };
  const checkin = (side: "stride" | "bare") => {
    const { actor, week } = nextCheckin();
    const form = checkinForm(week.weekStart, week.goalIds);
    return side === "stride"
      ? trpcMutation("checkins.submit", form, cookieOf(cookies.stride, actor.id))
      : post("/checkin", form, cookieOf(cookies.bare, actor.id));
  };
  return [
    {
      name: "coach-triage",
      kind: "read",
      stride: () => trpcQuery("coach.triage", { tag: null }, cookieOf(cookies.stride, coach.id)),
      bare: () => ({
        method: "GET",
        path: "/triage",
        headers: { cookie: cookieOf(cookies.bare, coach.id) },
      }),
    },
    {
      name: "goal-tree",
      kind: "read",
      stride: () =>
        trpcQuery(
          "goals.tree",
          { year, includeArchived: false },
          cookieOf(cookies.stride, athlete.id),
        ),
      bare: () => ({
        method: "GET",
        path: `/goal-tree?year=${year}`,
        headers: { cookie: cookieOf(cookies.bare, athlete.id) },
      }),
    },
    {
      name: "week",
      kind: "read",
      stride: () =>
        trpcQuery("week.get", { weekStart: null }, cookieOf(cookies.stride, athlete.id)),
      bare: () => ({
        method: "GET",
        path: "/week",
        headers: { cookie: cookieOf(cookies.bare, athlete.id) },
      }),
    },
    {
      name: "group-feed",
      kind: "read",
      stride: () =>
        trpcQuery("groups.feed", { groupId: group.id }, cookieOf(cookies.stride, reader.id)),
      bare: () => ({
        method: "GET",
        path: `/feed?groupId=${group.id}`,
        headers: { cookie: cookieOf(cookies.bare, reader.id) },
      }),
    },
    {
      name: "post-comment",
      kind: "write",
      stride: () => comment("stride"),
      bare: () => comment("bare"),
    },
    {
      name: "submit-checkin",
      kind: "write",
      stride: () => checkin("stride"),
      bare: () => checkin("bare"),
      reset: async (sql) => {
        await sql`delete from checkins where submission_key like 'bench-%'`;
        nextCheckin.restart();
      },
    },
  ];
}
