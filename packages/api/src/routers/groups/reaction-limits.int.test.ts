import { useTestDatabase } from "@stride/db/testing";
import { ABUSE_LIMITS } from "@stride/domain/accounts";
import { REACTION_KINDS } from "@stride/domain/groups";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../testing/caller";
import { reactionRows, shareCheckin, threeMembers } from "../../testing/groups";

// Reactions cost their check-in's owner attention: limited, toggled atomically, and notified as
// one line per check-in however many arrive.

const handle = useTestDatabase();
const LIMIT = ABUSE_LIMITS.reaction.points;

async function setUp() {
  const cast = await threeMembers(handle.db);
  const checkin = await shareCheckin(handle.db, cast.ava, "2026-03-09", { wentWell: "Hills" });
  await cast.ava.caller.notifications.markAllRead();
  return { ...cast, checkinId: checkin.id };
}

const unreadReactions = async (caller: Awaited<ReturnType<typeof setUp>>["ava"]["caller"]) =>
  (await caller.notifications.list()).items.filter((n) => n.kind === "reaction" && !n.readAt);

describe("reactions under abuse", () => {
  it("are limited per person, counted before the toggle even when sent at once", async () => {
    const { ben, checkinId } = await setUp();
    const kinds = Array.from(
      { length: LIMIT + 6 },
      (_, i) => REACTION_KINDS[i % REACTION_KINDS.length],
    );
    const results = await Promise.all(
      kinds.map((kind) =>
        ben.caller.social.react({ checkinId, kind: kind ?? "kudos" }).then(
          () => "ok",
          (error: { code?: string }) => error.code,
        ),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(LIMIT);
    expect(results.filter((r) => r === "TOO_MANY_REQUESTS")).toHaveLength(6);
    expect(await refusalOf(ben.caller.social.react({ checkinId, kind: "kudos" }))).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(
        /^Too many reactions in a short time\. Try again in \d+ minutes?\.$/,
      ),
    });
  });

  it("notify the owner once per check-in, however often they are toggled or by how many", async () => {
    const { ava, ben, cleo, checkinId } = await setUp();
    for (let i = 0; i < 6; i++) await ben.caller.social.react({ checkinId, kind: "kudos" });
    await ben.caller.social.react({ checkinId, kind: "fire" });
    await Promise.all(
      (["kudos", "heart", "strong"] as const).map((kind) =>
        cleo.caller.social.react({ checkinId, kind }),
      ),
    );
    const unread = await unreadReactions(ava.caller);
    expect(unread).toHaveLength(1);
    expect(unread[0]?.text).toMatch(/^(Ben|Cleo) and 1 other reacted to your check-in$/);

    // Once read, the next reaction is news again: one new line.
    await ava.caller.notifications.markAllRead();
    await ben.caller.social.react({ checkinId, kind: "heart" });
    expect(await unreadReactions(ava.caller)).toHaveLength(1);
  });

  it("toggle in one statement: concurrent toggles of one reaction leave a consistent state", async () => {
    const { ben, checkinId } = await setUp();
    const results = await Promise.all(
      Array.from({ length: 6 }, () => ben.caller.social.react({ checkinId, kind: "kudos" })),
    );
    const added = results.filter((r) => r.added).length;
    const rows = await reactionRows(handle.db, checkinId);
    // Whatever the interleaving, the row exists exactly when more toggles added than removed.
    expect(rows).toHaveLength(added > results.length - added ? 1 : 0);
  });
});
