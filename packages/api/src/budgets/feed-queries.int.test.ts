import { createCheckin, createUser } from "@stride/db/factories";
import { describe, expect, it } from "vitest";
import { callerFor } from "../testing/caller";
import { useCountingDatabase } from "./counting-database";

// Its own database that counts every statement drizzle sends.
const handle = useCountingDatabase();
const { statementsFor } = handle;

/** A group of `members` people, each with `weeks` shared check-ins carrying comments and reactions. */
async function groupWith(members: number, weeks: number) {
  const users = await Promise.all(
    Array.from({ length: members }, (_, i) => createUser(handle.db, { name: `Member ${i}` })),
  );
  const [owner, ...rest] = users;
  if (!owner) throw new Error("no owner");
  const caller = callerFor(handle.db, owner.id);
  const group = await caller.groups.create({ name: "Budget", description: "", weeklyTheme: "" });
  const invite = await caller.groups.createInvite({
    groupId: group.id,
    expiresInDays: 3,
    maxUses: 100,
  });
  for (const member of rest) {
    await callerFor(handle.db, member.id).groups.join({
      token: invite.path.split("/").at(-1) ?? "",
    });
  }
  for (const member of users) {
    for (let w = 0; w < weeks; w++) {
      const day = String(1 + w * 7).padStart(2, "0");
      const checkin = await createCheckin(handle.db, {
        athleteId: member.id,
        weekStart: `2026-09-${day}`,
      });
      await caller.social.comment({
        checkinId: checkin.id,
        parentId: null,
        body: "Nice!",
        clientId: `c-${checkin.id}`,
      });
      await caller.social.react({ checkinId: checkin.id, kind: "kudos" });
    }
  }
  return { caller, groupId: group.id };
}

describe("query budgets", () => {
  it("serves a feed page in the same number of statements for 1 card or 20, whatever the history", async () => {
    const small = await groupWith(1, 1);
    const large = await groupWith(6, 4); // 24 check-ins: a full page of 20 and more behind it
    const smallCount = await statementsFor(() =>
      small.caller.groups.feed({ groupId: small.groupId }),
    );
    const largePage = await large.caller.groups.feed({ groupId: large.groupId });
    expect(largePage.items).toHaveLength(20);
    const largeCount = await statementsFor(() =>
      large.caller.groups.feed({ groupId: large.groupId }),
    );
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeLessThanOrEqual(6);
  });
});
