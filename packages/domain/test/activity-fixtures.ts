/**
 * The activity fixtures (real device files, see `fixtures/activities/README.md`), for tests only.
 * They live in the repository so that a clone alone passes its tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES_DIR = path.join(import.meta.dirname, "fixtures", "activities");

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
