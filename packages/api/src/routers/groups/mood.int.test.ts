import { createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { todayIn, weekStartOf } from "@stride/domain/periods";
import { describe, expect, it } from "vitest";
import { callerFor } from "../../testing/caller";

const handle = useTestDatabase();

describe("mood and energy in the group feed", () => {
  it("shows them only when the athlete shares them", async () => {
    const ava = await createUser(handle.db, {
      name: "Ava Mood",
      timeZone: "UTC",
      weekStart: "monday",
    });
    const ben = await createUser(handle.db, { name: "Ben Mood" });
    const A = callerFor(handle.db, ava.id);
    const B = callerFor(handle.db, ben.id);
    const group = await A.groups.create({ name: "Moods", description: "", weeklyTheme: "" });
    const invite = await A.groups.createInvite({ groupId: group.id, expiresInDays: 3, maxUses: 3 });
    await B.groups.join({ token: invite.path.split("/").at(-1) ?? "" });

    const form = {
      weekStart: weekStartOf(todayIn("UTC"), "monday"),
      version: null,
      submissionKey: "mood-form-1",
      goals: [],
      wentWell: "Good week",
      gotInTheWay: "",
      nextFocus: "",
      coachOnly: { wentWell: false, gotInTheWay: false, nextFocus: false },
      mood: 2,
      energy: 1,
      visibility: "groups" as const,
      shareMood: false,
    };
    const saved = await A.checkins.submit(form);
    const hidden = (await B.groups.feed({ groupId: group.id })).items[0];
    expect(hidden).toMatchObject({ wentWell: "Good week", mood: null, energy: null });

    await A.checkins.submit({
      ...form,
      submissionKey: "mood-form-2",
      version: saved.version,
      shareMood: true,
    });
    const shown = (await B.groups.feed({ groupId: group.id })).items[0];
    expect(shown).toMatchObject({ mood: 2, energy: 1 });
  });
});
