import { randomUUID } from "node:crypto";
import type { Visibility } from "@stride/domain/goals";
import { type CalendarDate, todayIn, weekStartOf } from "@stride/domain/periods";
import type { DistanceUnit, WeekDay } from "@stride/domain/profile";
import type { coachingLinks, profiles, users } from "../../schema";
import { addDays, HOUR } from "./clock";
import { createRandom, type Random, streamFor } from "./random";
import { COACH_TAGS, SURNAMES } from "./words";

export const SCALE_EMAIL_DOMAIN = "scale.stride.example";
export const SCALE_COACHES = 10;
/** Coach 0 coaches this many athletes (or all of them, in a smaller world). */
export const FIRST_COACH_ROSTER = 200;

export const scaleAthleteEmail = (index: number) => `scale-athlete-${index}@${SCALE_EMAIL_DOMAIN}`;
export const scaleCoachEmail = (index: number) => `scale-coach-${index}@${SCALE_EMAIL_DOMAIN}`;

export type Person = {
  id: string;
  email: string;
  name: string;
  timeZone: string;
  weekStart: WeekDay;
  distanceUnit: DistanceUnit;
};

export type ScaleAthlete = Person & {
  index: number;
  today: CalendarDate;
  thisWeek: CalendarDate;
  /** The first week of their year of training: their first macro goal starts here. */
  firstWeek: CalendarDate;
  /** Weeks from `firstWeek` to this week. */
  weeksBack: number;
  goalVisibility: Visibility;
  checkinVisibility: Visibility;
  /** This athlete's own stream: every part of their world draws from it in a fixed order. */
  rand: Random;
};

type UserRow = typeof users.$inferInsert;
type ProfileRow = typeof profiles.$inferInsert;
type LinkRow = typeof coachingLinks.$inferInsert;

// Zones across the world, with how often their runners use miles.
const ZONES = [
  { zone: "America/New_York", weight: 14, miles: 0.85 },
  { zone: "America/Chicago", weight: 8, miles: 0.85 },
  { zone: "America/Denver", weight: 4, miles: 0.85 },
  { zone: "America/Los_Angeles", weight: 10, miles: 0.85 },
  { zone: "America/Sao_Paulo", weight: 4, miles: 0 },
  { zone: "Europe/London", weight: 10, miles: 0.4 },
  { zone: "Europe/Berlin", weight: 8, miles: 0 },
  { zone: "Europe/Madrid", weight: 5, miles: 0 },
  { zone: "Africa/Lagos", weight: 4, miles: 0 },
  { zone: "Asia/Kolkata", weight: 5, miles: 0 },
  { zone: "Asia/Tokyo", weight: 4, miles: 0 },
  { zone: "Australia/Sydney", weight: 6, miles: 0.05 },
  { zone: "Pacific/Auckland", weight: 3, miles: 0 },
  { zone: "UTC", weight: 2, miles: 0 },
] as const;

const WEEK_STARTS: readonly WeekDay[] = ["monday", "sunday", "saturday"];
const VISIBILITIES: readonly Visibility[] = ["groups", "coach", "private"];

function place(rand: Random) {
  const { zone, miles } = rand.weighted(
    ZONES,
    ZONES.map((z) => z.weight),
  );
  return {
    timeZone: zone,
    distanceUnit: (rand.chance(miles) ? "mi" : "km") as DistanceUnit,
  };
}

export function buildCoaches(seed: number): Person[] {
  const rand = createRandom(seed ^ 0xc0ac4);
  return Array.from({ length: SCALE_COACHES }, (_, c) => ({
    id: randomUUID(),
    email: scaleCoachEmail(c),
    name: `Coach ${c} ${rand.pick(SURNAMES)}`,
    weekStart: "monday" as const,
    ...place(rand),
  }));
}

export function buildAthlete(seed: number, index: number, now: Date): ScaleAthlete {
  const rand = streamFor(seed, 1, index);
  const where = place(rand);
  const weekStart = rand.weighted(WEEK_STARTS, [75, 20, 5]);
  const today = todayIn(where.timeZone, now);
  const thisWeek = weekStartOf(today, weekStart);
  // About eleven months of history: the year's plan began 46 to 49 weeks ago.
  const weeksBack = rand.int(46, 49);
  return {
    id: randomUUID(),
    index,
    email: scaleAthleteEmail(index),
    name: `Runner ${index} ${rand.pick(SURNAMES)}`,
    weekStart,
    ...where,
    today,
    thisWeek,
    firstWeek: addDays(thisWeek, -7 * weeksBack),
    weeksBack,
    goalVisibility: rand.weighted(VISIBILITIES, [85, 12, 3]),
    checkinVisibility: rand.weighted(VISIBILITIES, [88, 10, 2]),
    rand,
  };
}

/** The account and profile rows of people who all share one password hash. */
export function accountRows<P extends Person & { checkinVisibility?: Visibility }>(
  people: readonly P[],
  passwordHash: string,
  createdAt: (person: P) => Date,
): { users: UserRow[]; profiles: ProfileRow[] } {
  return {
    users: people.map((p) => ({
      id: p.id,
      email: p.email,
      passwordHash,
      createdAt: createdAt(p),
    })),
    profiles: people.map((p) => ({
      userId: p.id,
      name: p.name,
      timeZone: p.timeZone,
      weekStart: p.weekStart,
      distanceUnit: p.distanceUnit,
      checkinVisibility: p.checkinVisibility ?? "groups",
    })),
  };
}

/**
 * The live coaching link of each athlete: the first athletes all belong to coach 0 (with some of
 * the coach's tags); the rest are spread unevenly over coaches 1 to 9.
 */
export function coachingLinkRows(
  athletes: readonly ScaleAthlete[],
  coaches: readonly Person[],
  total: number,
  now: Date,
): LinkRow[] {
  const roster = Math.min(FIRST_COACH_ROSTER, total);
  const others = coaches.slice(1);
  // Coach 1 has the most athletes, coach 9 only a handful.
  const weights = others.map((_, i) => 9 - i * 0.9);
  return athletes.map((athlete) => {
    const rand = athlete.rand;
    const first = athlete.index < roster;
    const coach = first ? coaches[0] : rand.weighted(others, weights);
    if (!coach) throw new Error("The scale world has no coaches");
    const tags = first && rand.chance(0.7) ? rand.sample(COACH_TAGS, rand.int(1, 2)) : [];
    return {
      id: randomUUID(),
      coachId: coach.id,
      athleteId: athlete.id,
      tags,
      startedAt: new Date(now.getTime() - rand.int(30, 330) * 24 * HOUR),
    };
  });
}
