import { addDaysTo, type CalendarDate, weekStartOf } from "../periods/calendar";
import type { WeekDay } from "../profile/schemas";
import type { Outcome } from "./constants";
import { weekAdherence } from "./outcomes";

export type PastCheckin = {
  weekStart: CalendarDate;
  weekEnd: CalendarDate;
  outcomes: readonly Outcome[];
};

export type Consistency = {
  /** Of the last `windowWeeks` finished weeks, how many have a check-in. */
  checkedIn: number;
  windowWeeks: number;
  /** Hit = 1, partly = ½ across the goals of the last `adherenceWeeks` weeks; null if none counted. */
  adherence: number | null;
  adherenceWeeks: number;
  /** Weeks checked in back to back, ending with the latest finished week (or this one). */
  run: number;
  /** "Checked in 3 of the last 4 weeks", said gently. */
  text: string;
};

/**
 * Forgiving consistency: how often the athlete checked in recently and how much of their weekly
 * goals they met, rather than a streak that breaks on one miss. Weeks are the athlete's current
 * weeks; a check-in made under an earlier week start counts for the week its last day falls in.
 */
export function consistency(
  checkins: readonly PastCheckin[],
  context: {
    today: CalendarDate;
    weekStart: WeekDay;
    windowWeeks?: number;
    adherenceWeeks?: number;
  },
): Consistency {
  const windowWeeks = context.windowWeeks ?? 4;
  const adherenceWeeks = context.adherenceWeeks ?? 6;
  const thisWeek = weekStartOf(context.today, context.weekStart);
  const byWeek = new Map<CalendarDate, PastCheckin>();
  for (const checkin of checkins)
    byWeek.set(weekStartOf(checkin.weekEnd, context.weekStart), checkin);

  const finished = (count: number) =>
    Array.from({ length: count }, (_, i) => addDaysTo(thisWeek, -7 * (i + 1)));
  const checkedIn = finished(windowWeeks).filter((week) => byWeek.has(week)).length;

  const outcomes = finished(adherenceWeeks).flatMap((week) => byWeek.get(week)?.outcomes ?? []);
  const adherence = weekAdherence(outcomes);

  // The run may include this week when it is already checked in; it is not broken by it otherwise.
  let run = byWeek.has(thisWeek) ? 1 : 0;
  for (const week of finished(520)) {
    if (!byWeek.has(week)) break;
    run += 1;
  }

  const history = finished(windowWeeks).filter(
    (week) => week >= earliest(checkins, context.weekStart),
  ).length;
  let text: string;
  if (checkins.length === 0) text = "Your first check-in starts your record.";
  else if (history === 0) text = "Checked in this week: your record has begun.";
  else if (history < windowWeeks && checkedIn === history)
    text = `Checked in every week so far (${checkedIn} of ${history}).`;
  else text = `Checked in ${checkedIn} of the last ${windowWeeks} weeks.`;
  if (adherence !== null)
    text += ` Met ${Math.round(adherence * 100)}% of weekly goals over ${adherenceWeeks} weeks.`;
  return { checkedIn, windowWeeks, adherence, adherenceWeeks, run, text };
}

function earliest(checkins: readonly PastCheckin[], weekStart: WeekDay): CalendarDate {
  const first = checkins.map((c) => weekStartOf(c.weekEnd, weekStart)).sort()[0];
  return first ?? "9999-12-31";
}
