import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import { OfflineShell } from "./offline-shell";

/**
 * The signed-in layout's piece for offline use (see OfflineShell): the pages kept for offline
 * reading are the week, the goal tree and the check-ins of this week and the last.
 */
export function Offline({
  userId,
  profile,
}: {
  userId: string;
  profile: { timeZone: string; weekStart: WeekDay };
}) {
  const thisWeek = weekStartOf(todayIn(profile.timeZone), profile.weekStart);
  const keep = ["/week", "/goals", `/checkins/${thisWeek}`, `/checkins/${addDaysTo(thisWeek, -7)}`];
  return <OfflineShell userId={userId} renderedAt={new Date().toISOString()} keep={keep} />;
}
