import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { submitInput, weeksOf } from "../testing/checkins";
import { groupOf } from "../testing/groups";
import { useMailCatcher } from "../testing/mail";
import { newPerson } from "../testing/people";
import { sendGroupDigest } from "./group-digest";

const handle = useTestDatabase();
const mail = useMailCatcher();

describe("the weekly group digest", () => {
  it("goes, once a week, only to who asked for it: who checked in last week and who has not", async () => {
    const db = handle.db;
    const ava = await newPerson(db, { name: "Ava" });
    const ben = await newPerson(db, { name: "Ben", timeZone: "Asia/Tokyo" });
    const cy = await newPerson(db, { name: "Cy" });
    await groupOf(ava, [ben, cy], "Dawn Patrol");
    await ben.caller.checkins.submit(
      submitInput(weeksOf(ben).lastWeek, [], { wentWell: "Done", visibility: "private" }),
    );
    const deps = { db, mailer: mail.mailer, now: new Date() };
    const week = weeksOf(ava).thisWeek;

    // Opt-in: Ava has not asked for it yet.
    expect(await sendGroupDigest(deps, { userId: ava.id, weekStart: week })).toBe(false);
    const prefs = await ava.caller.messages.preferences();
    await ava.caller.messages.savePreferences({
      ...prefs,
      wants: { ...prefs.wants, group_digest: true },
    });
    expect(await sendGroupDigest(deps, { userId: ava.id, weekStart: week })).toBe(true);
    const sent = await mail.catcher.waitFor(ava.email);
    // A private check-in still counts as checked in; what it says stays private.
    expect(sent.text).toContain("Dawn Patrol. Checked in: Ben. Not yet: Ava, Cy.");
    expect(sent.text).not.toContain("Done");
    expect(sent.headerLines.some((h) => h.key === "list-unsubscribe-post")).toBe(true);

    expect(await sendGroupDigest(deps, { userId: ava.id, weekStart: week })).toBe(false);
    expect(await sendGroupDigest(deps, { userId: ben.id, weekStart: week })).toBe(false);
    expect(mail.catcher.to(ava.email)).toHaveLength(1);
    expect(mail.catcher.to(ben.email)).toEqual([]);
  });
});
