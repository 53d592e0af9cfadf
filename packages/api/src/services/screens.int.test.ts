import type { Database } from "@stride/db/client";
import { findCredentialsByEmail, getProfile, listCoachRoster } from "@stride/db/queries";
import { scaleCoachEmail, seedDemo, seedScale } from "@stride/db/seed";
import { openOwnDatabase } from "@stride/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookAtEveryScreen } from "../testing/screens";

// docs/progress.md: a goal reads the same on every screen. The demo world and a small scale world
// are fixed emails, so they live in a database of this file's own (in-memory PGlite, or one made
// on the Postgres server).
let own: Awaited<ReturnType<typeof openOwnDatabase>>;
let db: Database;

beforeAll(async () => {
  own = await openOwnDatabase("screens");
  db = own.handle.db;
  await seedDemo(db);
  await seedScale(db, { athletes: 8 });
}, 240_000);
afterAll(() => own?.drop());

async function athleteOf(email: string) {
  const account = await findCredentialsByEmail(db, email);
  if (!account) throw new Error(`No account ${email}`);
  const profile = await getProfile(db, account.id);
  if (!profile) throw new Error(`No profile for ${email}`);
  return { id: account.id, timeZone: profile.timeZone, weekStart: profile.weekStart };
}

describe("one figure on every screen", () => {
  it("shows every goal of the demo world alike on the tree, week, goal page, check-in, coach's pages and triage", async () => {
    const casey = await athleteOf("coach@stride.example");
    let goals = 0;
    for (const email of ["ava@stride.example", "ben@stride.example", "cleo@stride.example"]) {
      const sightings = await lookAtEveryScreen(db, await athleteOf(email), casey.id);
      expect(sightings.contradictions(), email).toEqual([]);
      goals += sightings.byGoal.size;
    }
    const dana = await lookAtEveryScreen(db, await athleteOf("dana@stride.example"), null);
    expect(dana.contradictions()).toEqual([]);
    // The comparison has something to compare: Ava alone has a dozen goals.
    expect(goals).toBeGreaterThan(20);
  }, 120_000);

  it("shows every goal of a scale world alike, for each of a coach's athletes", async () => {
    const coach = await findCredentialsByEmail(db, scaleCoachEmail(0));
    if (!coach) throw new Error("No scale coach");
    const roster = await listCoachRoster(db, coach.id);
    expect(roster.length).toBeGreaterThan(0);
    for (const athlete of roster.slice(0, 4)) {
      const sightings = await lookAtEveryScreen(
        db,
        { id: athlete.athleteId, timeZone: athlete.timeZone, weekStart: athlete.weekStart },
        coach.id,
        { recentWeeks: 3 },
      );
      expect(sightings.contradictions(), athlete.name).toEqual([]);
      expect(sightings.byGoal.size).toBeGreaterThan(5);
    }
  }, 180_000);
});
