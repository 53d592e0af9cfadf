import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { submitInput, weeksOf } from "../testing/checkins";
import { linkCoach } from "../testing/coaching";
import { useMailCatcher } from "../testing/mail";
import { newPerson } from "../testing/people";
import { sendCoachDigest } from "./coach-digest";

const handle = useTestDatabase();
const mail = useMailCatcher();

describe("the coach's weekly digest", () => {
  it("names who needs attention with the same reasons as the triage, once a week", async () => {
    const db = handle.db;
    const coach = await newPerson(db, { name: "Casey", timeZone: "Europe/Lisbon" });
    const ben = await newPerson(db, { name: "Ben" });
    const ava = await newPerson(db, { name: "Ava" });
    await linkCoach(coach, ben);
    await linkCoach(coach, ava);
    // Ava checked in for the week just ended; Ben did not.
    const { lastWeek } = weeksOf(ava);
    await ava.caller.checkins.submit(submitInput(lastWeek, [], { wentWell: "Solid week" }));

    const triage = await coach.caller.coach.triage({ tag: null });
    const { thisWeek } = weeksOf(coach);
    const deps = { db, mailer: mail.mailer };
    expect(await sendCoachDigest(deps, { userId: coach.id, weekStart: thisWeek })).toBe(true);
    const sent = await mail.catcher.waitFor(coach.email);

    // The attention lines of the email are exactly the triage's rows with reasons, word for word.
    const needing = triage.athletes.filter((row) => row.reasons.length > 0);
    expect(needing.map((row) => row.name)).toContain("Ben");
    const expected = needing.map(
      (row) => `${row.name}: ${row.reasons.map((r) => r.reason).join("; ")}.`,
    );
    const lines = (sent.text ?? "").split("\n").filter((line) => /^(Ben|Ava): /.test(line));
    expect(lines).toEqual(expected);
    expect(lines.find((line) => line.startsWith("Ben: "))).toContain(
      "No check-in for the week just ended",
    );
    const count = needing.length === 1 ? "1 athlete needs" : `${needing.length} athletes need`;
    expect(sent.subject).toMatch(new RegExp(`^Your week of .+: ${count} attention$`));
    expect(sent.headerLines.some((h) => h.key === "list-unsubscribe-post")).toBe(true);

    // Once a week: the same week again sends nothing.
    expect(await sendCoachDigest(deps, { userId: coach.id, weekStart: thisWeek })).toBe(false);
    expect(mail.catcher.to(coach.email)).toHaveLength(1);
  });

  it("is not sent to a coach who turned it off, nor to someone who coaches no one", async () => {
    const db = handle.db;
    const coach = await newPerson(db, { name: "Quinn" });
    const athlete = await newPerson(db);
    await linkCoach(coach, athlete);
    const prefs = await coach.caller.messages.preferences();
    await coach.caller.messages.savePreferences({
      ...prefs,
      wants: { ...prefs.wants, coach_digest: false },
    });
    const loner = await newPerson(db);
    const deps = { db, mailer: mail.mailer };
    const week = weeksOf(coach).thisWeek;
    expect(await sendCoachDigest(deps, { userId: coach.id, weekStart: week })).toBe(false);
    expect(await sendCoachDigest(deps, { userId: loner.id, weekStart: week })).toBe(false);
    expect(mail.catcher.to(coach.email)).toEqual([]);
    expect(mail.catcher.to(loner.email)).toEqual([]);
  });
});
