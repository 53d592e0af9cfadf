import type { ActivityType } from "../goals/constants";

const RUN = ["run", "running", "trailrun", "trailrunning", "virtualrun", "treadmill", "jogging"];
const WALK = ["walk", "walking", "hike", "hiking", "nordicwalking", "mountaineering", "snowshoe"];
const STRENGTH = [
  "weighttraining",
  "strengthtraining",
  "strength",
  "workout",
  "crossfit",
  "yoga",
  "pilates",
  "training",
];
const CROSS_TRAINING = [
  ...["ride", "biking", "cycling", "virtualride", "ebikeride", "ebiking", "mountainbikeride"],
  ...["gravelride", "emountainbikeride", "velomobile", "handcycle", "swim", "swimming"],
  ...["rowing", "virtualrow", "elliptical", "stairstepper", "fitnessequipment", "nordicski"],
  ...["crosscountryskiing", "backcountryski", "alpineski", "alpineskiing", "rollerski"],
  ...["inlineskate", "inlineskating", "iceskate", "iceskating", "canoeing", "kayaking"],
  ...["paddling", "standuppaddling", "standuppaddleboarding", "hiit", "wheelchair"],
];

/** Strava's GPX export writes its own numeric codes in `<type>` (9 is a run, 1 a ride). */
const STRAVA_GPX_CODES: Record<string, ActivityType> = {
  "1": "cross_training",
  "4": "walk",
  "9": "run",
  "10": "walk",
};

const TYPE_BY_NAME = new Map<string, ActivityType>([
  ...RUN.map((name) => [name, "run"] as const),
  ...WALK.map((name) => [name, "walk"] as const),
  ...STRENGTH.map((name) => [name, "strength"] as const),
  ...CROSS_TRAINING.map((name) => [name, "cross_training"] as const),
  ...Object.entries(STRAVA_GPX_CODES),
]);

/**
 * Stride's activity type for a sport as files name it: Strava ("TrailRun", "WeightTraining"),
 * GPX `<type>` ("running", "9"), TCX `Sport` ("Biking") or FIT ("crossCountrySkiing"). Case and
 * punctuation do not matter; a name not listed here is "other".
 */
export function activityTypeFromName(name: string): ActivityType {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return TYPE_BY_NAME.get(key) ?? "other";
}
