import { openOwnDatabase } from "@stride/db/testing";
import { createLogger } from "@stride/runtime/logger";
import { describe, expect, it } from "vitest";
import { type Jobs, startQueue } from "./index";

// Postgres only: app instances are separate processes on one server. The embedded database has
// one process and so one queue (a second process may not open its data directory).
const log = createLogger({ level: "silent" });

describe("the job queue starting in several instances at once", () => {
  it("comes up in instances started at the same moment on a database it has never seen", async () => {
    const fresh = await openOwnDatabase("queuestart");
    try {
      const jobs: Jobs = Object.fromEntries(
        ["a", "b", "c", "d"].map((kind) => [
          `start-${kind}`,
          { run: async () => {}, cron: "0 * * * *" },
        ]),
      );
      const begin = () =>
        startQueue({ connection: fresh.handle.queueConnection, jobs, log, pollSeconds: 0.5 });
      const queues = await Promise.all([begin(), begin(), begin()]);
      expect(queues).toHaveLength(3);
      for (const queue of queues) await queue.stop();
    } finally {
      await fresh.drop();
    }
  });
});
