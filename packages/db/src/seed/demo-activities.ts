import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { toStored } from "@stride/domain/units";
import type { Database } from "../client";
import { insertActivitiesSkippingDuplicates, type NewActivityRow } from "../queries/activities";
import { saveOwnPaceSource } from "../queries/pace-zones";

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
  effortOf: (drawn: number) => number = (drawn) => drawn,
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
    effort: effortOf(3 + Math.floor(rand() * 4)),
    notes: "",
    source: "manual",
  };
}

/**
 * Ava's last nine weeks, as her check-ins tell them (miles on Tuesday, Thursday and Sunday; null
 * for a run that did not happen): the base block's last weeks, a week cut short by late meetings,
 * a tight calf, the week carried and run again, then the 10 to 15 build, this week up to today.
 */
const AVA_RECENT_WEEKS: Record<number, [number | null, number | null, number | null]> = {
  [-8]: [2.3, 2.3, 4.4],
  [-7]: [2.5, 2.5, 4.8],
  [-6]: [2.1, 2.2, 4.1], // 8.4 of 8: hit
  [-5]: [2.4, null, 3.3], // 5.7 of 8.8: partly, let go
  [-4]: [null, null, 2.5], // a tight calf: excused, carried
  [-3]: [2.4, 2.4, 4.6], // 9.4 of 9: hit
  [-2]: [2.8, 2.8, 5.7], // 11.3 of 11: hit
  [-1]: [3.1, 3.1, 6.2], // 12.4 of 12.1: hit
  0: [3.3, 3.1, 6.8], // 13.3 planned; what is done by today
};

/**
 * How hard Ava's runs felt, so her load chart tells the block's story: easy runs easy (3–4),
 * strides a 5, long runs a 5 in the base, and the build's long runs and strides harder (6–7).
 * Her chart: the calf week four weeks back drops the acute:chronic ratio under 0.5; the build's
 * harder runs and the strength sessions starting in the same fortnight lift it past 2, and it
 * settles towards the steady range as the chronic load catches up.
 */
function avaEffort(name: string, weekOffset: number, drawn: number): number {
  const building = weekOffset >= -2;
  if (name === "Long run") return building ? 6 + (drawn % 2) : 5;
  if (name.includes("strides")) return building ? 6 : 5;
  return drawn <= 4 ? 3 : 4;
}

/**
 * Four months of Ava's running: three runs a week building from about 6 miles, a long run on
 * Sundays, strength twice a week in the current block. Everything up to yesterday.
 */
export async function seedAvaActivities(db: Database, ava: Athlete) {
  const rand = random(7);
  const today = todayIn(ava.timeZone);
  const thisWeek = weekStartOf(today, ava.weekStart);
  const rows: NewActivityRow[] = [];
  for (let offset = -17; offset <= 0; offset++) {
    const week = addDaysTo(thisWeek, offset * 7);
    // 6 mi a week seventeen weeks ago, about 8 nine weeks ago, every fourth week lighter.
    const build = 6 + ((offset + 17) / 8) * 2;
    const weekly = (offset + 17) % 4 === 3 ? build * 0.8 : build;
    const easy = Math.round(weekly * 0.25 * (0.9 + rand() * 0.2) * 10) / 10;
    const long = Math.round((weekly - 2 * easy) * (0.95 + rand() * 0.1) * 10) / 10;
    const [tuesday, thursday, sunday] = AVA_RECENT_WEEKS[offset] ?? [easy, easy, long];
    const days = [
      { day: 1, miles: tuesday, name: "Easy run" },
      { day: 3, miles: thursday, name: "Easy run with strides" },
      { day: 6, miles: sunday, name: "Long run", time: "08:00" },
    ];
    for (const { day, miles, name, time } of days) {
      const date = addDaysTo(week, day);
      if (date >= today || miles === null) continue;
      rows.push(
        run(ava.id, date, miles, rand, name, time, (drawn) => avaEffort(name, offset, drawn)),
      );
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

/**
 * Ava's pace zones come from the 5K time trial she ran at the start of the build (24:08, VDOT 40
 * in Daniels' table): an easy zone of about 9:35–10:40 a mile, where her log's easy runs are.
 */
export async function seedAvaPaceZones(db: Database, ava: Athlete) {
  const thisWeek = weekStartOf(todayIn(ava.timeZone), ava.weekStart);
  await saveOwnPaceSource(db, ava.id, {
    distanceMetres: 5000,
    seconds: 24 * 60 + 8,
    raceDate: addDaysTo(thisWeek, -16),
  });
}
