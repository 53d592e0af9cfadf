import { type DatabaseHandle, openPglite } from "@stride/db/client";
import { findCredentialsByEmail } from "@stride/db/queries";
import { seedDemo } from "@stride/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../../testing/caller";

// Its own in-memory database: the demo emails are fixed, so seeding the shared test database
// would leak demo accounts into other files.
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openPglite();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

async function callerOf(email: string) {
  const account = await findCredentialsByEmail(handle.db, email);
  if (!account) throw new Error(`No demo account ${email}`);
  return { id: account.id, caller: callerFor(handle.db, account.id) };
}

describe("the coaching demo", () => {
  it("ranks Ben first on Casey's dashboard, with the reasons in words", async () => {
    const casey = await callerOf("coach@stride.example");
    const triage = await casey.caller.coach.triage({ tag: null });
    const names = triage.athletes.map((a) => a.name);
    expect(names[0]).toBe("Ben");
    expect([...names].sort()).toEqual(["Ava", "Ben", "Cleo"]);
    const [ben] = triage.athletes;
    const ava = triage.athletes.find((a) => a.name === "Ava");
    expect(ben?.reasons.map((r) => r.kind)).toEqual(
      expect.arrayContaining(["no_checkin", "meso_missed_twice", "low_wellbeing"]),
    );
    expect(ben?.reasons.map((r) => r.reason)).toContain(
      "Missed \u201cRun 3 days a week\u201d two weeks running",
    );
    expect(ava?.reasons.map((r) => r.reason)).toContain(
      "A comment from the athlete is waiting for your reply",
    );
    expect(triage.tags).toEqual(["Half marathon group", "New runners"]);
  });

  it("gives Casey two templates and Cleo a pending proposal under her 10K goal", async () => {
    const casey = await callerOf("coach@stride.example");
    const templates = await casey.caller.coach.templates();
    expect(templates.map((t) => t.name)).toEqual([
      "6 weeks: 10 to 15 miles/week",
      "Strength 2x a week",
    ]);
    // The demo build respects the 10% ramp.
    expect(templates[0]?.warnings).toEqual([]);
    const cleo = await callerOf("cleo@stride.example");
    const proposals = await cleo.caller.coaching.proposals();
    expect(proposals).toMatchObject([{ status: "pending", coachName: "Casey" }]);
    const accepted = await cleo.caller.coaching.acceptProposal({
      id: proposals[0]?.id ?? "",
      note: "",
    });
    expect(accepted.applied).toBe(true);
  });
});
