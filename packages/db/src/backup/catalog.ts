import { readFileSync } from "node:fs";
import path from "node:path";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { migrationsFolder } from "../env";
import { READ_MODEL_TABLES } from "../queries/progress-rebuild";

/** A database or a transaction: anything that runs SQL. */
export type Executor = Pick<Database, "execute">;

/** Runs a query and returns its rows, whichever driver ran it (PGlite: `{ rows }`, postgres.js: an array). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: unknown[] }).rows ?? []) as T[];
}

/** `public."name"`, safely quoted. */
export function publicName(name: string): SQL {
  return sql`${sql.identifier("public")}.${sql.identifier(name)}`;
}

/**
 * The ordinary tables of the public schema, by name: everything the app stores, except the read
 * models, which are made from the rest (a restore rebuilds them; a backup need not carry them).
 */
export async function listTables(db: Executor): Promise<string[]> {
  const names = await listRelations(db, "r");
  return names.filter((name) => !READ_MODEL_TABLES.includes(name));
}

/** The sequences of the public schema (bigserial ids), by name. */
export function listSequences(db: Executor): Promise<string[]> {
  return listRelations(db, "S");
}

/** The names of the public schema's relations of one kind (`pg_class.relkind`), sorted. */
async function listRelations(db: Executor, kind: "r" | "S"): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_catalog.pg_class c
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = ${kind}
        order by c.relname`,
  );
  return rows.map((row) => row.name);
}

/** Each public table's columns that can be written (not generated), in table order. */
export async function writableColumns(db: Executor): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column" from pg_catalog.pg_attribute a
        join pg_catalog.pg_class c on c.oid = a.attrelid
        join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0
          and not a.attisdropped and a.attgenerated = ''
        order by c.relname, a.attnum`,
  );
  const columns = new Map<string, string[]>();
  for (const row of rows) {
    const list = columns.get(row.table) ?? [];
    list.push(row.column);
    columns.set(row.table, list);
  }
  return columns;
}

/** Foreign keys between public tables: `from` references `to`. */
export async function foreignKeys(db: Executor): Promise<{ from: string; to: string }[]> {
  return queryRows<{ from: string; to: string }>(
    db,
    sql`select distinct src.relname as "from", dst.relname as "to"
        from pg_catalog.pg_constraint k
        join pg_catalog.pg_class src on src.oid = k.conrelid
        join pg_catalog.pg_class dst on dst.oid = k.confrelid
        join pg_catalog.pg_namespace n on n.oid = src.relnamespace
        join pg_catalog.pg_namespace dn on dn.oid = dst.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and dn.nspname = 'public'`,
  );
}

/**
 * An order in which to insert the tables so that every referenced table comes first. A table
 * referencing itself is fine (foreign keys are checked at the end of each INSERT statement);
 * tables that reference each other in a cycle are returned in `cyclic`.
 */
export function insertionOrder(
  tables: readonly string[],
  keys: readonly { from: string; to: string }[],
): { order: string[]; cyclic: string[] } {
  const pending = new Set(tables);
  const needs = new Map<string, Set<string>>(tables.map((table) => [table, new Set()]));
  for (const { from, to } of keys) {
    if (from !== to && pending.has(from) && pending.has(to)) needs.get(from)?.add(to);
  }
  const order: string[] = [];
  for (;;) {
    const ready = [...pending].filter((table) =>
      [...(needs.get(table) ?? [])].every((dependency) => !pending.has(dependency)),
    );
    if (ready.length === 0) break;
    for (const table of ready.sort()) {
      order.push(table);
      pending.delete(table);
    }
  }
  const cyclic = [...pending].sort();
  return { order: [...order, ...cyclic], cyclic };
}

export type AppliedMigration = { hash: string; createdAt: number; tag?: string };

/**
 * The migrations drizzle applied to this database, oldest first (empty when it has none). Tags
 * ("0009_coaching") come from the journal in packages/db/migrations, when it lists the migration.
 */
export async function appliedMigrations(db: Executor): Promise<AppliedMigration[]> {
  const [exists] = await queryRows<{ table: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as "table"`,
  );
  if (!exists?.table) return [];
  const rows = await queryRows<{ hash: string; createdAt: string }>(
    db,
    sql`select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations
        order by created_at, id`,
  );
  const tags = journalTags();
  return rows.map((row) => {
    const createdAt = Number(row.createdAt);
    const tag = tags.get(createdAt);
    return tag ? { hash: row.hash, createdAt, tag } : { hash: row.hash, createdAt };
  });
}

function journalTags(): Map<number, string> {
  try {
    const journal = JSON.parse(
      readFileSync(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8"),
    ) as { entries?: { when: number; tag: string }[] };
    return new Map((journal.entries ?? []).map((entry) => [entry.when, entry.tag]));
  } catch {
    return new Map();
  }
}

/** "0009_coaching (10 migrations)", for messages. */
export function describeMigrations(migrations: readonly AppliedMigration[]): string {
  const last = migrations.at(-1);
  if (!last) return "no migrations";
  const name = last.tag ?? `the one of ${new Date(last.createdAt).toISOString()}`;
  return `${name} (${migrations.length} migration${migrations.length === 1 ? "" : "s"})`;
}
