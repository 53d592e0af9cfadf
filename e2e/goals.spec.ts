import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { createAccount, signedInTab, test } from "./fixtures";

async function createMacro(page: Page, title: string) {
  await page.goto("/goals");
  await page.getByRole("button", { name: "Add macro goal" }).click();
  const form = page.getByRole("form", { name: "New macro goal" });
  await form.getByLabel("Goal", { exact: true }).fill(title);
  await form.getByLabel("Kind of target").selectOption("milestone");
  await form.getByLabel("Why it matters to you").fill("I want to feel strong at 40.");
  await form.getByRole("button", { name: "Create macro goal" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Goal created." })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
}

test("build a macro, a meso with its ramp, adjust the target with a reason", async ({
  page,
  account: _account,
}) => {
  await page.goto("/goals");
  // The empty state teaches the three levels.
  await expect(page.getByText("Macro: your year")).toBeVisible();

  await createMacro(page, "Run a half marathon");

  // A meso block under it, split into weekly micro goals along the 10% ramp.
  await page.getByRole("button", { name: "Add meso goal" }).click();
  const meso = page.getByRole("form", { name: "New meso goal" });
  await meso.getByLabel("Goal", { exact: true }).fill("Build from 10 to 15 km a week");
  await meso.getByLabel("Target amount").fill("15");
  await meso.getByLabel("Starting point (optional)").fill("10");
  await meso.getByLabel("Split this block into weekly micro goals").check();
  const weeks = meso.getByRole("table", { name: "Planned weekly amounts" });
  await expect(weeks.getByRole("textbox")).toHaveCount(6);
  await expect(weeks.getByRole("textbox").first()).toHaveValue("11");
  await expect(weeks.getByRole("textbox").nth(3)).toHaveValue("10.6");
  await meso.getByRole("button", { name: "Create meso goal" }).click();

  const tree = page.getByRole("list", { name: "Goal tree" });
  await expect(tree.getByRole("link", { name: "Build from 10 to 15 km a week" })).toBeVisible();
  const mesoChildren = tree.getByRole("list", {
    name: "Goals under Build from 10 to 15 km a week",
  });
  await expect(mesoChildren.getByRole("link")).toHaveText([
    "Run 11 km",
    "Run 12.1 km",
    "Run 13.3 km",
    "Run 10.6 km (lighter week)",
    "Run 14.6 km",
    "Run 15 km",
  ]);
  // Weekly goals without planned days are flagged as not specific yet.
  await expect(mesoChildren.getByText("Not specific yet").first()).toBeAttached();

  // Adjust the meso target: a reason is required, and the history keeps it.
  await tree.getByRole("link", { name: "Build from 10 to 15 km a week" }).click();
  await expect(page.getByTestId("goal-target")).toHaveText("15 km each week (from 10 km)");
  await page.getByRole("button", { name: "Edit goal" }).click();
  const edit = page.getByRole("form", { name: "Edit meso goal" });
  await edit.getByLabel("Target amount").fill("13");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("Say why you're adjusting")).toBeVisible();
  await edit.getByLabel("Why are you adjusting it?").fill("Sore calf; building more gently.");
  await edit.getByRole("button", { name: "Save changes" }).click();

  await expect(page.getByTestId("goal-target")).toHaveText("13 km each week (from 10 km)");
  const history = page.getByRole("list", { name: "Goal history" });
  await expect(history).toContainText("“Sore calf; building more gently.”");
  await expect(history).toContainText(
    "Target: 15 km each week (from 10 km) → 13 km each week (from 10 km)",
  );
});

test("a stale edit from a second tab gets a clear conflict message", async ({
  browser,
  request,
}) => {
  const first = await signedInTab(browser, await createAccount(request));
  await createMacro(first, "Run 1,000 km this year");
  await first.getByRole("link", { name: "Run 1,000 km this year" }).click();
  await first.waitForURL(/\/goals\/[0-9a-f-]{36}$/);
  const url = first.url();

  const second = await first.context().newPage();
  await second.goto(url);
  await second.getByRole("button", { name: "Edit goal" }).click();

  await first.getByRole("button", { name: "Edit goal" }).click();
  await first.getByLabel("Goal", { exact: true }).fill("Run 1,200 km this year");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("heading", { name: "Run 1,200 km this year" })).toBeVisible();

  await second.getByLabel("Goal", { exact: true }).fill("Run 900 km this year");
  await second.getByRole("button", { name: "Save changes" }).click();
  const notice = second.getByRole("alert").filter({ hasText: "changed in another tab" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("Name: now “Run 1,200 km this year”");
  // Nothing was overwritten, and the latest version loads on request.
  await notice.getByRole("button", { name: "Load the latest version" }).click();
  await expect(second.getByRole("heading", { name: "Run 1,200 km this year" })).toBeVisible();
});

test("a meso block outside 2–6 weeks is explained next to its end date", async ({
  page,
  account: _account,
}) => {
  await createMacro(page, "Get stronger");
  await page.getByRole("button", { name: "Add meso goal" }).click();
  const meso = page.getByRole("form", { name: "New meso goal" });
  await meso.getByLabel("Goal", { exact: true }).fill("Strength twice a week");
  const start = await meso.getByLabel("Starts").inputValue();
  const [y, m, d] = start.split("-").map(Number);
  const end = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 9)).toISOString().slice(0, 10);
  await meso.getByLabel("Ends").fill(end);
  await meso.getByRole("button", { name: "Create meso goal" }).click();
  await expect(
    meso.getByText(/A meso goal spans 2 to 6 weeks \(14 to 42 days\); this one is 10 days\./),
  ).toBeVisible();
  await expect(meso.getByLabel("Goal", { exact: true })).toHaveValue("Strength twice a week");
});

test("plan a specific week: days, times and a strategy", async ({ page, account: _account }) => {
  await createMacro(page, "Become a consistent runner");
  await page.getByRole("button", { name: "Add meso goal" }).click();
  const meso = page.getByRole("form", { name: "New meso goal" });
  await meso.getByLabel("Goal", { exact: true }).fill("Run 3 days a week");
  await meso.getByLabel("Kind of target").selectOption("habit_days");
  await meso.getByLabel("Target amount").fill("3");
  await meso.getByRole("button", { name: "Create meso goal" }).click();
  await expect(page.getByRole("link", { name: "Run 3 days a week" })).toBeVisible();

  await page.getByRole("button", { name: "Add micro goal" }).click();
  const micro = page.getByRole("form", { name: "New micro goal" });
  await micro.getByLabel("Goal", { exact: true }).fill("Three easy runs");
  await micro.getByLabel("Target amount").fill("3");
  const days = micro
    .getByRole("group", { name: "Plan: which days, what time" })
    .getByRole("checkbox");
  await days.nth(1).check();
  await days.nth(3).check();
  await days.nth(6).check();
  const firstTime = micro.getByLabel(/^Time on /).first();
  await firstTime.fill("06:30");
  await micro.getByLabel("Strategy").fill("Lay out my kit the night before.");
  await micro.getByRole("button", { name: "Create micro goal" }).click();

  await page.getByRole("link", { name: "Three easy runs" }).click();
  const plan = page.getByRole("region", { name: "Plan" });
  await expect(plan.getByRole("listitem")).toHaveCount(3);
  await expect(plan).toContainText("06:30");
  await expect(page.getByText("Lay out my kit the night before.")).toBeVisible();
  await expect(page.getByText("Not specific yet")).toHaveCount(0);
});

test("someone else's goal is not found", async ({ browser, request }) => {
  const owner = await createAccount(request);
  const stranger = await createAccount(request);
  const ownerPage = await signedInTab(browser, owner);
  await createMacro(ownerPage, `Private plan ${randomUUID().slice(0, 8)}`);
  await ownerPage.getByRole("link", { name: /Private plan/ }).click();
  await ownerPage.waitForURL(/\/goals\/[0-9a-f-]{36}$/);
  const url = ownerPage.url();

  const strangerPage = await signedInTab(browser, stranger);
  const response = await strangerPage.goto(url);
  expect(response?.status()).toBe(404);
  await expect(strangerPage.getByText(/could not be found|not found/i).first()).toBeVisible();
});

test("macro goals can be put in the order that matters", async ({ page, account: _account }) => {
  await createMacro(page, "First goal");
  await createMacro(page, "Second goal");
  const tree = page.getByRole("list", { name: "Goal tree" });
  await expect(tree.locator(":scope > li").getByRole("link")).toHaveText([
    "First goal",
    "Second goal",
  ]);
  await page.getByRole("button", { name: "Move Second goal up" }).click();
  await expect(tree.locator(":scope > li").getByRole("link")).toHaveText([
    "Second goal",
    "First goal",
  ]);
  await page.reload();
  await expect(tree.locator(":scope > li").getByRole("link")).toHaveText([
    "Second goal",
    "First goal",
  ]);
});
