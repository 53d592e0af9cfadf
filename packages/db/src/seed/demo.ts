import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@stride/domain/accounts";
import type { DistanceUnit, WeekDay } from "@stride/domain/profile";
import type { Database } from "../client";
import { hashPassword } from "../passwords";
import { insertAccount } from "../queries/users";

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
  return { created };
}
