import { randomUUID } from "node:crypto";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { linkIn } from "@stride/mail/testing";
import { mutate } from "./api";
import { createAccount, signIn } from "./fixtures";
import { mailTo, waitForMail } from "./mailbox";

// Mail goes through a real SMTP server (mail-server.ts, started by the global setup).

const RESET = "Reset your Stride password";
const CONFIRM = "Confirm your email for Stride";
const base = () => `${test.info().project.use.baseURL}`;

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

  const mail = await waitForMail(account.email, RESET);
  expect(mail.text).toContain("Hi Rhea Reset,");
  const link = linkIn(mail, `${base()}/reset-password/`);
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
  const email = `nobody-${randomUUID()}@test.stride.example`;
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${email} has a Stride account`);
  // A known address's mail arrives within a second or two (the test above); give it longer.
  await page.waitForTimeout(3_000);
  expect(await mailTo(email)).toEqual([]);
});

test("sign-up: a new address is confirmed through its mail; a taken one gets the same answer and its owner a mail", async ({
  browser,
  page,
  request,
}) => {
  const email = `confirm-${randomUUID()}@test.stride.example`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Cora Confirm");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("cora-password-123");
  await page.getByRole("button", { name: "Create account" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toContainText(`we sent a message to ${email}`);
  const words = (await answer.textContent()) ?? "";

  await signIn(page, { email, password: "cora-password-123" });
  await page.goto("/settings");
  await expect(page.getByText(`${email} is not confirmed yet`)).toBeVisible();

  const mail = await waitForMail(email, CONFIRM);
  await page.goto(linkIn(mail, `${base()}/verify-email/`));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("status")).toHaveText("Your email is confirmed. Thank you.");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(page.getByText("is not confirmed yet")).toHaveCount(0);

  // The same form with a taken address: the same words, and the owner hears about it.
  const owner = await createAccount(request, { name: "Tom Taken" });
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/signup");
  await other.getByLabel("Name").fill("Someone Else");
  await other.getByLabel("Email").fill(owner.email);
  await other.getByLabel("Password").fill("someone-password-1");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByRole("status")).toHaveText(words.replace(email, owner.email));
  const notice = await waitForMail(owner.email, "tried to sign up");
  expect(notice.text).toContain("Hi Tom Taken,");
  expect(linkIn(notice, `${base()}/reset-password/`)).toContain("/reset-password/");
  await context.close();
});

/** Sends an invitation by email from the form labelled `label` on the page. */
async function inviteByEmail(page: Page, label: string, email: string) {
  // The form loads on first use (FirstUse): type as a person does, then send.
  const field = page.getByRole("textbox", { name: label });
  await field.click();
  await field.pressSequentially(email);
  await expect(field).toHaveValue(email);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText("Invitation sent.");
}

/**
 * A newcomer opens an invitation link: signs up with `email` on the way (the address stays
 * unconfirmed) and signs in, which takes them back to the invitation.
 */
async function signUpFrom(browser: Browser, link: string, who: { name: string; email: string }) {
  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(link);
  await expect(newcomer).toHaveURL(/\/signin\?callbackUrl=/);
  await newcomer.getByRole("link", { name: "Create an account" }).click();
  await newcomer.getByLabel("Name").fill(who.name);
  await newcomer.getByLabel("Email").fill(who.email);
  await newcomer.getByLabel("Password").fill("newcomer-password-123");
  await newcomer.getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.getByRole("status")).toContainText("we sent a message");
  await newcomer.getByRole("link", { name: "Sign in" }).first().click();
  await newcomer.getByLabel("Email").fill(who.email);
  await newcomer.getByLabel("Password").fill("newcomer-password-123");
  await newcomer.getByRole("button", { name: "Sign in" }).click();
  return { newcomer, context };
}

test("a group invitation to an address with no account leads through sign-up into the group", async ({
  browser,
  page,
  request,
}) => {
  const owner = await createAccount(request, { name: "Gia Group" });
  await signIn(page, owner);
  const { id: groupId } = await mutate<{ id: string }>(page, "groups.create", {
    name: "Harbour Runners",
    description: "",
    weeklyTheme: "",
  });
  await page.goto(`/groups/${groupId}`);
  const email = `newcomer-${randomUUID()}@test.stride.example`;
  await inviteByEmail(page, "Or invite someone by email", email);

  const invitation = await waitForMail(email, "Gia Group invited you to Harbour Runners");
  const { newcomer, context } = await signUpFrom(browser, linkIn(invitation, `${base()}/join/`), {
    name: "Nell Newcomer",
    email,
  });
  await expect(newcomer).toHaveURL(/\/join\//);
  await newcomer.getByRole("button", { name: "Join the group" }).click();
  await expect(newcomer).toHaveURL(new RegExp(`/groups/${groupId}$`));
  await expect(newcomer.getByRole("heading", { name: "Harbour Runners" })).toBeVisible();
  await context.close();
});

test("a coaching invitation to an address with no account leads through sign-up to being coached", async ({
  browser,
  page,
  request,
}) => {
  const coach = await createAccount(request, { name: "Cole Coach" });
  await signIn(page, coach);
  await page.goto("/coach");
  const email = `athlete-${randomUUID()}@test.stride.example`;
  await inviteByEmail(page, "Invite by email", email);
  await expect(page.getByText("By email ·")).toHaveCount(1);

  const invitation = await waitForMail(email, "Cole Coach invited you to be coached on Stride");
  const link = linkIn(invitation, `${base()}/coach/join/`);
  const { newcomer, context } = await signUpFrom(browser, link, { name: "Ada Athlete", email });
  await expect(newcomer).toHaveURL(/\/coach\/join\//);
  await expect(newcomer.getByText("Cole Coach would like to coach you.")).toBeVisible();
  await newcomer.getByRole("button", { name: "Accept" }).click();
  await expect(newcomer).toHaveURL(/\/settings#coaches$/);
  await expect(newcomer.getByRole("region", { name: "My coaches" })).toContainText("Cole Coach");

  await page.goto("/coach");
  await expect(
    page.getByRole("list", { name: "Athletes by who needs attention" }).locator(":scope > li"),
  ).toContainText(["Ada Athlete"]);
  await expect(page.getByText("By email ·")).toHaveCount(0);
  // The link worked once.
  await newcomer.goto(link);
  await expect(newcomer.getByText("You already accepted this invitation.")).toBeVisible();
  await context.close();
});

test("one-click unsubscribe answers a forged link clearly, with or without a browser", async ({
  page,
  request,
}) => {
  // RFC 8058: a mail provider POSTs to the List-Unsubscribe link, with no session.
  const forged = "b3duZXI6Y2hlY2tpbl9yZW1pbmRlcg.forged-signature";
  const post = await request.post(`/api/unsubscribe/${forged}`, {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(post.status()).toBe(400);
  expect(await post.text()).toMatch(/^This unsubscribe link is not valid/);

  // A person who opens the link gets a page that asks first, and the same answer.
  await page.goto(`/api/unsubscribe/${forged}`);
  await expect(page).toHaveURL(new RegExp(`/unsubscribe/${forged}$`));
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText(
    "This unsubscribe link is not valid",
  );
});

test("email settings: the reminder's timing and each kind's switch are kept", async ({
  page,
  request,
}) => {
  const account = await createAccount(request, { name: "Sela Settings" });
  await signIn(page, account);
  await page.goto("/settings");
  await page.getByLabel("A weekly digest of my groups: who checked in and who has not").check();
  await page.getByLabel("Someone mentioned me").uncheck();
  const hours = page.getByLabel("Send the check-in reminder this many hours before my week ends");
  await hours.fill("200");
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByText("At most 144 hours (6 days) before the week ends")).toBeVisible();
  await hours.fill("30");
  await page.getByRole("button", { name: "Save email settings" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(hours).toHaveValue("30");
  await expect(page.getByLabel("Someone mentioned me")).not.toBeChecked();
  await expect(
    page.getByLabel("A weekly digest of my groups: who checked in and who has not"),
  ).toBeChecked();
});
