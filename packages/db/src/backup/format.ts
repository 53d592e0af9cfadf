import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { z } from "zod";

/**
 * A Stride backup is one gzip-compressed JSON document:
 *
 *   { "format": "stride-backup", "version": 1, "createdAt": "…",
 *     "migrations": [{ "hash", "createdAt", "tag"? }],    // drizzle.__drizzle_migrations, oldest first
 *     "sequences": [{ "name", "lastValue", "isCalled" }], // lastValue as text: a bigint
 *     "tables": [{ "name", "rowCount", "rows": [ row_to_json of each row ] }] }
 *
 * Rows are written and read by Postgres itself (json_agg, json_populate_recordset), so values
 * keep their exact text: big integers and numerics never pass through a JavaScript number.
 */
export const BACKUP_FORMAT = "stride-backup";
export const BACKUP_VERSION = 1;

/** A refusal meant for people: the CLI prints its message alone. Nothing was changed. */
export class BackupError extends Error {
  override name = "BackupError";
}

const migrationSchema = z.object({
  hash: z.string().min(1),
  createdAt: z.number(),
  tag: z.string().optional(),
});

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  migrations: z.array(migrationSchema),
  sequences: z.array(
    z.object({
      name: z.string().min(1),
      lastValue: z.string().regex(/^-?\d+$/),
      isCalled: z.boolean(),
    }),
  ),
  tables: z.array(
    z.object({
      name: z.string().min(1),
      rowCount: z.number().int().nonnegative(),
      rows: z.array(z.record(z.string(), z.unknown())),
    }),
  ),
});

export type BackupHeader = {
  createdAt: string;
  migrations: z.infer<typeof migrationSchema>[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  tables: { name: string; rowCount: number }[];
};

/** A backup file that was read and checked; `text` is the JSON document as written. */
export type ParsedBackup = { file: string; header: BackupHeader; text: string };

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Reads and checks a backup file (gzip, or the same JSON already uncompressed). Throws a
 * BackupError saying why when the file is missing, not a Stride backup, from a newer format or
 * damaged. The database is not touched.
 */
export async function readBackup(file: string): Promise<ParsedBackup> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new BackupError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  const notABackup = (reason: string) =>
    new BackupError(`${file} is not a Stride backup (${reason}); nothing was restored.`);

  let text: string;
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    try {
      text = (await promisify(gunzip)(bytes)).toString("utf8");
    } catch (error) {
      throw notABackup(`its gzip data is damaged or cut short: ${(error as Error).message}`);
    }
  } else {
    text = bytes.toString("utf8");
  }

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw notABackup("it is neither gzip-compressed nor JSON");
  }
  const marker = z
    .object({ format: z.literal(BACKUP_FORMAT), version: z.number() })
    .safeParse(document);
  if (!marker.success) throw notABackup(`it has no "format": "${BACKUP_FORMAT}"`);
  if (marker.data.version !== BACKUP_VERSION) {
    throw new BackupError(
      `${file} is a Stride backup in format version ${marker.data.version}; this Stride reads version ${BACKUP_VERSION}. Nothing was restored.`,
    );
  }

  const parsed = headerSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupError(
      `${file} is a damaged Stride backup (${issue?.path.join(".") || "document"}: ${issue?.message}); nothing was restored.`,
    );
  }
  for (const table of parsed.data.tables) {
    if (table.rows.length !== table.rowCount) {
      throw new BackupError(
        `${file} is a damaged Stride backup (${table.name} should have ${table.rowCount} rows, it has ${table.rows.length}); nothing was restored.`,
      );
    }
  }
  const names = parsed.data.tables.map((table) => table.name);
  if (new Set(names).size !== names.length) {
    throw new BackupError(`${file} is a damaged Stride backup (a table appears twice).`);
  }

  const { createdAt, migrations, sequences, tables } = parsed.data;
  return {
    file,
    text,
    header: {
      createdAt,
      migrations,
      sequences,
      tables: tables.map(({ name, rowCount }) => ({ name, rowCount })),
    },
  };
}
