import { createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { importItem } from "./testing/activities";
import { callerFor, fieldRefusal, refusalOf } from "./testing/caller";
import { macroInput } from "./testing/goals";

// Inputs the fuzzer found reaching Postgres and failing there; each is now refused up front,
// naming its field, and nothing is stored.
const handle = useTestDatabase();

describe("inputs Postgres cannot store are refused by field", () => {
  it("refuses a NUL character or a lone surrogate in any text", async () => {
    const me = await createUser(handle.db);
    const caller = callerFor(handle.db, me.id);
    for (const [title, why] of [
      ["Run\u0000fast", ""],
      ["Fine", "broken \uD800 text"],
    ] as const) {
      const refused = await refusalOf(caller.goals.create(macroInput({ title, why })));
      expect(refused).toMatchObject({
        code: "BAD_REQUEST",
        fieldErrors: {
          [title === "Fine" ? "why" : "title"]: [expect.stringContaining("can't be saved")],
        },
      });
    }
    expect((await caller.goals.tree({ year: 2026 })).roots).toEqual([]);
    // Emoji and right-to-left text are fine.
    await expect(caller.goals.create(macroInput({ title: "🏃‍♀️ שלום" }))).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it("refuses dates and instants outside 1900–2200", async () => {
    const me = await createUser(handle.db, { timeZone: "UTC" });
    const caller = callerFor(handle.db, me.id);
    expect(
      await refusalOf(caller.goals.create(macroInput({ periodStart: "0000-01-01" }))),
    ).toMatchObject(fieldRefusal("periodStart", "Use a date between 1900 and 2200"));
    expect(
      await refusalOf(
        caller.activities.import({
          activities: [{ ...importItem("2026-01-05"), startedAt: "9999-12-31T23:59:59-23:59" }],
        }),
      ),
    ).toMatchObject(fieldRefusal("activities.0.startedAt", expect.any(String)));
    const group = await caller.groups.create({ name: "Edges", description: "", weeklyTheme: "" });
    expect(
      await refusalOf(
        caller.groups.feed({
          groupId: group.id,
          cursor: { submittedAt: new Date(8.64e15), id: "00000000-0000-4000-8000-000000000000" },
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });
});
