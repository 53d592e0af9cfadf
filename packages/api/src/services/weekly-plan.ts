import type { MessageKind } from "@stride/domain/messages";
import { todayIn, weekStartOf } from "@stride/domain/periods";
import type { WeekDay } from "@stride/domain/profile";
import type { Queue } from "@stride/queue";

/**
 * Queues a weekly message's job for each person whose week starts today where they are: one job
 * per person and week (key `<kind>:<person>:<week>`), however often the plan runs that day.
 */
export async function queueOnWeekStart(
  queue: Queue,
  now: Date,
  people: ReadonlyArray<{ userId: string; timeZone: string; weekStart: WeekDay }>,
  job: { name: string; kind: MessageKind },
): Promise<number> {
  let queued = 0;
  for (const person of people) {
    const today = todayIn(person.timeZone, now);
    const weekStart = weekStartOf(today, person.weekStart);
    if (today !== weekStart) continue;
    const key = `${job.kind}:${person.userId}:${weekStart}`;
    if (await queue.send(job.name, { userId: person.userId, weekStart }, { key })) queued += 1;
  }
  return queued;
}
