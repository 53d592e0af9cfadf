/**
 * The shared activity fixtures (real device files), for tests only: they live beside the
 * repository in `../shared/fixtures/activities/`, found from the repository root, which is the
 * nearest folder holding `pnpm-workspace.yaml`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}

export const FIXTURES_DIR = path.join(
  findRepoRoot(import.meta.dirname),
  "..",
  "shared",
  "fixtures",
  "activities",
);

/** Every fixture file, the README aside. */
export function listFixtures(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name !== "README.md")
    .sort();
}

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name)));
}

export function readFixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), "utf8");
}
