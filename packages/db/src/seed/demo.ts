import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@stride/domain/accounts";
import type { DistanceUnit, WeekDay } from "@stride/domain/profile";
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { hashPassword } from "../passwords";
import { findCredentialsByEmail, insertAccount } from "../queries/users";
import { goals } from "../schema";
import { seedAvaGoals, seedBenGoals, seedCleoGoals, seedDanaGoals } from "./demo-goals";

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
    const user = await insertAccount(db, { ...account, ...profile, passwordHash });
    if (user) created += 1;
  }
  await seedGoals(db);
  return { created };
}

const goalSeeds = {
  "ava@stride.example": seedAvaGoals,
  "ben@stride.example": seedBenGoals,
  "cleo@stride.example": seedCleoGoals,
  "dana@stride.example": seedDanaGoals,
} as const;

/** Each demo athlete's goals, added only to an athlete who has none, so a second run adds nothing. */
async function seedGoals(db: Database) {
  for (const [email, seed] of Object.entries(goalSeeds)) {
    const account = await findCredentialsByEmail(db, email);
    if (!account) continue;
    if ((await db.$count(goals, eq(goals.athleteId, account.id))) > 0) continue;
    const profile = demoProfiles[email];
    await seed(db, {
      id: account.id,
      timeZone: profile?.timeZone ?? "UTC",
      weekStart: profile?.weekStart ?? "monday",
    });
  }
}
