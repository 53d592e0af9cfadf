import type { Database } from "@stride/db/client";
import { createUser } from "@stride/db/factories";
import type { DistanceUnit, WeekDay } from "@stride/domain/profile";
import { callerFor } from "./caller";

export type Caller = ReturnType<typeof callerFor>;

export type PersonProfile = {
  name?: string;
  email?: string;
  password?: string;
  weekStart?: WeekDay;
  timeZone?: string;
  distanceUnit?: DistanceUnit;
};

/**
 * A signed-in person with a caller acting as them: UTC, Monday weeks and kilometres unless the
 * test says otherwise. Athletes, coaches and group members are all made here.
 */
export async function newPerson(db: Database, profile: PersonProfile = {}) {
  const settled = {
    timeZone: "UTC",
    weekStart: "monday" as WeekDay,
    distanceUnit: "km" as DistanceUnit,
    ...profile,
  };
  const user = await createUser(db, settled);
  return {
    ...user,
    weekStart: settled.weekStart,
    timeZone: settled.timeZone,
    distanceUnit: settled.distanceUnit,
    caller: callerFor(db, user.id),
  };
}
export type Person = Awaited<ReturnType<typeof newPerson>>;
