import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createUser } from "../factories";
import { endedSessions, users } from "../schema";
import { useTestDatabase } from "../testing/test-db";
import { endSession, getSessionState } from "./users";

const handle = useTestDatabase();
const soon = () => new Date(Date.now() + 3_600_000);

describe("session state", () => {
  it("ends one session and leaves the person's others alone", async () => {
    const me = await createUser(handle.db);
    const [ending, other] = [randomUUID(), randomUUID()];
    expect(await getSessionState(handle.db, { userId: me.id, sessionId: ending })).toEqual({
      sessionVersion: 1,
      ended: false,
    });
    await endSession(handle.db, { userId: me.id, sessionId: ending, expiresAt: soon() });
    await endSession(handle.db, { userId: me.id, sessionId: ending, expiresAt: soon() });
    expect(await getSessionState(handle.db, { userId: me.id, sessionId: ending })).toMatchObject({
      ended: true,
    });
    expect(await getSessionState(handle.db, { userId: me.id, sessionId: other })).toMatchObject({
      ended: false,
    });
  });

  it("has nothing to end for a deleted account, and forgets sessions past their expiry", async () => {
    const gone = await createUser(handle.db);
    await handle.db.delete(users).where(eq(users.id, gone.id));
    await endSession(handle.db, { userId: gone.id, sessionId: randomUUID(), expiresAt: soon() });
    expect(await getSessionState(handle.db, { userId: gone.id, sessionId: "x" })).toBeUndefined();

    const me = await createUser(handle.db);
    const old = randomUUID();
    await endSession(handle.db, {
      userId: me.id,
      sessionId: old,
      expiresAt: new Date(Date.now() - 1000),
    });
    await endSession(handle.db, { userId: me.id, sessionId: randomUUID(), expiresAt: soon() });
    const rows = await handle.db
      .select()
      .from(endedSessions)
      .where(eq(endedSessions.sessionId, old));
    expect(rows).toEqual([]);
  });
});
