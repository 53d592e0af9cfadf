import { randomUUID } from "node:crypto";
import {
  type Decision,
  type Excuse,
  isLateCheckin,
  type Outcome,
  statusAfterCheckin,
} from "@stride/domain/checkins";
import type { GoalStatus, Visibility } from "@stride/domain/goals";
import { earlierOf } from "@stride/domain/periods";
import { PARTLY_MET_PERCENT } from "@stride/domain/progress";
import type { checkinGoals, checkins, goalRevisions } from "../../schema";
import type { WeekLog } from "./activities";
import { addDays, localInstant, notAfter } from "./clock";
import type { GoalRow, GoalTree, TrainingWeek } from "./goals";
import type { ScaleAthlete } from "./people";
import { EXCUSE_NOTES, GOT_IN_THE_WAY, NEXT_FOCUS, WENT_WELL } from "./words";

type CheckinRow = typeof checkins.$inferInsert & { id: string; submittedAt: Date };
type CheckinGoalRow = typeof checkinGoals.$inferInsert;
type RevisionRow = typeof goalRevisions.$inferInsert;

/** What the social part needs of a check-in: whose, who sees it, and when it appeared. */
export type SharedCheckin = {
  id: string;
  athleteId: string;
  visibility: Visibility;
  submittedAt: Date;
};

const MINUTE = 60_000;
const EXCUSES: readonly Excuse[] = ["sick", "injured", "travel", "life"];
const FEEL: Record<Outcome, [number, number]> = {
  hit: [3, 5],
  partial: [2, 4],
  missed: [1, 3],
  excused: [2, 3],
};
const TONE = { hit: "good", partial: "fair", missed: "poor", excused: "poor" } as const;

/** The outcome the logs suggest (prefillOutcome's thresholds) for a weekly distance target. */
function loggedOutcome(week: TrainingWeek, log: WeekLog | undefined): Exclude<Outcome, "excused"> {
  const percent = week.target > 0 ? ((log?.distance ?? 0) / week.target) * 100 : 0;
  if (percent >= 100) return "hit";
  if (percent >= PARTLY_MET_PERCENT) return "partial";
  return "missed";
}

/**
 * Weekly check-ins for about 85% of the past weeks (about 75% for the week just ended, none for
 * this week), each with the outcome of the week's micro goal as the logs pre-fill it (a poor week
 * is often excused). The micro goal's status follows as submitCheckin sets it; past meso and macro
 * goals are marked achieved or missed from how their weeks went.
 */
export function buildCheckins(
  athlete: ScaleAthlete,
  tree: GoalTree,
  logs: ReadonlyMap<number, WeekLog>,
  now: Date,
) {
  const { rand } = athlete;
  const diligence = rand.between(0.72, 0.98);
  const checkinRows: CheckinRow[] = [];
  const outcomeRows: CheckinGoalRow[] = [];
  const revisions: RevisionRow[] = [];
  const setStatus = (goal: GoalRow, status: GoalStatus, at: Date, reason: string | null) => {
    if (status === goal.status) return;
    revisions.push({
      goalId: goal.id,
      actorId: athlete.id,
      kind: "status",
      reason,
      changes: { status: { from: goal.status, to: status } },
      createdAt: at,
    });
    goal.status = status;
    goal.version = 2;
    goal.updatedAt = at;
  };

  for (const week of tree.weeks) {
    if (week.start >= athlete.thisWeek) break;
    const log = logs.get(week.index);
    const lastWeek = week.index === athlete.weeksBack - 1;
    const checkedIn = lastWeek
      ? rand.chance(0.75)
      : rand.chance(log?.quality === "poor" ? diligence * 0.8 : diligence);
    if (!checkedIn) continue;

    let outcome: Outcome = loggedOutcome(week, log);
    let excuse: Excuse | null = null;
    let decision: Decision | null = null;
    if (outcome !== "hit" && log?.quality === "poor" && rand.chance(0.65)) {
      outcome = "excused";
      excuse = rand.pick(EXCUSES);
    } else if (outcome !== "hit" && rand.chance(0.12)) {
      decision = "let_go";
    }
    // Mood and energy follow how the week went; now and then one is left blank.
    const rating = () => (rand.chance(0.06) ? null : rand.int(...FEEL[outcome]));
    const tone = TONE[outcome];

    const weekEnd = addDays(week.start, 6);
    // Most check in on the week's last evening, some the next morning, a few days late.
    const roll = rand.next();
    const [day, hour] =
      roll < 0.8
        ? [weekEnd, rand.int(18, 21)]
        : roll < 0.92
          ? [addDays(weekEnd, 1), rand.int(7, 9)]
          : [addDays(weekEnd, rand.int(2, 4)), rand.int(7, 21)];
    let submittedOn = earlierOf(day, athlete.today);
    let submittedAt = localInstant(submittedOn, hour * 60 + rand.int(0, 59), athlete.timeZone);
    if (submittedAt > now) {
      submittedAt = new Date(now.getTime() - rand.int(5, 90) * MINUTE);
      submittedOn = athlete.today;
    }
    const gotInTheWay = rand.pick(GOT_IN_THE_WAY[tone]);
    const checkin: CheckinRow = {
      id: randomUUID(),
      athleteId: athlete.id,
      weekStart: week.start,
      weekEnd,
      wentWell: rand.pick(WENT_WELL[tone]),
      gotInTheWay,
      nextFocus: rand.pick(NEXT_FOCUS),
      gotInTheWayCoachOnly: gotInTheWay !== "" && rand.chance(0.06),
      mood: rating(),
      energy: rating(),
      shareMood: rand.chance(0.9),
      visibility: rand.chance(0.9)
        ? athlete.checkinVisibility
        : rand.pick(["groups", "coach", "private"] as const),
      late: isLateCheckin(weekEnd, submittedOn),
      submissionKey: randomUUID(),
      submittedAt,
      updatedAt: submittedAt,
    };
    checkinRows.push(checkin);
    outcomeRows.push({
      checkinId: checkin.id,
      goalId: week.micro.id,
      outcome,
      excuse,
      excuseNote: excuse ? EXCUSE_NOTES[excuse] : "",
      decision,
      actualValue: log?.distance ?? 0,
      targetValue: week.target,
    });
    // As submitCheckin sets it.
    const status = statusAfterCheckin({ outcome, decision });
    if (status) setStatus(week.micro, status, submittedAt, "Weekly check-in");
  }

  // Blocks and seasons that are over: achieved when most of their weeks hit the target.
  const hitShare = (weeks: readonly TrainingWeek[]) =>
    weeks.filter((w) => loggedOutcome(w, logs.get(w.index)) === "hit").length / weeks.length;
  const closedOn = (goal: GoalRow) =>
    notAfter(localInstant(addDays(goal.periodEnd, 1), 9 * 60, athlete.timeZone), now);
  for (const season of tree.seasons) {
    for (const block of season.blocks) {
      if (block.meso.periodEnd >= athlete.today) continue;
      const achieved = hitShare(block.weeks) >= 0.75;
      setStatus(
        block.meso,
        achieved ? "achieved" : "missed",
        closedOn(block.meso),
        achieved ? null : "A rough block; the next one picks up from here.",
      );
    }
    if (season.macro.periodEnd < athlete.today) {
      const weeks = season.blocks.flatMap((b) => b.weeks);
      setStatus(
        season.macro,
        hitShare(weeks) >= 0.6 ? "achieved" : "missed",
        closedOn(season.macro),
        null,
      );
    }
  }

  const shared: SharedCheckin[] = checkinRows.map((c) => ({
    id: c.id,
    athleteId: athlete.id,
    visibility: c.visibility ?? "groups",
    submittedAt: c.submittedAt,
  }));
  return { checkins: checkinRows, outcomes: outcomeRows, revisions, shared };
}
