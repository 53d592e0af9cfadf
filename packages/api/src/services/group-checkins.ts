import type { Database } from "@stride/db/client";
import { listCheckinWeeksOf, listGroupMembers } from "@stride/db/queries";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";

/**
 * Each member of a group the viewer belongs to, and whether they checked in for their own week
 * (`offset` 0: the week they are in now; -1: the week just ended), each in their own zone. The
 * group's "not checked in yet" strip and the weekly group digest both read it.
 */
export async function groupCheckins(
  db: Database,
  input: { viewerId: string; groupId: string; offset: 0 | -1; now?: Date },
) {
  const members = await listGroupMembers(db, input.groupId);
  const since = addDaysTo(todayIn("UTC", input.now), -8 + 7 * input.offset);
  const recent = await listCheckinWeeksOf(db, {
    viewerId: input.viewerId,
    groupId: input.groupId,
    since,
  });
  return members.map((member) => {
    const current = weekStartOf(todayIn(member.timeZone, input.now), member.weekStart);
    const week = addDaysTo(current, 7 * input.offset);
    return {
      id: member.userId,
      name: member.name,
      checkedIn: recent.some((c) => c.athleteId === member.userId && c.weekStart === week),
    };
  });
}
