import { randomUUID } from "node:crypto";
import {
  EVENT_DISTANCES,
  type GoalStatus,
  planRamp,
  runningTotal,
  type TargetInput,
  toStoredTarget,
} from "@stride/domain/goals";
import type { CalendarDate } from "@stride/domain/periods";
import { formatDuration, toStored } from "@stride/domain/units";
import { targetColumns } from "../../queries/goals";
import type { goalRevisions, goals, plannedSessions } from "../../schema";
import { addDays, localInstant, notAfter } from "./clock";
import type { ScaleAthlete } from "./people";
import { MACRO_WHYS, MICRO_STRATEGIES } from "./words";

export type GoalRow = typeof goals.$inferInsert & { id: string; status: GoalStatus };
type SessionRow = typeof plannedSessions.$inferInsert & { id: string; day: CalendarDate };
type RevisionRow = typeof goalRevisions.$inferInsert;

export type SessionKind = "easy" | "quality" | "recovery" | "long";

export type TrainingWeek = {
  /** Weeks since the athlete's first week. */
  index: number;
  start: CalendarDate;
  micro: GoalRow;
  /** The week's target distance, metres. */
  target: number;
  sessions: { row: SessionRow; kind: SessionKind }[];
};

export type Block = { meso: GoalRow; weeks: TrainingWeek[] };
export type Season = { macro: GoalRow; blocks: Block[] };

export type GoalTree = { seasons: Season[]; weeks: TrainingWeek[] };

export const WEEKS_PER_BLOCK = 4;
const BLOCKS = 13; // 52 weeks: 364 days, within a macro goal's 12 months

// formatNumber's output, from one formatter rather than a new one per title.
const numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const formatNumber = (value: number) => numberFormat.format(value);

const round1 = (value: number) => Math.round(value * 10) / 10;
const floor1 = (value: number) => Math.floor(value * 10 + 1e-9) / 10;

const DAY_PATTERNS: Record<3 | 4 | 5, number[][]> = {
  3: [
    [1, 3, 6],
    [2, 4, 6],
    [0, 3, 5],
  ],
  4: [
    [1, 2, 4, 6],
    [0, 2, 4, 6],
    [1, 3, 4, 6],
  ],
  5: [
    [0, 1, 3, 4, 6],
    [1, 2, 3, 5, 6],
  ],
};
const KINDS: Record<3 | 4 | 5, SessionKind[]> = {
  3: ["easy", "quality", "long"],
  4: ["easy", "quality", "easy", "long"],
  5: ["easy", "quality", "easy", "recovery", "long"],
};
const LONG_SHARE = { 3: 0.4, 4: 0.33, 5: 0.28 } as const;
const QUALITY_NOTES = [
  "Tempo: 20 minutes comfortably hard",
  "Intervals: 6 × 800 m",
  "Hills: 8 × 60 s",
];
const NOTES: Record<Exclude<SessionKind, "quality">, string> = {
  easy: "Easy, conversational pace",
  recovery: "Recovery jog",
  long: "Long run",
};

const runTarget = (
  unit: "km" | "mi",
  value: number,
  baseline: number | null,
  per: "week" | "period",
): TargetInput => runningTotal({ unit, value, baseline, per });

/**
 * An athlete's year as goals: one macro goal (or two shorter ones back to back), 4-week meso
 * blocks filling it, and a micro goal for every week with 3 to 5 planned runs. Weekly volume grows
 * block by block within the 10% ramp, with the lighter fourth week coaches advise (planRamp).
 * Every goal starts out active; the athlete's check-ins settle the statuses of past ones.
 */
export function buildGoalTree(athlete: ScaleAthlete, now: Date): GoalTree {
  const { rand, distanceUnit: unit } = athlete;
  const startVolume = unit === "km" ? rand.int(15, 45) : rand.int(10, 28);
  const ceiling = startVolume * rand.between(1.4, 1.9);
  const usualCount = rand.weighted([3, 4, 5] as const, [35, 40, 25]);
  const patterns = {
    3: rand.pick(DAY_PATTERNS[3]),
    4: rand.pick(DAY_PATTERNS[4]),
    5: rand.pick(DAY_PATTERNS[5]),
  };
  const usualTime = rand.chance(0.85)
    ? rand.pick(["06:00", "06:30", "07:15", "12:15", "17:45", "18:30"])
    : null;
  const twoSeasons = rand.chance(0.25);
  const at = (date: CalendarDate, hour: number) =>
    notAfter(localInstant(date, hour * 60, athlete.timeZone), now);
  const base = {
    athleteId: athlete.id,
    why: "",
    strategy: "",
    category: "running" as const,
    status: "active" as const,
    visibility: athlete.goalVisibility,
  };
  const goal = (fields: Omit<GoalRow, keyof typeof base | "id"> & Partial<GoalRow>): GoalRow => ({
    ...base,
    id: randomUUID(),
    ...fields,
    updatedAt: fields.createdAt,
  });

  const weekStart = (index: number) => addDays(athlete.firstWeek, 7 * index);
  const seasonBlocks = twoSeasons ? [6, 7] : [BLOCKS];
  const seasons: Season[] = [];
  const weeks: TrainingWeek[] = [];
  let block = 0;
  let volume = startVolume;
  for (const [seasonIndex, count] of seasonBlocks.entries()) {
    const start = weekStart(block * WEEKS_PER_BLOCK);
    const end = addDays(weekStart((block + count) * WEEKS_PER_BLOCK), -1);
    // After the first season's race, the second starts a little lower.
    if (seasonIndex > 0) volume = round1(volume * 0.85);
    const macro = goal({
      level: "macro",
      parentId: null,
      position: seasonIndex,
      periodStart: start,
      periodEnd: end,
      why: rand.pick(MACRO_WHYS),
      strategy: "Follow the blocks, check in every week, lean on the group.",
      createdAt: at(addDays(start, -2), 20),
      ...macroTarget(seasonIndex, count * WEEKS_PER_BLOCK),
    });
    const season: Season = { macro, blocks: [] };
    seasons.push(season);

    for (let position = 0; position < count; position++, block++) {
      const from = volume;
      // A block holds its volume now and then, and always once the athlete's ceiling is reached.
      const grown = Math.min(round1(from * rand.between(1.03, 1.12)), round1(ceiling));
      const hold = grown <= from || rand.chance(0.2);
      const to = hold ? from : grown;
      volume = to;
      const mesoStart = weekStart(block * WEEKS_PER_BLOCK);
      const meso = goal({
        level: "meso",
        parentId: macro.id,
        position,
        periodStart: mesoStart,
        periodEnd: addDays(mesoStart, 7 * WEEKS_PER_BLOCK - 1),
        title: hold
          ? `Hold ${formatNumber(to)} ${unit} a week`
          : `Build from ${formatNumber(from)} to ${formatNumber(to)} ${unit} a week`,
        strategy: "Three easy runs for every hard one; the long run grows slowly.",
        createdAt: at(addDays(mesoStart, -1), 19),
        ...targetColumns(toStoredTarget(runTarget(unit, to, hold ? null : from, "week"))),
      });
      const ramp = planRamp({ baseline: from, target: to, weeks: WEEKS_PER_BLOCK }).weeks;
      const blockWeeks = ramp.map((step, offset) =>
        trainingWeek(block * WEEKS_PER_BLOCK + offset, step.value, step.lighter, meso),
      );
      season.blocks.push({ meso, weeks: blockWeeks });
      weeks.push(...blockWeeks);
    }
  }
  return { seasons, weeks };

  function macroTarget(season: number, weekCount: number) {
    // Two seasons: a 10K first, then the longer goal.
    if (twoSeasons && season === 0) return raceGoal(EVENT_DISTANCES[2]);
    const roll = rand.next();
    if (roll < 0.4) {
      const total = Math.round((startVolume * 1.2 * weekCount * 0.9) / 50) * 50;
      const span = twoSeasons ? `in ${Math.round(weekCount / 4.35)} months` : "this year";
      return {
        title: `Run ${formatNumber(total)} ${unit} ${span}`,
        ...targetColumns(toStoredTarget(runTarget(unit, total, null, "period"))),
      };
    }
    if (roll < 0.7) {
      const half = unit === "km" ? 21.1 : 13.1;
      return {
        title: "Run a half marathon",
        ...targetColumns(
          toStoredTarget({ ...runTarget(unit, half, null, "period"), kind: "milestone" }),
        ),
      };
    }
    return raceGoal(rand.pick(EVENT_DISTANCES.slice(1)));
  }

  function raceGoal(event: (typeof EVENT_DISTANCES)[number] | undefined) {
    const race = event ?? { label: "10K", metres: 10000 };
    // About 5:00 to 6:45 per km, to the minute.
    const seconds = Math.round(((race.metres / 1000) * rand.between(300, 405)) / 60) * 60;
    return {
      title: `${race.label} under ${formatDuration(seconds)}`,
      ...targetColumns(
        toStoredTarget({
          kind: "best_performance",
          unit: "time",
          value: seconds,
          baseline: null,
          per: "period",
          activityTypes: ["run"],
          label: null,
          eventDistanceMetres: race.metres,
        }),
      ),
    };
  }

  function trainingWeek(index: number, value: number, lighter: boolean, meso: GoalRow) {
    const start = weekStart(index);
    const micro = goal({
      level: "micro",
      parentId: meso.id,
      position: index % WEEKS_PER_BLOCK,
      periodStart: start,
      periodEnd: addDays(start, 6),
      title: `Run ${formatNumber(value)} ${unit}${lighter ? " (lighter week)" : ""}`,
      strategy: rand.pick(MICRO_STRATEGIES),
      // Planned the evening before the week starts (weeks ahead: with their block).
      createdAt: start > athlete.thisWeek ? meso.createdAt : at(addDays(start, -1), 20),
      ...targetColumns(toStoredTarget(runTarget(unit, value, null, "week"))),
    });
    const count = rand.chance(0.85)
      ? usualCount
      : (Math.min(5, Math.max(3, usualCount + rand.pick([-1, 1]))) as 3 | 4 | 5);
    const days = rand.chance(0.9) ? patterns[count] : rand.pick(DAY_PATTERNS[count]);
    const kinds = KINDS[count];
    const long = floor1(value * LONG_SHARE[count]);
    const each = floor1((value - long) / (count - 1));
    const sessions = kinds.map((kind, position) => {
      const amount = kind === "long" ? round1(value - each * (count - 1)) : each;
      const row: SessionRow = {
        id: randomUUID(),
        goalId: micro.id,
        day: addDays(start, days[position] ?? position),
        time: kind === "long" && usualTime ? "08:00" : usualTime,
        activityType: "run",
        amount: toStored(amount, unit),
        note: kind === "quality" ? rand.pick(QUALITY_NOTES) : NOTES[kind],
        position,
      };
      return { row, kind };
    });
    return { index, start, micro, target: toStored(value, unit), sessions };
  }
}

/** Every goal in insert order (a parent before its children) with its "created" history entry. */
export function goalRows(tree: GoalTree) {
  const macros = tree.seasons.map((s) => s.macro);
  const mesos = tree.seasons.flatMap((s) => s.blocks.map((b) => b.meso));
  const micros = tree.weeks.map((w) => w.micro);
  const all = [...macros, ...mesos, ...micros];
  const created: RevisionRow[] = all.map((g) => ({
    goalId: g.id,
    actorId: g.athleteId,
    kind: "created",
    changes: {},
    createdAt: g.createdAt,
  }));
  return {
    goals: all,
    sessions: tree.weeks.flatMap((w) => w.sessions.map((s) => s.row)),
    created,
  };
}
