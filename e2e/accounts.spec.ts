import { randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { createAccount, DEFAULT_PASSWORD, signedInTab, signIn, test } from "./fixtures";

test("sign up, sign out and sign in again", async ({ page }) => {
  const email = `new-${randomUUID()}@test.stride.example`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Nia Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  // Not signed in yet: a taken address would get this same answer (mail.spec.ts).
  await expect(page.getByRole("status")).toContainText(`we sent a message to ${email}`);
  await signIn(page, { email, password: DEFAULT_PASSWORD });
  await expect(page.getByText("Nia Newcomer")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await page.goto("/week");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fweek$/);

  await signIn(page, { email: email.toUpperCase(), password: DEFAULT_PASSWORD });
  await expect(page.getByText("Nia Newcomer")).toBeVisible();
});

test("a wrong password gets a clear message that does not reveal the account", async ({
  page,
  request,
}) => {
  const account = await createAccount(request);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not-the-right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const formAlert = page.locator("form").getByRole("alert");
  await expect(formAlert).toHaveText(/email and password don't match/);
  await expect(page).toHaveURL(/\/signin$/);
  // What was typed stays, so a typo can be fixed.
  await expect(page.getByLabel("Email")).toHaveValue(account.email);

  await page.getByLabel("Email").fill(`nobody-${randomUUID()}@test.stride.example`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert).toHaveText(/email and password don't match/);
});

test("a profile change survives a reload", async ({ page, request }) => {
  const account = await createAccount(request, { name: "Pia Profile" });
  await signIn(page, account);
  await page.goto("/settings");

  await page.getByLabel("Name").fill("Pia Paced");
  await page.getByLabel("Time zone").selectOption("Australia/Sydney");
  await page.getByLabel("Week starts on").selectOption("sunday");
  await page.getByLabel("Distance unit").selectOption("mi");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toHaveText("Profile saved.");

  await page.reload();
  await expect(page.getByLabel("Name")).toHaveValue("Pia Paced");
  await expect(page.getByLabel("Time zone")).toHaveValue("Australia/Sydney");
  await expect(page.getByLabel("Week starts on")).toHaveValue("sunday");
  await expect(page.getByLabel("Distance unit")).toHaveValue("mi");
});

test("a signed-out visit to /settings signs in and comes back", async ({ page, request }) => {
  const account = await createAccount(request);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});

test("bad sign-up input is explained next to each field and kept", async ({ page, request }) => {
  const taken = await createAccount(request);
  await page.goto("/signup");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name")).toBeVisible();

  await page.getByLabel("Name").fill("Dup Licate");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  // A taken email gets the same answer as a new one: the page never says which addresses have
  // accounts (the owner is mailed instead, mail.spec.ts).
  await page.getByLabel("Email").fill(taken.email.toUpperCase());
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText(
    `we sent a message to ${taken.email.toLowerCase()}`,
  );
});

test("an unknown time zone is refused next to its field", async ({ page, account: _account }) => {
  await page.goto("/settings");
  // A tampered form (or a stale browser list) sends a zone the server does not know.
  await page.getByLabel("Time zone").evaluate((select: HTMLSelectElement) => {
    select.add(new Option("Atlantis/Lost_City", "Atlantis/Lost_City"));
    select.value = "Atlantis/Lost_City";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Pick a time zone from the list")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("UTC");
});

test("changing the password signs out other sessions but not this one", async ({
  browser,
  request,
}) => {
  const account = await createAccount(request);
  const laptop = await signedInTab(browser, account);
  const phone = await signedInTab(browser, account);

  await laptop.goto("/settings");
  await laptop.getByLabel("Current password").fill(account.password);
  await laptop.getByLabel("New password").fill("a-fresh-password-456");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByRole("status")).toHaveText(/Password changed/);

  await laptop.reload();
  await expect(laptop).toHaveURL(/\/settings$/);
  await phone.goto("/settings");
  await expect(phone).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  await signIn(phone, { email: account.email, password: "a-fresh-password-456" });
});

test("the demo accounts are listed and sign in", async ({ page }) => {
  await page.goto("/signin");
  const demo = page.getByRole("region", { name: "Demo accounts" });
  await expect(demo).toContainText("coach@stride.example");
  await expect(demo).toContainText("stride-demo");
  await signIn(page, { email: "coach@stride.example", password: "stride-demo" });
  await expect(page.getByText("Casey")).toBeVisible();
});

test("a forged session cookie is treated as signed out", async ({ page, context }) => {
  await context.addCookies([
    { name: "authjs.session-token", value: "forged.token.value", url: "http://127.0.0.1:3100" },
  ]);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  const response = await page.request.get("/api/trpc/profile.get");
  expect(response.status()).toBe(401);
});

test("repeated failures throttle sign-in and say when to retry", async ({ page, request }) => {
  const account = await createAccount(request);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(account.email);
  const formAlert = page.locator("form").getByRole("alert");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Password").fill(`wrong-guess-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formAlert).toHaveText(/don't match/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  // Even the right password waits until the window has passed.
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert).toHaveText(/Too many sign-in attempts\. Try again in 15 minutes\./);
  await expect(page).toHaveURL(/\/signin$/);
});

test("export my data, then delete my account with my password", async ({ page, request }) => {
  const account = await createAccount(request, { name: "Leaving Soon" });
  await signIn(page, account);
  await page.goto("/settings");

  const json = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything (JSON)" }).click();
  const data = JSON.parse(await readDownload(await json));
  expect(data.format).toBe("stride-export-1");
  expect(data.account.email).toBe(account.email);
  expect(JSON.stringify(data)).not.toContain("argon2");
  const csv = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download activities (CSV)" }).click();
  expect((await readDownload(await csv)).split("\n")[0]).toBe(
    "date,start_time,type,distance_km,duration,elevation_gain_m,effort,notes",
  );

  const form = page.getByRole("form", { name: "Delete my account" });
  await form.getByLabel("Your password").fill("not my password");
  await form.getByLabel("I understand this cannot be undone").check();
  await form.getByRole("button", { name: "Delete my account" }).click();
  // The server's answer is about the password, so it is said next to the password field.
  await expect(form.getByLabel("Your password")).toHaveAccessibleDescription(
    "That is not your password. Nothing was deleted.",
  );
  await expect(form.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Your password").fill(account.password);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/signin/);

  // The account is gone: signing in again fails as for any unknown email.
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password don't match.")).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});

async function readDownload(download: import("@playwright/test").Download) {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

test("signing out ends the session on the server: a copy of its cookie no longer works", async ({
  browser,
  page,
  request,
}) => {
  const account = await createAccount(request, { name: "Cookie Copy" });
  await signIn(page, account);
  const copied = await page.context().cookies();

  // Another browser holding a copy of the cookie is signed in…
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/week");
  await expect(stolen).toHaveURL(/\/week$/);

  // …until the owner signs out: then the copy is refused too.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await stolen.goto("/week");
  await expect(stolen).toHaveURL(/\/signin/);
  await thief.close();
});
