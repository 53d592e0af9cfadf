export * from "./activities";
export * from "./checkins";
export * from "./goals";
export * from "./rate-limits";
export * from "./users";
