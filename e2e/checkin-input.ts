import { randomUUID } from "node:crypto";

/**
 * A new check-in as `checkins.submit` takes it, for the week starting `weekStart`: no goals,
 * nothing coach-only, shared with the groups; `fields` sets the parts a test cares about. Plain
 * data, so the load and deploy scripts send it as the specs do.
 */
export const checkinInput = (weekStart: string, fields: Record<string, unknown> = {}) => ({
  weekStart,
  version: null,
  submissionKey: randomUUID(),
  goals: [],
  wentWell: "",
  gotInTheWay: "",
  nextFocus: "",
  coachOnly: { wentWell: false, gotInTheWay: false, nextFocus: false },
  mood: 4,
  energy: 4,
  visibility: "groups",
  ...fields,
});
