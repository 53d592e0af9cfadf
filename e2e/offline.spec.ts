import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  test,
} from "@playwright/test";
import { mutate, query } from "./api";
import { createAccount, signIn } from "./fixtures";
import { openThisWeeksCheckin } from "./screens";

// The installed app offline (apps/web/sw/sw.ts, components/offline/): pages kept by the service
// worker read offline under a banner, and a check-in made offline is sent once when the
// connection returns.

/** Waits until the service worker controls the page, so its next loads go through it. */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
    );
  });
}

/** The outbox's code loads a while after the page: once loaded online, the worker keeps it. */
async function outboxLoaded(page: Page) {
  await expect(page.locator("[data-outbox=on]")).toHaveCount(1);
  await page.waitForLoadState("networkidle");
}

/** A new person signed in, with the service worker controlling the page. */
async function signedInWithWorker(page: Page, request: APIRequestContext, name?: string) {
  const account = await createAccount(request, name ? { name } : {});
  await signIn(page, account);
  await controlledByServiceWorker(page);
}

/** Offline for the pages and for the service worker's own fetches. */
const setOnline = (context: BrowserContext, online: boolean) => context.setOffline(!online);

test("the manifest names the app, its icons and theme colour", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: "Stride", display: "standalone", start_url: "/week" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
  }
  expect(manifest.icons.map((icon: { purpose: string }) => icon.purpose)).toContain("maskable");
  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/javascript/);
});

test("/week reads offline from the service worker's cache, under the offline banner", async ({
  page,
  context,
  request,
}) => {
  await signedInWithWorker(page, request, "Ola Offline");
  await page.reload();
  await expect(page.getByText("Ola Offline")).toBeVisible();
  // The server moves on after the page was kept: offline, the kept page is what shows.
  const profile = await query<Record<string, unknown>>(page, "profile.get", undefined);
  await mutate(page, "profile.update", {
    name: "Ola Renamed",
    timeZone: profile.timeZone,
    distanceUnit: profile.distanceUnit,
    weekStart: profile.weekStart,
  });

  await setOnline(context, false);
  await page.reload();
  const banner = page.getByRole("status").filter({ hasText: "You're offline" });
  await expect(banner).toContainText(
    /You're offline — showing what was saved at \d{1,2} \w{3}, \d\d:\d\d/,
  );
  await expect(page.getByText("Ola Offline")).toBeVisible();
  // A page never kept gets the offline page, not the browser's error.
  await page.goto("/groups");
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();

  await setOnline(context, true);
  await page.goto("/week");
  await expect(page.getByText("Ola Renamed")).toBeVisible();
  await expect(banner).toHaveCount(0);
});

test("a check-in made offline waits on the device and is sent once when the connection returns", async ({
  page,
  context,
  request,
}) => {
  await signedInWithWorker(page, request);
  const week = await openThisWeeksCheckin(page);
  await expect(page.getByLabel("What went well?")).toBeVisible();
  await outboxLoaded(page);

  await setOnline(context, false);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "You're offline" })).toBeVisible();
  await page.getByLabel("What went well?").fill("Three runs in the rain");
  const checkIn = page.getByRole("button", { name: "Check in" });
  await checkIn.click();
  await expect(page.getByRole("status").filter({ hasText: "Saved on this device" })).toBeVisible();
  // Pressed again: the same draft, the same key, still one waiting.
  await checkIn.click();
  const waiting = page.getByRole("region", { name: "Waiting to be sent" });
  await expect(waiting.getByRole("listitem")).toHaveCount(1);
  await expect(waiting).toContainText(/Check-in for the week of \d{1,2} \w{3}: 0 goals/);

  await setOnline(context, true);
  await expect(waiting).toHaveCount(0);
  const saved = await query<{
    checkin: { wentWell: string; version: number } | null;
    history: unknown[];
  }>(page, "checkins.get", { weekStart: week.weekStart });
  // Exactly one check-in, written once: the first version, never edited by a resend.
  expect(saved.checkin).toMatchObject({ wentWell: "Three runs in the rain", version: 1 });
  expect(saved.history).toEqual([]);
});

test("a run logged offline waits on the device and is logged once when the connection returns", async ({
  page,
  context,
  request,
}) => {
  await signedInWithWorker(page, request);
  await page.goto("/log");
  const form = page.getByRole("form", { name: "Log an activity" });
  await expect(form).toBeVisible();
  await outboxLoaded(page);

  await setOnline(context, false);
  await page.reload();
  await form.getByLabel(/Distance/).fill("7.5");
  await form.getByLabel("Duration").fill("40:00");
  await form.getByRole("button", { name: "Log activity" }).click();
  await expect(form.getByRole("status")).toContainText("Saved on this device");
  const waiting = page.getByRole("region", { name: "Waiting to be sent" });
  await expect(waiting).toContainText(/Run on \d{4}-\d\d-\d\d, 7\.5 (km|mi)/);

  await setOnline(context, true);
  await expect(waiting).toHaveCount(0);
  const log = await query<{ items: { distance: number }[] }>(page, "activities.list", {
    from: null,
    to: null,
    type: null,
    limit: 20,
  });
  expect(log.items.map((item) => item.distance)).toEqual([7.5]);
});
