export type SessionStatus = "done" | "today" | "upcoming" | "missed";

type Session = { id: string; day: string; activityType: string };
type Activity = { id: string; date: string; type: string; plannedSessionId: string | null };

/**
 * Which planned sessions were done: an activity logged from the session, or else an activity of
 * the same type on the same day (each activity counts for one session). The rest are missed when
 * their day has passed, today, or upcoming.
 */
export function matchPlan(
  sessions: readonly Session[],
  activities: readonly Activity[],
  today: string,
) {
  const result = new Map<string, { status: SessionStatus; activityId: string | null }>();
  const used = new Set<string>();
  for (const session of sessions) {
    const linked = activities.find((a) => a.plannedSessionId === session.id);
    if (linked) {
      used.add(linked.id);
      result.set(session.id, { status: "done", activityId: linked.id });
    }
  }
  for (const session of sessions) {
    if (result.has(session.id)) continue;
    const match = activities.find(
      (a) =>
        !used.has(a.id) &&
        a.plannedSessionId === null &&
        a.date === session.day &&
        a.type === session.activityType,
    );
    if (match) {
      used.add(match.id);
      result.set(session.id, { status: "done", activityId: match.id });
    } else {
      const status: SessionStatus =
        session.day < today ? "missed" : session.day === today ? "today" : "upcoming";
      result.set(session.id, { status, activityId: null });
    }
  }
  return result;
}
