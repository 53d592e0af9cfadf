import { randomUUID } from "node:crypto";
import {
  type APIRequestContext,
  type Browser,
  test as base,
  expect,
  type Page,
} from "@playwright/test";

export const DEFAULT_PASSWORD = "e2e-password-123";

export type Account = { name: string; email: string; password: string };

/** A new account made through the public API, so each test has users of its own. */
export async function createAccount(
  request: APIRequestContext,
  overrides: Partial<Account> = {},
): Promise<Account> {
  const account = {
    name: "E2E Runner",
    email: `e2e-${randomUUID()}@test.stride.example`,
    password: DEFAULT_PASSWORD,
    ...overrides,
  };
  const response = await request.post("/api/trpc/account.signUp", {
    data: { json: account },
  });
  expect(response.status(), await response.text()).toBe(200);
  return account;
}

export async function signIn(page: Page, account: Pick<Account, "email" | "password">) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/week$/);
}

/**
 * A page signed in as `account` through the form, in a browser context of its own (its own
 * cookies); another tab of the same session is `page.context().newPage()`.
 */
export async function signedInTab(browser: Browser, account: Pick<Account, "email" | "password">) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

/**
 * Playwright's `test` with one more fixture, `account`: a new person of the test's own, already
 * signed in on `page`.
 */
export const test = base.extend<{ account: Account }>({
  account: async ({ page, request }, use) => {
    const account = await createAccount(request);
    await signIn(page, account);
    await use(account);
  },
});
