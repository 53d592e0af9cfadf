export * from "./rate-limits";
export * from "./users";
