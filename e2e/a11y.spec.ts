import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { mutate } from "./api";
import { onPhone } from "./phone";
import { createWorld, newPerson } from "./world";

// WCAG 2.2 AA as axe-core tests it (2.0, 2.1 and 2.2 success criteria at levels A and AA).
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Legacy mode runs axe in the page itself instead of merging frame results in a second blank
// page: half the work, and the app has no frames for the other mode to visit.
const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);

/**
 * Runs axe on what the page shows now and records every violation (rule, impact, elements, what
 * to fix) without stopping, so one run lists them all. Colours are checked again in the dark
 * colour scheme; the other rules do not depend on it.
 */
async function expectAccessible(page: Page, state: string) {
  await page.waitForLoadState("load");
  const where = `${state} (${new URL(page.url()).pathname})`;
  const light = await axe(page).withTags(TAGS).analyze();
  expect.soft(describe(light.violations), where).toBe("");
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await axe(page).withRules(["color-contrast", "link-in-text-block"]).analyze();
  expect.soft(describe(dark.violations), `${where}, dark`).toBe("");
  await page.emulateMedia({ colorScheme: null });
}

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describe(violations: Violation[]) {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help}`,
        ...v.nodes.map(
          (n) =>
            `  at ${n.target.join(" ")}\n    ${(n.failureSummary ?? "").replaceAll("\n", "\n    ")}`,
        ),
      ].join("\n"),
    )
    .join("\n");
}

test("public screens: sign in and sign up, also with errors", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/signin");
  await expectAccessible(page, "sign in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address")).toBeVisible();
  await expectAccessible(page, "sign in, empty form submitted");
  await page.getByLabel("Email").fill("nobody@test.stride.example");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match.")).toBeVisible();
  await expectAccessible(page, "sign in, wrong password");

  await page.goto("/signup");
  await expectAccessible(page, "sign up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
  await expectAccessible(page, "sign up, empty form submitted");

  await page.goto("/forgot-password");
  await expectAccessible(page, "forgot password");
  await page.getByLabel("Email").fill("nobody@test.stride.example");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText("If nobody@test.stride.example");
  await expectAccessible(page, "forgot password, link asked for");

  await page.goto("/reset-password/not-a-real-token");
  await expectAccessible(page, "choose a new password");
  await page.getByLabel("New password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("not valid");
  await expectAccessible(page, "choose a new password, link not valid");

  await page.goto("/unsubscribe/not-a-real-token");
  await expectAccessible(page, "unsubscribe");
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("not valid");
  await expectAccessible(page, "unsubscribe, link not valid");
});

test("an athlete's own screens, with months of data and a coach", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const world = await createWorld(browser, request, "A11y");
  const page = world.athlete.page;

  await page.goto("/week");
  await expectAccessible(page, "this week");

  await page.goto("/goals");
  await expectAccessible(page, "goal tree with a coach's proposal");
  await page.getByRole("button", { name: "Add macro goal" }).click();
  const form = page.getByRole("form", { name: "New macro goal" });
  await form.getByRole("button", { name: "Create macro goal" }).click();
  await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
  await expectAccessible(page, "new goal form with errors");

  await page.goto(`/goals/${world.chain.meso.id}`);
  await page.getByText("Show the numbers as a table").first().click();
  await expectAccessible(page, "a meso goal: chart, table, history, coach's comment");
  await page.getByRole("button", { name: "Edit goal" }).click();
  await expectAccessible(page, "a goal being edited");
  await page.goto(`/goals/${world.habit.id}`);
  await expectAccessible(page, "a habit goal");

  await page.goto("/log");
  await expectAccessible(page, "log");
  await page.getByLabel("Distance (km)").fill("-3");
  await page.getByRole("button", { name: "Log activity" }).click();
  await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
  await expectAccessible(page, "log form with errors");

  await page.goto(`/checkins/${world.chain.weekStart}`);
  await expectAccessible(page, "this week's check-in");

  await page.goto("/notifications");
  await expectAccessible(page, "notifications");
  await page.goto("/settings");
  await expectAccessible(page, "settings with a coach");
});

test("a group's and a coach's screens, and the invitation pages", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const world = await createWorld(browser, request, "A11y Coach");
  const athlete = world.athlete.page;
  await athlete.goto("/groups");
  await expectAccessible(athlete, "my groups");
  await athlete.goto(`/groups/${world.group.id}`);
  const own = athlete.getByRole("region", { name: /^You · week of/ });
  await expect(own).toContainText("Great consistency!");
  await own.getByRole("button", { name: "Reply" }).first().click();
  await expectAccessible(athlete, "group feed with a reply open");

  const page = world.coach.page;

  await page.goto("/coach");
  await expectAccessible(page, "coach triage");
  await page.getByRole("button", { name: "Make an invitation link" }).click();
  await expect(page.getByLabel("Share this link (valid 14 days):")).toBeVisible();
  await expectAccessible(page, "coach triage with a new invitation link");

  await page.goto(`/coach/athletes/${world.athleteId}`);
  await page
    .getByText(/^Discuss or propose/)
    .first()
    .click();
  await page
    .getByText(/^Propose a change to/)
    .first()
    .click();
  await page.getByRole("button", { name: "Comment", exact: true }).first().click();
  await expectAccessible(page, "one athlete, with a proposal form and comments open");

  await mutate(page, "coach.createTemplate", {
    name: "Three-week build",
    description: "From 15 to 18 km a week",
    title: "Build to 18 km a week",
    why: "A safe step up",
    category: "running",
    visibility: "coach",
    target: {
      kind: "total",
      unit: "km",
      value: 18,
      baseline: 15,
      per: "week",
      activityTypes: ["run"],
      label: null,
      eventDistanceMetres: null,
    },
    weeks: [16, 17, 18].map((value, i) => ({
      title: `Week ${i + 1}`,
      value,
      strategy: "One long run",
      sessions: [{ dayOffset: 5, time: "07:00", activityType: "run", amount: 8, note: "Long" }],
    })),
  });
  await page.goto("/coach/templates");
  await page.getByText("Edit", { exact: true }).click();
  await expectAccessible(page, "plan templates, one open for editing");
  await page.goto("/coach/settings");
  await expectAccessible(page, "triage thresholds");

  // Invitations, as someone new: a group's and a coach's, and a broken link.
  const invitee = await newPerson(browser, request, "A11y Invitee");
  await invitee.page.goto(world.groupInvitePath);
  await expect(invitee.page.getByRole("button", { name: "Join the group" })).toBeVisible();
  await expectAccessible(invitee.page, "group invitation");
  await invitee.page.goto("/join/not-a-real-invitation-token-at-all");
  await expectAccessible(invitee.page, "broken group invitation");
  const coachLink = await mutate<{ path: string }>(page, "coach.inviteLink", { expiresInDays: 1 });
  await invitee.page.goto(coachLink.path);
  await expect(invitee.page.getByRole("button", { name: "Accept" })).toBeVisible();
  await expectAccessible(invitee.page, "coaching invitation");
});

/**
 * axe on a phone: at the end of the page first. Whatever scrolls under the fixed tab bar counts as
 * obscured for target-size at that moment; at the end only the main's bottom padding, kept for
 * the bar, is under it, so what is measured is each control's own size and spacing.
 */
async function expectAccessibleOnPhone(page: Page, state: string) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expectAccessible(page, state);
}

test("the main screens on a phone (390 × 844, touch), with the tab bar", async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const world = await createWorld(browser, request, "A11y Phone");
  const athlete = await onPhone(browser, world.athlete.page);
  const coach = await onPhone(browser, world.coach.page);
  for (const [page, path, state] of [
    [athlete, "/week", "this week on a phone"],
    [athlete, "/goals", "goal tree on a phone"],
    [athlete, `/goals/${world.chain.meso.id}`, "a meso goal on a phone"],
    [athlete, "/log", "log on a phone"],
    [athlete, "/checkins", "this week's check-in on a phone"],
    [athlete, `/groups/${world.group.id}`, "group feed on a phone"],
    [athlete, "/notifications", "notifications on a phone"],
    [athlete, "/settings", "settings on a phone"],
    [coach, "/coach", "coach triage on a phone"],
    [coach, `/coach/athletes/${world.athleteId}`, "one athlete on a phone"],
  ] as const) {
    await page.goto(path);
    await expectAccessibleOnPhone(page, state);
  }
  // The feed's boxes and pickers, opened.
  await athlete.goto(`/groups/${world.group.id}`);
  const own = athlete.getByRole("region", { name: /^You · week of/ });
  await own.getByRole("button", { name: "React" }).tap();
  await own.getByRole("button", { name: "Reply" }).first().tap();
  await expectAccessibleOnPhone(athlete, "group feed on a phone, picker and reply open");
});
