import { createCheckin, createUser } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { createContext } from "../../context";
import { appRouter, createCaller } from "../../root";

const handle = useTestDatabase();

/** The live feed over HTTP, as the browser's EventSource receives it; its body as text. */
async function openFeed(viewerId: string, groupId: string, shutdown: AbortSignal) {
  const input = encodeURIComponent(JSON.stringify(superjson.serialize({ groupId })));
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(`http://localhost/api/trpc/groups.live?input=${input}`),
    router: appRouter,
    createContext: () => createContext({ db: handle.db, viewerId, shutdown }),
  });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  let text = "";
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      text += decoder.decode(value, { stream: true });
    }
  })();
  return { text: () => text, ended, cancel: () => reader.cancel() };
}

describe("live group feed and the server's shutdown", () => {
  it("ends at once, without the return event, so that the client reconnects", async () => {
    const ava = await createUser(handle.db, { name: "Ava Stop" });
    const caller = createCaller(createContext({ db: handle.db, viewerId: ava.id }));
    const group = await caller.groups.create({ name: "Stop", description: "", weeklyTheme: "" });
    await createCheckin(handle.db, { athleteId: ava.id, weekStart: "2026-11-23" });

    const shutdown = new AbortController();
    const feed = await openFeed(ava.id, group.id, shutdown.signal);
    await expect.poll(feed.text).toContain("event: connected");
    const started = performance.now();
    shutdown.abort();
    await feed.ended;
    // Woken by the shutdown, not by the 15-second safety poll.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(feed.text()).not.toContain("event: return");
    expect(feed.text()).not.toContain("serialized-error");
  });

  it("keeps streaming while the server runs", async () => {
    const ben = await createUser(handle.db, { name: "Ben Runs" });
    const caller = createCaller(createContext({ db: handle.db, viewerId: ben.id }));
    const group = await caller.groups.create({ name: "Runs", description: "", weeklyTheme: "" });
    const feed = await openFeed(ben.id, group.id, new AbortController().signal);
    await expect.poll(feed.text).toContain("event: connected");
    let ended = false;
    void feed.ended.then(() => {
      ended = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ended).toBe(false);
    await feed.cancel();
  });
});
