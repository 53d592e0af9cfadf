import { expect, type Page, test } from "@playwright/test";
import { createAccount, signedInTab } from "./fixtures";

const DEMO_PASSWORD = "stride-demo";

const demo = (email: string) => ({ email, password: DEMO_PASSWORD });

/** The athlete cards on /coach, in ranked order. */
const athleteCards = (page: Page) =>
  page.getByRole("list", { name: "Athletes by who needs attention" }).locator(":scope > li");

// The demo world's coaching story, end to end. It changes Ben's goal and ends Cleo's link, so it
// is the only spec that touches the demo coaching accounts.
test("Casey triages, comments and proposes; Ben accepts; Cleo ends the link", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const casey = await signedInTab(browser, demo("coach@stride.example"));

  // Ben is first, with the reasons in words.
  await casey.goto("/coach");
  const first = athleteCards(casey).first();
  await expect(first.getByRole("heading", { level: 2 })).toHaveText("1. Ben");
  const reasons = first.getByRole("list", { name: "Needs attention because" });
  await expect(reasons).toContainText("No check-in for the week just ended");
  await expect(reasons).toContainText("Missed “Run 3 days a week” two weeks running");
  await expect(reasons).toContainText("Low energy two check-ins running");
  const cleoHref = await casey
    .getByRole("link", { name: "Cleo", exact: true })
    .getAttribute("href");
  expect(cleoHref).toMatch(/^\/coach\/athletes\/[0-9a-f-]{36}$/);

  // Casey opens Ben, comments on his block and proposes a smaller one.
  await first.getByRole("link", { name: "Ben", exact: true }).click();
  await expect(casey.getByRole("heading", { level: 1, name: "Ben" })).toBeVisible();
  const discuss = casey.getByText("Discuss or propose “Run 3 days a week”");
  await discuss.click();
  const comment = "Let's make this block fit your travel weeks.";
  await casey
    .locator("details", { has: discuss })
    .getByRole("button", { name: "Comment", exact: true })
    .click();
  await casey.getByRole("textbox", { name: "Write a comment" }).fill(comment);
  await casey.getByRole("button", { name: "Post" }).first().click();
  const posted = casey.locator("p", { hasText: comment });
  await expect(posted).toBeVisible();
  await expect(casey.getByText("Coach", { exact: true }).first()).toBeVisible();

  await casey.getByText("Propose a change to “Run 3 days a week”").click();
  const propose = casey.getByRole("form", { name: "Propose a change to Run 3 days a week" });
  await propose.getByLabel("New target (days)").fill("2");
  await propose
    .getByLabel("Why (the athlete sees this)")
    .fill("Two runs a week while work is busy.");
  await propose.getByRole("button", { name: "Send proposal" }).click();
  await expect(propose.getByRole("status")).toContainText("Proposed");
  await expect(casey.getByRole("region", { name: "Your proposals" })).toContainText("pending");

  // Ben sees the proposal and the comment, accepts, and the history names Casey.
  const ben = await signedInTab(browser, demo("ben@stride.example"));
  await ben.goto("/goals");
  const fromCoach = ben.getByRole("region", { name: "From your coach" });
  await expect(fromCoach).toContainText("Casey proposes");
  await expect(fromCoach).toContainText("Two runs a week while work is busy.");
  await fromCoach.getByRole("button", { name: "Accept" }).click();
  await expect(fromCoach).toContainText("Nothing waiting for you.");
  await ben.getByRole("link", { name: "Run 3 days a week" }).first().click();
  await expect(ben.getByRole("heading", { level: 1, name: "Run 3 days a week" })).toBeVisible();
  const history = ben.getByRole("list", { name: "Goal history" });
  await expect(history).toContainText("Proposed by your coach Casey");
  await expect(history).toContainText("3 days each week → 2 days each week");
  await expect(ben.getByText(comment)).toBeVisible();

  // Cleo ends the link; Casey can no longer open her page.
  const cleo = await signedInTab(browser, demo("cleo@stride.example"));
  await cleo.goto("/settings");
  await cleo.getByRole("button", { name: "End coaching with Casey" }).click();
  await cleo.getByRole("button", { name: "Yes, end coaching" }).click();
  await expect(cleo.getByText("No coach yet.")).toBeVisible();

  const response = await casey.goto(cleoHref ?? "");
  expect(response?.status()).toBe(404);
  await casey.goto("/coach");
  await expect(athleteCards(casey)).toHaveCount(2);
});

test("a coach invites by link; the athlete accepts, is triaged, and can decline another coach", async ({
  browser,
  request,
}) => {
  const coachAccount = await createAccount(request, { name: "Coach Link" });
  const athleteAccount = await createAccount(request, { name: "Runner Link" });
  const otherAccount = await createAccount(request, { name: "Other Coach" });
  const coach = await signedInTab(browser, coachAccount);
  await coach.goto("/coach");
  await expect(athleteCards(coach)).toHaveCount(0);
  await coach.getByRole("button", { name: "Make an invitation link" }).click();
  const link = await coach.getByLabel("Share this link (valid 14 days):").inputValue();
  expect(link).toMatch(/\/coach\/join\/[A-Za-z0-9_-]{20,}$/);

  const athlete = await signedInTab(browser, athleteAccount);
  await athlete.goto(link);
  await expect(athlete.getByText("Coach Link would like to coach you.")).toBeVisible();
  await athlete.getByRole("button", { name: "Accept" }).click();
  await expect(athlete).toHaveURL(/\/settings#coaches$/);
  await expect(athlete.getByRole("region", { name: "My coaches" })).toContainText("Coach Link");

  await coach.goto("/coach");
  await expect(athleteCards(coach)).toHaveCount(1);
  await expect(athleteCards(coach).first()).toContainText("Runner Link");

  // Another coach's invitation can be declined: nothing changes.
  const other = await signedInTab(browser, otherAccount);
  await other.goto("/coach");
  await other.getByRole("button", { name: "Make an invitation link" }).click();
  const otherLink = await other.getByLabel("Share this link (valid 14 days):").inputValue();
  await athlete.goto(otherLink);
  await athlete.getByRole("button", { name: "Decline" }).click();
  await expect(athlete).toHaveURL(/\/week$/);
  await athlete.goto("/settings");
  await expect(athlete.getByRole("region", { name: "My coaches" })).not.toContainText(
    "Other Coach",
  );
});

test("a coach builds a template, sees the ramp check, assigns it, and the athlete's accept makes the block", async ({
  browser,
  request,
}) => {
  const coachAccount = await createAccount(request, { name: "Coach Plan" });
  const athleteAccount = await createAccount(request, { name: "Runner Plan" });
  const coach = await signedInTab(browser, coachAccount);
  await coach.goto("/coach");
  await coach.getByRole("button", { name: "Make an invitation link" }).click();
  const link = await coach.getByLabel("Share this link (valid 14 days):").inputValue();
  const athlete = await signedInTab(browser, athleteAccount);
  await athlete.goto(link);
  await athlete.getByRole("button", { name: "Accept" }).click();
  await expect(athlete).toHaveURL(/\/settings#coaches$/);

  await coach.goto("/coach/templates");
  const form = coach.getByRole("form", { name: "New template" });
  await form.getByLabel("Template name").fill("Two-week build");
  await form.getByLabel("Meso goal title").fill("Build to 12 mi a week");
  await form.getByLabel("Starting from (mi a week)").fill("10");
  await form.getByLabel("Amount (mi)").nth(0).fill("11");
  await form.getByLabel("Amount (mi)").nth(1).fill("14");
  // Week 2 is 27% more than week 1: the ramp check says so while typing.
  await expect(form.getByRole("list", { name: "Ramp warnings" })).toContainText("Week 2");
  await form.getByLabel("Amount (mi)").nth(1).fill("12");
  await expect(form.getByRole("list", { name: "Ramp warnings" })).toHaveCount(0);
  await form.getByRole("button", { name: "Add a session" }).first().click();
  await form.getByLabel("Session note").fill("Long run");
  await form.getByRole("button", { name: "Save template" }).click();
  await expect(coach.getByRole("region", { name: "Two-week build" })).toBeVisible();

  const assign = coach.getByRole("form", { name: "Assign Two-week build" });
  await assign.getByLabel("Starting on or after").fill("2026-12-01");
  // Nobody ticked: the form says so instead of doing nothing.
  await assign.getByRole("button", { name: "Propose this plan" }).click();
  await expect(assign.getByText("Pick at least one athlete")).toBeVisible();
  await assign.getByLabel("Runner Plan").check();
  await assign.getByRole("button", { name: "Propose this plan" }).click();
  await expect(assign.getByRole("status")).toHaveText("Proposed to 1 athlete.");

  await athlete.goto("/goals?year=2026");
  const fromCoach = athlete.getByRole("region", { name: "From your coach" });
  await expect(fromCoach).toContainText("Two-week build: 2 weeks from");
  // The weeks can be read before accepting.
  await fromCoach.getByText("See the 2 weeks").click();
  await expect(fromCoach.getByRole("list", { name: "Weeks of the proposed plan" })).toContainText(
    "Long run",
  );
  await fromCoach.getByRole("button", { name: "Accept" }).click();
  await expect(fromCoach).toContainText("Nothing waiting for you.");
  await expect(athlete.getByRole("link", { name: "Build to 12 mi a week" })).toBeVisible();
  await expect(athlete.getByRole("link", { name: "Week 1" })).toBeVisible();
});
