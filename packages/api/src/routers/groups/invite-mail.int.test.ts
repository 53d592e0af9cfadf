import { randomUUID } from "node:crypto";
import { findCredentialsByEmail } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { INVITED_BY_EMAIL } from "@stride/domain/accounts";
import { linkIn } from "@stride/mail/testing";
import { describe, expect, it } from "vitest";
import { mailSettled } from "../../services/mail";
import { fieldRefusal, refusalOf } from "../../testing/caller";
import { groupInput, groupOf, memberRows } from "../../testing/groups";
import { useMailCatcher } from "../../testing/mail";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();
const mail = useMailCatcher();

/** `person`'s caller, sending mail to the file's SMTP catcher. */
const as = (person: { id: string }) => mail.callerFor(handle.db, person.id);

describe("group invitations by email", () => {
  it("mail a newcomer a link that leads through sign-up into the group, once", async () => {
    const ava = await newPerson(handle.db, { name: "Ava", timeZone: "Europe/Berlin" });
    const { id: groupId } = await as(ava).groups.create(groupInput({ name: "Dawn Patrol" }));
    const email = `newcomer-${randomUUID()}@test.stride.example`;

    const answer = await as(ava).groups.inviteByEmail({ groupId, email });
    expect(answer).toEqual({ message: INVITED_BY_EMAIL });
    const message = await mail.catcher.waitFor(email);
    expect(message.subject).toBe("Ava invited you to Dawn Patrol on Stride");
    expect(message.text).toContain("(Europe/Berlin)");
    const token = linkIn(message, "http").split("/join/")[1] ?? "";

    await mail
      .callerFor(handle.db, null)
      .account.signUp({ name: "Nova", email, password: "nova-password-1" });
    const nova = await findCredentialsByEmail(handle.db, email);
    expect(await as({ id: nova?.id ?? "" }).groups.join({ token })).toMatchObject({ groupId });
    expect((await memberRows(handle.db, groupId)).map((m) => m.userId)).toContain(nova?.id);

    // The link was for one person: someone else holding it gets a clear no and joins nothing.
    const eve = await newPerson(handle.db);
    expect(await refusalOf(as(eve).groups.join({ token }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await memberRows(handle.db, groupId)).map((m) => m.userId)).not.toContain(eve.id);
  });

  it("answer the same for an account, which gets the mail and a notification", async () => {
    const ava = await newPerson(handle.db, { name: "Ava" });
    const ben = await newPerson(handle.db, { name: "Ben", timeZone: "Asia/Tokyo" });
    const { id: groupId } = await as(ava).groups.create(groupInput({ name: "Night Owls" }));
    expect(await as(ava).groups.inviteByEmail({ groupId, email: ben.email })).toEqual({
      message: INVITED_BY_EMAIL,
    });
    const message = await mail.catcher.waitFor(ben.email);
    expect(message.text).toContain("(Asia/Tokyo)");
    const bell = await as(ben).notifications.list();
    expect(bell.items.map((n) => n.text)).toContain("Ava invited you to Night Owls");
  });

  it("send nothing to a member, and the same answer", async () => {
    const ava = await newPerson(handle.db, { name: "Ava" });
    const ben = await newPerson(handle.db, { name: "Ben" });
    const groupId = await groupOf(ava, [ben]);
    expect(await as(ava).groups.inviteByEmail({ groupId, email: ben.email })).toEqual({
      message: INVITED_BY_EMAIL,
    });
    await mailSettled();
    expect(mail.catcher.to(ben.email)).toEqual([]);
  });

  it("never let a name carry a header: a line break in a name is refused by field, nothing sent", async () => {
    const eve = await newPerson(handle.db, { name: "Eve" });
    const before = await as(eve).profile.get();
    const renamed = as(eve).profile.update({
      name: "Eve\r\nBcc: victim@test.stride.example",
      timeZone: before.timeZone,
      weekStart: before.weekStart,
      distanceUnit: before.distanceUnit,
      checkinVisibility: before.checkinVisibility,
    });
    expect(await refusalOf(renamed)).toMatchObject(fieldRefusal("name", expect.any(String)));
    const group = as(eve).groups.create(
      groupInput({ name: "Evil\r\nBcc: victim@test.stride.example" }),
    );
    expect(await refusalOf(group)).toMatchObject(fieldRefusal("name", expect.any(String)));
    expect((await as(eve).profile.get()).name).toBe("Eve");
    await mailSettled();
    expect(mail.catcher.to("victim@test.stride.example")).toEqual([]);
  });
});
