import { randomUUID } from "node:crypto";
import { verifyPassword } from "@stride/db/passwords";
import { findCredentialsById, insertEmailToken } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { linkIn } from "@stride/mail/testing";
import { describe, expect, it } from "vitest";
import { mailSettled } from "../services/mail";
import { RESET_LINK_MESSAGES } from "../services/password-reset";
import { newToken } from "../services/tokens";
import { fieldRefusal, refusalOf } from "../testing/caller";
import { useMailCatcher } from "../testing/mail";
import { newPerson } from "../testing/people";

const handle = useTestDatabase();
const mail = useMailCatcher();
const NEW_PASSWORD = "a-fresh-password-42";

const tokenOf = (link: string) => link.split("/reset-password/")[1] ?? "";

async function requestLink(email: string) {
  await mail.callerFor(handle.db, null).account.requestPasswordReset({ email });
  const message = await mail.catcher.waitFor(
    email,
    (m) => m.subject === "Reset your Stride password",
  );
  return { message, token: tokenOf(linkIn(message, "http")) };
}

describe("password reset", () => {
  it("mails a one-use link that sets a new password and ends every other session", async () => {
    const ava = await newPerson(handle.db, { name: "Ava", timeZone: "America/New_York" });
    const before = await findCredentialsById(handle.db, ava.id);
    const { message, token } = await requestLink(ava.email);
    expect(message.text).toContain("Hi Ava,");
    expect(message.text).toContain("(America/New_York)");
    expect(message.html).toContain(`/reset-password/${token}`);

    const done = await mail
      .callerFor(handle.db, null)
      .account.resetPassword({ token, newPassword: NEW_PASSWORD });
    expect(done).toEqual({ email: ava.email });
    const after = await findCredentialsById(handle.db, ava.id);
    expect(await verifyPassword(after?.passwordHash ?? "", NEW_PASSWORD)).toBe(true);
    // Sessions carry the version: every one issued before the reset is refused now.
    expect(after?.sessionVersion).toBe((before?.sessionVersion ?? 0) + 1);

    // The same link again: a clear answer, and the password stays as the first use set it.
    const again = mail
      .callerFor(handle.db, null)
      .account.resetPassword({ token, newPassword: "someone-else-password" });
    expect(await refusalOf(again)).toMatchObject({
      code: "BAD_REQUEST",
      message: RESET_LINK_MESSAGES.used,
    });
    expect(await findCredentialsById(handle.db, ava.id)).toEqual(after);
  });

  it("answers the same for an email with no account, and sends nothing", async () => {
    const email = `nobody-${randomUUID()}@test.stride.example`;
    const answer = await mail.callerFor(handle.db, null).account.requestPasswordReset({ email });
    expect(answer).toEqual({ sent: true });
    await mailSettled();
    expect(mail.catcher.to(email)).toEqual([]);
  });

  it("refuses an expired link and a forged one, and changes nothing", async () => {
    const ben = await newPerson(handle.db);
    const before = await findCredentialsById(handle.db, ben.id);
    const expired = newToken();
    await insertEmailToken(handle.db, {
      userId: ben.id,
      purpose: "password-reset",
      tokenHash: expired.tokenHash,
      expiresAt: new Date(Date.now() - 1000),
    });
    const caller = mail.callerFor(handle.db, null);
    expect(
      await refusalOf(
        caller.account.resetPassword({ token: expired.token, newPassword: NEW_PASSWORD }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", message: RESET_LINK_MESSAGES.expired });
    expect(
      await refusalOf(
        caller.account.resetPassword({ token: newToken().token, newPassword: NEW_PASSWORD }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", message: RESET_LINK_MESSAGES.unknown });
    expect(await findCredentialsById(handle.db, ben.id)).toEqual(before);
  });

  it("ends older links once a newer one is used", async () => {
    const cleo = await newPerson(handle.db);
    const first = await requestLink(cleo.email);
    await mail.callerFor(handle.db, null).account.requestPasswordReset({ email: cleo.email });
    const messages = await (async () => {
      await mailSettled();
      return mail.catcher.to(cleo.email);
    })();
    expect(messages).toHaveLength(2);
    const second = tokenOf(linkIn(messages[1] ?? first.message, "http"));
    await mail
      .callerFor(handle.db, null)
      .account.resetPassword({ token: second, newPassword: NEW_PASSWORD });
    const late = mail
      .callerFor(handle.db, null)
      .account.resetPassword({ token: first.token, newPassword: "another-password-1" });
    expect(await refusalOf(late)).toMatchObject({ message: RESET_LINK_MESSAGES.used });
  });

  it("refuses a new password that is too short, by field, and keeps the link usable", async () => {
    const dana = await newPerson(handle.db);
    const { token } = await requestLink(dana.email);
    const short = mail
      .callerFor(handle.db, null)
      .account.resetPassword({ token, newPassword: "short" });
    expect(await refusalOf(short)).toMatchObject(
      fieldRefusal("newPassword", "Use at least 10 characters"),
    );
    const rows = await handle.db.query.emailTokens.findMany({
      where: (row, { eq }) => eq(row.userId, dana.id),
    });
    expect(rows.map((row) => row.usedAt)).toEqual([null]);
  });

  it("limits requests per email and per client address, whether or not the email exists", async () => {
    const email = `limited-${randomUUID()}@test.stride.example`;
    const address = `test-${randomUUID()}`;
    for (let i = 0; i < 3; i++) {
      await mail.callerFor(handle.db, null).account.requestPasswordReset({ email });
    }
    // A fourth for the same email, even from elsewhere, is refused.
    const fourth = mail.callerFor(handle.db, null).account.requestPasswordReset({ email });
    expect(await refusalOf(fourth)).toMatchObject({ code: "TOO_MANY_REQUESTS" });

    const fromOneAddress = mail.callerFor(handle.db, null, address);
    for (let i = 0; i < 20; i++) {
      await fromOneAddress.account.requestPasswordReset({
        email: `many-${i}-${randomUUID()}@test.stride.example`,
      });
    }
    const refused = fromOneAddress.account.requestPasswordReset({
      email: `one-more-${randomUUID()}@test.stride.example`,
    });
    expect(await refusalOf(refused)).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringContaining("password reset requests"),
    });
  });
});
