export * from "./activities";
export * from "./goals";
export * from "./rate-limits";
export * from "./users";
