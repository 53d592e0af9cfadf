import type { Page } from "@playwright/test";
import { thisWeek } from "./api";

// Steps through the screens that several specs take on their way to what they test.

/** Opens this week's check-in; returns the week. */
export async function openThisWeeksCheckin(page: Page) {
  const week = await thisWeek(page);
  await page.goto(`/checkins/${week.weekStart}`);
  return week;
}

/** Fills the log form on /log with a run (distance in km, duration as typed) and sends it. */
export async function logRunThroughForm(
  page: Page,
  run: { distance: string; duration: string; name?: string },
) {
  const form = page.getByRole("form", { name: "Log an activity" });
  await form.getByLabel("Distance (km)").fill(run.distance);
  await form.getByLabel("Duration").fill(run.duration);
  if (run.name) await form.getByLabel("Name (optional)").fill(run.name);
  await form.getByRole("button", { name: "Log activity" }).click();
  return form;
}
