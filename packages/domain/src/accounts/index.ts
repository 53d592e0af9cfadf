export * from "./abuse-limits";
export * from "./demo";
export * from "./schemas";
export * from "./sign-in-throttle";
