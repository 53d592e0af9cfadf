import { sql } from "drizzle-orm";
import type { Database } from "../client";
import { READ_MODEL_TABLES, rebuildReadModels } from "../queries/progress-rebuild";
import {
  type AppliedMigration,
  appliedMigrations,
  describeMigrations,
  type Executor,
  foreignKeys,
  insertionOrder,
  listSequences,
  listTables,
  publicName,
  queryRows,
  writableColumns,
} from "./catalog";
import { BackupError, type BackupHeader, type ParsedBackup, readBackup } from "./format";

export type RestoreSummary = BackupHeader & { file: string };

/**
 * Replaces every row of the database with the backup's, in one transaction: either all of it is
 * restored or nothing changes. The database must already be migrated (openPglite does it;
 * migratePostgres for a server) and its migrations must be exactly the backup's.
 */
export async function restoreBackup(
  db: Database,
  backup: ParsedBackup | string,
): Promise<RestoreSummary> {
  const { file, header, text } = typeof backup === "string" ? await readBackup(backup) : backup;

  await db.transaction(async (tx) => {
    checkMigrations(header.migrations, await appliedMigrations(tx));

    const tables = await listTables(tx);
    const sequences = await listSequences(tx);
    checkSameNames(
      "tables",
      // A backup made before the read models were left out still carries them: they are made
      // again below, never taken from the file.
      header.tables.map((table) => table.name).filter((name) => !READ_MODEL_TABLES.includes(name)),
      tables,
    );
    checkSameNames(
      "sequences",
      header.sequences.map((sequence) => sequence.name),
      sequences,
    );

    // Postgres reads the rows straight from the document's text, keeping every value exact.
    await tx.execute(
      sql`create temporary table stride_restore_rows (name text primary key, rows json not null)
          on commit drop`,
    );
    await tx.execute(
      sql`insert into stride_restore_rows (name, rows)
          select value->>'name', value->'rows' from json_array_elements(${text}::json -> 'tables')`,
    );

    if (tables.length > 0) {
      await tx.execute(sql`truncate table ${sql.join(tables.map(publicName), sql`, `)} cascade`);
    }

    const columns = await writableColumns(tx);
    const { order, cyclic } = insertionOrder(tables, await foreignKeys(tx));
    if (cyclic.length > 0) await skipForeignKeyChecks(tx, cyclic);

    const expected = new Map(header.tables.map((table) => [table.name, table.rowCount]));
    for (const name of order) {
      if (!expected.get(name)) continue;
      const list = sql.join(
        (columns.get(name) ?? []).map((column) => sql.identifier(column)),
        sql`, `,
      );
      await tx.execute(
        sql`insert into ${publicName(name)} (${list}) overriding system value
            select ${list} from json_populate_recordset(null::${publicName(name)},
              (select rows from stride_restore_rows where name = ${name}))`,
      );
      const [count] = await queryRows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from ${publicName(name)}`,
      );
      if (count?.n !== expected.get(name)) {
        throw new BackupError(
          `${file}: ${name} should have ${expected.get(name)} rows after the restore but has ${count?.n}; nothing was restored.`,
        );
      }
    }

    for (const sequence of header.sequences) {
      // A JS boolean: postgres.js serializes any other value for a boolean parameter as false.
      await tx.execute(
        sql`select setval(format('%I.%I', 'public', ${sequence.name}::text)::regclass,
                          ${sequence.lastValue}::bigint, ${sequence.isCalled}::boolean)`,
      );
    }
    // The read models, made from the rows just restored.
    await rebuildReadModels(tx);
  });

  return { file, ...header };
}

function checkMigrations(
  backup: readonly AppliedMigration[],
  database: readonly AppliedMigration[],
) {
  const same =
    backup.length === database.length &&
    backup.every((migration, i) => migration.hash === database[i]?.hash);
  if (same) return;

  const isPrefix = (shorter: readonly AppliedMigration[], longer: readonly AppliedMigration[]) =>
    shorter.length < longer.length &&
    shorter.every((migration, i) => migration.hash === longer[i]?.hash);
  const advice = isPrefix(backup, database)
    ? "The backup is older than this database: restore it with the Stride version that made it, then migrate (`pnpm db:migrate`) with this one."
    : isPrefix(database, backup)
      ? "The backup is newer than this database: update Stride to the version that made it first."
      : "Their migration histories differ: restore it with the Stride version that made it.";
  throw new BackupError(
    `The backup's database schema is at ${describeMigrations(backup)}, this database's at ${describeMigrations(database)}. ${advice} Nothing was restored.`,
  );
}

function checkSameNames(kind: string, backup: readonly string[], database: readonly string[]) {
  const onlyInBackup = backup.filter((name) => !database.includes(name));
  const onlyInDatabase = database.filter((name) => !backup.includes(name));
  if (onlyInBackup.length === 0 && onlyInDatabase.length === 0) return;
  const parts = [
    onlyInBackup.length > 0 ? `only in the backup: ${onlyInBackup.join(", ")}` : "",
    onlyInDatabase.length > 0 ? `only in this database: ${onlyInDatabase.join(", ")}` : "",
  ].filter(Boolean);
  throw new BackupError(
    `The backup's ${kind} are not this database's (${parts.join("; ")}). Nothing was restored.`,
  );
}

/**
 * Tables that reference each other in a cycle cannot be inserted one after the other with their
 * foreign keys checked. Replica mode skips those checks (and triggers) for this transaction;
 * Postgres allows it to a superuser only, which PGlite's user and a local `postgres` are.
 */
async function skipForeignKeyChecks(tx: Executor, cyclic: string[]) {
  try {
    await tx.execute(sql`set local session_replication_role = replica`);
  } catch (error) {
    throw new BackupError(
      `The tables ${cyclic.join(", ")} reference each other in a cycle; restoring them needs a connection allowed to set session_replication_role (a superuser): ${(error as Error).message}. Nothing was restored.`,
    );
  }
}
