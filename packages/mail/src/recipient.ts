import { TZDate } from "@date-fns/tz";
import type { DistanceUnit } from "@stride/domain/profile";
import { format } from "date-fns";

/** Who a message is for: where times and figures appear, they are in this person's zone and unit. */
export type Recipient = {
  email: string;
  name: string;
  timeZone: string;
  distanceUnit: DistanceUnit;
};

/** "14:05 on Friday 4 December (Europe/Paris)": an instant as the recipient's clock shows it. */
export function formatInstant(instant: Date, timeZone: string): string {
  return `${format(new TZDate(instant, timeZone), "HH:mm 'on' EEEE d MMMM")} (${timeZone})`;
}
