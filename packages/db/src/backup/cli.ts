import { existsSync } from "node:fs";
import path from "node:path";
import { type DatabaseHandle, migratePostgres, openPglite, openPostgres } from "../client";
import { env, findRepoRoot, pgliteDir } from "../env";
import { createBackup } from "./backup";
import { describeMigrations } from "./catalog";
import { BackupError, type BackupHeader, readBackup } from "./format";
import { restoreBackup } from "./restore";

// `pnpm db:backup [file]` and `pnpm db:restore <file>` (packages/db/src/scripts/): the database is the
// app's, chosen the same way: DATABASE_URL when set, else the embedded one in PGLITE_DIR or
// .data/pglite. Each returns the process's exit code.

const BACKUP_USAGE = `Usage: pnpm db:backup [file]
Writes a backup of the database (DATABASE_URL, else the embedded one) to file, by default
backups/stride-<time>.json.gz in the repository.`;

const RESTORE_USAGE = `Usage: pnpm db:restore <file>
Replaces every row of the database (DATABASE_URL, else the embedded one) with the backup's.`;

export async function runBackupCli(argv: readonly string[]): Promise<number> {
  return run(argv, BACKUP_USAGE, async (args) => {
    if (args.length > 1) return usageError(BACKUP_USAGE);
    const file = args[0] ? fromCaller(args[0]) : defaultBackupFile();
    const { handle, label } = await openDatabase("backup");
    try {
      const summary = await createBackup(handle.db, file);
      console.info(`Backed up ${label}, schema at ${describeMigrations(summary.migrations)}:`);
      printTables(summary);
      console.info(
        `${totals(summary)} → ${summary.file} (${(summary.bytes / 1024).toFixed(1)} KiB)`,
      );
    } finally {
      await handle.close();
    }
    return 0;
  });
}

export async function runRestoreCli(argv: readonly string[]): Promise<number> {
  return run(argv, RESTORE_USAGE, async (args) => {
    const [arg] = args;
    if (args.length !== 1 || !arg) return usageError(RESTORE_USAGE);
    // Checked before the database is opened: a wrong file changes nothing, creates nothing.
    const backup = await readBackup(fromCaller(arg));
    const { handle, label } = await openDatabase("restore");
    try {
      const summary = await restoreBackup(handle.db, backup);
      console.info(
        `Restored ${summary.file} (made ${summary.createdAt}, schema at ${describeMigrations(summary.migrations)}) into ${label}:`,
      );
      printTables(summary);
      console.info(`${totals(summary)}; the rows that were there before are gone.`);
    } finally {
      await handle.close();
    }
    return 0;
  });
}

async function run(
  argv: readonly string[],
  usage: string,
  command: (args: string[]) => Promise<number>,
): Promise<number> {
  // `pnpm db:backup -- file` passes the "--" along.
  const args = argv[0] === "--" ? argv.slice(1) : [...argv];
  if (args.includes("-h") || args.includes("--help")) {
    console.info(usage);
    return 0;
  }
  if (args.some((arg) => arg.startsWith("-"))) return usageError(usage);
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof BackupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

function usageError(usage: string): number {
  console.error(usage);
  return 2;
}

/**
 * A relative path is taken from where pnpm was started (INIT_CWD: the repository root for the
 * root scripts), not from packages/db where pnpm runs the package script; else from the cwd.
 */
function fromCaller(file: string): string {
  const base = process.env.npm_lifecycle_event ? process.env.INIT_CWD : undefined;
  return path.resolve(base ?? process.cwd(), file);
}

export function defaultBackupFile(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  return path.join(findRepoRoot(), "backups", `stride-${stamp}.json.gz`);
}

async function openDatabase(
  purpose: "backup" | "restore",
): Promise<{ handle: DatabaseHandle; label: string }> {
  if (env.DATABASE_URL) {
    // A restore needs the target at the code's migrations, as the backup is compared to them.
    if (purpose === "restore") await migratePostgres(env.DATABASE_URL);
    const url = new URL(env.DATABASE_URL);
    return {
      handle: await openPostgres(env.DATABASE_URL, { max: 1 }),
      label: `the Postgres database ${url.host}${url.pathname}`,
    };
  }

  const dir = pgliteDir();
  if (purpose === "backup" && !existsSync(path.join(dir, "PG_VERSION"))) {
    throw new BackupError(
      `There is no embedded database in ${dir} (set PGLITE_DIR, or DATABASE_URL for a Postgres server). Nothing was backed up.`,
    );
  }
  // PGlite writes postmaster.pid while a process has the directory open and removes it on close.
  // A second process would corrupt the directory.
  const pid = path.join(dir, "postmaster.pid");
  if (existsSync(pid)) {
    throw new BackupError(
      `The embedded database in ${dir} is open in another process (${pid} exists). Stop the app first: PGlite allows one process per data directory. If nothing has it open (the last process crashed), delete ${pid} and try again.`,
    );
  }
  // Opening migrates it, as the app does; a directory that does not exist yet is created.
  return { handle: await openPglite(dir), label: `the embedded database in ${dir}` };
}

function printTables(header: BackupHeader) {
  const width = Math.max(0, ...header.tables.map((table) => table.name.length));
  for (const table of header.tables) {
    console.info(`  ${table.name.padEnd(width)}  ${String(table.rowCount).padStart(7)}`);
  }
}

function totals(header: BackupHeader): string {
  const rows = header.tables.reduce((sum, table) => sum + table.rowCount, 0);
  const sequences = header.sequences.length;
  return `${header.tables.length} tables, ${rows} rows, ${sequences} sequence${sequences === 1 ? "" : "s"}`;
}
