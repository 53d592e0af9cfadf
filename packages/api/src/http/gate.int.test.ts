import { createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { TOO_LARGE_MESSAGE } from "@stride/domain/text";
import { TOO_DEEP_MESSAGE } from "@stride/domain/text/json-depth";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { callerFor, refusalOf } from "../testing/caller";
import { handleTrpcRequest } from "./handler";
import { HTTP_LIMITS } from "./limits";

const handle = useTestDatabase();
const BASE = "http://stride.test/api/trpc";

function send(viewerId: string | null, path: string, init: RequestInit = {}) {
  return handleTrpcRequest(new Request(`${BASE}/${path}`, init), {
    db: handle.db,
    viewerId,
    clientAddress: "203.0.113.20",
  });
}

const json = (input: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", host: "stride.test", ...headers },
  body: JSON.stringify(superjson.serialize(input)),
});

async function messageOf(response: Response) {
  const body = (await response.json()) as unknown;
  const first = (Array.isArray(body) ? body[0] : body) as { error: { json: { message: string } } };
  return first.error.json.message;
}

/** A body that never ends, counting how much of it was read. */
function endlessBody() {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const stats = { read: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      stats.read += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, stats };
}

const feedOf = (userId: string) =>
  handle.db.query.calendarFeeds.findFirst({ where: (feed, { eq }) => eq(feed.athleteId, userId) });

describe("the /api/trpc gate", () => {
  it("refuses a batch of more than the limit with a sentence, running none of it", async () => {
    const me = await createUser(handle.db);
    const paths = Array.from({ length: 900 }, () => "account.export").join(",");
    const response = await send(me.id, `${paths}?batch=1&input={}`);
    expect(response.status).toBe(400);
    expect(await messageOf(response)).toBe(
      `One request may ask for at most ${HTTP_LIMITS.maxBatch} things; this one asked for 900.`,
    );
    const justRight = Array.from({ length: HTTP_LIMITS.maxBatch }, () => "calendar.status");
    expect((await send(me.id, `${justRight.join(",")}?batch=1&input={}`)).status).toBe(200);
  });

  it("answers 413 to a body over the limit before reading it, and reads no more than the limit", async () => {
    const me = await createUser(handle.db);
    const declared = await send(null, "activities.import", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(50 * 1024 ** 2) },
      body: endlessBody().stream,
      duplex: "half",
    } as RequestInit);
    expect(declared.status).toBe(401); // signed out: refused before the body is even measured

    const unannounced = endlessBody();
    const response = await send(me.id, "goals.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: unannounced.stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await messageOf(response)).toBe(
      "This request is larger than the 1 MB Stride accepts. Send less at a time.",
    );
    expect(unannounced.stats.read).toBeLessThanOrEqual(HTTP_LIMITS.bodyBytes + 2 * 64 * 1024);

    const announced = endlessBody();
    const big = await send(me.id, "activities.import", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(50 * 1024 ** 2) },
      body: announced.stream,
      duplex: "half",
    } as RequestInit);
    expect(big.status).toBe(413);
    expect(await messageOf(big)).toMatch(/larger than the 21 MB Stride accepts/);
  });

  it("keeps a signed-out person's bodies small", async () => {
    const response = await send(null, "account.signUp", {
      ...json({ name: "x".repeat(20_000), email: "big@test.stride.example", password: "long-pw" }),
    });
    expect(response.status).toBe(413);
  });

  it("authenticates before it reads or walks any input", async () => {
    // A NUL in the text would be refused by the input checks; signed out, nobody looks at it.
    const response = await send(null, "goals.create", json({ title: "\u0000" }));
    expect(response.status).toBe(401);
    expect(await messageOf(response)).toBe("Sign in to continue.");
    expect(
      await refusalOf(callerFor(handle.db, null).goals.create({ title: "\u0000" } as never)),
    ).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses mutations from another site or origin, and bodies that are not JSON", async () => {
    const me = await createUser(handle.db);
    await callerFor(handle.db, me.id).calendar.subscribe();
    const before = await feedOf(me.id);
    const attempts: [RequestInit, number][] = [
      [json(undefined, { "sec-fetch-site": "same-site" }), 403],
      [json(undefined, { "sec-fetch-site": "cross-site" }), 403],
      [json(undefined, { origin: "http://stride.test:3001" }), 403],
      [json(undefined, { origin: "null" }), 403],
      [{ method: "POST", body: new FormData(), headers: { host: "stride.test" } }, 415],
      [{ method: "POST", body: "{}", headers: { "content-type": "text/plain" } }, 415],
    ];
    for (const [init, status] of attempts) {
      const response = await send(me.id, "calendar.subscribe", init);
      expect(response.status).toBe(status);
    }
    expect(await feedOf(me.id)).toEqual(before);
    const refused = await send(
      me.id,
      "calendar.subscribe",
      json(undefined, { origin: "http://evil.test" }),
    );
    expect(await messageOf(refused)).toBe("Stride only accepts changes sent from its own pages.");

    const sameOrigin = json(undefined, {
      "sec-fetch-site": "same-origin",
      origin: "http://stride.test",
    });
    expect((await send(me.id, "calendar.subscribe", sameOrigin)).status).toBe(200);
    expect((await send(me.id, "calendar.subscribe", json(undefined))).status).toBe(200);
    expect(await feedOf(me.id)).not.toEqual(before);
  });

  it("answers JSON nested too deeply with 400 and a sentence, never a stack overflow", async () => {
    const me = await createUser(handle.db);
    for (const depth of [8_000, 20_000]) {
      const nested = `${"[".repeat(depth)}${"]".repeat(depth)}`;
      const posted = await send(me.id, "goals.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: `{"json":${nested}}`,
      });
      expect(posted.status).toBe(400);
      expect(await messageOf(posted)).toBe(TOO_DEEP_MESSAGE);
      const query = await send(
        me.id,
        `goals.tree?input=${encodeURIComponent(`{"json":${nested}}`)}`,
      );
      expect(query.status).toBe(400);
      expect(await messageOf(query)).toBe(TOO_DEEP_MESSAGE);
    }
  });

  it("counts a value superjson sends once for many places at each of them: too large, nothing written", async () => {
    const me = await createUser(handle.db);
    // One activity with 500 wrong values, and 999 references to it: a 30 kB body standing for
    // half a million wrong values, whose parsing overflowed the stack collecting their issues.
    const activity = { source: "gpx", stream: { t: [0, 1], lat: Array(500).fill("x") } };
    const others = Array.from({ length: 999 }, (_, i) => `activities.${i + 1}`);
    const posted = await send(me.id, "activities.import", {
      method: "POST",
      headers: { "content-type": "application/json", host: "stride.test" },
      body: JSON.stringify({
        json: { activities: [activity, ...others.map(() => null)] },
        meta: { referentialEqualities: { "activities.0": others } },
      }),
    });
    expect(posted.status).toBe(400);
    expect(await messageOf(posted)).toBe(TOO_LARGE_MESSAGE);
    const logged = await handle.db.query.activities.findMany({
      where: (row, { eq }) => eq(row.athleteId, me.id),
    });
    expect(logged).toEqual([]);
  });
});
