import { randomUUID } from "node:crypto";
import { findCredentialsByEmail } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { INVITED_BY_EMAIL } from "@stride/domain/accounts";
import { linkIn } from "@stride/mail/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { mailSettled } from "../../services/mail";
import { refusalOf } from "../../testing/caller";
import { coachTokenOf, expireCoachInvite, linkRows } from "../../testing/coaching";
import { useMailCatcher } from "../../testing/mail";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();
const mail = useMailCatcher();

/** `person`'s caller, sending mail to the file's SMTP catcher. */
const as = (person: { id: string }) => mail.callerFor(handle.db, person.id);
const newEmail = () => `athlete-${randomUUID()}@test.stride.example`;
const SUBJECT = "Casey Coach invited you to be coached on Stride";
const ANOTHER_ADDRESS = {
  code: "NOT_FOUND",
  message:
    "This invitation was sent to another email address. Sign in with that address, or make an account with it, to answer it.",
};
const USED = {
  code: "NOT_FOUND",
  message: "This invitation was already used. Ask your coach for a new link.",
};

/** The token in the one coaching invitation mailed to `email`. */
async function mailedToken(email: string) {
  const message = await mail.catcher.waitFor(email);
  expect(message.subject).toBe(SUBJECT);
  return coachTokenOf({ path: linkIn(message, "http") });
}

/** Signs up with `email` (unconfirmed, as a newcomer is) and returns the new account. */
async function signUp(email: string, name: string) {
  await mail
    .callerFor(handle.db, null)
    .account.signUp({ name, email, password: "a-long-password-1" });
  const account = await findCredentialsByEmail(handle.db, email);
  if (!account) throw new Error(`No account for ${email}`);
  return account;
}

const invitationsTo = (email: string) =>
  mail.catcher.to(email).filter((m) => m.subject === SUBJECT);
const bellOf = async (person: { id: string }) =>
  (await as(person).notifications.list()).items.map((n) => n.text);

describe("coaching invitations by email", () => {
  it("mail a newcomer one link that, after sign-up with that address, makes them coached, once", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach", timeZone: "Europe/Berlin" });
    const email = newEmail();
    expect(await as(coach).coach.inviteByEmail({ email })).toEqual({ message: INVITED_BY_EMAIL });
    const token = await mailedToken(email);
    const [message] = invitationsTo(email);
    expect(message?.text).toContain("(Europe/Berlin)");
    expect(message?.text).toContain(`/coach/join/${token}`);
    // The coach sees an invitation by email, named neither by its address nor by an account.
    expect(await as(coach).coach.invites()).toEqual([
      expect.objectContaining({ byEmail: true, inviteeName: null }),
    ]);

    const nova = await signUp(email, "Nova Newcomer");
    expect(await as(nova).coaching.previewInvite({ token })).toEqual({
      coachName: "Casey Coach",
      problem: null,
      alreadyCoached: false,
    });
    expect(await as(nova).coaching.acceptInvite({ token })).toEqual({
      coachName: "Casey Coach",
      started: true,
    });
    const triage = await as(coach).coach.triage({});
    expect(triage.athletes.map((a) => a.name)).toEqual(["Nova Newcomer"]);
    expect(await as(coach).coach.invites()).toEqual([]);

    // Used once: its newcomer is told so, anyone else following it gets "already used".
    expect(await refusalOf(as(nova).coaching.acceptInvite({ token }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "You already accepted this invitation.",
    });
    const eve = await newPerson(handle.db, { name: "Eve" });
    for (const call of [as(eve).coaching.previewInvite, as(eve).coaching.acceptInvite])
      expect(await refusalOf(call({ token }))).toMatchObject(USED);
    expect(await linkRows(handle.db, coach.id, eve.id)).toEqual([]);
    await mailSettled();
    expect(invitationsTo(email)).toHaveLength(1);
  });

  it("are for the invited address only: an account with another one is told so and changes nothing", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const email = newEmail();
    await as(coach).coach.inviteByEmail({ email });
    const token = await mailedToken(email);

    const other = await signUp(newEmail(), "Otto Other");
    const { coaching } = as(other);
    for (const call of [coaching.previewInvite, coaching.acceptInvite, coaching.declineInvite])
      expect(await refusalOf(call({ token }))).toMatchObject(ANOTHER_ADDRESS);
    expect(await linkRows(handle.db, coach.id, other.id)).toEqual([]);
    expect(await as(coach).coach.invites()).toHaveLength(1);

    // The invited address can still answer it.
    const nova = await signUp(email, "Nova Newcomer");
    expect(await as(nova).coaching.declineInvite({ token })).toEqual({ declined: true });
    expect(await bellOf(coach)).toEqual(["Nova Newcomer declined your coaching invitation"]);
    expect(await refusalOf(coaching.acceptInvite({ token }))).toMatchObject(USED);
  });

  it("mail a confirmed account and put it in their notifications, with the same answer", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const ben = await newPerson(handle.db, { name: "Ben Athlete", timeZone: "Asia/Tokyo" });
    expect(await as(coach).coach.inviteByEmail({ email: ben.email })).toEqual({
      message: INVITED_BY_EMAIL,
    });
    const token = await mailedToken(ben.email);
    expect(invitationsTo(ben.email)[0]?.text).toContain("(Asia/Tokyo)");
    const [notification] = (await as(ben).notifications.list()).items;
    expect(notification).toMatchObject({
      kind: "coaching",
      text: "Casey Coach invited you to be coached by them",
      link: `/coach/join/${token}`,
    });
    expect(await as(coach).coach.invites()).toEqual([
      expect.objectContaining({ byEmail: true, inviteeName: null }),
    ]);
    expect(await as(ben).coaching.acceptInvite({ token })).toMatchObject({ started: true });
  });

  it("reach an unconfirmed account by notification only", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const email = newEmail();
    const una = await signUp(email, "Una Unconfirmed");
    expect(await as(coach).coach.inviteByEmail({ email })).toEqual({
      message: INVITED_BY_EMAIL,
    });
    expect(await bellOf(una)).toEqual(["Casey Coach invited you to be coached by them"]);
    await mailSettled();
    expect(mail.catcher.to(email).map((m) => m.subject)).toEqual(["Confirm your email for Stride"]);
  });

  it("send nothing to someone already coached or to the coach, and the same answer", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const email = newEmail();
    await as(coach).coach.inviteByEmail({ email });
    const nova = await signUp(email, "Nova Newcomer");
    await as(nova).coaching.acceptInvite({ token: await mailedToken(email) });

    for (const address of [email, coach.email])
      expect(await as(coach).coach.inviteByEmail({ email: address })).toEqual({
        message: INVITED_BY_EMAIL,
      });
    await mailSettled();
    expect(invitationsTo(email)).toHaveLength(1);
    expect(invitationsTo(coach.email)).toEqual([]);
    expect(await as(coach).coach.invites()).toEqual([]);
  });

  it("refuse an expired link, and a forged one, clearly", async () => {
    const coach = await newPerson(handle.db, { name: "Casey Coach" });
    const email = newEmail();
    await as(coach).coach.inviteByEmail({ email });
    const token = await mailedToken(email);
    const [invite] = await as(coach).coach.invites();
    await expireCoachInvite(handle.db, invite?.id ?? "");
    const nova = await signUp(email, "Nova Newcomer");
    const expired = "This invitation has expired. Ask your coach for a new link.";
    expect(await as(nova).coaching.previewInvite({ token })).toMatchObject({ problem: expired });
    expect(await refusalOf(as(nova).coaching.acceptInvite({ token }))).toMatchObject({
      code: "BAD_REQUEST",
      message: expired,
    });

    const forged = `${token.slice(0, -4)}AAAA`;
    expect(await refusalOf(as(nova).coaching.acceptInvite({ token: forged }))).toMatchObject({
      code: "NOT_FOUND",
      message: "That invitation was not found. Ask your coach for a new link.",
    });
    expect(await linkRows(handle.db, coach.id, nova.id)).toEqual([]);
  });

  it("keep a coach's name on one line in the subject, even one that slipped past the forms", async () => {
    const eve = await newPerson(handle.db, { name: "Eve" });
    // The profile form refuses a line break (tested with groups); a row written some other way
    // must still not add a header.
    await handle.db.execute(
      `update profiles set name = E'Eve\\r\\nBcc: victim@test.stride.example' where user_id = '${z.uuid().parse(eve.id)}'`,
    );
    const email = newEmail();
    await as(eve).coach.inviteByEmail({ email });
    const message = await mail.catcher.waitFor(email);
    expect(message.subject).toBe(
      "Eve Bcc: victim@test.stride.example invited you to be coached on Stride",
    );
    expect(message.headers.has("bcc")).toBe(false);
    await mailSettled();
    expect(mail.catcher.to("victim@test.stride.example")).toEqual([]);
  });
});
