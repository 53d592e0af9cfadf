import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { appliedMigrations, listSequences, listTables, publicName, queryRows } from "./catalog";
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, type BackupHeader } from "./format";

export type BackupSummary = BackupHeader & { file: string; bytes: number };

/**
 * Writes a backup of every table in the public schema, its sequences and the list of applied
 * migrations to `file` (gzip JSON, see format.ts). One read-only REPEATABLE READ transaction, so
 * the tables are a consistent snapshot even while the app keeps writing (on a Postgres server).
 * The file appears only once complete: it is written beside it and renamed.
 */
export async function createBackup(db: Database, file: string): Promise<BackupSummary> {
  const snapshot = await db.transaction(
    async (tx) => {
      const migrations = await appliedMigrations(tx);
      if (migrations.length === 0) {
        throw new BackupError(
          "This database has no Stride migrations (drizzle.__drizzle_migrations): is it a Stride database? Nothing was backed up.",
        );
      }
      const createdAt = new Date().toISOString();
      const tables: { name: string; rowCount: number; rows: string }[] = [];
      for (const name of await listTables(tx)) {
        const [row] = await queryRows<{ rowCount: number; rows: string }>(
          tx,
          sql`select count(*)::int as "rowCount", coalesce(json_agg(t), '[]')::text as rows
              from ${publicName(name)} t`,
        );
        tables.push({ name, rowCount: row?.rowCount ?? 0, rows: row?.rows ?? "[]" });
      }
      const sequences: BackupHeader["sequences"] = [];
      for (const name of await listSequences(tx)) {
        const [row] = await queryRows<{ lastValue: string; isCalled: boolean }>(
          tx,
          sql`select last_value::text as "lastValue", is_called as "isCalled"
              from ${publicName(name)}`,
        );
        if (row) sequences.push({ name, lastValue: row.lastValue, isCalled: row.isCalled });
      }
      return { createdAt, migrations, sequences, tables };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );

  // The rows are Postgres's own JSON text, spliced in as is (never parsed into JS numbers).
  const head = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: snapshot.createdAt,
    migrations: snapshot.migrations,
    sequences: snapshot.sequences,
  });
  const tables = snapshot.tables.map(
    (table) =>
      `{"name":${JSON.stringify(table.name)},"rowCount":${table.rowCount},"rows":${table.rows}}`,
  );
  const document = `${head.slice(0, -1)},"tables":[\n${tables.join(",\n")}\n]}\n`;
  const compressed = await promisify(gzip)(Buffer.from(document, "utf8"));

  const target = path.resolve(file);
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.${randomBytes(4).toString("hex")}.partial`;
  try {
    await writeFile(partial, compressed);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }

  return {
    file: target,
    bytes: compressed.length,
    createdAt: snapshot.createdAt,
    migrations: snapshot.migrations,
    sequences: snapshot.sequences,
    tables: snapshot.tables.map(({ name, rowCount }) => ({ name, rowCount })),
  };
}
