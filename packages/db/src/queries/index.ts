export * from "./activities";
export * from "./calendar-feeds";
export * from "./checkins";
export * from "./goals";
export * from "./habits";
export * from "./profiles";
export * from "./rate-limits";
export * from "./users";
