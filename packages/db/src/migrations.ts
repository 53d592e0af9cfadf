import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { appliedMigrations, type Executor } from "./backup/catalog";
import { migrationsFolder } from "./env";

/** The start found no migrations to apply: it refuses rather than serve an unknown schema. */
export class MissingMigrationsError extends Error {
  constructor(folder: string, what: string) {
    super(
      `Stride refuses to start: its database migrations are missing (${what} in ${folder}). ` +
        "Start it from the repository, or from a complete production bundle " +
        "(apps/web/.next/standalone with its packages/db/migrations; see docs/deploy.md).",
    );
    this.name = "MissingMigrationsError";
  }
}

export type KnownMigration = { tag: string; when: number };

/**
 * The migrations this build carries, from drizzle's journal, oldest first. Throws
 * MissingMigrationsError when the folder, the journal or one of its SQL files is not there.
 */
export function knownMigrations(): KnownMigration[] {
  // The files do not change while the process runs; readiness asks every few seconds.
  known ??= readKnownMigrations();
  return known;
}

let known: KnownMigration[] | undefined;

function readKnownMigrations(): KnownMigration[] {
  let folder: string;
  try {
    folder = migrationsFolder();
  } catch (error) {
    throw new MissingMigrationsError(process.cwd(), (error as Error).message);
  }
  const journal = path.join(/*turbopackIgnore: true*/ folder, "meta", "_journal.json");
  if (!existsSync(journal)) throw new MissingMigrationsError(folder, "no meta/_journal.json");
  const { entries = [] } = JSON.parse(readFileSync(journal, "utf8")) as {
    entries?: KnownMigration[];
  };
  if (entries.length === 0) throw new MissingMigrationsError(folder, "an empty journal");
  for (const entry of entries) {
    if (!existsSync(path.join(/*turbopackIgnore: true*/ folder, `${entry.tag}.sql`)))
      throw new MissingMigrationsError(folder, `no ${entry.tag}.sql`);
  }
  return entries.map(({ tag, when }) => ({ tag, when }));
}

export type MigrationStatus = {
  /** Migrations this build carries that the database has not applied yet. */
  pending: string[];
  /** Migrations the database has applied that this build does not know (a newer version ran). */
  unknown: number;
  applied: number;
};

/**
 * How the database's schema compares with this build's migrations, by the journal's timestamps
 * as drizzle's migrator compares them: it applies every migration newer than the last applied.
 */
export async function migrationStatus(db: Executor): Promise<MigrationStatus> {
  const known = knownMigrations();
  const applied = await appliedMigrations(db);
  const last = Math.max(0, ...applied.map((migration) => migration.createdAt));
  const knownTimes = new Set(known.map((migration) => migration.when));
  return {
    pending: known.filter((migration) => migration.when > last).map((migration) => migration.tag),
    unknown: applied.filter((migration) => !knownTimes.has(migration.createdAt)).length,
    applied: applied.length,
  };
}
