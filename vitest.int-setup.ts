import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import type {} from "./packages/db/src/testing/test-db";

/**
 * For the Postgres project: creates a database of its own on the server named by
 * TEST_DATABASE_URL, migrates it, hands its URL to the test files and drops it afterwards.
 * For the PGlite project each test file opens its own in-memory database instead.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (project.config.env?.STRIDE_TEST_DRIVER !== "postgres" || !serverUrl) {
    project.provide("postgresTestUrl", undefined);
    return pgliteTemplate(project);
  }
  project.provide("pgliteTemplate", undefined);

  const name = `stride_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;

  const { migratePostgres } = await import("./packages/db/src/client");
  await migratePostgres(url.toString());
  project.provide("postgresTestUrl", url.toString());

  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}

/**
 * For the PGlite project: one migrated database, saved as a data-directory tarball that each
 * test file starts from instead of making and migrating its own.
 */
async function pgliteTemplate(project: TestProject) {
  const { openPglite } = await import("./packages/db/src/client");
  const handle = await openPglite();
  const client = (
    handle.db as unknown as { $client: { dumpDataDir: (c: "none") => Promise<Blob> } }
  ).$client;
  const dump = await client.dumpDataDir("none");
  await handle.close();
  const dir = mkdtempSync(path.join(tmpdir(), "stride-pglite-template-"));
  const file = path.join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
