import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@stride/domain/accounts";
import type { DistanceUnit, WeekDay } from "@stride/domain/profile";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { hashPassword } from "../passwords";
import { rebuildReadModels } from "../queries/progress-rebuild";
import { findCredentialsByEmail, insertAccount } from "../queries/users";
import { goals } from "../schema";
import {
  seedAvaActivities,
  seedAvaPaceZones,
  seedBenActivities,
  seedDanaActivities,
} from "./demo-activities";
import { seedAvaCheckins, seedBenCheckins } from "./demo-checkins";
import { seedCasey } from "./demo-coaching";
import { seedAvaGoals, seedBenGoals, seedCleoGoals, seedDanaGoals } from "./demo-goals";
import { seedSunriseRunners } from "./demo-groups";

type DemoProfile = { timeZone: string; weekStart: WeekDay; distanceUnit: DistanceUnit };

const demoProfiles: Record<string, DemoProfile> = {
  "coach@stride.example": { timeZone: "America/Denver", weekStart: "monday", distanceUnit: "mi" },
  "ava@stride.example": { timeZone: "America/New_York", weekStart: "monday", distanceUnit: "mi" },
  "ben@stride.example": { timeZone: "America/Chicago", weekStart: "sunday", distanceUnit: "mi" },
  "cleo@stride.example": { timeZone: "Europe/London", weekStart: "monday", distanceUnit: "km" },
  "dana@stride.example": { timeZone: "America/New_York", weekStart: "monday", distanceUnit: "mi" },
};

/**
 * The demo world from DESIGN.md. Safe to run again: accounts that exist are left as they are.
 * Later features add their demo data here, keyed to these accounts.
 */
export async function seedDemo(db: Database): Promise<{ created: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const profile = demoProfiles[account.email];
    const user = await insertAccount(db, {
      ...account,
      ...profile,
      passwordHash,
      emailVerifiedAt: new Date(),
    });
    if (user) created += 1;
  }
  const seeded = await seedAthletes(db);
  await seedSunriseRunners(db);
  await seedCasey(db);
  // Logs went in row by row without the API: the demo athletes' read models are made from them.
  if (seeded.length > 0) await rebuildReadModels(db, { athleteIds: seeded });
  return { created };
}

type Seed = (
  db: Database,
  athlete: { id: string; timeZone: string; weekStart: WeekDay },
) => Promise<unknown>;

/** Goals and logs per demo athlete; Cleo is new and has logged nothing yet. */
const athleteSeeds: Record<string, Seed[]> = {
  "ava@stride.example": [seedAvaGoals, seedAvaActivities, seedAvaCheckins, seedAvaPaceZones],
  "ben@stride.example": [seedBenGoals, seedBenActivities, seedBenCheckins],
  "cleo@stride.example": [seedCleoGoals],
  "dana@stride.example": [seedDanaGoals, seedDanaActivities],
};

/**
 * Each demo athlete's goals and log, added only to an athlete who has no goals yet, so a second
 * run adds nothing.
 */
async function seedAthletes(db: Database): Promise<string[]> {
  const seeded: string[] = [];
  for (const [email, seeds] of Object.entries(athleteSeeds)) {
    const account = await findCredentialsByEmail(db, email);
    if (!account) continue;
    if ((await db.$count(goals, eq(goals.athleteId, account.id))) > 0) continue;
    const profile = demoProfiles[email];
    const athlete = {
      id: account.id,
      timeZone: profile?.timeZone ?? "UTC",
      weekStart: profile?.weekStart ?? "monday",
    };
    for (const seed of seeds) await seed(db, athlete);
    seeded.push(account.id);
  }
  return seeded;
}
