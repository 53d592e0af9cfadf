export const GOAL_CATEGORIES = [
  "running",
  "strength",
  "cross_training",
  "nutrition",
  "recovery",
  "mindset",
  "other",
] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

export const GOAL_STATUSES = ["active", "achieved", "partial", "missed", "abandoned"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Who besides the athlete may see a goal (and, later, a check-in). */
export const VISIBILITIES = ["private", "coach", "groups"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const ACTIVITY_TYPES = [
  "run",
  "walk",
  "ride",
  "swim",
  "strength",
  "cross_training",
  "other",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const CATEGORY_LABELS: Record<GoalCategory, string> = {
  running: "Running",
  strength: "Strength",
  cross_training: "Cross-training",
  nutrition: "Nutrition",
  recovery: "Recovery",
  mindset: "Mindset",
  other: "Other",
};

export const STATUS_LABELS: Record<GoalStatus, string> = {
  active: "Active",
  achieved: "Achieved",
  partial: "Partly met",
  missed: "Missed",
  abandoned: "Let go",
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  private: "Only me",
  coach: "Me and my coach",
  groups: "My coach and my groups",
};

export const ACTIVITY_LABELS: Record<ActivityType, string> = {
  run: "Run",
  walk: "Walk",
  ride: "Ride",
  swim: "Swim",
  strength: "Strength",
  cross_training: "Cross-training",
  other: "Other",
};

export const LEVEL_LABELS = { macro: "Macro", meso: "Meso", micro: "Micro" } as const;
