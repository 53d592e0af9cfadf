import { randomUUID } from "node:crypto";
import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";
import { addDays, createChainForThisWeek, mutate, query, thisWeek } from "./api";
import { checkinInput } from "./checkin-input";
import { type Account, createAccount } from "./fixtures";

/** A signed-in page of its own (own cookies) for a new account. */
export async function newPerson(browser: Browser, request: APIRequestContext, name: string) {
  const account = await createAccount(request, { name });
  const page = await (await browser.newContext()).newPage();
  await signInOverHttp(page, account);
  return { account, page };
}

/**
 * Signs in through next-auth's credentials endpoint, as the sign-in form does, without rendering
 * the form: the session cookie lands in the page's context. (Signing in through the form is
 * tested in accounts.spec.ts.)
 */
async function signInOverHttp(page: Page, account: Account) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  await page.request.post("/api/auth/callback/credentials", {
    form: { email: account.email, password: account.password, csrfToken, callbackUrl: "/week" },
    maxRedirects: 0,
  });
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("session-token"))).toBe(true);
}

const run = (date: string, distance: number, startTime: string) => ({
  date,
  startTime,
  type: "run",
  name: null,
  distance,
  durationSeconds: Math.round(distance * 330),
  elevationGainMetres: null,
  effort: 5,
  notes: "",
});

export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * A small but realistic world, made through the API: an athlete with a goal chain, a habit, six
 * weeks of runs and a shared check-in; a group-mate who shares a check-in too, with comments and
 * reactions both ways; and a coach who comments on the athlete's goal and proposes a change.
 * Every call makes new people, so tests that use it run in parallel.
 */
export async function createWorld(browser: Browser, request: APIRequestContext, tag: string) {
  const [athlete, mate, coach] = await Promise.all(
    ["Athlete", "Mate", "Coach"].map((role) => newPerson(browser, request, `${tag} ${role}`)),
  );
  if (!athlete || !mate || !coach) throw new Error("unreachable");

  const chain = await createChainForThisWeek(athlete.page);
  const habit = await mutate<{ id: string }>(athlete.page, "goals.create", {
    level: "micro",
    parentId: chain.meso.id,
    title: "Two veggie servings a day",
    why: "Fuel for the long runs",
    strategy: "Prep on Sunday",
    category: "nutrition",
    visibility: "groups",
    periodStart: chain.weekStart,
    periodEnd: addDays(chain.weekStart, 6),
    target: {
      kind: "total",
      unit: "count",
      value: 2,
      baseline: null,
      per: "day",
      activityTypes: [],
      label: "veggie servings",
      eventDistanceMetres: null,
    },
    plan: [],
    checklist: [],
    weeks: [],
  });
  const runs = [0, 1, 2, 3, 4, 5].flatMap((week) =>
    [
      [1, 5],
      [3, 6],
      [5, 10],
    ].map(([day = 0, km = 0]) => run(addDays(chain.weekStart, day - 7 * week), km, "07:00")),
  );
  await Promise.all([
    ...runs
      .filter((r) => r.date <= chain.today)
      .map((r) => mutate(athlete.page, "activities.create", r)),
    mutate(athlete.page, "activities.setHabit", { id: habit.id, date: chain.today, count: 1 }),
  ]);

  const checkin = async (page: Page, wentWell: string, goals: unknown[]) => {
    const week = await thisWeek(page);
    return mutate<{ id: string }>(
      page,
      "checkins.submit",
      checkinInput(week.weekStart, {
        goals,
        wentWell,
        gotInTheWay: "A late night on Wednesday",
        nextFocus: "Sleep before the long run",
        coachOnly: { wentWell: false, gotInTheWay: true, nextFocus: false },
        energy: 3,
      }),
    );
  };
  const outcome = (goalId: string, outcome: string) => ({
    goalId,
    outcome,
    excuse: null,
    excuseNote: "",
    decision: null,
    smallerValue: null,
  });
  const [athleteCheckin, mateCheckin] = await Promise.all([
    checkin(athlete.page, "Three runs before work", [
      outcome(chain.micro.id, "partial"),
      outcome(habit.id, "hit"),
    ]),
    checkin(mate.page, "Found a hill loop https://example.com/hills", []),
  ]);

  const group = await mutate<{ id: string }>(athlete.page, "groups.create", {
    name: `${tag} Dawn Patrol`,
    description: "Early runs, kind words.",
    weeklyTheme: "Easy means easy",
  });
  const invite = await mutate<{ path: string }>(athlete.page, "groups.createInvite", {
    groupId: group.id,
    expiresInDays: 7,
    maxUses: 10,
  });
  await mutate(mate.page, "groups.join", { token: invite.path.split("/join/")[1] });
  const comment = (page: Page, checkinId: string, body: string) =>
    mutate<{ id: string }>(page, "social.comment", {
      checkinId,
      parentId: null,
      body,
      clientId: randomUUID(),
    });
  const [mateComment] = await Promise.all([
    comment(mate.page, athleteCheckin.id, "Great consistency!"),
    comment(athlete.page, mateCheckin.id, "That loop looks brutal"),
    mutate(mate.page, "social.react", { checkinId: athleteCheckin.id, kind: "fire" }),
    mutate(athlete.page, "social.react", { checkinId: mateCheckin.id, kind: "kudos" }),
  ]);
  await mutate(athlete.page, "social.comment", {
    checkinId: athleteCheckin.id,
    parentId: mateComment.id,
    body: "Thanks, see you Saturday",
    clientId: randomUUID(),
  });

  const coachLink = await mutate<{ path: string }>(coach.page, "coach.inviteLink", {
    expiresInDays: 7,
  });
  await mutate(athlete.page, "coaching.acceptInvite", {
    token: coachLink.path.split("/coach/join/")[1],
  });
  const roster = await query<{ athletes: { athleteId: string }[] }>(coach.page, "coach.triage", {
    tag: null,
  });
  const athleteId = roster.athletes[0]?.athleteId ?? "";
  await Promise.all([
    mutate(coach.page, "social.goalComment", {
      goalId: chain.meso.id,
      parentId: null,
      body: "Keep the easy runs easy this block.",
      clientId: randomUUID(),
    }),
    mutate(coach.page, "coach.propose", {
      kind: "change",
      athleteId,
      goalId: chain.meso.id,
      note: "Let's hold at 18 km while you sleep less.",
      changes: {
        target: {
          kind: "total",
          unit: "km",
          value: 18,
          baseline: null,
          per: "week",
          activityTypes: ["run"],
          label: null,
          eventDistanceMetres: null,
        },
      },
    }),
  ]);

  return {
    athlete: athlete as { account: Account; page: Page },
    mate: mate as { account: Account; page: Page },
    coach: coach as { account: Account; page: Page },
    chain,
    habit,
    group,
    groupInvitePath: invite.path,
    athleteId,
  };
}
