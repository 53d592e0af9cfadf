import { expect, test } from "@playwright/test";
import { linkIn, type MailCatcher, startMailCatcher } from "@stride/mail/testing";
import { createAccount, signIn } from "./fixtures";

// The server sends to this SMTP server (playwright.config.ts): one listener, so the file's tests
// run in one worker, one after the other.
test.describe.configure({ mode: "serial" });

let catcher: MailCatcher;
test.beforeAll(async () => {
  catcher = await startMailCatcher({ port: Number(process.env.STRIDE_E2E_SMTP_PORT) });
});
test.afterAll(() => catcher.close());

test("forgot password: the mail's link sets a new password, signs in and ends the old session", async ({
  browser,
  request,
}) => {
  const account = await createAccount(request, { name: "Rhea Reset" });
  const oldContext = await browser.newContext();
  const oldPage = await oldContext.newPage();
  await signIn(oldPage, account);

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${account.email} has a Stride account`);

  const mail = await catcher.waitFor(account.email);
  expect(mail.subject).toBe("Reset your Stride password");
  expect(mail.text).toContain("Hi Rhea Reset,");
  const link = linkIn(mail, `${test.info().project.use.baseURL}/reset-password/`);
  await page.goto(link);
  await page.getByLabel("New password").fill("a-brand-new-password-7");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page).toHaveURL(/\/week$/);
  await expect(page.getByText("Rhea Reset")).toBeVisible();

  // The session from before the reset has ended.
  await oldPage.goto("/week");
  await expect(oldPage).toHaveURL(/\/signin/);

  // The link worked once.
  await page.goto(link);
  await page.getByLabel("New password").fill("yet-another-password-8");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText(
    "This reset link was already used",
  );
  await oldContext.close();
  await context.close();
});

test("an email with no account gets the same answer, and no mail", async ({ page }) => {
  const email = `nobody-${Date.now()}@test.stride.example`;
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${email} has a Stride account`);
  await expect(catcher.waitFor(email, undefined, 2_000)).rejects.toThrow(/No mail/);
});
