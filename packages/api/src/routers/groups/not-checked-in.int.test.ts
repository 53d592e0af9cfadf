import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { describe, expect, it } from "vitest";
import { groupOf, shareCheckin } from "../../testing/groups";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

/** The first day of the person's current week, where they are. */
const thisWeekOf = (profile: { timeZone: string; weekStart: WeekDay }) =>
  weekStartOf(todayIn(profile.timeZone), profile.weekStart);

describe("who has not checked in yet", () => {
  it("lists the members without a check-in for their own current week", async () => {
    // Different zones and week starts: each member's "this week" is their own.
    const profiles = {
      ava: { timeZone: "UTC", weekStart: "monday" },
      ben: { timeZone: "Pacific/Auckland", weekStart: "wednesday" },
      cleo: { timeZone: "America/Los_Angeles", weekStart: "sunday" },
      dana: { timeZone: "Asia/Kolkata", weekStart: "friday" },
    } satisfies Record<string, { timeZone: string; weekStart: WeekDay }>;
    const ava = await newPerson(handle.db, { name: "Ava", ...profiles.ava });
    const ben = await newPerson(handle.db, { name: "Ben", ...profiles.ben });
    const cleo = await newPerson(handle.db, { name: "Cleo", ...profiles.cleo });
    const dana = await newPerson(handle.db, { name: "Dana", ...profiles.dana });
    const groupId = await groupOf(ava, [ben, cleo, dana]);

    await shareCheckin(handle.db, ben, thisWeekOf(profiles.ben));
    await shareCheckin(handle.db, dana, thisWeekOf(profiles.dana));
    // Ava checked in for last week only; Cleo not at all.
    await shareCheckin(handle.db, ava, addDaysTo(thisWeekOf(profiles.ava), -7));

    expect(await ava.caller.groups.notCheckedIn({ groupId })).toEqual([
      { id: ava.id, name: "Ava", you: true },
      { id: cleo.id, name: "Cleo", you: false },
    ]);
    expect(await ben.caller.groups.notCheckedIn({ groupId })).toEqual([
      { id: ava.id, name: "Ava", you: false },
      { id: cleo.id, name: "Cleo", you: false },
    ]);

    await shareCheckin(handle.db, cleo, thisWeekOf(profiles.cleo));
    expect((await ben.caller.groups.notCheckedIn({ groupId })).map((m) => m.name)).toEqual(["Ava"]);
  });
});
