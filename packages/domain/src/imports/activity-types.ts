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
const RIDE = [
  ...["ride", "biking", "cycling", "bike", "virtualride", "ebikeride", "ebiking"],
  ...["mountainbikeride", "mountainbiking", "gravelride", "emountainbikeride", "velomobile"],
  ...["handcycle", "roadbiking", "indoorcycling", "spinning"],
];
const SWIM = ["swim", "swimming", "lapswimming", "openwaterswimming", "poolswim"];
const CROSS_TRAINING = [
  ...["rowing", "virtualrow", "elliptical", "stairstepper", "fitnessequipment", "nordicski"],
  ...["crosscountryskiing", "backcountryski", "alpineski", "alpineskiing", "rollerski"],
  ...["inlineskate", "inlineskating", "iceskate", "iceskating", "canoeing", "kayaking"],
  ...["paddling", "standuppaddling", "standuppaddleboarding", "hiit", "wheelchair"],
];

/** Strava's GPX export writes its own numeric codes in `<type>` (9 is a run, 1 a ride). */
const STRAVA_GPX_CODES: Record<string, ActivityType> = {
  "1": "ride",
  "2": "swim",
  "4": "walk",
  "9": "run",
  "10": "walk",
};

const TYPE_BY_NAME = new Map<string, ActivityType>([
  ...RUN.map((name) => [name, "run"] as const),
  ...WALK.map((name) => [name, "walk"] as const),
  ...STRENGTH.map((name) => [name, "strength"] as const),
  ...RIDE.map((name) => [name, "ride"] as const),
  ...SWIM.map((name) => [name, "swim"] as const),
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

/** The words apps put in an activity's name that say its sport, most specific first. */
const NAME_WORDS: [RegExp, ActivityType][] = [
  [/^(road |mountain |indoor |gravel |e-?)?(cycling|biking|bike|ride)\b/i, "ride"],
  [/^(pool |open water )?(swimming|swim)\b/i, "swim"],
  [/^(trail |treadmill )?(running|run|jogging)\b/i, "run"],
  [/^(walking|walk|hiking|hike)\b/i, "walk"],
];

/**
 * The sport an activity's name states, as apps write it into GPX files that have no `<type>`:
 * Runkeeper starts the name with it ("Cycling 3/14/13 5:05 pm"), Strava ends it with it
 * ("Morning Ride", "Lunch Swim"). Null when the name says no sport.
 */
export function activityTypeFromTitle(title: string | null): ActivityType | null {
  if (!title) return null;
  const words = title.trim();
  for (const [pattern, type] of NAME_WORDS) if (pattern.test(words)) return type;
  const strava = /^(morning|lunch|afternoon|evening|night) (\w+)$/i.exec(words);
  if (strava?.[2]) {
    const type = activityTypeFromName(strava[2]);
    if (type !== "other") return type;
  }
  return null;
}
