import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { addDays, mutate, thisWeek } from "./api";
import { createAccount, signedInTab, test } from "./fixtures";
import { logRunThroughForm } from "./screens";

/** 40-minute runs on the days `from`..`to` before today (0 is today), at this effort. */
async function logRuns(page: Page, today: string, from: number, to: number, effort: number) {
  for (let back = from; back >= to; back--) {
    await mutate(page, "activities.create", {
      date: addDays(today, -back),
      startTime: "07:00",
      type: "run",
      name: null,
      distance: 7,
      durationSeconds: 2400,
      elevationGainMetres: null,
      effort,
      notes: "",
    });
  }
}

test("efforts logged over four weeks show on the load chart, and a doubled week is a load spike for the coach", async ({
  browser,
  request,
}) => {
  test.setTimeout(90_000);
  const coachAccount = await createAccount(request, { name: "Coach Load" });
  const athleteAccount = await createAccount(request, { name: "Runner Load" });
  const coach = await signedInTab(browser, coachAccount);
  const athlete = await signedInTab(browser, athleteAccount);
  const invite = await mutate<{ path: string }>(coach, "coach.inviteLink", { expiresInDays: 7 });
  await mutate(athlete, "coaching.acceptInvite", { token: invite.path.split("/coach/join/")[1] });

  const { today } = await thisWeek(athlete);
  // Three weeks at effort 4 (160 a day), then a week at effort 8 (320 a day).
  await logRuns(athlete, today, 27, 7, 4);
  await logRuns(athlete, today, 6, 0, 8);

  await athlete.goto("/week");
  const card = athlete.getByRole("region", { name: "Training load" });
  await expect(card.getByTestId("load-summary")).toHaveText(
    "Acute (7 days) 320 · chronic (28 days) 200 a day · ratio 1.6",
  );
  // The chart is drawn (Recharts' SVG) once the card is on screen, and the numbers are a table.
  await card.scrollIntoViewIfNeeded();
  await expect(card.locator("svg.recharts-surface").first()).toBeVisible();
  await card.getByText("Show the numbers as a table").click();
  const table = card.getByRole("table", { name: "Training load by day" });
  await expect(table.getByRole("row")).toHaveCount(43);
  await expect(table.getByRole("row").last()).toContainText("320");

  await coach.goto("/coach");
  const reasons = coach.getByRole("list", { name: "Needs attention because" }).first();
  await expect(reasons).toContainText("Load spike: acute:chronic 1.6 (limit 1.5)");

  // The coach raises the limit: the signal goes.
  await coach.goto("/coach/settings");
  await coach.getByLabel(/Flag a load spike/).fill("1.7");
  await coach.getByRole("button", { name: "Save thresholds" }).click();
  await expect(coach.getByText("Saved. The dashboard uses these from now on.")).toBeVisible();
  await coach.goto("/coach");
  await expect(coach.getByText("Load spike: acute:chronic 1.6")).toHaveCount(0);
});

/** A GPX with no sport in it: 22 km in 55 minutes (24 km/h) eastward along the equator. */
function unnamedRide(day: string): Buffer {
  const start = Date.parse(`${day}T06:00:00Z`);
  const points = Array.from({ length: 331 }, (_, i) => {
    const lon = (i * 66.67) / 111_319.5;
    const time = new Date(start + i * 10_000).toISOString();
    return `<trkpt lat="0" lon="${lon.toFixed(7)}"><time>${time}</time></trkpt>`;
  });
  return Buffer.from(
    `<?xml version="1.0"?><gpx version="1.1" creator="e2e" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Commute home</name><trkseg>${points.join("")}</trkseg></trk></gpx>`,
  );
}

test("the import preview flags a ride that came in as a run, and the type can be changed", async ({
  page,
  account: _account,
}) => {
  const { today } = await thisWeek(page);
  await page.goto("/log");
  await page.getByLabel("Activity files").setInputFiles({
    name: "commute.gpx",
    mimeType: "application/gpx+xml",
    buffer: unnamedRide(addDays(today, -1)),
  });
  const preview = page.getByRole("table", { name: "Import preview" });
  await expect(preview).toContainText(
    /Check the type: 23\.9 km\/h is fast for a run; is it a ride\?/,
  );
  await expect(page.getByRole("button", { name: "Nothing new to import" })).toBeDisabled();

  await preview.getByLabel(/^Type of Commute home/).selectOption("ride");
  await expect(preview).not.toContainText("Check the type");
  await page.getByRole("button", { name: "Import 1 new activity" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 activity." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Activities" })).toContainText("Commute home");
});

test("pace zones come from a race kept in settings with its date; an impossible time is refused by field", async ({
  page,
  account: _account,
}) => {
  const { today } = await thisWeek(page);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Pace zones from a race" });
  await form.getByLabel("Race distance").selectOption({ label: "5K" });
  await form.getByLabel("Time").fill("9:00");
  await form.getByLabel("Date of the race").fill(addDays(today, -7));
  await form.getByRole("button", { name: "Save pace zones" }).click();
  await expect(form.getByText(/faster than the world record pace/)).toBeVisible();

  // Daniels' table: a 19:57 5K is VDOT 50.
  await form.getByLabel("Time").fill("19:57");
  await form.getByRole("button", { name: "Save pace zones" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Pace zones saved." })).toBeVisible();
  await expect(page.getByTestId("zones-source")).toContainText("From your 19:57 over 5K");
  await expect(page.getByTestId("zones-source")).toContainText("VDOT 50");
  const zones = page.getByRole("table", { name: "Pace zones" });
  await expect(zones.getByRole("row", { name: /Threshold/ })).toContainText(/4:1\d/);
});

test("an imported recording opens with its splits, profile and route", async ({
  page,
  account: _account,
}) => {
  await page.goto("/log");
  await page
    .getByLabel("Activity files")
    .setInputFiles(
      path.resolve(
        import.meta.dirname,
        "../packages/domain/test/fixtures/activities/tcx-Standard.tcx",
      ),
    );
  await page.getByRole("button", { name: "Import 1 new activity" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 1 activity." })).toBeVisible();
  await page.getByRole("list", { name: "Activities" }).getByRole("link", { name: "Run" }).click();
  await expect(page).toHaveURL(/\/log\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Run", level: 1 })).toBeVisible();
  const splits = page.getByRole("table", { name: "Splits per km" });
  // 22.2 km: 22 whole kilometres and the rest, each row with its time and pace.
  await expect(splits.getByRole("row")).toHaveCount(24);
  await expect(splits.getByRole("row").nth(1)).toContainText("1 km");
  await expect(page.getByRole("img", { name: "Route" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Elevation over time" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Heart rate over time" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Pace per km over time" })).toBeVisible();
});

test("a PR goal shows its race prediction from the best recent effort", async ({
  page,
  account: _account,
}) => {
  const { today } = await thisWeek(page);
  const goal = await mutate<{ id: string }>(page, "goals.create", {
    title: "Half marathon under 1:50",
    why: "A PR at 40",
    strategy: "",
    category: "running",
    visibility: "private",
    level: "macro",
    parentId: null,
    periodStart: addDays(today, -21),
    periodEnd: addDays(today, 90),
    target: {
      kind: "best_performance",
      unit: "time",
      value: 6600,
      baseline: null,
      per: "period",
      activityTypes: ["run"],
      label: null,
      eventDistanceMetres: 21_097.5,
    },
    plan: [],
    checklist: [],
    weeks: [],
  });
  await page.goto(`/goals/${goal.id}`);
  const card = page.getByRole("region", { name: "Race prediction" });
  await expect(card).toContainText("Log a run of a mile or more to see a prediction.");

  // A 10K in 50:00 through the log form.
  await page.goto("/log");
  await logRunThroughForm(page, { distance: "10", duration: "50:00" });
  await expect(page.getByRole("status").filter({ hasText: "Logged" })).toBeVisible();

  await page.goto(`/goals/${goal.id}`);
  await expect(card.getByTestId("prediction")).toHaveText(
    "Predicted 1:50:19 for a goal of 1:50:00",
  );
  await expect(card).toContainText("From your 10K effort of 50:00");
});
