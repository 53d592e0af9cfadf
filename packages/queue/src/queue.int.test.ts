import type { DatabaseHandle } from "@stride/db/client";
import { openOwnDatabase } from "@stride/db/testing";
import { createLogger } from "@stride/runtime/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Jobs, jobIdFor, type Queue, startQueue } from "./index";

// The queue's own database on either driver: its pgboss schema is shared by no other file.
let own: Awaited<ReturnType<typeof openOwnDatabase>>;
let handle: DatabaseHandle;
const log = createLogger({ level: "silent" });
const running: Queue[] = [];

beforeAll(async () => {
  own = await openOwnDatabase("queue");
  handle = own.handle;
});
afterAll(async () => {
  for (const queue of running.splice(0)) await queue.stop();
  await own.drop();
});

async function start(jobs: Jobs, work = true) {
  const queue = await startQueue({
    connection: handle.queueConnection,
    jobs,
    log,
    work,
    pollSeconds: 0.5,
  });
  running.push(queue);
  return queue;
}

async function stop(queue: Queue) {
  running.splice(running.indexOf(queue), 1);
  await queue.stop();
}

describe("the job queue (pg-boss) on this database", () => {
  it("runs each job once across two workers, and a second job with the same key not at all", async () => {
    const runs: Array<{ worker: string; n: number }> = [];
    const jobs = (worker: string): Jobs => ({
      "test-once": {
        run: async (data: { n: number }) => {
          runs.push({ worker, n: data.n });
        },
      },
    });
    const first = await start(jobs("first"));
    const second = await start(jobs("second"));
    const added: boolean[] = [];
    for (let n = 0; n < 10; n += 1) {
      added.push(await first.send("test-once", { n }, { key: `once:${n}` }));
      // The same key from the other instance: not added.
      added.push(await second.send("test-once", { n: n + 100 }, { key: `once:${n}` }));
    }
    await first.settled(["test-once"]);
    expect(added.filter(Boolean)).toHaveLength(10);
    expect(runs.map((r) => r.n).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // Sent again after it ran: still taken (jobs are kept a week).
    expect(await first.send("test-once", { n: 0 }, { key: "once:0" })).toBe(false);
    await stop(first);
    await stop(second);
  });

  it("tries a failing job again, waiting longer each time, until it succeeds", async () => {
    const attempts: number[] = [];
    const queue = await start({
      "test-retry": {
        retryLimit: 4,
        retryDelaySeconds: 1,
        run: async () => {
          attempts.push(Date.now());
          if (attempts.length < 3) throw new Error("the mail server is down");
        },
      },
    });
    await queue.send("test-retry", {}, { key: "retry:1" });
    await queue.settled(["test-retry"], 20_000);
    expect(attempts).toHaveLength(3);
    // Backoff: at least 1 s before the second try, at least 2 s before the third.
    const [a = 0, b = 0, c = 0] = attempts;
    expect(b - a).toBeGreaterThanOrEqual(900);
    expect(c - b).toBeGreaterThanOrEqual(1900);
    await stop(queue);
  });

  it("keeps a job through a restart: one instance sends it, another started later runs it", async () => {
    const runs: string[] = [];
    const jobs: Jobs = {
      "test-restart": {
        run: async (data: { who: string }) => {
          runs.push(data.who);
        },
      },
    };
    const sender = await start(jobs, false);
    await sender.send(
      "test-restart",
      { who: "ada" },
      { key: "restart:ada", startAfter: new Date(Date.now() + 1000) },
    );
    await stop(sender);
    expect(runs).toEqual([]);
    const worker = await start(jobs);
    await worker.settled(["test-restart"]);
    expect(runs).toEqual(["ada"]);
    await stop(worker);
  });

  it("makes a job's id from its key, the same every time", () => {
    expect(jobIdFor("a")).toBe(jobIdFor("a"));
    expect(jobIdFor("a")).not.toBe(jobIdFor("b"));
    expect(jobIdFor("a")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
