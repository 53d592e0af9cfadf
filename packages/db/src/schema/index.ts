export * from "./activities";
export * from "./checkins";
export * from "./coaching";
export * from "./goals";
export * from "./groups";
export * from "./notifications";
export * from "./rate-limits";
export * from "./users";
