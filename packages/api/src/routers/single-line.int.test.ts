import { createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo, todayIn } from "@stride/domain/periods";
import { SINGLE_LINE_MESSAGE } from "@stride/domain/text/single-line";
import { describe, expect, it } from "vitest";
import { activityRows, importItem } from "../testing/activities";
import { callerFor, fieldRefusal, refusalOf } from "../testing/caller";
import { groupInput } from "../testing/groups";

// One-line fields (names, titles, themes, tags) are written into headers and files: a calendar's
// name is one line of its ICS. Control characters in them are refused by field.

const handle = useTestDatabase();

const profile = {
  timeZone: "UTC",
  weekStart: "monday",
  distanceUnit: "km",
} as const;

describe("single-line fields", () => {
  it("refuse line breaks and other control characters by field, and store nothing", async () => {
    const user = await createUser(handle.db, { name: "Ava Lines" });
    const me = callerFor(handle.db, user.id);
    for (const name of ["Ava\r\nX-WR-CALNAME:Pwned", "Ava\rX", "Ava\tX", "Ava\u2028X"]) {
      expect(await refusalOf(me.profile.update({ ...profile, name }))).toMatchObject(
        fieldRefusal("name", SINGLE_LINE_MESSAGE),
      );
    }
    expect((await me.profile.get()).name).toBe("Ava Lines");
    expect(
      await refusalOf(me.groups.create(groupInput({ weeklyTheme: "Hills\nX-INJECTED:1" }))),
    ).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { weeklyTheme: [SINGLE_LINE_MESSAGE] } });
    // Trailing line breaks are only whitespace: trimmed, not refused.
    await me.profile.update({ ...profile, name: "Ava Lines\r\n" });
    expect((await me.profile.get()).name).toBe("Ava Lines");
  });

  it("turn line breaks in imported names into spaces rather than refusing the file", async () => {
    const user = await createUser(handle.db, { name: "Ava Imports" });
    await callerFor(handle.db, user.id).profile.update({ ...profile, name: "Ava Imports" });
    const day = addDaysTo(todayIn("UTC"), -1);
    await callerFor(handle.db, user.id).activities.import({
      activities: [importItem(day, { name: "Morning\r\n\tRun\u0085" })],
    });
    expect((await activityRows(handle.db, user.id)).map((row) => row.name)).toEqual([
      "Morning Run",
    ]);
  });
});
