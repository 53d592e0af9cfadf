import net from "node:net";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";

// postgres.js itself (patched, see patches/README.md), on the run's Postgres server: only the
// Postgres project collects *.pg.int.test.ts files, as the PGlite run has no postgres.js in it.
const url = inject("postgresTestUrl");
if (!url) throw new Error("This file runs in the int-postgres project only (TEST_DATABASE_URL).");

// The driver's sockets, kept so a test can cut one as a server restart would.
const sockets: net.Socket[] = [];
const { hostname, port } = new URL(url);
// postgres.js's custom socket option (in its README, missing from its types).
const ownSockets = {
  socket: () =>
    new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(Number(port || 5432), hostname, () => resolve(socket));
      socket.once("error", reject);
      sockets.push(socket);
    }),
};
const sql = postgres(url, {
  max: 1,
  onnotice: () => {},
  connect_timeout: 2,
  backoff: () => 0,
  ...ownSockets,
});
afterAll(() => sql.end({ timeout: 1 }));

describe("a pooled connection whose socket dies with a query still buffered", () => {
  it("connects again for the next query instead of running into connect_timeout", async () => {
    expect(await sql`select 1 as n`).toEqual([{ n: 1 }]);
    const cut = await new Promise<unknown>((resolve) => {
      // In one turn of the event loop: the socket is destroyed (it reports 'close' at the end of
      // this turn) and a query is written (its bytes wait for the next turn): what a query sent
      // just as the server went down leaves behind.
      setImmediate(() => {
        sockets.at(-1)?.destroy();
        sql`select 2 as n`.then(resolve, resolve);
      });
    });
    expect(cut).toMatchObject({ code: "CONNECTION_CLOSED" });
    // Unpatched, the new connection's startup message stayed behind the dead socket's bytes and
    // was never sent: this query (and every one after it) failed with CONNECT_TIMEOUT.
    const started = performance.now();
    expect(await sql`select 3 as n`).toEqual([{ n: 3 }]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(sockets).toHaveLength(2);
  });
});
