import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import ICAL from "ical.js";
import { addDays, createChainForThisWeek, mutate } from "./api";
import { test } from "./fixtures";
import { logRunThroughForm } from "./screens";

// Real device files kept in the repository (see their README).
const fixtures = path.resolve(
  import.meta.dirname,
  "..",
  "packages/domain/test/fixtures/activities",
);

test("logging a run moves this week's micro goal, its meso and its macro", async ({
  page,
  account: _account,
}) => {
  await createChainForThisWeek(page);

  await page.goto("/week");
  const card = page.getByRole("region", { name: "Run 20 km this week" });
  await expect(card.getByText("0 of 20 km this week").first()).toBeVisible();
  await expect(card.getByText("0 of 500 km")).toBeVisible();

  // "What I planned, done": today's planned 6 km in one tap.
  await card.getByRole("button", { name: /Done as planned/ }).click();
  await expect(card.getByText("6 of 20 km this week")).toHaveCount(2);
  await expect(card.getByRole("list", { name: "Plan for Run 20 km this week" })).toContainText(
    "Done",
  );

  // And a 5 km run through the log form.
  await page.goto("/log");
  await logRunThroughForm(page, { distance: "5", duration: "28:30" });
  await expect(page.getByRole("status").filter({ hasText: "Logged" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Activities" })).toContainText("5 km · 28:30");

  await page.goto("/week");
  // The micro goal and its meso (both weekly) and the macro (the whole period) all moved.
  await expect(card.getByText("11 of 20 km this week")).toHaveCount(2);
  await expect(card.getByText("11 of 500 km")).toBeVisible();
  await expect(card.getByRole("progressbar", { name: /^Run 20 km this week/ })).toHaveAttribute(
    "aria-valuenow",
    "55",
  );
});

test("a 3-minute marathon is refused next to the duration", async ({ page, account: _account }) => {
  await page.goto("/log");
  const form = await logRunThroughForm(page, { distance: "42.2", duration: "3:00" });
  await expect(form.getByText(/faster than anyone can go/)).toBeVisible();
  await expect(page.getByRole("list", { name: "Activities" }).getByRole("listitem")).toHaveCount(0);
});

test("import the device files, see them in the log; importing again skips them all", async ({
  page,
  account: _account,
}) => {
  await page.goto("/log");
  const files = readdirSync(fixtures)
    .filter((name) => /\.(gpx|tcx|fit|csv)$/.test(name))
    .map((name) => path.join(fixtures, name));
  await page.getByLabel("Activity files").setInputFiles(files);

  const preview = page.getByRole("table", { name: "Import preview" });
  await expect(preview).toBeVisible();
  // The route-only GPX is refused with a reason, and so is the Strava row that does not parse.
  const refused = page.getByRole("list", { name: "Files or rows not imported" });
  await expect(refused).toContainText("gpx-Route-only.gpx");
  await expect(refused).toContainText("strava-activities.csv (line");
  const button = page.getByRole("button", { name: /^Import \d+ new activit/ });
  const label = (await button.textContent()) ?? "";
  const count = Number(label.match(/Import (\d+)/)?.[1]);
  expect(count).toBeGreaterThanOrEqual(10);
  await button.click();
  await expect(
    page.getByRole("status").filter({ hasText: `Imported ${count} activities.` }),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Activities" }).getByRole("listitem")).toHaveCount(
    Math.min(count, 25),
  );
  await expect(page.getByRole("list", { name: "Activities" })).toContainText("Morning Run");

  // The same files again: everything is already in the log.
  await page.getByLabel("Activity files").setInputFiles(files);
  await expect(
    page.getByRole("status").filter({ hasText: `0 new activities, ${count} already in your log` }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Nothing new to import" })).toBeDisabled();
});

/** One real eTrex recording (351 points), a day earlier each time: too many for one request. */
function sixtyRecordings() {
  const gpx = readFileSync(path.join(fixtures, "gpx-standard.gpx"), "utf8");
  return Array.from({ length: 60 }, (_, i) => ({
    name: `run-${i + 1}.gpx`,
    mimeType: "application/gpx+xml",
    buffer: Buffer.from(gpx.replaceAll("2013-02-04", addDays("2013-02-04", -i))),
  }));
}

test("sixty recordings at once are saved in as many requests as they need, all of them", async ({
  page,
  account: _account,
}) => {
  const files = sixtyRecordings();
  await page.goto("/log");
  await page.getByLabel("Activity files").setInputFiles(files);
  await page.getByRole("button", { name: "Import 60 new activities" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Imported 60 activities." }),
  ).toBeVisible();

  // Every one is in the log, with its recording.
  await page.getByLabel("Activity files").setInputFiles(files);
  await expect(
    page.getByRole("status").filter({ hasText: "0 new activities, 60 already in your log" }),
  ).toBeVisible();
  await page.getByRole("list", { name: "Activities" }).getByRole("link").first().click();
  await expect(page.getByRole("table", { name: "Splits per km" })).toBeVisible();
});

test("an import stopped halfway keeps what it saved, and offers only the rest", async ({
  page,
  account: _account,
}) => {
  // 18 of the hour's 20 imports spent: the preview takes the 19th, the first request the 20th,
  // and the second request is refused.
  const one = {
    startedAt: null,
    date: "2013-01-01",
    startTime: null,
    type: "run",
    name: null,
    distanceMetres: 5000,
    durationSeconds: 1800,
    elapsedSeconds: null,
    elevationGainMetres: null,
    notes: null,
    source: "stride_csv",
  };
  for (let i = 0; i < 18; i++)
    await mutate(page, "activities.previewImport", { activities: [one] });

  await page.goto("/log");
  await page.getByLabel("Activity files").setInputFiles(sixtyRecordings());
  await page.getByRole("button", { name: "Import 60 new activities" }).click();
  const stopped = page
    .getByRole("alert")
    .filter({ hasText: /^Imported \d+ of 60, then stopped: / });
  await expect(stopped).toContainText("Too many imports in a short time.");
  const saved = Number((await stopped.textContent())?.match(/Imported (\d+) of 60/)?.[1]);
  expect(saved).toBeGreaterThan(0);
  expect(saved).toBeLessThan(60);
  await expect(
    page.getByRole("status").filter({
      hasText: `${60 - saved} new activities, ${saved} already in your log`,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole("button", { name: `Import ${60 - saved} new activities` }),
  ).toBeEnabled();
  await expect(page.getByRole("list", { name: "Activities" }).getByRole("listitem")).toHaveCount(
    Math.min(saved, 25),
  );
});

test("the calendar link serves a valid calendar of the planned sessions", async ({
  page,
  account: _account,
  request,
}) => {
  const chain = await createChainForThisWeek(page);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Get a calendar link" }).click();
  const url = await page.getByLabel("Subscription link (shown once)").inputValue();
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{20,}$/);

  // Fetched without any cookie, as a calendar app would.
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const events = new ICAL.Component(ICAL.parse(await feed.text()))
    .getAllSubcomponents("vevent")
    .map((c) => new ICAL.Event(c));
  expect(events).toHaveLength(1);
  expect(events[0]?.summary).toBe("Run 6 km: Run 20 km this week");
  expect(events[0]?.startDate.toJSDate().toISOString().slice(0, 10)).toBe(chain.today);

  // Stopping the feed revokes the link at once.
  await page.getByRole("button", { name: "Stop the calendar feed" }).click();
  await expect(page.getByRole("button", { name: "Get a calendar link" })).toBeVisible();
  expect((await request.get(url)).status()).toBe(404);
});

test("edit an activity, delete it and undo the delete", async ({ page, account: _account }) => {
  await page.goto("/log");
  await logRunThroughForm(page, {
    distance: "7",
    duration: "40:00",
    name: "River loop",
  });
  const list = page.getByRole("list", { name: "Activities" });
  await expect(list).toContainText("River loop");

  await list.getByRole("button", { name: /^Edit River loop/ }).click();
  const edit = page.getByRole("form", { name: "Edit activity" });
  await edit.getByLabel("Distance (km)").fill("7.5");
  await edit.getByRole("button", { name: "Save activity" }).click();
  await expect(list).toContainText("7.5 km · 40:00");

  await list.getByRole("button", { name: /^Delete River loop/ }).click();
  await expect(list).not.toContainText("River loop");
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(list).toContainText("River loop");
  await expect(list).toContainText("7.5 km");
});
