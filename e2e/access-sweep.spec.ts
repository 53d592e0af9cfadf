import { type Browser, expect, type Page, test } from "@playwright/test";
import { createChainForThisWeek, mutate, query } from "./api";
import { checkinInput } from "./checkin-input";
import { type Account, createAccount, signIn } from "./fixtures";

async function personPage(browser: Browser, account: Account) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/**
 * The status a screen answers with for this visitor (with their cookies), after redirects, and
 * the document the server sends: the rendered HTML with the data the page hydrates from. A plain
 * request instead of a full page load: the sweep is about what the server gives away, and
 * rendering some ninety pages in Chromium cost minutes of the test command.
 */
async function visit(page: Page, path: string) {
  const response = await page.request.get(path);
  return { status: response.status(), url: response.url(), text: await response.text() };
}

// The screens of DESIGN.md, visited by each kind of person: the owner sees their things; a
// group member sees what was shared with the group; the coach sees what was shared with the
// coach; a stranger, an ended coach and a removed member get "not found"; anonymous visitors are
// sent to sign in. Nothing private appears in any page another person receives.
test("every screen answers each kind of visitor as the access rules say", async ({
  browser,
  request,
}) => {
  // Every screen, seven kinds of visitor: about half a minute here, more when the other worker
  // is busy too.
  test.setTimeout(180_000);
  const [owner, member, coach, endedCoach, stranger, removed] = (await Promise.all(
    ["Owner", "Member", "Coach", "Ended Coach", "Stranger", "Removed"].map((name) =>
      createAccount(request, { name: `Sweep ${name}` }),
    ),
  )) as [Account, Account, Account, Account, Account, Account];
  const pages = {
    owner: await personPage(browser, owner),
    member: await personPage(browser, member),
    coach: await personPage(browser, coach),
    endedCoach: await personPage(browser, endedCoach),
    stranger: await personPage(browser, stranger),
    removed: await personPage(browser, removed),
  };

  // The owner's world: a goal chain, a private goal, a shared check-in, a group, two coaches.
  const chain = await createChainForThisWeek(pages.owner);
  const secret = await mutate<{ id: string }>(pages.owner, "goals.create", {
    level: "macro",
    parentId: null,
    title: "Sweep secret goal",
    why: "",
    strategy: "",
    category: "mindset",
    visibility: "private",
    target: null,
    periodStart: chain.weekStart,
    periodEnd: chain.today,
    plan: [],
    checklist: [],
    weeks: [],
  });
  await mutate(
    pages.owner,
    "checkins.submit",
    checkinInput(chain.weekStart, {
      goals: [
        {
          goalId: chain.micro.id,
          outcome: "partial",
          excuse: null,
          excuseNote: "",
          decision: null,
          smallerValue: null,
        },
      ],
      wentWell: "Sweep shared week",
      gotInTheWay: "Sweep coach-only note",
      coachOnly: { wentWell: false, gotInTheWay: true, nextFocus: false },
      mood: 3,
      energy: 3,
    }),
  );
  const group = await mutate<{ id: string }>(pages.owner, "groups.create", {
    name: "Sweep Group",
    description: "",
    weeklyTheme: "",
  });
  const invite = await mutate<{ path: string }>(pages.owner, "groups.createInvite", {
    groupId: group.id,
    expiresInDays: 1,
    maxUses: 5,
  });
  for (const page of [pages.member, pages.removed])
    await mutate(page, "groups.join", { token: invite.path.split("/join/")[1] });
  const members = await query<{ members: { id: string; name: string }[] }>(
    pages.owner,
    "groups.get",
    { groupId: group.id },
  );
  const removedId = members.members.find((m) => m.name === "Sweep Removed")?.id;
  await mutate(pages.owner, "groups.removeMember", { groupId: group.id, userId: removedId });
  for (const page of [pages.coach, pages.endedCoach]) {
    const link = await mutate<{ path: string }>(page, "coach.inviteLink", { expiresInDays: 1 });
    await mutate(pages.owner, "coaching.acceptInvite", {
      token: link.path.split("/coach/join/")[1],
    });
  }
  const coaches = await query<{ linkId: string; name: string }[]>(
    pages.owner,
    "coaching.myCoaches",
    null,
  );
  const ended = coaches.find((c) => c.name === "Sweep Ended Coach");
  await mutate(pages.owner, "coaching.end", { linkId: ended?.linkId });
  const ownerId = (
    await query<{ athletes: { athleteId: string }[] }>(pages.coach, "coach.triage", { tag: null })
  ).athletes[0]?.athleteId;
  expect(ownerId).toBeTruthy();

  const screens = {
    goal: `/goals/${chain.macro.id}`,
    secretGoal: `/goals/${secret.id}`,
    group: `/groups/${group.id}`,
    athlete: `/coach/athletes/${ownerId}`,
  };
  const expected: Record<keyof typeof pages, Record<keyof typeof screens, number>> = {
    owner: { goal: 200, secretGoal: 200, group: 200, athlete: 404 },
    member: { goal: 404, secretGoal: 404, group: 200, athlete: 404 },
    coach: { goal: 404, secretGoal: 404, group: 404, athlete: 200 },
    endedCoach: { goal: 404, secretGoal: 404, group: 404, athlete: 404 },
    stranger: { goal: 404, secretGoal: 404, group: 404, athlete: 404 },
    removed: { goal: 404, secretGoal: 404, group: 404, athlete: 404 },
  };
  for (const [who, page] of Object.entries(pages) as [keyof typeof pages, Page][]) {
    for (const [screen, path] of Object.entries(screens) as [keyof typeof screens, string][]) {
      const seen = await visit(page, path);
      expect(seen.status, `${who} on ${screen}`).toBe(expected[who][screen]);
      if (who !== "owner")
        expect(seen.text, `${who} on ${screen}`).not.toContain("Sweep secret goal");
      if (who !== "owner" && who !== "coach")
        expect(seen.text, `${who} on ${screen}`).not.toContain("Sweep coach-only note");
    }
    // Everyone's own screens show only their own things.
    for (const path of [
      "/week",
      "/goals",
      "/log",
      "/groups",
      "/coach",
      "/notifications",
      "/settings",
    ]) {
      const seen = await visit(page, path);
      expect(seen.status, `${who} on ${path}`).toBe(200);
      if (who !== "owner")
        expect(seen.text, `${who} on ${path}`).not.toContain("Sweep secret goal");
    }
  }
  // The coach sees the coach-only part of the shared check-in; the group does not.
  expect((await visit(pages.coach, screens.athlete)).text).toContain("Sweep coach-only note");
  expect((await visit(pages.member, screens.group)).text).not.toContain("Sweep coach-only note");

  // Anonymous visitors are sent to sign in, from every screen.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(screens.goal);
  await expect(anonymous).toHaveURL(/\/signin/);
  for (const path of [
    ...Object.values(screens),
    "/week",
    "/goals",
    "/log",
    `/checkins/${chain.weekStart}`,
    "/groups",
    "/coach",
    "/notifications",
    "/settings",
  ]) {
    const seen = await visit(anonymous, path);
    expect(new URL(seen.url).pathname, path).toBe("/signin");
    expect(seen.text, path).not.toContain("Sweep secret goal");
  }

  // The calendar feed: the token opens it; a changed or revoked token finds nothing.
  const feed = await mutate<{ path: string }>(pages.owner, "calendar.subscribe", null);
  expect((await request.get(feed.path)).status()).toBe(200);
  expect((await request.get(`${feed.path.slice(0, -4)}AAAA`)).status()).toBe(404);
  await mutate(pages.owner, "calendar.unsubscribe", null);
  expect((await request.get(feed.path)).status()).toBe(404);

  // Live updates: only members may open the group's stream.
  const live = (page: Page) =>
    page.request.get(
      `/api/trpc/groups.live?input=${encodeURIComponent(JSON.stringify({ json: { groupId: group.id } }))}`,
      { timeout: 5_000 },
    );
  for (const who of ["stranger", "removed", "coach"] as const) {
    const answer = await live(pages[who]);
    expect(await answer.text(), who).toContain("NOT_FOUND");
  }
});
