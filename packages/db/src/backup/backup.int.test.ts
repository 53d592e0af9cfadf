import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPglite } from "../client";
import { findRepoRoot, migrationsFolder } from "../env";
import { checkins, liveEvents, rateLimits } from "../schema";
import { seedDemo } from "../seed/demo";
import { openOwnDatabase } from "../testing/test-db";
import { type Executor, publicName, queryRows } from "./catalog";
import { createBackup, listSequences, listTables, restoreBackup } from "./index";

// Restoring replaces every row, and the demo emails are fixed: this file works on a database of
// its own on either driver run (an in-memory PGlite, or a database it creates on the server).

type Fingerprint = Record<string, { rows: number; md5: string | null }>;

/** Every public table's row count and a checksum of its rows, in a fixed order and time zone. */
async function fingerprint(db: Database): Promise<Fingerprint> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const result: Fingerprint = {};
    // listTables leaves out the read models: a restore makes them again from these rows.
    for (const name of await listTables(tx)) {
      const [row] = await queryRows<{ rows: number; md5: string | null }>(
        tx,
        sql`select count(*)::int as rows,
                   md5(string_agg(row_to_json(t)::text, '' order by row_to_json(t)::text)) as md5
            from ${publicName(name)} t`,
      );
      result[name] = row ?? { rows: -1, md5: null };
    }
    return result;
  });
}

async function wipe(db: Executor) {
  const tables = await listTables(db);
  await db.execute(
    sql`truncate table ${sql.join(tables.map(publicName), sql`, `)} restart identity cascade`,
  );
}

const rowTotal = (print: Fingerprint) =>
  Object.values(print).reduce((sum, table) => sum + table.rows, 0);

let fresh: Awaited<ReturnType<typeof openOwnDatabase>>;
let db: Database;
let tmp: string;
let original: Fingerprint;
let backupFile: string;

beforeAll(async () => {
  fresh = await openOwnDatabase("backup");
  db = fresh.handle.db;
  tmp = await mkdtemp(path.join(os.tmpdir(), "stride-backup-"));
  await seedDemo(db);
  // Live events give the bigserial sequence a value; a rate limit fills one more table.
  const [checkin] = await db.select({ id: checkins.id }).from(checkins).limit(1);
  if (!checkin) throw new Error("The demo world has no check-ins");
  await db
    .insert(liveEvents)
    .values(["comment", "reaction", "comment"].map((kind) => ({ checkinId: checkin.id, kind })));
  await db.insert(rateLimits).values({ key: "backup-test", points: 3, expiresAt: new Date() });
  original = await fingerprint(db);
  backupFile = path.join(tmp, "original.json.gz");
});

afterAll(async () => {
  await fresh?.drop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("brings back every table, row for row, after the database was emptied", async () => {
    // The demo world covers the self-references that must survive: sub-goals and replies.
    const [selfReferences] = await queryRows<{ goals: number; replies: number }>(
      db,
      sql`select (select count(*)::int from goals where parent_id is not null) as goals,
                 (select count(*)::int from comments where parent_id is not null) as replies`,
    );
    expect(selfReferences?.goals).toBeGreaterThan(0);
    expect(selfReferences?.replies).toBeGreaterThan(0);

    const summary = await createBackup(db, backupFile);
    expect(summary.file).toBe(backupFile);
    expect(summary.tables.map((table) => table.name)).toEqual(await listTables(db));
    expect(summary.tables.reduce((sum, table) => sum + table.rowCount, 0)).toBe(rowTotal(original));
    expect(summary.migrations.length).toBeGreaterThan(0);
    expect(summary.sequences).toContainEqual({
      name: "live_events_id_seq",
      lastValue: "3",
      isCalled: true,
    });

    await wipe(db);
    const empty = await fingerprint(db);
    expect(rowTotal(empty)).toBe(0);
    expect(Object.keys(empty)).toEqual(Object.keys(original));

    const restored = await restoreBackup(db, backupFile);
    expect(restored.tables).toEqual(summary.tables);
    expect(await fingerprint(db)).toEqual(original);
  });

  it("sets the sequences back, so new ids continue after the restored ones", async () => {
    const [max] = await queryRows<{ id: number }>(
      db,
      sql`select max(id)::int as id from live_events`,
    );
    const [checkin] = await db.select({ id: checkins.id }).from(checkins).limit(1);
    const [event] = await db
      .insert(liveEvents)
      .values({ checkinId: checkin?.id ?? "", kind: "comment" })
      .returning({ id: liveEvents.id });
    expect(max?.id).toBe(3);
    expect(event?.id).toBeGreaterThan(3);
  });

  it("can restore the same backup twice", async () => {
    await restoreBackup(db, backupFile);
    expect(await fingerprint(db)).toEqual(original);
    await restoreBackup(db, backupFile);
    expect(await fingerprint(db)).toEqual(original);
  });

  it("refuses a file that is not a Stride backup, or is damaged, and changes nothing", async () => {
    const bytes = await readFile(backupFile);
    const document = JSON.parse(gunzipSync(bytes).toString("utf8"));
    const write = async (name: string, content: Buffer | string) => {
      const file = path.join(tmp, name);
      await writeFile(file, content);
      return file;
    };
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(flipped.length / 2);
    flipped[middle] = (flipped[middle] ?? 0) ^ 0xff;
    const missingRows = structuredClone(document);
    missingRows.tables.find((t: { name: string }) => t.name === "goals").rows.pop();

    const refusals: [string, RegExp][] = [
      [await write("notes.txt", "just some notes\n"), /notes\.txt is not a Stride backup/],
      [
        await write("other.json.gz", gzipSync(JSON.stringify({ users: [] }))),
        /other\.json\.gz is not a Stride backup/,
      ],
      [
        await write("cut.json.gz", bytes.subarray(0, Math.floor(bytes.length / 2))),
        /cut\.json\.gz is not a Stride backup \(its gzip data is damaged or cut short/,
      ],
      [await write("flipped.json.gz", flipped), /flipped\.json\.gz is not a Stride backup/],
      [
        await write("short.json.gz", gzipSync(JSON.stringify(missingRows))),
        /short\.json\.gz is a damaged Stride backup \(goals should have \d+ rows/,
      ],
      [
        await write("future.json.gz", gzipSync(JSON.stringify({ ...document, version: 99 }))),
        /format version 99/,
      ],
      [path.join(tmp, "missing.json.gz"), /Cannot read .*missing\.json\.gz/],
    ];

    const before = await fingerprint(db);
    for (const [file, message] of refusals) {
      await expect(restoreBackup(db, file), file).rejects.toThrow(message);
    }
    expect(await fingerprint(db)).toEqual(before);
  });

  it("refuses a backup whose migrations are not this database's", async () => {
    const document = JSON.parse(gunzipSync(await readFile(backupFile)).toString("utf8"));
    const newer = {
      ...document,
      migrations: [
        ...document.migrations,
        { hash: "f".repeat(64), createdAt: 4102444800000, tag: "9999_future" },
      ],
    };
    const older = { ...document, migrations: document.migrations.slice(0, -1) };
    const newerFile = path.join(tmp, "newer.json.gz");
    const olderFile = path.join(tmp, "older.json.gz");
    await writeFile(newerFile, gzipSync(JSON.stringify(newer)));
    await writeFile(olderFile, gzipSync(JSON.stringify(older)));

    const before = await fingerprint(db);
    await expect(restoreBackup(db, newerFile)).rejects.toThrow(
      /schema is at 9999_future .*update Stride.*Nothing was restored/,
    );
    await expect(restoreBackup(db, olderFile)).rejects.toThrow(
      /backup is older than this database.*Nothing was restored/,
    );
    expect(await fingerprint(db)).toEqual(before);
  });

  it("rolls everything back when a row cannot be inserted", async () => {
    const document = JSON.parse(gunzipSync(await readFile(backupFile)).toString("utf8"));
    const goals = document.tables.find((t: { name: string }) => t.name === "goals");
    const child = goals.rows.find((row: { parent_id: string | null }) => row.parent_id);
    child.parent_id = "00000000-0000-4000-8000-000000000000";
    const file = path.join(tmp, "dangling.json.gz");
    await writeFile(file, gzipSync(JSON.stringify(document)));

    await restoreBackup(db, backupFile);
    const error: unknown = await restoreBackup(db, file).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    // The dangling parent is found by the foreign key, after every table was already emptied.
    expect(String((error as { cause?: unknown } | undefined)?.cause)).toMatch(/foreign key/);
    expect(await fingerprint(db)).toEqual(original);
  });

  it("includes tables it was never told about: cycles, identity and generated columns", async () => {
    await db.execute(sql`create table backup_test_a (id int primary key, b_id int,
      amount numeric, doubled int generated always as (id * 2) stored)`);
    await db.execute(sql`create table backup_test_b (
      id int generated always as identity primary key,
      a_id int references backup_test_a (id))`);
    await db.execute(
      sql`alter table backup_test_a add foreign key (b_id) references backup_test_b (id)`,
    );
    try {
      await db.execute(sql`insert into backup_test_b (a_id) values (null), (null)`);
      await db.execute(sql`insert into backup_test_a (id, b_id, amount)
        values (1, 1, 12345678901234567890.123456789012), (2, 2, -0.000000000000000001)`);
      await db.execute(sql`update backup_test_b set a_id = id`);
      const before = await fingerprint(db);
      const file = path.join(tmp, "extra.json.gz");
      const summary = await createBackup(db, file);
      expect(summary.tables.map((table) => table.name)).toContain("backup_test_b");
      expect(await listSequences(db)).toContain("backup_test_b_id_seq");

      await wipe(db);
      await restoreBackup(db, file);
      expect(await fingerprint(db)).toEqual(before);
      const [amount] = await queryRows<{ amount: string }>(
        db,
        sql`select amount::text as amount from backup_test_a where id = 1`,
      );
      expect(amount?.amount).toBe("12345678901234567890.123456789012");
      const [next] = await queryRows<{ id: number }>(
        db,
        sql`insert into backup_test_b (a_id) values (null) returning id`,
      );
      expect(next?.id).toBe(3);
    } finally {
      await db.execute(sql`drop table backup_test_a, backup_test_b cascade`);
    }
    await restoreBackup(db, backupFile);
    expect(await fingerprint(db)).toEqual(original);
  });
});

describe("pnpm db:backup and db:restore", () => {
  const repo = findRepoRoot();
  const tsx = path.join(repo, "packages", "db", "node_modules", ".bin", "tsx");

  function cli(
    name: "backup" | "restore",
    args: string[],
    options: { cwd: string; env: Record<string, string> },
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    // The app's choice of database comes from these two alone; the test sets the one it means.
    const { DATABASE_URL: _url, PGLITE_DIR: _dir, ...inherited } = process.env;
    const child = spawn(
      tsx,
      [path.join(repo, "packages", "db", "src", "scripts", `${name}.ts`), ...args],
      {
        cwd: options.cwd,
        env: { ...inherited, ...options.env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    return new Promise((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  }

  it("backs up an embedded database to backups/ and restores it elsewhere", {
    timeout: 180_000,
  }, async () => {
    // A stand-in repository root, so the default backups/ folder is made in the temp folder.
    const root = path.join(tmp, "root");
    await mkdir(path.join(root, "packages", "db"), { recursive: true });
    await writeFile(path.join(root, "pnpm-workspace.yaml"), "");
    await symlink(migrationsFolder(), path.join(root, "packages", "db", "migrations"));
    const dirA = path.join(root, "pglite-a");
    const dirB = path.join(root, "pglite-b");
    const onPglite = (dir: string) => ({ cwd: root, env: { PGLITE_DIR: dir } });

    // Into a data directory that does not exist yet: it is created, migrated and filled.
    const intoA = await cli("restore", [backupFile], onPglite(dirA));
    expect(intoA.stderr).toBe("");
    expect(intoA.code).toBe(0);
    expect(intoA.stdout).toContain(`Restored ${backupFile}`);
    expect(intoA.stdout).toContain(`into the embedded database in ${dirA}`);
    expect(intoA.stdout).toMatch(new RegExp(`\\d+ tables, ${rowTotal(original)} rows`));

    // No file named: backups/stride-<time>.json.gz under the repository root.
    const backup = await cli("backup", [], onPglite(dirA));
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(`Backed up the embedded database in ${dirA}`);
    expect(backup.stdout).toMatch(/\n {2}live_events\s+3\n/);
    const [made] = await readdir(path.join(root, "backups"));
    expect(made).toMatch(/^stride-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json\.gz$/);
    const madeFile = path.join(root, "backups", made ?? "");
    expect(backup.stdout).toContain(`${rowTotal(original)} rows, 1 sequence → ${madeFile}`);

    // Restored into this run's database: the Postgres one (emptied first) or another directory.
    if (fresh.url) await wipe(db);
    const target = fresh.url ? { cwd: root, env: { DATABASE_URL: fresh.url } } : onPglite(dirB);
    const restore = await cli("restore", [madeFile], target);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);

    for (const dir of fresh.url ? [dirA] : [dirA, dirB]) {
      const handle = await openPglite(dir);
      try {
        expect(await fingerprint(handle.db)).toEqual(original);
      } finally {
        await handle.close();
      }
    }
    expect(await fingerprint(db)).toEqual(original);

    // A foreign file is refused before any database is opened or created.
    const notes = path.join(tmp, "notes.txt");
    await writeFile(notes, "just some notes\n");
    const dirC = path.join(root, "pglite-c");
    const refused = await cli("restore", [notes], onPglite(dirC));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${notes} is not a Stride backup`);
    expect(existsSync(dirC)).toBe(false);

    // While another process has the directory open, both commands stop before touching it.
    const holder = await openPglite(dirA);
    try {
      const busy = await cli("backup", [path.join(tmp, "busy.json.gz")], onPglite(dirA));
      expect(busy.code).toBe(1);
      expect(busy.stderr).toContain("is open in another process");
      expect(busy.stderr).toContain("Stop the app first");
      expect(existsSync(path.join(tmp, "busy.json.gz"))).toBe(false);
    } finally {
      await holder.close();
    }

    const usage = await cli("restore", [], onPglite(dirA));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Usage: pnpm db:restore <file>");
  });
});
