export * from "./goals";
export * from "./profiles";
export * from "./rate-limits";
export * from "./users";
