import { expect } from "@playwright/test";
import { addDays, mutate, query, thisWeek } from "./api";
import { createAccount, signedInTab, test } from "./fixtures";
import { openThisWeeksCheckin } from "./screens";

const km = (value: number) => ({
  kind: "total",
  unit: "km",
  value,
  baseline: null,
  per: "week",
  activityTypes: ["run"],
  label: null,
  eventDistanceMetres: null,
});
const strength = { ...km(2), kind: "sessions", unit: "sessions", activityTypes: ["strength"] };

test("check in: pre-filled outcomes, excuse one goal, carry another, and it lands next week once", async ({
  page,
  account: _account,
}) => {
  // Weeks that end today: six days of the week are over, whatever today is, so what the log
  // says of each goal by now does not depend on the day the test runs (docs/progress.md).
  const { today } = await thisWeek(page);
  const profile = await query<Record<string, unknown>>(page, "profile.get", undefined);
  const weekDays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  await mutate(page, "profile.update", {
    name: profile.name,
    timeZone: profile.timeZone,
    distanceUnit: profile.distanceUnit,
    weekStart: weekDays[new Date(Date.parse(`${today}T00:00:00Z`) - 6 * 86_400_000).getUTCDay()],
  });
  const week = await query<{ weekStart: string; nextWeek: string; today: string }>(
    page,
    "week.get",
    { weekStart: null },
  );
  const common = {
    why: "",
    strategy: "",
    category: "running",
    visibility: "groups",
    checklist: [],
    weeks: [],
    plan: [],
  };
  const meso = await mutate<{ id: string }>(page, "goals.create", {
    ...common,
    title: "Build my base",
    level: "meso",
    parentId: null,
    periodStart: week.weekStart,
    periodEnd: addDays(week.weekStart, 27),
    target: km(20),
  });
  for (const [title, target] of [
    ["Easy 10 km", km(10)],
    ["Long run 10 km", km(10)],
    ["Strength twice", strength],
  ] as const) {
    await mutate(page, "goals.create", {
      ...common,
      title,
      level: "micro",
      parentId: meso.id,
      periodStart: week.weekStart,
      periodEnd: addDays(week.weekStart, 6),
      target,
    });
  }
  // 16 km logged today.
  const run = {
    startTime: null,
    type: "run",
    name: null,
    durationSeconds: null,
    elevationGainMetres: null,
    effort: null,
    notes: "",
  };
  await mutate(page, "activities.create", { ...run, date: week.today, distance: 10 });
  await mutate(page, "activities.create", { ...run, date: week.today, distance: 6 });

  await page.goto("/week");
  await page.getByRole("link", { name: "Check in for this week" }).click();
  await expect(page).toHaveURL(new RegExp(`/checkins/${week.weekStart}$`));
  await expect(page.getByText("Your first check-in starts your record.")).toBeVisible();

  const goal = (title: string) => page.getByRole("region", { name: title });
  // Every run counts toward both distance goals, so both are pre-filled as hit; with six days of
  // the week over and no strength session, strength is at risk and pre-filled as missed.
  await expect(goal("Easy 10 km").getByRole("radio", { name: /^Hit/ })).toBeChecked();
  await expect(goal("Long run 10 km").getByRole("radio", { name: /^Hit/ })).toBeChecked();
  await expect(goal("Strength twice").getByRole("radio", { name: /^Missed/ })).toBeChecked();

  // Strength: excused (sick), and carried to next week as it is.
  await goal("Strength twice")
    .getByRole("radio", { name: /^Excused/ })
    .check();
  await goal("Strength twice").getByLabel("Reason").selectOption("sick");
  await goal("Strength twice")
    .getByRole("radio", { name: "Carry it to next week as it is" })
    .check();
  // The long run was really two short runs: the athlete says partly, and lets it go.
  await goal("Long run 10 km")
    .getByRole("radio", { name: /^Partly/ })
    .check();
  await goal("Long run 10 km").getByRole("radio", { name: "Let it go" }).check();

  await page.getByLabel("What went well?").fill("Two good runs before work.");
  await page.getByLabel("What got in the way?").fill("A cold mid-week.");
  await page.getByRole("group", { name: /^Mood/ }).getByRole("radio", { name: "4" }).check();
  await page
    .getByRole("group", { name: /^Energy/ })
    .getByRole("radio", { name: "2" })
    .check();

  // A double click sends the same submission twice: one check-in, one carried goal.
  await page.getByRole("button", { name: "Check in" }).dblclick();
  await expect(page.getByRole("status").filter({ hasText: "Checked in." })).toBeVisible();
  await expect(page.getByRole("form", { name: "Weekly check-in" }).getByRole("alert")).toHaveCount(
    0,
  );

  const saved = await query<{
    checkin: { goals: { outcome: string; excuse: string | null }[] } | null;
  }>(page, "checkins.get", {
    weekStart: week.weekStart,
  });
  expect(saved.checkin?.goals.map((g) => g.outcome).sort()).toEqual(["excused", "hit", "partial"]);

  await page.goto(`/week?week=${week.nextWeek}`);
  const carried = page.getByRole("list", { name: "This week's goals" }).getByRole("heading");
  await expect(carried).toHaveText(["Strength twice"]);

  // This week now shows the check-in as done.
  await page.goto("/week");
  await expect(page.getByRole("link", { name: "Review or edit it" })).toBeVisible();
});

test("a second tab's stale edit gets a conflict instead of overwriting", async ({
  browser,
  request,
}) => {
  const first = await signedInTab(browser, await createAccount(request));
  const week = await openThisWeeksCheckin(first);
  await first.getByLabel("What went well?").fill("First version");
  await first.getByRole("button", { name: "Check in" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Checked in." })).toBeVisible();

  const second = await first.context().newPage();
  await second.goto(`/checkins/${week.weekStart}`);
  await expect(second.getByLabel("What went well?")).toHaveValue("First version");
  await first.getByLabel("What went well?").fill("Edited in the first tab");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Checked in." })).toBeVisible();

  await second.getByLabel("What went well?").fill("Edited in the second tab");
  await second.getByRole("button", { name: "Save changes" }).click();
  const notice = second.getByRole("alert").filter({ hasText: "changed in another tab" });
  await expect(notice).toBeVisible();
  // It shows what changed: the other tab's words against this one's.
  await expect(notice).toContainText(
    "What went well: now “Edited in the first tab”, yours “Edited in the second tab”",
  );
  await second.getByRole("button", { name: "Load the latest version" }).click();
  await expect(second.getByLabel("What went well?")).toHaveValue("Edited in the first tab");
  // The edit history says what changed in words, at a time on the athlete's own clock.
  await second.reload();
  const edits = second.getByRole("region", { name: "Edits" });
  await expect(edits).toContainText(/changed what went well · \d{1,2} [A-Z][a-z]{2}, \d{2}:\d{2}/);
  await expect(edits).not.toContainText("wentWell");
  await expect(edits).not.toContainText("UTC");
});

test("a check-in that says nothing is refused with what to add, and nothing is saved", async ({
  page,
  account: _account,
}) => {
  const week = await openThisWeeksCheckin(page);
  await page.getByRole("button", { name: "Check in" }).click();
  const wentWell = page.getByLabel("What went well?");
  await expect(wentWell).toHaveAttribute("aria-invalid", "true");
  await expect(wentWell).toHaveAccessibleDescription(/Say something about your week/);
  const saved = await query<{ checkin: unknown }>(page, "checkins.get", {
    weekStart: week.weekStart,
  });
  expect(saved.checkin).toBeNull();
});

test("a reflection the server refuses is explained next to its field, and nothing is saved", async ({
  page,
  account: _account,
}) => {
  const week = await openThisWeeksCheckin(page);
  const wentWell = page.getByLabel("What went well?");
  await expect(wentWell).toBeVisible();
  // A NUL character passes the form's own schema; only the server's storable-text check sees it.
  // Typed the way a paste would put it in, through the element's value and an input event.
  await wentWell.evaluate((element: HTMLTextAreaElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
    setValue?.call(element, "Two good runs\u0000");
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(wentWell).toHaveAttribute("aria-invalid", "true");
  await expect(wentWell).toHaveAccessibleDescription(/can't be saved/);
  await expect(page.getByRole("status").filter({ hasText: "Checked in." })).toHaveCount(0);
  const saved = await query<{ checkin: unknown }>(page, "checkins.get", {
    weekStart: week.weekStart,
  });
  expect(saved.checkin).toBeNull();

  // Fixing the field and saving again works, and the message goes.
  await wentWell.fill("Two good runs");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Checked in." })).toBeVisible();
  await expect(wentWell).not.toHaveAttribute("aria-invalid", "true");
});
