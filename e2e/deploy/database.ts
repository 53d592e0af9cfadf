import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import postgres from "postgres";
import { e2eEnv } from "../env";
import { type Cluster, startCluster } from "../load/cluster";

/** A free TCP port on this machine, for a server or a private cluster. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export type FreshDatabase = {
  url: string;
  /** A connection of the test's own to that database. */
  sql: postgres.Sql;
  drop: () => Promise<void>;
};

/**
 * An empty Postgres database for one spec: made on the server at TEST_DATABASE_URL when it is
 * set (CI), otherwise on a private cluster started from this machine's Postgres binaries.
 */
export async function freshDatabase(label: string): Promise<FreshDatabase> {
  let cluster: Cluster | undefined;
  let server = e2eEnv.testDatabaseUrl();
  if (!server) {
    cluster = startCluster(await freePort());
    server = cluster.url;
  }
  const name = `stride_${label}_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  return {
    url: url.toString(),
    sql,
    drop: async () => {
      await sql.end({ timeout: 1 });
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
      cluster?.stop();
    },
  };
}
