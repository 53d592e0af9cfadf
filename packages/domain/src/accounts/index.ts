export * from "./demo";
export * from "./schemas";
export * from "./sign-in-throttle";
export * from "./abuse-limits";
