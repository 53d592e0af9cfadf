import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { toStored } from "@stride/domain/units";
import type { Database } from "../client";
import { insertActivitiesSkippingDuplicates, type NewActivityRow } from "../queries/activities";

type Athlete = { id: string; timeZone: string; weekStart: WeekDay };

/** A small seeded random generator, so the demo log is the same on every machine. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function run(
  athleteId: string,
  date: string,
  miles: number,
  rand: () => number,
  name: string,
  time = "06:20",
): NewActivityRow {
  const paceSeconds = 600 + rand() * 45; // 10:00–10:45 per mile
  return {
    athleteId,
    date,
    startTime: time,
    type: "run",
    name,
    distanceMetres: Math.round(toStored(miles, "mi")),
    durationSeconds: Math.round(miles * paceSeconds),
    elevationGainMetres: Math.round(miles * (8 + rand() * 12)),
    effort: 3 + Math.floor(rand() * 4),
    notes: "",
    source: "manual",
  };
}

/**
 * Four months of Ava's running: three runs a week building from about 6 to 12 miles, a long run on
 * Sundays, strength twice a week in the current block. Everything up to yesterday.
 */
export async function seedAvaActivities(db: Database, ava: Athlete) {
  const rand = random(7);
  const today = todayIn(ava.timeZone);
  const thisWeek = weekStartOf(today, ava.weekStart);
  const rows: NewActivityRow[] = [];
  for (let offset = -17; offset <= 0; offset++) {
    const week = addDaysTo(thisWeek, offset * 7);
    // 6 mi a week seventeen weeks ago, about 12 last week, every fourth week lighter.
    const build = 6 + ((offset + 17) / 16) * 6;
    const weekly = (offset + 17) % 4 === 3 ? build * 0.8 : build;
    const easy = Math.round(weekly * 0.25 * (0.9 + rand() * 0.2) * 10) / 10;
    const long = Math.round((weekly - 2 * easy) * (0.95 + rand() * 0.1) * 10) / 10;
    const days = [
      { day: 1, miles: easy, name: "Easy run" },
      { day: 3, miles: easy, name: "Easy run with strides" },
      { day: 6, miles: long, name: "Long run", time: "08:00" },
    ];
    for (const { day, miles, name, time } of days) {
      const date = addDaysTo(week, day);
      // Life happens: one run in twelve is skipped.
      if (date >= today || rand() < 1 / 12) continue;
      rows.push(run(ava.id, date, miles, rand, name, time));
    }
    if (offset >= -2) {
      for (const day of [3, 6]) {
        const date = addDaysTo(week, day);
        if (date >= today) continue;
        rows.push({
          athleteId: ava.id,
          date,
          startTime: "18:30",
          type: "strength",
          name: "Strength routine",
          durationSeconds: 1200 + Math.round(rand() * 600),
          effort: 5,
          notes: "",
          source: "manual",
        });
      }
    }
  }
  await insertActivitiesSkippingDuplicates(db, rows);
}

/** Ben ran three times a week until three weeks ago; then two, one, and nothing. */
export async function seedBenActivities(db: Database, ben: Athlete) {
  const rand = random(11);
  const today = todayIn(ben.timeZone);
  const thisWeek = weekStartOf(today, ben.weekStart);
  const rows: NewActivityRow[] = [];
  for (let offset = -10; offset <= -1; offset++) {
    // Three runs a week, then one a week while work got busy, then none last week.
    const runs = offset <= -4 ? 3 : offset >= -3 && offset <= -2 ? 1 : 0;
    const week = addDaysTo(thisWeek, offset * 7);
    for (const day of [1, 3, 6].slice(0, runs)) {
      rows.push(
        run(ben.id, addDaysTo(week, day), 3 + Math.round(rand() * 10) / 10, rand, "Run", "17:45"),
      );
    }
  }
  await insertActivitiesSkippingDuplicates(db, rows);
}

/** Dana's half marathon two months ago: 2:01:30, the time to beat. */
export async function seedDanaActivities(db: Database, dana: Athlete) {
  const today = todayIn(dana.timeZone);
  const race = addDaysTo(today, -60);
  const rand = random(3);
  await insertActivitiesSkippingDuplicates(db, [
    {
      ...run(dana.id, race, 13.11, rand, "City Half Marathon", "07:30"),
      durationSeconds: 7290,
      effort: 9,
    },
    run(dana.id, addDaysTo(today, -3), 5, rand, "Tempo run"),
  ]);
}
