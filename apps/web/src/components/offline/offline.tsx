import { addDaysTo, formatMoment, todayIn, weekStartOf } from "@stride/domain/periods";
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
  // Formatted here, on the server, so the banner ships no date formatting to the browser.
  const renderedAt = new Date();
  return (
    <OfflineShell
      userId={userId}
      savedAt={{ iso: renderedAt.toISOString(), label: formatMoment(renderedAt, profile.timeZone) }}
      keep={keep}
    />
  );
}
