import { useTestDatabase } from "@stride/db/testing";
import { MESSAGE_KINDS } from "@stride/domain/messages";
import { describe, expect, it } from "vitest";
import { wantsMessage } from "../../services/messages";
import { sendCheckinReminder } from "../../services/reminders";
import { refusalOf } from "../../testing/caller";
import { weeksOf } from "../../testing/checkins";
import { useMailCatcher } from "../../testing/mail";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();
const mail = useMailCatcher();
const anonymous = () => mail.callerFor(handle.db, null);

const allOn = Object.fromEntries(MESSAGE_KINDS.map((kind) => [kind, true])) as Record<
  (typeof MESSAGE_KINDS)[number],
  boolean
>;

/** A reminder mailed to `person` now, and the token of its List-Unsubscribe link. */
async function reminderTo(person: Person) {
  const { thisWeek } = weeksOf(person);
  const deps = { db: handle.db, mailer: mail.mailer, now: new Date() };
  expect(await sendCheckinReminder(deps, { userId: person.id, weekStart: thisWeek })).toBe(true);
  const sent = await mail.catcher.waitFor(person.email);
  const line = sent.headerLines.find((h) => h.key === "list-unsubscribe")?.line ?? "";
  const url = line.replace(/\r\n\s+/g, " ").match(/<(\S+)>/)?.[1] ?? "";
  expect(sent.text).toContain(url);
  return url.split("/api/unsubscribe/")[1] ?? "";
}

describe("email preferences", () => {
  it("start with everything on but the group digest, and keep what the person chooses", async () => {
    const ada = await newPerson(handle.db);
    expect(await ada.caller.messages.preferences()).toEqual({
      wants: { ...allOn, group_digest: false },
      reminderHoursBefore: 6,
    });
    const chosen = { wants: { ...allOn, mention: false }, reminderHoursBefore: 30 };
    expect(await ada.caller.messages.savePreferences(chosen)).toEqual(chosen);
    expect(await ada.caller.messages.preferences()).toEqual(chosen);
    expect(await wantsMessage(handle.db, ada.id, "mention")).toBe(false);
    expect(await wantsMessage(handle.db, ada.id, "group_digest")).toBe(true);
  });

  it("refuse a reminder time outside the week, by field", async () => {
    const bo = await newPerson(handle.db);
    const refusal = await refusalOf(
      bo.caller.messages.savePreferences({ wants: allOn, reminderHoursBefore: 200 }),
    );
    expect(refusal.fieldErrors?.reminderHoursBefore).toEqual([
      "At most 144 hours (6 days) before the week ends",
    ]);
    expect((await bo.caller.messages.preferences()).reminderHoursBefore).toBe(6);
  });
});

describe("one-click unsubscribe", () => {
  it("stops the kind of message its link came with, and no other, without signing in", async () => {
    const cy = await newPerson(handle.db, { timeZone: "Asia/Tokyo" });
    const token = await reminderTo(cy);
    const before = await cy.caller.messages.preferences();

    expect(await anonymous().messages.unsubscribe({ token })).toEqual({
      kind: "checkin_reminder",
      what: "check-in reminders",
    });
    const after = await cy.caller.messages.preferences();
    expect(after).toEqual({ ...before, wants: { ...before.wants, checkin_reminder: false } });
    for (const kind of MESSAGE_KINDS) {
      expect(await wantsMessage(handle.db, cy.id, kind)).toBe(
        kind !== "checkin_reminder" && kind !== "group_digest",
      );
    }
    // No reminder now, for any week; and the link used again changes nothing more.
    const { nextWeek } = weeksOf(cy);
    const deps = { db: handle.db, mailer: mail.mailer, now: new Date() };
    expect(await sendCheckinReminder(deps, { userId: cy.id, weekStart: nextWeek })).toBe(false);
    await anonymous().messages.unsubscribe({ token });
    expect(await cy.caller.messages.preferences()).toEqual(after);
  });

  it("answers a forged or garbled link clearly and changes nothing", async () => {
    const di = await newPerson(handle.db);
    const token = await reminderTo(di);
    const [payload = "", signature = ""] = token.split(".");
    const otherKind = Buffer.from(`${di.id}:coach_digest`).toString("base64url");
    const forged = [
      `${otherKind}.${signature}`,
      `${payload}.${signature.slice(0, -2)}AA`,
      `${payload}.`,
      "not-a-token",
      `${Buffer.from("someone:checkin_reminder").toString("base64url")}.${signature}`,
    ];
    const before = await di.caller.messages.preferences();
    for (const bad of forged) {
      const refusal = await refusalOf(anonymous().messages.unsubscribe({ token: bad }));
      expect(refusal.code).toBe("BAD_REQUEST");
      expect(refusal.message).toMatch(/^This unsubscribe link is not valid/);
    }
    expect(await di.caller.messages.preferences()).toEqual(before);
  });
});

describe("a name with a line break, stored before names were checked", () => {
  it("adds no header to a reminder: it reaches its athlete alone", async () => {
    const victim = "victim-reminder@test.stride.example";
    const eve = await newPerson(handle.db, { name: `Eve\r\nBcc: ${victim}` });
    await reminderTo(eve);
    const [sent] = mail.catcher.to(eve.email);
    expect(sent?.envelopeTo).toEqual([eve.email]);
    expect(sent?.headerLines.some((h) => h.key === "bcc")).toBe(false);
    expect(mail.catcher.to(victim)).toEqual([]);
  });
});
