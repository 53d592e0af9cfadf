export { seedDemo } from "./demo";
export {
  DEFAULT_SCALE_ATHLETES,
  FIRST_COACH_ROSTER,
  MIN_SCALE_ATHLETES,
  SCALE_EMAIL_DOMAIN,
  SCALE_PASSWORD,
  type ScaleOptions,
  type ScaleSummary,
  scaleAthleteEmail,
  scaleCoachEmail,
  seedScale,
} from "./scale";
