import type { AppRouter } from "@stride/api";
import type { inferRouterOutputs } from "@trpc/server";

export type CheckinDto = NonNullable<inferRouterOutputs<AppRouter>["checkins"]["get"]["checkin"]>;

const COMPARED = [
  ["wentWell", "What went well"],
  ["gotInTheWay", "What got in the way"],
  ["nextFocus", "Focus for next week"],
  ["mood", "Mood"],
  ["energy", "Energy"],
  ["visibility", "Who can see it"],
] as const;

/** What the other save holds that differs from this form, field by field. */
export function ConflictChanges({
  current,
  mine,
}: {
  current: CheckinDto;
  mine: Pick<CheckinDto, (typeof COMPARED)[number][0]>;
}) {
  const changed = COMPARED.filter(([key]) => current[key] !== mine[key]);
  if (changed.length === 0) return null;
  return (
    <ul className="list-disc pl-5">
      {changed.map(([key, label]) => (
        <li key={key}>
          {label}: now “{String(current[key] ?? "—")}”, yours “{String(mine[key] ?? "—")}”
        </li>
      ))}
    </ul>
  );
}
