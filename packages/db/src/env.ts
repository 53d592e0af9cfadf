import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .url("DATABASE_URL must be a postgres:// connection URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).optional(),
  TEST_DATABASE_URL: z
    .url("TEST_DATABASE_URL must be a postgres:// connection URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export const env = schema.parse(process.env);

// What marks the folder Stride runs from: a checkout of the repository, or a production bundle
// (apps/web/.next/standalone, copied anywhere), which has no workspace file but carries the
// migrations at the same place.
const ROOT_MARKERS = [
  "pnpm-workspace.yaml",
  path.join("packages", "db", "migrations", "meta", "_journal.json"),
];

/**
 * The folder Stride runs from (a checkout or a production bundle), found by walking up from the
 * working directory. Paths are resolved from here rather than from `import.meta.url`, because
 * Next bundles this package into `.next/` where relative file URLs no longer point into the
 * package.
 */
export function findRepoRoot(start = process.cwd()): string {
  // turbopackIgnore: the root is found at run time; the build must not trace the whole repo.
  let dir = path.resolve(/*turbopackIgnore: true*/ start);
  while (
    !ROOT_MARKERS.some((marker) => existsSync(path.join(/*turbopackIgnore: true*/ dir, marker)))
  ) {
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(
        `Stride could not find its folder above ${start}: start it from the repository, or from ` +
          "the production bundle's folder (the one holding packages/db/migrations).",
      );
    }
    dir = parent;
  }
  return dir;
}

export function migrationsFolder(): string {
  return path.join(/*turbopackIgnore: true*/ findRepoRoot(), "packages", "db", "migrations");
}

export function dataDir(): string {
  return path.join(/*turbopackIgnore: true*/ findRepoRoot(), ".data");
}

export function pgliteDir(): string {
  return env.PGLITE_DIR
    ? path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR)
    : path.join(/*turbopackIgnore: true*/ dataDir(), "pglite");
}

const kept = new Map<string, string>();

/**
 * A value a local run needs but nobody set (the auth secret, the push keys): made once by `make`,
 * kept in `<dir>/<name>` (readable by this user only) and read back on every later start, so it
 * survives restarts without any setup. Production sets the variable instead.
 */
export function keptInDataFile(options: {
  dir: string;
  name: string;
  make: () => string;
  /** Said once when the file is made (which variable to set in production). */
  notice: string;
}): string {
  const file = path.join(/*turbopackIgnore: true*/ options.dir, options.name);
  const known = kept.get(file);
  if (known) return known;
  let value: string;
  if (existsSync(file)) {
    value = readFileSync(file, "utf8").trim();
  } else {
    mkdirSync(options.dir, { recursive: true });
    value = options.make();
    writeFileSync(file, `${value}\n`, { mode: 0o600 });
    console.info(`Stride: ${options.notice} (kept in ${file}).`);
  }
  kept.set(file, value);
  return value;
}
