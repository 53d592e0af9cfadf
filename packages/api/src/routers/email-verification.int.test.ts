import { randomUUID } from "node:crypto";
import { findCredentialsByEmail, getProfile, insertEmailToken } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { linkIn } from "@stride/mail/testing";
import { describe, expect, it } from "vitest";
import { VERIFY_LINK_MESSAGES } from "../services/email-verification";
import { mailSettled } from "../services/mail";
import { newToken } from "../services/tokens";
import { refusalOf } from "../testing/caller";
import { useMailCatcher } from "../testing/mail";
import { newPerson } from "../testing/people";

const handle = useTestDatabase();
const mail = useMailCatcher();

const newEmail = () => `verify-${randomUUID()}@test.stride.example`;

async function signUp(email: string, name = "Nia Newcomer") {
  return mail
    .callerFor(handle.db, null)
    .account.signUp({ name, email, password: "a-long-password-1" });
}

describe("sign-up mail", () => {
  it("mails a new account a link that confirms its address, once", async () => {
    const email = newEmail();
    await signUp(email);
    const message = await mail.catcher.waitFor(email);
    expect(message.subject).toBe("Confirm your email for Stride");
    expect(message.text).toContain("Hi Nia Newcomer,");
    const token = linkIn(message, "http").split("/verify-email/")[1] ?? "";
    const account = await findCredentialsByEmail(handle.db, email);
    expect((await getProfile(handle.db, account?.id ?? ""))?.emailVerified).toBe(false);

    expect(await mail.callerFor(handle.db, null).account.verifyEmail({ token })).toEqual({
      verified: true,
    });
    expect((await getProfile(handle.db, account?.id ?? ""))?.emailVerified).toBe(true);
    const profile = await mail.callerFor(handle.db, account?.id ?? null).profile.get();
    expect(profile.emailVerified).toBe(true);
    const again = mail.callerFor(handle.db, null).account.verifyEmail({ token });
    expect(await refusalOf(again)).toMatchObject({
      code: "BAD_REQUEST",
      message: VERIFY_LINK_MESSAGES.used,
    });
  });

  it("tells the owner of a taken address, with a reset link, and makes no account", async () => {
    const owner = await newPerson(handle.db, { name: "Olga Owner", timeZone: "Asia/Tokyo" });
    const before = await findCredentialsByEmail(handle.db, owner.email);
    const answer = await signUp(owner.email, "Someone Else");
    expect(answer).toEqual({ email: owner.email });
    const message = await mail.catcher.waitFor(owner.email);
    expect(message.subject).toBe("Someone tried to sign up to Stride with your email");
    expect(message.text).toContain("Hi Olga Owner,");
    expect(message.text).toContain("(Asia/Tokyo)");
    // The reset link in it works like one asked for on /forgot-password.
    const token = linkIn(message, "http").split("/reset-password/")[1] ?? "";
    await mail
      .callerFor(handle.db, null)
      .account.resetPassword({ token, newPassword: "olgas-new-password" });
    const after = await findCredentialsByEmail(handle.db, owner.email);
    expect(after?.id).toBe(before?.id);
    expect(after?.sessionVersion).toBe((before?.sessionVersion ?? 0) + 1);
  });

  it("sends a taken address at most three such notices an hour", async () => {
    const owner = await newPerson(handle.db);
    for (let i = 0; i < 5; i++) await signUp(owner.email);
    await mailSettled();
    expect(mail.catcher.to(owner.email)).toHaveLength(3);
  });

  it("refuses a forged or expired confirmation link and confirms nothing", async () => {
    const email = newEmail();
    await signUp(email);
    const account = await findCredentialsByEmail(handle.db, email);
    const expired = newToken();
    await insertEmailToken(handle.db, {
      userId: account?.id ?? "",
      purpose: "verify-email",
      tokenHash: expired.tokenHash,
      expiresAt: new Date(Date.now() - 1000),
    });
    const caller = mail.callerFor(handle.db, null);
    expect(await refusalOf(caller.account.verifyEmail({ token: expired.token }))).toMatchObject({
      message: VERIFY_LINK_MESSAGES.expired,
    });
    expect(await refusalOf(caller.account.verifyEmail({ token: newToken().token }))).toMatchObject({
      message: VERIFY_LINK_MESSAGES.unknown,
    });
    expect((await getProfile(handle.db, account?.id ?? ""))?.emailVerified).toBe(false);
  });

  it("sends a new link on request while unconfirmed, and none once confirmed", async () => {
    const email = newEmail();
    await signUp(email);
    const account = await findCredentialsByEmail(handle.db, email);
    const caller = mail.callerFor(handle.db, account?.id ?? null);
    expect(await caller.account.resendVerification()).toEqual({ sent: true });
    await mailSettled();
    expect(mail.catcher.to(email)).toHaveLength(2);

    const confirmed = await newPerson(handle.db);
    const theirs = mail.callerFor(handle.db, confirmed.id);
    expect(await theirs.account.resendVerification()).toEqual({ sent: false });
    await mailSettled();
    expect(mail.catcher.to(confirmed.email)).toEqual([]);
  });
});
