import { spawnSync } from "node:child_process";
import path from "node:path";
import { SCALE_PASSWORD } from "@stride/db/seed";
import { VirtualUser } from "../load/client";
import type { Person } from "./fixtures";

// The scale world the benchmark and the profile run on, and its people's session cookies.

const ROOT = path.resolve(import.meta.dirname, "../..");

/** `pnpm db:seed --scale N` against the given database; returns the seed's summary line. */
export function seedScaleWorld(scale: number, env: Record<string, string>) {
  const result = spawnSync("pnpm", ["--silent", "db:seed", "--scale", String(scale)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`The seed failed:\n${result.stderr}${result.stdout}`);
  const summary = result.stdout.split("\n").find((line) => line.startsWith("{"));
  return summary ? JSON.parse(summary) : null;
}

/** Signs everyone in (three at a time) and returns each person's cookie header by id. */
export async function signInAll(base: string, people: readonly Person[]) {
  const cookies = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    for (let person = people[next++]; person; person = people[next++]) {
      const user = new VirtualUser(base, person.email, SCALE_PASSWORD);
      await user.signIn();
      cookies.set(
        person.id,
        [...user.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      );
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return cookies;
}
